import { Exact, exact } from '@styrkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GOAL_STATUSES,
  analyseCashFlow,
  auditBacklog,
  auditEffectPlan,
  auditGoalTree,
  backlogSchema,
  cashFlowSchema,
  evaluateStatuses,
  expectedValueAt,
  goalSchema,
  initiativeCostTotal,
  effectInitiativeSchema,
  parseBacklog,
  parseEffectPlan,
  parseGoalTree,
  parseMeasurements,
  rankBacklog,
  rollUpGoalTree,
  rollUpStatuses,
} from '../index.js';
import { loadExample } from './helpers.js';

const linkoping = loadExample('linkoping-vso-2021/effects.yaml').document;
const sala = loadExample('sala-esf-ip/goals.yaml').document;

/** Replaces the value at a random path of a JSON-like document. */
function mutate(doc: unknown, steps: readonly number[], value: unknown): unknown {
  if (steps.length === 0 || doc === null || typeof doc !== 'object') return value;
  const entries = Array.isArray(doc) ? doc.map((v, i) => [i, v] as const) : Object.entries(doc);
  if (entries.length === 0) return value;
  const [first = 0, ...rest] = steps;
  const [key, child] = entries[first % entries.length]!;
  if (Array.isArray(doc)) {
    const copy: unknown[] = [...(doc as unknown[])];
    copy[Number(key)] = mutate(child, rest, value);
    return copy;
  }
  return { ...doc, [key]: mutate(child, rest, value) };
}

describe('fuzzed input never crashes', () => {
  it('parsers return findings for any value', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        for (const parse of [parseEffectPlan, parseGoalTree, parseMeasurements, parseBacklog]) {
          const r = parse(input);
          if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('mutated reference datasets parse or fail with paths, and audits of what parses never throw', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.oneof(fc.anything(), fc.constantFrom('?', '', 'x', -1, '2024-02-30', null, [])),
        fc.boolean(),
        (steps, value, useSala) => {
          const input = mutate(useSala ? sala : linkoping, steps, value);
          if (useSala) {
            const r = parseGoalTree(input);
            if (r.ok) expect(Array.isArray(auditGoalTree(r.value))).toBe(true);
            else
              expect(r.error.every((f) => Array.isArray(f.path) && f.message.sv.length > 0)).toBe(
                true,
              );
            return;
          }
          const r = parseEffectPlan(input);
          if (r.ok) expect(Array.isArray(auditEffectPlan(r.value))).toBe(true);
          else
            expect(r.error.every((f) => Array.isArray(f.path) && f.message.sv.length > 0)).toBe(
              true,
            );
        },
      ),
      { numRuns: 400 },
    );
  });
});

const idArb = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const goalArb = fc.record({
  id: idArb,
  level: fc.constantFrom('vision', 'committee-goal', 'objective', 'effect-goal'),
  title: fc.constant('Mål'),
  parents: fc.array(idArb, { maxLength: 3 }),
  indicator: fc.option(
    fc.record({
      name: fc.constant('I'),
      unit: fc.constantFrom('st', '%'),
      direction: fc.constantFrom('increase', 'decrease'),
    }),
    { nil: undefined },
  ),
  baseline: fc.option(
    fc.record({
      value: fc.integer({ min: -100, max: 100 }),
      date: fc.constantFrom('2024-01-01', '2024-06-01'),
    }),
    { nil: undefined },
  ),
  target: fc.option(
    fc.record({
      value: fc.integer({ min: -100, max: 100 }),
      date: fc.constantFrom('2024-03-01', '2025-01-01'),
    }),
    { nil: undefined },
  ),
  milestones: fc.array(
    fc.record({
      value: fc.integer({ min: -100, max: 100 }),
      date: fc.constantFrom('2024-02-01', '2024-09-01'),
    }),
    { maxLength: 2 },
  ),
});
const measurementArb = fc.record({
  goalId: idArb,
  date: fc.constantFrom('2023-12-01', '2024-02-15', '2024-08-01', '2025-02-01'),
  value: fc.integer({ min: -200, max: 200 }),
  unit: fc.constantFrom('st', '%'),
});

describe('invariants', () => {
  it('random plans (cycles, duplicates, dangling links) audit and evaluate without throwing', () => {
    fc.assert(
      fc.property(
        fc.array(goalArb, { maxLength: 8 }),
        fc.array(measurementArb, { maxLength: 12 }),
        (rawGoals, rawMs) => {
          const r = parseEffectPlan({
            title: 'P',
            goals: rawGoals.map((g) => JSON.parse(JSON.stringify(g)) as unknown),
            measurements: rawMs,
            chain: {
              edges: rawGoals.flatMap((g) => g.parents.map((p) => ({ from: g.id, to: p }))),
            },
          });
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(Array.isArray(auditEffectPlan(r.value))).toBe(true);
          const statuses = evaluateStatuses(r.value.goals, r.value.measurements, {
            asOf: '2024-10-01',
          });
          const roll = rollUpStatuses([...statuses.values()].map((s) => s.status));
          expect(GOAL_STATUSES.reduce((n, s) => n + roll.counts[s], 0)).toBe(roll.total);
          expect(rollUpGoalTree(r.value.goals, statuses).size).toBeLessThanOrEqual(
            r.value.goals.length,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the expected value always lies between the lowest and highest planned value', () => {
    fc.assert(
      fc.property(
        goalArb,
        fc.constantFrom('2023-01-01', '2024-01-15', '2024-04-30', '2024-12-01', '2026-01-01'),
        (raw, date) => {
          const goal = goalSchema.parse({
            ...JSON.parse(JSON.stringify(raw)),
            level: 'effect-goal',
          });
          const v = expectedValueAt(goal, date);
          if (v === undefined) return;
          const values = [
            goal.baseline!.value,
            goal.target!.value,
            ...goal.milestones.map((m) => m.value),
          ];
          const min = values.reduce((a, b) => (a.lt(b) ? a : b));
          const max = values.reduce((a, b) => (a.gt(b) ? a : b));
          expect(v.gte(min) && v.lte(max)).toBe(true);
        },
      ),
    );
  });

  it('cash flow: cumulative ends at the total net, NPV at rate 0 is the total, payback is non-negative', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 })),
          { minLength: 1, maxLength: 10 },
        ),
        fc.integer({ min: 0, max: 20 }),
        (pairs, rate) => {
          const flow = cashFlowSchema.parse({
            discountRate: rate,
            years: pairs.map(([cost, benefit], i) => ({ year: 2020 + i, cost, benefit })),
          });
          const a = analyseCashFlow(flow);
          expect(a.rows.at(-1)?.cumulative.equals(a.totalNet)).toBe(true);
          const total = pairs.reduce((s, [c, b]) => s.plus(b).minus(c), Exact.ZERO);
          expect(
            analyseCashFlow(flow, { discountRate: exact(0) }).netPresentValue?.equals(total),
          ).toBe(true);
          if (a.paybackYear !== undefined) {
            expect(a.rows.find((r) => r.year === a.paybackYear)?.cumulative.isNegative()).toBe(
              false,
            );
          }
          // With only non-negative nets, discounting can only shrink the value.
          if (a.rows.every((r) => !r.net.isNegative()))
            expect(a.netPresentValue?.lte(a.totalNet)).toBe(true);
        },
      ),
    );
  });

  it('unknown costs are counted, never summed as 0', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: null })), (costs) => {
        const list = costs.map((c, i) =>
          effectInitiativeSchema.parse({ id: `i${String(i)}`, title: 'I', cost: c ?? '?' }),
        );
        const t = initiativeCostTotal(list);
        expect(t.unknownCount).toBe(costs.filter((c) => c === null).length);
        expect(t.known.toString()).toBe(String(costs.reduce<number>((s, c) => s + (c ?? 0), 0)));
      }),
    );
  });

  it('ranking is a permutation and mandatory items rank above optional ones without dependencies', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            mandatory: fc.boolean(),
            s: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
          }),
          { maxLength: 12 },
        ),
        fc.constantFrom('weighted', 'ordered'),
        (items, method) => {
          const backlog = backlogSchema.parse({
            title: 'B',
            method,
            criteria: [{ id: 'k', title: 'K', weight: '2' }],
            items: items.map((x, i) => ({
              id: `b${String(i)}`,
              title: 'B',
              mandatory: x.mandatory,
              scores: x.s === undefined ? {} : { k: x.s },
            })),
          });
          const ranked = rankBacklog(backlog);
          expect(ranked.map((r) => r.item.id).sort()).toEqual(
            backlog.items.map((i) => i.id).sort(),
          );
          const firstOptional = ranked.findIndex((r) => !r.item.mandatory);
          const lastMandatory = ranked.map((r) => r.item.mandatory).lastIndexOf(true);
          if (firstOptional >= 0) expect(lastMandatory).toBeLessThan(firstOptional);
          expect(Array.isArray(auditBacklog(backlog))).toBe(true);
        },
      ),
    );
  });
});
