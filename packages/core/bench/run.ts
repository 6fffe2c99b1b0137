/**
 * Benchmark: what a user pays to add up 1 000 000 amounts read from text, against a
 * hand-written integer-öre loop over the same strings in the same run (issue 15 "Size and
 * speed", issue 18 "Honest benchmarks"). The user's input is the array of texts, already in
 * memory; the output is the exact sum.
 *
 * Every timed run is a fresh child process (this file with `--measure <n>`): it builds the
 * strings, warms the measure up on a tenth of them, collects all garbage and lets the
 * collector's helper threads finish, then times one run over all 1 000 000 and reports. So a
 * measure pays for its own garbage and for no other's: in one process the hand loop's rounds
 * sometimes contained a collection of the previous measures' objects, which doubled its
 * processor time and swung the ratios between 2.2× and 5.8× from run to run.
 * ROUNDS rounds (default 7), the measures interleaved in every round so that a busy machine
 * slows them alike; min / median / max of each. Besides wall time each run gives its
 * processor time (all threads of the child, so the collector's helpers count) and the
 * collector's pauses inside it: on a machine shared with other work the wall clock also counts
 * time the process waited for a core, which the processor time does not.
 * Run with `pnpm bench` (root) or `pnpm --filter @styrkit/core bench`, on a shared machine
 * under `nice -n -15`; record the figures in docs/benchmarks/core.md.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { PerformanceObserver, performance, type PerformanceEntry } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { exact, parseNumber, sum, sumKnown, sumTexts, type Exact } from '../src/index.js';
import { amounts, COUNT, handLoop } from './amounts.js';

const ROUNDS = Number(process.env.ROUNDS ?? 7);

function readAndSum(texts: string[]): string {
  return sum(texts.map(exact)).toString();
}

function parseAndSumKnown(texts: string[]): string {
  const values = texts.map((text) => {
    const r = parseNumber(text);
    return r.ok && r.value.kind === 'number' ? r.value.value : null;
  });
  const s = sumKnown(values);
  return s.unknownCount === 0 ? s.known.toString() : 'unknowns';
}

function onePass(texts: string[]): string {
  const s = sumTexts(texts);
  return s.unknownCount === 0 ? s.known.toString() : 'unknowns';
}

/** Two fields, as an Exact read from text has (its text and its öre). */
class Kept {
  readonly text: string;
  readonly length: number;
  constructor(text: string) {
    this.text = text;
    this.length = text.length;
  }
}
/**
 * Not a way to read amounts: the least any reader pays that keeps one object per string, as
 * `texts.map(exact)` does (allocation and the garbage collector's copying, no parsing).
 */
function objectPerString(texts: string[]): string {
  const kept = texts.map((text) => new Kept(text));
  return String(kept.length);
}

/** A measure: its name, whether its result is the total, and how to prepare its input. */
interface Measure {
  name: string;
  total: boolean;
  /** Makes the function to time from the strings (untimed: prebuilt values are built here). */
  prepare(texts: string[]): (texts: string[]) => string;
}
const measures: Measure[] = [
  { name: 'hand-written integer-öre loop from the strings', total: true, prepare: () => handLoop },
  { name: 'sum(texts.map(exact))', total: true, prepare: () => readAndSum },
  { name: 'parseNumber + sumKnown', total: true, prepare: () => parseAndSumKnown },
  { name: 'sumTexts(texts), one pass', total: true, prepare: () => onePass },
  {
    name: 'sum() of 1 000 000 Exact built beforehand',
    total: true,
    prepare(texts) {
      const prebuilt: Exact[] = texts.map(exact);
      return (t) => sum(t === texts ? prebuilt : t.map(exact)).toString();
    },
  },
  {
    name: 'sum() of 100 000 with 3 decimals (decimal path)',
    total: false,
    prepare(texts) {
      const thousandths = texts.slice(0, 100_000).map((a) => exact(a).plus('0.001'));
      return (t) => sum(t === texts ? thousandths : thousandths.slice(0, 10_000)).toString();
    },
  },
  {
    name: 'floor: texts.map(t => new Kept(t)), no reading',
    total: false,
    prepare: () => objectPerString,
  },
];
/** Measures given as ratios to the hand loop (index 0). */
const compared = new Set([1, 2, 3, 6]);

interface Run {
  wall: number;
  cpu: number;
  gc: number;
  result: string;
  expected: string;
  rss: number;
}

/** One timed run of measure m in this (fresh) process, printed as JSON. */
async function child(m: number): Promise<void> {
  const measure = measures[m];
  if (measure === undefined) throw new RangeError(`no measure ${m}`);
  const { texts, expected } = amounts();
  const run = measure.prepare(texts);
  const warm = texts.slice(0, COUNT / 10);
  for (let i = 0; i < 3; i += 1) run(warm);
  (globalThis as { gc?: () => void }).gc?.();
  // The collector sweeps on helper threads after gc(); let it finish before the clock starts.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const pauses: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = run(texts);
  const end = performance.now();
  const used = process.cpuUsage(cpuStart);
  // The observer's entries arrive asynchronously; a turn of the timer loop delivers them.
  await new Promise((resolve) => setTimeout(resolve, 50));
  pauses.push(...observer.takeRecords());
  observer.disconnect();
  const gc = pauses
    .filter((e) => e.startTime >= start && e.startTime < end)
    .reduce((total, e) => total + e.duration, 0);
  const report: Run = {
    wall: end - start,
    cpu: (used.user + used.system) / 1000,
    gc,
    result,
    expected,
    rss: process.memoryUsage().rss,
  };
  process.stdout.write(JSON.stringify(report));
}

interface Stats {
  min: number;
  median: number;
  max: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    min: sorted[0] ?? Number.NaN,
    median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

function parent(): void {
  const self = fileURLToPath(import.meta.url);
  const runs = measures.map(() => [] as Run[]);
  const loadBefore = loadavg();
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let m = 0; m < measures.length; m += 1) {
      const out = spawnSync(
        process.execPath,
        [...process.execArgv, '--expose-gc', self, '--measure', String(m)],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      if (out.status !== 0) throw new Error(`measure ${m} failed:\n${out.stderr}`);
      runs[m]?.push(JSON.parse(out.stdout) as Run);
    }
  }
  const loadAfter = loadavg();

  const of = (m: number, key: 'wall' | 'cpu' | 'gc') => stats((runs[m] ?? []).map((r) => r[key]));
  const fmt = (s: Stats) =>
    `${s.min.toFixed(1)} / ${s.median.toFixed(1)} / ${s.max.toFixed(1)} ms`.padEnd(30);
  /** Same-run ratios to the hand loop: of the medians (the figure), and of the minimums. */
  const ratios = (s: Stats, base: Stats) =>
    `  ${(s.median / base.median).toFixed(2)}× the loop (mins ${(s.min / base.min).toFixed(2)}×)`;
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  const lines = [
    `node ${process.version}, ${COUNT.toLocaleString('en')} two-decimal strings, ${ROUNDS} rounds (min / median / max), each run a fresh process`,
    `load average (1, 5, 15 min) before ${load(loadBefore)}, after ${load(loadAfter)}`,
  ];
  let ok = true;
  for (const [title, key] of [
    ['wall time', 'wall'],
    [
      "processor time (all threads); in brackets the median of the garbage collector's pauses (wall time)",
      'cpu',
    ],
  ] as const) {
    lines.push('', title);
    const base = of(0, key);
    measures.forEach(({ name }, m) => {
      const s = of(m, key);
      const ratio = compared.has(m) ? ratios(s, base) : '';
      const gc = key === 'cpu' ? `  [gc ${of(m, 'gc').median.toFixed(1)} ms]` : '';
      lines.push(`  ${name.padEnd(50)} ${fmt(s)}${ratio}${gc}`);
    });
  }
  measures.forEach(({ name, total }, m) => {
    for (const r of runs[m] ?? []) {
      if (total && r.result !== r.expected) {
        ok = false;
        lines.push(`  ${name}: result ${r.result} differs from ${r.expected}`);
      }
    }
  });
  const peak = Math.max(...runs.flat().map((r) => r.rss));
  lines.push(
    `results equal the integer total: ${ok ? 'yes' : 'NO'}`,
    `peak rss of a run: ${(peak / 1_048_576).toFixed(0)} MiB`,
  );
  console.log(lines.join('\n'));
  if (!ok) process.exitCode = 1;
}

const at = process.argv.indexOf('--measure');
if (at >= 0) await child(Number(process.argv[at + 1]));
else parent();
