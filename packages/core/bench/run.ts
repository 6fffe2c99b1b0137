/**
 * Benchmark: what a user pays to add up 1 000 000 amounts read from text, against a
 * hand-written integer-öre loop over the same strings in the same run (issue 15 "Size and
 * speed", issue 18 "Honest benchmarks"). Every figure is min / median / max of ROUNDS timed
 * rounds after one warm-up round, the rounds of all measures interleaved so that a busy
 * machine slows them alike. Besides wall time each measure gets its processor time (all
 * threads of the process, so the garbage collector's helpers count) and the garbage
 * collector's pauses inside it: on a machine shared with other work the wall clock also counts
 * time the process waited for a core, which the processor time does not.
 * A full collection forced before each run (so that no measure pays for the garbage of the
 * one before) was tried and left out: it doubled the processor time of the allocation-free
 * hand loop and multiplied that of summing prebuilt values in a trial run (load 35–38), so
 * it measured the forced collection's side effects, not the code.
 * Run with `pnpm bench` (root) or `pnpm --filter @styrkit/core bench`; record the figures in
 * docs/benchmarks/core.md.
 */
import { loadavg } from 'node:os';
import { PerformanceObserver, performance, type PerformanceEntry } from 'node:perf_hooks';
import { exact, parseNumber, sum, sumKnown, type Exact } from '../src/index.js';

const COUNT = 1_000_000;
const ROUNDS = Number(process.env.ROUNDS ?? 7);

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

// Deterministic amounts in öre, as a ledger would hold them (up to 10 000 000 kr each).
let seed = 20261123;
function next(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed;
}
const cents: number[] = Array.from({ length: COUNT }, () => (next() % 1_000_000_000) - 100_000_000);
const texts = cents.map((c) => (c / 100).toFixed(2));
const expectedTotal = cents.reduce((a, c) => a + c, 0);
const expected = exact(expectedTotal).dividedBy(100).toString();

/** The baseline: a hand-written loop reading "-1234.56" into integer öre and adding them. */
function handLoop(): string {
  let total = 0;
  for (const text of texts) {
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
  return exact(total).dividedBy(100).toString();
}

function readAndSum(): string {
  return sum(texts.map(exact)).toString();
}

function parseAndSumKnown(): string {
  const values = texts.map((text) => {
    const r = parseNumber(text);
    return r.ok && r.value.kind === 'number' ? r.value.value : null;
  });
  const s = sumKnown(values);
  return s.unknownCount === 0 ? s.known.toString() : 'unknowns';
}

const prebuilt: Exact[] = texts.map(exact);
function sumPrebuilt(): string {
  return sum(prebuilt).toString();
}
const thousandths: Exact[] = prebuilt.slice(0, 100_000).map((a) => a.plus('0.001'));
function sumDecimal(): string {
  return sum(thousandths).toString();
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
function objectPerString(): string {
  const kept = texts.map((text) => new Kept(text));
  return String(kept.length);
}

const measures: [string, () => string][] = [
  ['hand-written integer-öre loop from the strings', handLoop],
  ['sum(texts.map(exact))', readAndSum],
  ['parseNumber + sumKnown', parseAndSumKnown],
  ['sum() of 1 000 000 Exact built beforehand', sumPrebuilt],
  ['sum() of 100 000 with 3 decimals (decimal path)', sumDecimal],
  ['floor: texts.map(t => new Kept(t)), no reading', objectPerString],
];
/** Measures whose result is the total of the strings (the others have their own results). */
const totals = 4;
const wall = measures.map(() => [] as number[]);
const cpu = measures.map(() => [] as number[]);
const windows = measures.map(() => [] as [number, number][]);
const results = measures.map(() => '');
const gcEntries: PerformanceEntry[] = [];
const observer = new PerformanceObserver((list) => gcEntries.push(...list.getEntries()));
observer.observe({ entryTypes: ['gc'] });
let peakRss = process.memoryUsage().rss;
const loadBefore = loadavg();
for (let round = 0; round <= ROUNDS; round += 1) {
  for (const [m, [, run]] of measures.entries()) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = run();
    const end = performance.now();
    const used = process.cpuUsage(cpuStart);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (round > 0) {
      wall[m]?.push(end - start);
      cpu[m]?.push((used.user + used.system) / 1000);
      windows[m]?.push([start, end]);
    }
    results[m] = result;
    // Lets the observer take the collector's entries (untimed; they are matched by time).
    await new Promise((resolve) => setImmediate(resolve));
  }
}
observer.disconnect();
const loadAfter = loadavg();

/** Garbage-collector pause time inside each timed round of measure m. */
function gcPauses(m: number): number[] {
  return (windows[m] ?? []).map(([from, to]) =>
    gcEntries
      .filter((e) => e.startTime >= from && e.startTime < to)
      .reduce((total, e) => total + e.duration, 0),
  );
}

const baseWall = stats(wall[0] ?? []);
const baseCpu = stats(cpu[0] ?? []);
const fmt = (s: Stats) =>
  `${s.min.toFixed(1)} / ${s.median.toFixed(1)} / ${s.max.toFixed(1)} ms`.padEnd(30);
/** Same-run ratios to the hand loop: of the medians (the figure), and of the minimums. */
const ratios = (s: Stats, base: Stats) =>
  `  ${(s.median / base.median).toFixed(2)}× the loop (mins ${(s.min / base.min).toFixed(2)}×)`;
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
const lines = [
  `node ${process.version}, ${COUNT.toLocaleString('en')} two-decimal strings, ${ROUNDS} rounds (min / median / max)`,
  `load average (1, 5, 15 min) before ${load(loadBefore)}, after ${load(loadAfter)}`,
  '',
  'wall time',
];
let ok = true;
measures.forEach(([name], m) => {
  const s = stats(wall[m] ?? []);
  const ratio = m === 1 || m === 2 || m === 5 ? ratios(s, baseWall) : '';
  lines.push(`  ${name.padEnd(50)} ${fmt(s)}${ratio}`);
  if (m < totals && results[m] !== expected) {
    ok = false;
    lines.push(`    result ${results[m]} differs from ${expected}`);
  }
});
lines.push(
  "processor time (all threads); in brackets the median of the garbage collector's pauses (wall time)",
);
measures.forEach(([name], m) => {
  const s = stats(cpu[m] ?? []);
  const gc = stats(gcPauses(m)).median;
  const ratio = m === 1 || m === 2 || m === 5 ? ratios(s, baseCpu) : '';
  lines.push(`  ${name.padEnd(50)} ${fmt(s)}${ratio}  [gc ${gc.toFixed(1)} ms]`);
});
const memory = process.memoryUsage();
lines.push(
  `results equal the integer total: ${ok ? 'yes' : 'NO'}`,
  `heap used: ${(memory.heapUsed / 1_048_576).toFixed(0)} MiB, peak rss: ${(peakRss / 1_048_576).toFixed(0)} MiB`,
);
console.log(lines.join('\n'));
if (!ok) process.exitCode = 1;
