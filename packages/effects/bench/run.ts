// Benchmark: status and audit of 5 000 goals with 50 000 measurements (target ≤ 1 s).
// Run with `pnpm bench`. Prints one line per figure; not a unit test.
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  auditEffectPlan,
  evaluateStatuses,
  parseEffectPlan,
  rollUpGoalTree,
  type EffectPlan,
} from '../src/index.js';

const GOALS = 5_000;
const MEASUREMENTS_PER_GOAL = 10;

function buildInput(): unknown {
  const goals: unknown[] = [];
  const measurements: unknown[] = [];
  for (let c = 0; c < 50; c += 1)
    goals.push({ id: `n${String(c)}`, level: 'committee-goal', title: `Nämndmål ${String(c)}` });
  for (let i = 0; i < GOALS; i += 1) {
    const up = i % 2 === 0;
    goals.push({
      id: `g${String(i)}`,
      level: 'effect-goal',
      title: `Effektmål ${String(i)}`,
      parents: [`n${String(i % 50)}`],
      owner: { role: 'Enhetschef', side: i % 97 === 0 ? 'project' : 'business' },
      indicator: {
        name: 'Indikator',
        unit: up ? '%' : 'dagar',
        direction: up ? 'increase' : 'decrease',
      },
      baseline: { value: up ? '20' : '40', date: '2024-01-01' },
      milestones: [{ value: up ? '40' : '30', date: '2024-07-01' }],
      target: { value: up ? '60' : '20', date: '2025-12-31' },
    });
    for (let k = 0; k < MEASUREMENTS_PER_GOAL; k += 1) {
      const month = String(1 + k).padStart(2, '0');
      measurements.push({
        goalId: `g${String(i)}`,
        date: `2024-${month}-15`,
        value: String(up ? 20 + k * 3 + (i % 5) : 40 - k * 2 - (i % 3)),
        unit: up ? '%' : 'dagar',
      });
    }
  }
  return { title: 'Benchmark', asOf: '2024-12-31', goals, measurements };
}

function time<T>(label: string, fn: () => T, runs = 5): T {
  let result = fn(); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    const t0 = performance.now();
    result = fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  console.log(
    `${label.padEnd(46)} median ${median.toFixed(1).padStart(8)} ms  (min ${(samples[0] ?? 0).toFixed(1)} ms, ${String(runs)} runs)`,
  );
  return result;
}

const input = buildInput();
console.log(
  `node ${process.version}, ${String(cpus().length)} cores, ${cpus()[0]?.model ?? 'unknown cpu'}`,
);
console.log(`${String(GOALS)} effect goals, ${String(GOALS * MEASUREMENTS_PER_GOAL)} measurements`);
const parsed = time('parse (zod, Swedish number text → Exact)', () => parseEffectPlan(input), 3);
if (!parsed.ok) throw new Error('benchmark input did not parse');
const plan: EffectPlan = parsed.value;
const statuses = time('status of every goal', () =>
  evaluateStatuses(plan.goals, plan.measurements, { asOf: '2024-12-31' }),
);
time('roll-up over the goal tree', () => rollUpGoalTree(plan.goals, statuses));
const findings = time('audit (goals + measurements + links)', () => auditEffectPlan(plan));
time('status + audit together (the 1 s budget)', () => {
  evaluateStatuses(plan.goals, plan.measurements, { asOf: '2024-12-31' });
  return auditEffectPlan(plan);
});
console.log(`findings: ${String(findings.length)}; statuses: ${JSON.stringify(countStatuses())}`);

function countStatuses(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of statuses.values()) counts[s.status] = (counts[s.status] ?? 0) + 1;
  return counts;
}
