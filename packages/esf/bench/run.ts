/**
 * Benchmark: 1 000 000 time-report rows aggregated per month × phase × gender.
 * Targets (issue): ≤ 1 s, and ≤ 3× a hand-written integer loop in the same run.
 * Also times parsing a 100 000-row register through the zod schema (informative).
 *
 * Run from packages/esf: pnpm bench
 */
import { aggregateHours, parseTimeReports, type TimeReports } from '../src/index.js';

const ROWS = 1_000_000;
const PARTICIPANTS = 5_000;
const MONTHS = Array.from({ length: 16 }, (_, i) => {
  const m = i % 12;
  return `${String(2022 + Math.floor(i / 12))}-${String(m + 1).padStart(2, '0')}`;
});
const PHASES = ['analysis', 'implementation', 'closing'] as const;
const GENDERS = ['woman', 'man', 'unspecified'] as const;

/** Deterministic pseudo-random numbers (mulberry32) so every run measures the same data. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRegister(rows: number): TimeReports {
  const r = rng(42);
  const participants = Array.from({ length: PARTICIPANTS }, (_, i) => ({
    id: `P${String(i)}`,
    gender: GENDERS[Math.floor(r() * 3)] ?? 'woman',
    employment: 'permanent' as const,
  }));
  const reports = Array.from({ length: rows }, () => ({
    participant: `P${String(Math.floor(r() * PARTICIPANTS))}`,
    month: MONTHS[Math.floor(r() * MONTHS.length)] ?? '2022-01',
    phase: PHASES[Math.floor(r() * 3)] ?? 'implementation',
    activity: 'Utbildning',
    hours: Math.floor(r() * 9),
    signed: true,
  }));
  return { projectId: 'bench', synthetic: true, participants, reports };
}

/** The baseline: what a developer would write by hand for this one report. */
function handLoop(t: TimeReports): Float64Array {
  const gender = new Map<string, number>();
  for (const p of t.participants)
    gender.set(p.id, p.gender === 'woman' ? 0 : p.gender === 'man' ? 1 : 2);
  const month = new Map<string, number>();
  const phase = { analysis: 0, implementation: 1, closing: 2 };
  const out = new Float64Array(64 * 3 * 4);
  for (const r of t.reports) {
    let m = month.get(r.month);
    if (m === undefined) {
      m = month.size;
      month.set(r.month, m);
    }
    const g = gender.get(r.participant) ?? 3;
    out[m * 12 + phase[r.phase] * 4 + g] += r.hours;
  }
  return out;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

const register = makeRegister(ROWS);
const heapBefore = process.memoryUsage().heapUsed;
let peakRss = process.memoryUsage().rss;
const ours: number[] = [];
const hand: number[] = [];
let checksum = 0;
for (let run = 0; run < 7; run += 1) {
  const a = time(() => aggregateHours(register));
  const b = time(() => handLoop(register));
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (run > 0) {
    // run 0 warms up the JIT
    ours.push(a.ms);
    hand.push(b.ms);
  }
  const total = a.value.reduce((s, c) => s + c.hours, 0);
  const totalHand = b.value.reduce((s, v) => s + v, 0);
  if (total !== totalHand)
    throw new Error(`totals differ: ${String(total)} vs ${String(totalHand)}`);
  checksum = total;
}
const oursMs = median(ours);
const handMs = median(hand);

const small = makeRegister(100_000);
const parse = time(() => parseTimeReports(small));
if (!parse.value.ok) throw new Error('bench register does not parse');

const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
console.log(`rows                          ${String(ROWS)}`);
console.log(`aggregateHours, median of 6   ${oursMs.toFixed(1)} ms  (target ≤ 1000 ms)`);
console.log(`hand-written integer loop     ${handMs.toFixed(1)} ms`);
console.log(`ratio                         ${(oursMs / handMs).toFixed(2)}×  (target ≤ 3×)`);
console.log(`total hours (both agree)      ${String(checksum)}`);
console.log(`parse 100 000 rows (zod)      ${parse.ms.toFixed(0)} ms`);
console.log(`heap used by the register     ${mb(heapBefore)} MB`);
console.log(`peak RSS                      ${mb(peakRss)} MB`);
const ok = oursMs <= 1000 && oursMs <= 3 * handMs;
console.log(ok ? 'PASS' : 'FAIL');
process.exitCode = ok ? 0 : 1;
