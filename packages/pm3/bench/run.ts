/**
 * pm3 benchmarks (not unit tests), issue 18: a synthetic portfolio of 300 objects × 10 years =
 * 3 000 objektplaner as rich as the reference plan (bench/synthetic.ts), read from its JSON
 * text as a user has it:
 * - parse: `JSON.parse` alone, and `JSON.parse` + `parseObjektplan` of every plan (target
 *   ≤ 2× `JSON.parse`);
 * - audit + roll-up of the parsed plans (target ≤ 500 ms).
 * Every figure is min / median / max of ROUNDS timed rounds after one warm-up round, the
 * measures interleaved within each round so that a busy machine slows them alike.
 * Run: pnpm --filter @styrkit/pm3 bench   (ROUNDS=7 for more rounds)
 */
import { cpus } from 'node:os';
import { auditPortfolio, parseObjektplan, rollUpPortfolio, type Objektplan } from '../src/index.js';
import { syntheticPortfolio } from './synthetic.js';

const OBJECTS = Number(process.env.OBJECTS ?? 300);
const YEARS = 10;
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const json = JSON.stringify(syntheticPortfolio(OBJECTS, YEARS));

function parseAll(): Objektplan[] {
  const raw = JSON.parse(json) as unknown[];
  const plans: Objektplan[] = [];
  for (const doc of raw) {
    const r = parseObjektplan(doc);
    if (!r.ok) throw new Error(JSON.stringify(r.error[0]));
    plans.push(r.value);
  }
  return plans;
}

const plans = parseAll();
let findings = 0;
const names = [
  'JSON.parse',
  'JSON.parse + parseObjektplan',
  'auditPortfolio',
  'rollUpPortfolio',
  'audit + roll-up',
] as const;
const runs: (() => unknown)[] = [
  () => JSON.parse(json) as unknown,
  parseAll,
  () => (findings = auditPortfolio(plans).length),
  () => rollUpPortfolio(plans),
  () => [auditPortfolio(plans), rollUpPortfolio(plans)],
];
const samples = names.map(() => [] as number[]);
for (let round = 0; round <= ROUNDS; round += 1) {
  runs.forEach((run, i) => {
    const start = performance.now();
    run();
    const ms = performance.now() - start;
    if (round > 0) samples[i]?.push(ms);
  });
}
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return {
    min: s[0] ?? NaN,
    median: s[Math.floor(s.length / 2)] ?? NaN,
    max: s[s.length - 1] ?? NaN,
  };
};
const st = samples.map(stats);
const jsonMs = st[0]?.median ?? NaN;
const parseMs = st[1]?.median ?? NaN;
const bothMs = st[4]?.median ?? NaN;
console.log(
  `pm3 benchmark, node ${process.version}, ${String(cpus().length)} cores, ${new Date().toISOString()}`,
);
console.log(
  `${String(plans.length)} plans, ${(json.length / 1e6).toFixed(1)} MB of JSON, ${String(findings)} findings; ${String(ROUNDS)} rounds: min / median / max`,
);
names.forEach((name, i) => {
  const s = st[i];
  if (s === undefined) return;
  const note =
    i === 1
      ? `${(parseMs / jsonMs).toFixed(2)}× JSON.parse (target ≤ 2×)`
      : i === 4
        ? 'target ≤ 500 ms'
        : '';
  console.log(
    `${name.padEnd(30)} ${`${s.min.toFixed(0)} / ${s.median.toFixed(0)} / ${s.max.toFixed(0)} ms`.padEnd(24)} ${note}`,
  );
});
const ok = parseMs <= 2 * jsonMs && bothMs <= 500;
console.log(ok ? 'within budget' : 'OVER BUDGET');
process.exitCode = ok ? 0 : 1;
