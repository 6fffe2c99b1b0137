/**
 * Processor time of audit + roll-up at 3 000 plans (issue 18), for comparing two commits on a
 * shared machine: bundle this file with esbuild at each commit and run the bundles alternately
 * (see docs/benchmarks/pm3.md). Prints one JSON line: wall and CPU (`process.cpuUsage`, all
 * threads) min / median / max of ROUNDS rounds after a warm-up, and the load average.
 * Also the garbage collector's pauses in each round (`gc` performance entries: main-thread
 * pauses; concurrent marking on other threads shows only in the CPU time).
 * DUMP=<file> also writes the portfolio's findings as JSON lines (for `cmp` between commits).
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { auditPortfolio, parseObjektplan, rollUpPortfolio, type Objektplan } from '../src/index.js';
import { syntheticPortfolio } from './synthetic.js';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const plans: Objektplan[] = [];
for (const doc of JSON.parse(JSON.stringify(syntheticPortfolio(300, 10))) as unknown[]) {
  const r = parseObjektplan(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.error[0]));
  plans.push(r.value);
}

const dump = process.env.DUMP;
if (dump !== undefined) {
  const lines = auditPortfolio(plans).map((f) => JSON.stringify(f));
  lines.push(JSON.stringify(rollUpPortfolio(plans)));
  writeFileSync(dump, `${lines.join('\n')}\n`);
}

let gcMs = 0;
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
});
observer.observe({ entryTypes: ['gc'] });
// Entries arrive asynchronously: each round ends with a turn of the event loop.
const turn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

const wall: number[] = [];
const cpu: number[] = [];
const gc: number[] = [];
for (let round = 0; round <= ROUNDS; round += 1) {
  await turn();
  gcMs = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  auditPortfolio(plans);
  rollUpPortfolio(plans);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  await turn();
  if (round === 0) continue;
  wall.push(ms);
  cpu.push((c.user + c.system) / 1000);
  gc.push(gcMs);
}
observer.disconnect();
const stats = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (i: number): string => (s[i] ?? NaN).toFixed(0);
  return `${at(0)} / ${at(Math.floor(s.length / 2))} / ${at(s.length - 1)}`;
};
console.log(
  JSON.stringify({
    label: process.env.LABEL ?? '',
    plans: plans.length,
    wall: stats(wall),
    cpu: stats(cpu),
    gcPauses: stats(gc),
    load: loadavg().map((l) => l.toFixed(1)),
  }),
);
