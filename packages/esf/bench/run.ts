/**
 * Benchmark: what a user pays for a 1 000 000-row time-report register, from its text.
 *
 * - parse: `JSON.parse` of the register text, and `JSON.parse` + `parseTimeReports` (target
 *   ≤ 2× `JSON.parse`, issue 18);
 * - hours and value per month × phase × gender: `aggregateCofinancingValue` on the parsed
 *   register, against an exact hand-written integer-öre loop giving the same cells in the same
 *   run (targets ≤ 3× the loop and ≤ 1 s, cells identical);
 * - hours only: `aggregateHours` against its hand loop, as before;
 * - the whole pipeline from text (parse + value), and its peak RSS measured in a fresh process.
 *
 * Every figure is min / median / max of ROUNDS timed rounds after one warm-up round, the
 * measures interleaved within each round so a busy machine slows them alike.
 * Run from packages/esf: pnpm bench   (ROUNDS=5 pnpm bench for more rounds)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  aggregateCofinancingValue,
  aggregateHours,
  parseTimeReports,
  type TimeReports,
} from '../src/index.js';

const ROWS = Number(process.env.ROWS ?? 1_000_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
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

/**
 * The register as a user's file holds it: 70 % of participants with a documented hourly rate
 * in kronor and öre ("312,45"), 20 % with an annual employment cost and a share of full time
 * (a rate with endless decimals, truncated per row), 10 % hourly-paid substitutes valued by
 * the rate of their employment type; 0–8 whole hours a row; and 20 rows in one month from a
 * participant missing from the register, so that month's cells are unknown.
 */
function registerText(rows: number): string {
  const r = rng(42);
  const participants = Array.from({ length: PARTICIPANTS }, (_, i) => {
    const kind = r();
    const base = { id: `P${String(i)}`, gender: GENDERS[Math.floor(r() * 3)] ?? 'woman' };
    if (kind < 0.7) {
      const ore = 18_000 + Math.floor(r() * 40_000);
      return {
        ...base,
        employment: 'permanent',
        hourlyRate: `${String(Math.floor(ore / 100))},${String(ore % 100).padStart(2, '0')}`,
      };
    }
    if (kind < 0.9) {
      return {
        ...base,
        employment: 'fixed-term',
        annualEmploymentCost: String(300_000 + Math.floor(r() * 400_000)),
        employmentShare: ['1', '0,75', '0,5'][Math.floor(r() * 3)] ?? '1',
      };
    }
    return { ...base, employment: 'hourly-substitute' };
  });
  const reports = Array.from({ length: rows }, (_, i) => ({
    participant: i < 20 ? 'P-unregistered' : `P${String(Math.floor(r() * PARTICIPANTS))}`,
    month: i < 20 ? '2022-01' : (MONTHS[Math.floor(r() * MONTHS.length)] ?? '2022-01'),
    phase: PHASES[Math.floor(r() * 3)] ?? 'implementation',
    activity: 'Utbildning',
    hours: Math.floor(r() * 9),
    signed: true,
  }));
  return JSON.stringify({
    projectId: 'bench',
    synthetic: true,
    participants,
    ratesByEmployment: [{ employment: 'hourly-substitute', hourlyRate: '212,50' }],
    reports,
  });
}

/**
 * The value baseline: what a developer would write by hand for this one report, exact in
 * integer öre. Rates become öre fractions once per participant; each row is truncated by an
 * exact integer division; cells are one flat array.
 */
function handValueLoop(t: TimeReports): string[] {
  const slot = new Map<string, number>();
  const gender: number[] = [];
  const num: number[] = [];
  const den: number[] = [];
  const substitute = t.ratesByEmployment[0]?.hourlyRate?.cents ?? 0;
  for (const p of t.participants) {
    slot.set(p.id, gender.length);
    gender.push(p.gender === 'woman' ? 0 : p.gender === 'man' ? 1 : 2);
    if (p.hourlyRate !== undefined) {
      num.push(p.hourlyRate.cents ?? 0);
      den.push(1);
    } else if (p.annualEmploymentCost !== undefined) {
      // cost / (1 720 × share) kr/h = cost × 100 × 100 / (1 720 × share × 100) öre/h
      num.push((p.annualEmploymentCost.cents ?? 0) * 100);
      den.push(1720 * (p.employmentShare?.cents ?? 100));
    } else {
      num.push(substitute);
      den.push(1);
    }
  }
  const month = new Map<string, number>();
  const phase = { analysis: 0, implementation: 1, closing: 2 };
  const hours = new Float64Array(64 * 12);
  const unrated = new Float64Array(64 * 12);
  const ore = new Float64Array(64 * 12);
  for (const r of t.reports) {
    let m = month.get(r.month);
    if (m === undefined) {
      m = month.size;
      month.set(r.month, m);
    }
    const s = slot.get(r.participant);
    const i = m * 12 + phase[r.phase] * 4 + (s === undefined ? 3 : (gender[s] ?? 3));
    hours[i] += r.hours;
    if (s === undefined) unrated[i] += r.hours;
    else ore[i] += Math.floor((r.hours * (num[s] ?? 0)) / (den[s] ?? 1));
  }
  // The same cells, in the same order, as text: month, phase, gender, hours, value.
  const out: string[] = [];
  for (const [name, m] of [...month].sort((a, b) => a[0].localeCompare(b[0]))) {
    for (let p = 0; p < 3; p += 1) {
      for (let g = 0; g < 4; g += 1) {
        const i = m * 12 + p * 4 + g;
        if ((hours[i] ?? 0) === 0) continue;
        const value = (unrated[i] ?? 0) > 0 ? 'unknown' : (ore[i] ?? 0).toString();
        out.push(`${name} ${String(p)} ${String(g)} ${String(hours[i])} ${value}`);
      }
    }
  }
  return out;
}

const PHASE_NO = { analysis: 0, implementation: 1, closing: 2 };
const GENDER_NO = { woman: 0, man: 1, unspecified: 2, unregistered: 3 };
function valueCellsAsText(t: TimeReports): string[] {
  return aggregateCofinancingValue(t).map(
    (c) =>
      `${c.month} ${String(PHASE_NO[c.phase])} ${String(GENDER_NO[c.gender])} ${String(c.hours)} ${
        c.value === undefined ? 'unknown' : (c.value.cents ?? Number.NaN).toString()
      }`,
  );
}

/** The hours baseline of the earlier benchmark: maps for participant and month, one array. */
function handHoursLoop(t: TimeReports): Float64Array {
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

function parsed(text: string): TimeReports {
  const r = parseTimeReports(JSON.parse(text));
  if (!r.ok) throw new Error(`bench register does not parse: ${JSON.stringify(r.error[0])}`);
  return r.value;
}

// A child process: only the pipeline from text, for its peak RSS.
if (process.argv[2] === '--pipeline') {
  const text = readFileSync(process.argv[3] ?? '', 'utf8');
  const textRss = process.resourceUsage().maxRSS;
  const start = performance.now();
  const cells = aggregateCofinancingValue(parsed(text));
  const ms = performance.now() - start;
  console.log(
    JSON.stringify({ ms, cells: cells.length, textRss, maxRss: process.resourceUsage().maxRSS }),
  );
  process.exit(0);
}

interface Stats {
  min: number;
  median: number;
  max: number;
}
function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  return {
    min: s[0] ?? Number.NaN,
    median: s[Math.floor(s.length / 2)] ?? Number.NaN,
    max: s[s.length - 1] ?? Number.NaN,
  };
}
function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

const text = registerText(ROWS);
const register = parsed(text);
const names = [
  'JSON.parse of the register text',
  'JSON.parse + parseTimeReports',
  'hand-written integer-öre loop (hours + value)',
  'aggregateCofinancingValue (hours + value)',
  'hand-written integer loop (hours only)',
  'aggregateHours (hours only)',
  'pipeline from text: parse + value cells',
] as const;
const runs: (() => unknown)[] = [
  () => JSON.parse(text) as unknown,
  () => parsed(text),
  () => handValueLoop(register),
  () => valueCellsAsText(register),
  () => handHoursLoop(register),
  () => aggregateHours(register),
  () => aggregateCofinancingValue(parsed(text)),
];
const samples = names.map(() => [] as number[]);
let identical = true;
for (let round = 0; round <= ROUNDS; round += 1) {
  const results = runs.map((run, i) => {
    const { ms, value } = timed(run);
    if (round > 0) samples[i]?.push(ms);
    return value;
  });
  const hand = results[2] as string[];
  const ours = results[3] as string[];
  if (hand.length !== ours.length || hand.some((line, i) => line !== ours[i])) identical = false;
  const hoursTotal = (results[5] as { hours: number }[]).reduce((s, c) => s + c.hours, 0);
  const handHoursTotal = (results[4] as Float64Array).reduce((s, v) => s + v, 0);
  if (hoursTotal !== handHoursTotal) identical = false;
}

// Peak RSS of the pipeline alone, in a fresh process reading the text from a file.
const dir = mkdtempSync(join(tmpdir(), 'esf-bench-'));
const file = join(dir, 'register.json');
writeFileSync(file, text);
const child = JSON.parse(
  execFileSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--pipeline', file],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  ),
) as { ms: number; cells: number; textRss: number; maxRss: number };
rmSync(dir, { recursive: true, force: true });

const st = samples.map(stats);
const f = (s: Stats | undefined) =>
  s === undefined
    ? ''
    : `${s.min.toFixed(0)} / ${s.median.toFixed(0)} / ${s.max.toFixed(0)} ms`.padEnd(26);
const ratio = (a: number, b: number) =>
  `${((st[a]?.median ?? 0) / (st[b]?.median ?? 1)).toFixed(2)}×`;
console.log(
  `node ${process.version}, ${ROWS.toLocaleString('en')} rows (${(text.length / 1e6).toFixed(0)} MB of JSON), ${String(PARTICIPANTS)} participants, ${String(ROUNDS)} rounds: min / median / max`,
);
names.forEach((name, i) => {
  const note =
    i === 1
      ? `${ratio(1, 0)} JSON.parse (target ≤ 2×)`
      : i === 3
        ? `${ratio(3, 2)} the loop (target ≤ 3×, ≤ 1 000 ms)`
        : i === 5
          ? `${ratio(5, 4)} the loop`
          : '';
  console.log(`${name.padEnd(46)} ${f(st[i])} ${note}`);
});
console.log(`cells identical to the hand loop             ${identical ? 'yes' : 'NO'}`);
console.log(
  `pipeline from text in a fresh process         ${child.ms.toFixed(0)} ms, ${String(child.cells)} cells; peak RSS ${(child.maxRss / 1024).toFixed(0)} MB (${(child.textRss / 1024).toFixed(0)} MB with only the text read)`,
);
const valueMs = st[3]?.median ?? Number.POSITIVE_INFINITY;
const ok =
  identical &&
  valueMs <= 1000 &&
  valueMs <= 3 * (st[2]?.median ?? 0) &&
  (st[1]?.median ?? Number.POSITIVE_INFINITY) <= 2 * (st[0]?.median ?? 0);
console.log(ok ? 'PASS' : 'FAIL');
process.exitCode = ok ? 0 : 1;
