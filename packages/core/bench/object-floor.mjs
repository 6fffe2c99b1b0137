// What keeping one object per string costs, by the object's shape, against the hand loop:
//   node packages/core/bench/object-floor.mjs          (ROUNDS=5; each run a fresh process)
// Evidence for docs/benchmarks/core.md ("The floor under one object per value"): no reader
// that returns an object per amount (`texts.map(exact)`) can be cheaper than the cheapest of
// these, which read nothing. Same strings and method as bench/run.ts (1 000 000 two-decimal
// amounts, a warm-up on a tenth, gc(), then one timed run), processor time of all threads.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const COUNT = 1_000_000;
const ROUNDS = Number(process.env.ROUNDS ?? 5);

function texts() {
  let seed = 20261123;
  const out = [];
  for (let i = 0; i < COUNT; i += 1) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    out.push((((seed % 1_000_000_000) - 100_000_000) / 100).toFixed(2));
  }
  return out;
}

/** The baseline of bench/run.ts: "-1234.56" into integer öre, summed, no object kept. */
function handLoop(ts) {
  let total = 0;
  for (const text of ts) {
    let i = 0;
    let negative = false;
    if (text.charCodeAt(0) === 45) {
      negative = true;
      i = 1;
    }
    let value = 0;
    let decimals = -1;
    for (; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === 46) decimals = 0;
      else {
        value = value * 10 + (code - 48);
        if (decimals >= 0) decimals += 1;
      }
    }
    if (decimals <= 0) value *= 100;
    else if (decimals === 1) value *= 10;
    total += negative ? -value : value;
  }
  return total;
}

class TwoFields {
  constructor(t) {
    this.text = t;
    this.cents = t.length;
  }
}
class OneField {
  constructor(t) {
    this.text = t;
  }
}
class TwoPrivateFields {
  #text;
  #cents;
  constructor(t) {
    this.#text = t;
    this.#cents = t.length;
  }
  get text() {
    return this.#text + String(this.#cents);
  }
}
// An object literal has an allocation site, which V8 may decide to pretenure (allocate in the
// old generation) when most of its objects survive; a class instance has none.
const literal = (t) => ({ text: t, cents: t.length });

const measures = {
  'hand-written integer-öre loop': (ts) => handLoop(ts),
  'class, two fields (an Exact read from text)': (ts) => ts.map((t) => new TwoFields(t)).length,
  'class, two private fields': (ts) => ts.map((t) => new TwoPrivateFields(t)).length,
  'class, one field': (ts) => ts.map((t) => new OneField(t)).length,
  'object literal, two fields': (ts) => ts.map(literal).length,
};
const names = Object.keys(measures);

async function child(name) {
  const ts = texts();
  const run = measures[name];
  for (let i = 0; i < 3; i += 1) run(ts.slice(0, COUNT / 10));
  globalThis.gc();
  await new Promise((resolve) => setTimeout(resolve, 200));
  const start = process.cpuUsage();
  run(ts);
  const used = process.cpuUsage(start);
  process.stdout.write(String((used.user + used.system) / 1000));
}

async function main() {
  const cpu = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < ROUNDS; r += 1) {
    for (const name of names) {
      const out = spawnSync(
        process.execPath,
        ['--expose-gc', fileURLToPath(import.meta.url), '--measure', name],
        { encoding: 'utf8' },
      );
      if (out.status !== 0) throw new Error(out.stderr);
      cpu[name].push(Number(out.stdout));
    }
  }
  const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const base = median(cpu[names[0]]);
  console.log(`node ${process.version}, ${COUNT} strings, ${ROUNDS} runs, processor ms`);
  for (const name of names) {
    const s = [...cpu[name]].sort((x, y) => x - y);
    const ratio = (median(s) / base).toFixed(2);
    console.log(`${name.padEnd(46)} ${s.map((x) => x.toFixed(0)).join(' ')}  ${ratio}×`);
  }
}

const at = process.argv.indexOf('--measure');
if (at >= 0) await child(process.argv[at + 1]);
else await main();
