/**
 * What keeping one object per string costs, by the object's shape, against the hand loop
 * (evidence for docs/benchmarks/core.md, "the floor under one object per value"): no reader
 * that returns an object per amount, as `texts.map(exact)` does, can be cheaper than the
 * cheapest of these, which read nothing. Same strings, baseline and method as run.ts (a fresh
 * process per run, a warm-up on a tenth of the strings, gc(), then one timed run), processor
 * time of all threads.
 *   pnpm --filter @styrkit/core exec tsx bench/object-floor.ts        (ROUNDS=5)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { amounts, COUNT, handLoop } from './amounts.js';

const ROUNDS = Number(process.env.ROUNDS ?? 5);

class TwoFields {
  readonly text: string;
  readonly cents: number;
  constructor(text: string) {
    this.text = text;
    this.cents = text.length;
  }
}
class TwoPrivateFields {
  readonly #text: string;
  readonly #cents: number;
  constructor(text: string) {
    this.#text = text;
    this.#cents = text.length;
  }
  get text(): string {
    return `${this.#text}${String(this.#cents)}`;
  }
}
class OneField {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}
// An object literal has an allocation site, which V8 may decide to pretenure (allocate in the
// old generation) when most of its objects survive; a class instance has none.
const literal = (text: string) => ({ text, cents: text.length });

const measures: Record<string, (texts: string[]) => unknown> = {
  'hand-written integer-öre loop': handLoop,
  'class, two fields (an Exact read from text)': (ts) => ts.map((t) => new TwoFields(t)).length,
  'class, two private fields': (ts) => ts.map((t) => new TwoPrivateFields(t)).length,
  'class, one field': (ts) => ts.map((t) => new OneField(t)).length,
  'object literal, two fields': (ts) => ts.map(literal).length,
};
const names = Object.keys(measures);

async function child(name: string): Promise<void> {
  const { texts } = amounts();
  const run = measures[name];
  if (run === undefined) throw new RangeError(`no measure ${name}`);
  for (let i = 0; i < 3; i += 1) run(texts.slice(0, COUNT / 10));
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 200));
  const start = process.cpuUsage();
  run(texts);
  const used = process.cpuUsage(start);
  process.stdout.write(String((used.user + used.system) / 1000));
}

function parent(): void {
  const self = fileURLToPath(import.meta.url);
  const cpu = new Map(names.map((n) => [n, [] as number[]]));
  for (let r = 0; r < ROUNDS; r += 1) {
    for (const name of names) {
      const out = spawnSync(
        process.execPath,
        [...process.execArgv, '--expose-gc', self, '--measure', name],
        { encoding: 'utf8' },
      );
      if (out.status !== 0) throw new Error(out.stderr);
      cpu.get(name)?.push(Number(out.stdout));
    }
  }
  const median = (a: number[]) => a[Math.floor(a.length / 2)] ?? Number.NaN;
  const sorted = (name: string) => [...(cpu.get(name) ?? [])].sort((x, y) => x - y);
  const base = median(sorted(names[0] ?? ''));
  console.log(
    `node ${process.version}, ${String(COUNT)} strings, ${String(ROUNDS)} runs, processor ms`,
  );
  for (const name of names) {
    const s = sorted(name);
    const runs = s.map((x) => x.toFixed(0)).join(' ');
    console.log(`${name.padEnd(46)} ${runs}  ${(median(s) / base).toFixed(2)}×`);
  }
}

const at = process.argv.indexOf('--measure');
if (at >= 0) await child(process.argv[at + 1] ?? '');
else parent();
