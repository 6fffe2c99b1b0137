/**
 * pm3 benchmarks (not unit tests): audit + roll-up of a synthetic portfolio of 300 objects ×
 * 10 years × 20 initiatives, and parse + validate of that portfolio from JSON compared with
 * JSON.parse alone. Prints the figures; budgets come from the pm3 issue.
 */
import { cpus } from 'node:os';
import { auditPortfolio, parseObjektplan, rollUpPortfolio, type Objektplan } from '../src/index.js';
import { syntheticPortfolio } from './synthetic.js';

function time<T>(run: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function best<T>(runs: number, run: () => T): { ms: number; value: T } {
  let result = time(run);
  for (let i = 1; i < runs; i += 1) {
    const next = time(run);
    if (next.ms < result.ms) result = next;
  }
  return result;
}

const OBJECTS = 300;
const YEARS = 10;
const INITIATIVES = 20;
const json = JSON.stringify(syntheticPortfolio(OBJECTS, YEARS, INITIATIVES));

const jsonParse = best(3, () => JSON.parse(json) as unknown[]);
const parseValidate = best(3, () => {
  const raw = JSON.parse(json) as unknown[];
  const plans: Objektplan[] = [];
  for (const doc of raw) {
    const r = parseObjektplan(doc);
    if (!r.ok) throw new Error(JSON.stringify(r.error[0]));
    plans.push(r.value);
  }
  return plans;
});
const plans = parseValidate.value;
const audit = best(3, () => auditPortfolio(plans));
const rollUp = best(3, () => rollUpPortfolio(plans));
const both = best(3, () => [auditPortfolio(plans), rollUpPortfolio(plans)] as const);

const budgetParse = 2 * jsonParse.ms + 1000;
const rows: [string, string, string][] = [
  ['plans', String(plans.length), ''],
  ['JSON size', `${(json.length / 1e6).toFixed(1)} MB`, ''],
  ['JSON.parse', `${jsonParse.ms.toFixed(0)} ms`, ''],
  [
    'JSON.parse + parseObjektplan',
    `${parseValidate.ms.toFixed(0)} ms`,
    `≤ ${budgetParse.toFixed(0)} ms (2 × JSON.parse + 1 s)`,
  ],
  ['auditPortfolio', `${audit.ms.toFixed(0)} ms (${String(audit.value.length)} findings)`, ''],
  ['rollUpPortfolio', `${rollUp.ms.toFixed(0)} ms`, ''],
  ['audit + roll-up', `${both.ms.toFixed(0)} ms`, '≤ 1000 ms'],
];
console.log(
  `pm3 benchmark, node ${process.version}, ${String(cpus().length)} cores, ${new Date().toISOString()}`,
);
for (const [name, value, budget] of rows)
  console.log(`${name.padEnd(30)} ${value.padEnd(28)} ${budget}`);
const ok = parseValidate.ms <= budgetParse && both.ms <= 1000;
console.log(ok ? 'within budget' : 'OVER BUDGET');
