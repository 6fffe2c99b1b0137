// Issue 15: yaml.parse output handed straight to an effects calculation gets a TypeError that
// names the parser to call, never a TypeError from deep inside (`rate.dividedBy is not a
// function`, `goal.assessments is not iterable`).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  analyseCashFlow,
  auditEffectPlan,
  backlogTable,
  compareScenarios,
  effectInitiativesTable,
  evaluateStatuses,
  goalMatrix,
  parseEffectPlan,
  rankBacklog,
  type Backlog,
  type EffectPlan,
} from '../index.js';

const examples = fileURLToPath(new URL('../../../../docs/examples/', import.meta.url));
const raw = (file: string): unknown =>
  (parse(readFileSync(`${examples}${file}`, 'utf8')) as { document: unknown }).document;
// What yaml.parse gives a caller: `any`, which type-checks as any document type.
const plan = raw('goteborg-avo-2024/effects-plan.yaml') as EffectPlan;
const scenarios = raw('synthetic-issue-16/effects-scenarios.yaml') as EffectPlan;
const backlog = raw('goteborg-avo-2024/effects-backlog.yaml') as Backlog;

describe('raw yaml.parse output in an effects calculation', () => {
  it.each([
    ['auditEffectPlan', 'parseEffectPlan', () => auditEffectPlan(plan)],
    ['effectInitiativesTable', 'parseEffectPlan', () => effectInitiativesTable(plan)],
    ['goalMatrix', 'parseEffectPlan', () => goalMatrix(plan.goals)],
    ['evaluateStatuses', 'parseEffectPlan', () => evaluateStatuses(plan.goals, [])],
    ['compareScenarios', 'parseEffectPlan', () => compareScenarios(scenarios)],
    ['analyseCashFlow', 'parseEffectPlan', () => analyseCashFlow(scenarios.scenarios[0]!.cashFlow)],
    ['rankBacklog', 'parseBacklog', () => rankBacklog(backlog)],
    ['backlogTable', 'parseBacklog', () => backlogTable(backlog)],
  ])('%s says to call %s', (name, parser, run) => {
    expect(run).toThrow(TypeError);
    expect(run).toThrow(new RegExp(`^${name}: .*not what ${parser} returns`));
  });

  it('names the field that is not parsed', () => {
    expect(() => auditEffectPlan(plan)).toThrow('auditEffectPlan: goals.0.parents is missing');
    expect(() => analyseCashFlow(scenarios.scenarios[0]!.cashFlow)).toThrow(
      'analyseCashFlow: cashFlow.discountRate is the text "4", not an exact amount',
    );
  });

  it('parsed data, and copies of it, pass', () => {
    const r = parseEffectPlan(scenarios);
    if (!r.ok) throw new Error('effects-scenarios.yaml does not parse');
    expect(compareScenarios({ ...r.value, chosenScenario: 'kopia' })).toHaveLength(
      r.value.scenarios.length,
    );
  });
});
