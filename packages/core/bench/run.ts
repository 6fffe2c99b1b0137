/**
 * Benchmark: what a user pays to add up 1 000 000 amounts read from text, against a
 * hand-written integer-öre loop over the same strings in the same run (issue 15 "Size and
 * speed", issue 18 "Honest benchmarks"). Every figure is min / median / max of ROUNDS timed
 * rounds after one warm-up round, the rounds of all measures interleaved so that a busy
 * machine slows them alike.
 * Run with `pnpm bench` (root) or `pnpm --filter @styrkit/core bench`; record the figures in
 * docs/benchmarks.md.
 */
import { performance } from 'node:perf_hooks';
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

const measures: [string, () => string][] = [
  ['hand-written integer-öre loop from the strings', handLoop],
  ['sum(texts.map(exact))', readAndSum],
  ['parseNumber + sumKnown', parseAndSumKnown],
  ['sum() of 1 000 000 Exact built beforehand', sumPrebuilt],
  ['sum() of 100 000 with 3 decimals (decimal path)', sumDecimal],
];
const samples = measures.map(() => [] as number[]);
const results = measures.map(() => '');
let peakRss = process.memoryUsage().rss;
for (let round = 0; round <= ROUNDS; round += 1) {
  measures.forEach(([, run], m) => {
    const start = performance.now();
    const result = run();
    const ms = performance.now() - start;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (round > 0) samples[m]?.push(ms);
    results[m] = result;
  });
}

const base = stats(samples[0] ?? []);
const fmt = (s: Stats) =>
  `${s.min.toFixed(1)} / ${s.median.toFixed(1)} / ${s.max.toFixed(1)} ms`.padEnd(30);
const lines = [
  `node ${process.version}, ${COUNT.toLocaleString('en')} two-decimal strings, ${ROUNDS} rounds (min / median / max)`,
];
let ok = true;
measures.forEach(([name], m) => {
  const s = stats(samples[m] ?? []);
  const ratio = m === 0 || m === 4 ? '' : `  ${(s.median / base.median).toFixed(2)}× the loop`;
  lines.push(`${name.padEnd(48)} ${fmt(s)}${ratio}`);
  if (m < 4 && results[m] !== expected) {
    ok = false;
    lines.push(`  result ${results[m]} differs from ${expected}`);
  }
});
const memory = process.memoryUsage();
lines.push(
  `results equal the integer total: ${ok ? 'yes' : 'NO'}`,
  `heap used: ${(memory.heapUsed / 1_048_576).toFixed(0)} MiB, peak rss: ${(peakRss / 1_048_576).toFixed(0)} MiB`,
);
console.log(lines.join('\n'));
if (!ok) process.exitCode = 1;
