/**
 * Benchmark: the exact sum of 1 000 000 amounts against a plain integer loop in the same run.
 * Run with `pnpm bench` (root) or `pnpm --filter @styrkit/core bench`; record the figures in
 * docs/benchmarks.md.
 */
import { performance } from 'node:perf_hooks';
import { exact, sum, type Exact } from '../src/index.js';

const COUNT = 1_000_000;
const ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(run: () => unknown): { ms: number; result: unknown } {
  let result: unknown;
  const samples: number[] = [];
  for (let r = 0; r < ROUNDS; r += 1) {
    const start = performance.now();
    result = run();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), result };
}

// Deterministic amounts in öre, as a ledger would hold them (up to 10 000 000 kr each).
let seed = 20261123;
function next(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed;
}
const cents: number[] = Array.from({ length: COUNT }, () => (next() % 1_000_000_000) - 100_000_000);
const texts = cents.map((c) => (c / 100).toFixed(2));

const constructStart = performance.now();
const amounts: Exact[] = texts.map((t) => exact(t));
const constructMs = performance.now() - constructStart;

const integer = time(() => {
  let total = 0;
  for (const c of cents) total += c;
  return total;
});
const exactFast = time(() => sum(amounts).toString());
const thousandths: Exact[] = amounts.slice(0, 100_000).map((a) => a.plus('0.001'));
const exactDecimal = time(() => sum(thousandths).toString());

const expected = (BigInt(cents.reduce((a, c) => a + c, 0)) * 1n).toString();
const ok = exactFast.result === exact(expected).dividedBy(100).toString();

const memory = process.memoryUsage();
const lines = [
  `node ${process.version}, ${COUNT.toLocaleString('en')} amounts, median of ${ROUNDS} rounds`,
  `construct Exact from text:       ${constructMs.toFixed(1)} ms (once)`,
  `plain integer loop (öre):        ${integer.ms.toFixed(2)} ms`,
  `sum() of Exact (öre fast path):  ${exactFast.ms.toFixed(2)} ms  ratio ${(exactFast.ms / integer.ms).toFixed(1)}x`,
  `sum() of 100 000 with 3 decimals: ${exactDecimal.ms.toFixed(2)} ms (decimal path)`,
  `result matches integer total:    ${ok ? 'yes' : 'NO'}`,
  `heap used: ${(memory.heapUsed / 1_048_576).toFixed(0)} MiB, rss: ${(memory.rss / 1_048_576).toFixed(0)} MiB`,
];
console.log(lines.join('\n'));
if (!ok) process.exitCode = 1;
