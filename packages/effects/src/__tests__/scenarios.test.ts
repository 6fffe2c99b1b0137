// Cash flows with line items, scenarios, payback claims and unstated discount rates:
// hand-calculated cases (the calculation is in docs/examples/synthetic-issue-16/effects-scenarios.yaml)
// and fast-check properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Exact, exact, plainCell } from '@styrkit/core';
import {
  analyseCashFlow,
  auditCashFlow,
  auditEffectPlan,
  cashFlowLinesTable,
  cashFlowSchema,
  cashFlowTable,
  cashFlowYears,
  compareScenarios,
  describePayback,
  parseEffectPlan,
  scenarioComparisonTable,
  type CashFlow,
  type EffectPlan,
} from '../index.js';
import { loadExample } from './helpers.js';

function plan(): EffectPlan {
  const r = parseEffectPlan(loadExample('synthetic-issue-16/effects-scenarios.yaml').document);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('synthetic-issue-16/effects-scenarios.yaml (hand calculation in the file)', () => {
  const p = plan();

  it('sums the line items per year under the cost and benefit headings', () => {
    const own = p.scenarios[0]!.cashFlow;
    expect(
      cashFlowYears(own).map((y) => [y.year, y.cost.toString(), y.benefit.toString()]),
    ).toEqual([
      [2025, '950', '50'],
      [2026, '450', '400'],
      [2027, '250', '700'],
      [2028, '250', '700'],
      [2029, '250', '700'],
    ]);
    const t = cashFlowLinesTable(own);
    expect(t.rows.map((r) => [plainCell(r.cells.line), plainCell(r.cells.total)])).toEqual([
      ['Införande (projekt)', '1000'],
      ['Licenser', '750'],
      ['Drift och förvaltning', '400'],
      ['Summa kostnader', '2150'],
      ['Sparad handläggningstid', '2100'],
      ['Minskat porto och papper', '450'],
      ['Summa nyttor', '2550'],
      ['Netto', '400'],
    ]);
  });

  it('compares the three scenarios side by side with the chosen one marked', () => {
    const c = compareScenarios(p);
    expect(
      c.map((s) => [
        s.id,
        s.chosen,
        s.analysis.totalNet.toString(),
        describePayback(s.analysis.payback),
        describePayback(s.analysis.discountedPayback),
        s.analysis.netPresentValue?.round(2, 'half-up').toString() ?? null,
      ]),
    ).toEqual([
      ['egen-drift', false, '400', '2029', '2029', '252.68'],
      ['moln', true, '650', '2028', '2028', '513.5'],
      [
        'egen-utveckling',
        false,
        '-800',
        'efter kalkylperioden',
        'okänt (ingen diskonteringsränta)',
        null,
      ],
    ]);
    const t = scenarioComparisonTable(p);
    expect(t.rows.map((r) => plainCell(r.cells.npv))).toEqual(['252.68', '513.5', '']);
    expect(t.rows.map((r) => plainCell(r.cells.cumulative))).toEqual(['400', '650', '-800']);
    expect(t.rows[1]?.cells.chosen).toEqual({ sv: 'Ja', en: 'Yes' });
  });

  it('finds the three stated errors and the uncheckable discounted claim', () => {
    const findings = auditEffectPlan(p).filter((f) => f.path[0] === 'scenarios');
    expect(findings.map((f) => [f.code, f.path.join('.'), f.expected, f.actual])).toEqual([
      // expected = what the figures give, actual = what the document states (core's convention)
      ['effects/cash-flow-sum-mismatch', 'scenarios.0.cashFlow.lines.1.total', '750', '700'],
      ['effects/cash-flow-sum-mismatch', 'scenarios.0.cashFlow.years.2.benefit', '700', '750'],
      ['effects/payback-claim-mismatch', 'scenarios.0.cashFlow.claimedPaybackYear', '2029', '2028'],
      [
        'effects/discount-rate-not-stated',
        'scenarios.2.cashFlow.claimedDiscountedPaybackYear',
        // the field the check needs, in no language; the document states none
        'discountRate',
        undefined,
      ],
    ]);
    expect(findings[2]?.message.en).toBe(
      'The payback year is stated as 2028 but the cash flow gives 2029',
    );
  });

  it('takes the category vocabulary and goal directions from the document', () => {
    const goals = auditEffectPlan(p).filter((f) => f.path[0] === 'goals');
    expect(goals.filter((f) => f.code === 'effects/unknown-term').map((f) => f.actual)).toEqual([
      'Miljö',
    ]);
    expect(p.goals.map((g) => g.direction ?? null)).toEqual([
      null,
      'decrease',
      'survey',
      'decrease',
    ]);
    expect(goals.find((f) => f.code === 'effects/goal-not-measurable')?.message).toEqual({
      sv: 'Effektmålet "Kortare tid till underskrivet beslut" saknar indikator, utgångsvärde, målvärde, måldatum (riktningen är känd: ska minska)',
      en: 'Effect goal "Kortare tid till underskrivet beslut" is missing indicator, baseline, target, target date (the direction is known: should decrease)',
    });
  });
});

describe('payback claims and discount rates (hand cases)', () => {
  const flow = (years: [number, number][], extra: object = {}): CashFlow =>
    cashFlowSchema.parse({
      ...extra,
      years: years.map(([cost, benefit], i) => ({
        year: 2024 + i,
        cost: String(cost),
        benefit: String(benefit),
      })),
    });

  it('tells never from after the horizon', () => {
    // Nets −100, −10, −10: never. Nets −100, 10, 10: −80 at the end but rising: after the horizon.
    expect(
      analyseCashFlow(
        flow([
          [100, 0],
          [10, 0],
          [10, 0],
        ]),
      ).payback,
    ).toEqual({ kind: 'never' });
    expect(
      analyseCashFlow(
        flow([
          [100, 0],
          [0, 10],
          [0, 10],
        ]),
      ).payback,
    ).toEqual({
      kind: 'after-horizon',
    });
    expect(
      auditCashFlow(
        flow(
          [
            [100, 0],
            [10, 0],
          ],
          { claimedPaybackYear: 'never' },
        ),
      ),
    ).toEqual([]);
    const wrong = auditCashFlow(
      flow(
        [
          [100, 0],
          [0, 200],
        ],
        { claimedPaybackYear: 'never' },
      ),
    );
    expect(wrong.map((f) => [f.code, f.expected, f.actual])).toEqual([
      ['effects/payback-claim-mismatch', '2025', 'never'],
    ]);
    const horizon = auditCashFlow(
      flow(
        [
          [100, 0],
          [10, 0],
        ],
        { claimedPaybackYear: 'after-horizon' },
      ),
    );
    expect(horizon[0]?.message.sv).toBe(
      'Återbetalningsåret anges till efter kalkylperioden men kassaflödet ger aldrig',
    );
  });

  it('leaves discounted figures unknown when no rate is stated, not discounted at 0 %', () => {
    const a = analyseCashFlow(
      flow([
        [100, 0],
        [0, 150],
      ]),
    );
    expect(a.discountRate).toBeNull();
    expect(a.netPresentValue).toBeNull();
    expect(a.discountedPayback).toBeNull();
    expect(a.rows.map((r) => r.discounted)).toEqual([null, null]);
    const t = cashFlowTable(
      flow([
        [100, 0],
        [0, 150],
      ]),
    );
    expect(t.rows.at(-1)?.cells.discounted).toBeNull();
    expect(t.notes?.[1]?.sv).toBe(
      'Diskonteringsränta: ej angiven; diskonterade värden är okända (–).',
    );
    // A rate of 0 % stated is a rate: NPV = the plain net sum.
    expect(
      analyseCashFlow(
        flow(
          [
            [100, 0],
            [0, 150],
          ],
          { discountRate: '0' },
        ),
      ).netPresentValue?.toString(),
    ).toBe('50');
  });

  it('checks stated year nets and totals, and counts unknown amounts', () => {
    const f = cashFlowSchema.parse({
      years: [
        { year: 2024, cost: '100', benefit: '0', net: '-100' },
        { year: 2025, cost: '?', benefit: '300', net: '250' },
      ],
      totals: { cost: '100', benefit: '300', net: '300' },
    });
    const findings = auditCashFlow(f);
    expect(findings.map((x) => [x.code, x.path.join('.')])).toEqual([
      ['core/total-has-unknown', 'cashFlow.years.1.net'],
      ['core/total-has-unknown', 'cashFlow.totals.cost'],
      ['core/total-has-unknown', 'cashFlow.totals.benefit'],
      ['core/total-has-unknown', 'cashFlow.totals.net'],
      ['effects/cash-flow-amount-unknown', 'cashFlow'],
    ]);
  });

  it('reads old documents: year sums, no lines, integer payback claim', () => {
    const old = cashFlowSchema.safeParse({
      unit: 'tkr',
      discountRate: '4',
      claimedPaybackYear: 2025,
      years: [
        { year: 2024, cost: '1000', benefit: '0' },
        { year: 2025, cost: '100', benefit: '1200' },
      ],
    });
    expect(old.success).toBe(true);
    expect(cashFlowSchema.safeParse({}).success).toBe(false);
  });
});

describe('properties', () => {
  const amount = fc.integer({ min: 0, max: 100_000 });
  const lineArb = fc.record({
    heading: fc.constantFrom('cost' as const, 'benefit' as const),
    amounts: fc.array(amount, { minLength: 3, maxLength: 3 }),
  });

  function flowFrom(lines: { heading: 'cost' | 'benefit'; amounts: number[] }[], rate?: number) {
    const years = [2024, 2025, 2026];
    const sum = (h: 'cost' | 'benefit', i: number) =>
      lines.filter((l) => l.heading === h).reduce((s, l) => s + (l.amounts[i] ?? 0), 0);
    const cost = years.map((_, i) => sum('cost', i));
    const benefit = years.map((_, i) => sum('benefit', i));
    return {
      ...(rate === undefined ? {} : { discountRate: String(rate) }),
      lines: lines.map((l, k) => ({
        id: `l${k}`,
        heading: l.heading,
        title: `Post ${k}`,
        amounts: Object.fromEntries(years.map((y, i) => [String(y), String(l.amounts[i])])),
        total: String(l.amounts.reduce((a, b) => a + b, 0)),
      })),
      years: years.map((year, i) => ({
        year,
        // A heading without lines has no lines to check: its stated sum is the figure.
        cost: String(cost[i]),
        benefit: String(benefit[i]),
        net: String((benefit[i] ?? 0) - (cost[i] ?? 0)),
      })),
      totals: {
        cost: String(cost.reduce((a, b) => a + b, 0)),
        benefit: String(benefit.reduce((a, b) => a + b, 0)),
        net: String(benefit.reduce((a, b) => a + b, 0) - cost.reduce((a, b) => a + b, 0)),
      },
    };
  }

  it('correct stated sums at every level give no finding; one wrong sum gives exactly one', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.integer({ min: 1, max: 1000 }),
        (lines, pick, delta) => {
          const raw = flowFrom(lines);
          const flow = cashFlowSchema.parse(raw);
          expect(auditCashFlow(flow)).toEqual([]);
          // Break one stated figure: a line total, a year sum or net, or a grand total.
          const slots: ((r: typeof raw) => void)[] = [
            ...raw.lines.map((_, k) => (r: typeof raw) => {
              r.lines[k]!.total = String(Number(r.lines[k]!.total) + delta);
            }),
            ...raw.years.map((_, j) => (r: typeof raw) => {
              r.years[j]!.net = String(Number(r.years[j]!.net) + delta);
            }),
            (r) => {
              r.totals.cost = String(Number(r.totals.cost) + delta);
            },
            (r) => {
              r.totals.net = String(Number(r.totals.net) - delta);
            },
          ];
          const broken = structuredClone(raw);
          slots[pick % slots.length]!(broken);
          const found = auditCashFlow(cashFlowSchema.parse(broken));
          expect(found.map((f) => f.code)).toEqual(['effects/cash-flow-sum-mismatch']);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('a scenario comparison equals each scenario analysed alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(lineArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        fc.option(fc.integer({ min: 0, max: 15 }), { nil: undefined }),
        (scenarios, rate) => {
          const raw = {
            title: 'P',
            chosenScenario: 's0',
            scenarios: scenarios.map((lines, i) => ({
              id: `s${i}`,
              title: `S${i}`,
              cashFlow: flowFrom(lines, rate),
            })),
          };
          const r = parseEffectPlan(raw);
          if (!r.ok) throw new Error(JSON.stringify(r.error));
          const compared = compareScenarios(r.value);
          const table = scenarioComparisonTable(r.value);
          compared.forEach((c, i) => {
            const alone = analyseCashFlow(r.value.scenarios[i]!.cashFlow);
            expect(c.analysis.totalNet.equals(alone.totalNet)).toBe(true);
            expect(c.analysis.payback).toEqual(alone.payback);
            expect(c.analysis.netPresentValue?.toString()).toEqual(
              alone.netPresentValue?.toString(),
            );
            const single = cashFlowTable(r.value.scenarios[i]!.cashFlow).rows.at(-1)!.cells;
            expect(plainCell(table.rows[i]!.cells.net)).toBe(plainCell(single.net));
            expect(plainCell(table.rows[i]!.cells.npv)).toBe(plainCell(single.discounted));
            const last = alone.rows.at(-1)!.cumulative;
            expect(last.equals(alone.totalNet)).toBe(true);
            expect(rate === undefined ? c.analysis.netPresentValue === null : true).toBe(true);
          });
          expect(compared.filter((c) => c.chosen).map((c) => c.id)).toEqual(['s0']);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('payback is a year exactly when the final cumulative net is non-negative', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 8 }), (pairs) => {
        const flow = cashFlowSchema.parse({
          years: pairs.map(([c, b], i) => ({
            year: 2020 + i,
            cost: String(c),
            benefit: String(b),
          })),
        });
        const a = analyseCashFlow(flow);
        const total = pairs.reduce((s, [c, b]) => s.plus(b).minus(c), Exact.ZERO);
        expect(a.payback.kind === 'year').toBe(!total.isNegative());
        if (a.payback.kind !== 'year') {
          const lastNet = exact(pairs.at(-1)![1]).minus(pairs.at(-1)![0]);
          expect(a.payback.kind).toBe(lastNet.isPositive() ? 'after-horizon' : 'never');
        }
      }),
    );
  });
});
