import {
  Exact,
  formatNumber,
  type LocalizedText,
  type Table,
  type TableCell,
  type TableColumn,
  type TableRow,
} from '@styrkit/core';
import { analyseCashFlow, describePayback } from './cashflow.js';
import { cashFlowYears } from './cashflow-years.js';
import { effectsLabels as L, effectsNotes } from './labels.js';
import type { CashFlow, EffectPlan } from './model.js';
import { compareScenarios } from './scenarios.js';
import { requireCashFlow, requireScenarios } from './parsed-guard.js';

const r2 = (v: Exact | null): Exact | null => (v === null ? null : v.round(2, 'half-up'));

function money(key: string, title: LocalizedText, unit: string): TableColumn {
  return { key, title, kind: 'money', unit, decimals: 2 };
}

function text(key: string, title: LocalizedText): TableColumn {
  return { key, title, kind: 'text' };
}

/** A payback in both languages. */
const paybackText = (p: Parameters<typeof describePayback>[0]): LocalizedText => ({
  sv: describePayback(p),
  en: describePayback(p, 'en'),
});

/**
 * The benefits calculation as a table: cost, benefit, net, cumulative net and their discounted
 * versions per year (amounts rounded to 2 decimals half-up for display only; discounted cells
 * "–" when the document states no rate), a total row, and notes with the payback (a year,
 * after the horizon, never) and the net present value.
 *
 * @example
 * ```ts
 * import { cashFlowSchema, cashFlowTable } from '@styrkit/effects';
 * const flow = cashFlowSchema.parse({ years: [{ year: 2024, cost: '10', benefit: '15' }] });
 * // One year and the total:
 * cashFlowTable(flow).rows.length; // 2
 * ```
 */
export function cashFlowTable(flow: CashFlow): Table {
  requireCashFlow(flow, 'cashFlowTable');
  const a = analyseCashFlow(flow);
  const rows: TableRow[] = a.rows.map((r) => ({
    id: String(r.year),
    cells: {
      year: String(r.year),
      cost: r2(r.cost),
      benefit: r2(r.benefit),
      net: r2(r.net),
      cumulative: r2(r.cumulative),
      discounted: r2(r.discounted),
      cumulativeDiscounted: r2(r.cumulativeDiscounted),
    },
  }));
  rows.push({
    kind: 'total',
    cells: {
      year: L.total,
      cost: r2(a.totalCost),
      benefit: r2(a.totalBenefit),
      net: r2(a.totalNet),
      cumulative: null,
      discounted: r2(a.netPresentValue),
      cumulativeDiscounted: null,
    },
  });
  const value = a.netPresentValue;
  const npv: LocalizedText =
    value === null
      ? L.npvUnknown
      : {
          sv: `${formatNumber(value, { decimals: 2, locale: 'sv' })} ${flow.unit}`,
          en: `${formatNumber(value, { decimals: 2, locale: 'en' })} ${flow.unit}`,
        };
  const u = flow.unit;
  return {
    id: 'effects/cash-flow',
    title: L.cashFlowTitle,
    columns: [
      text('year', L.year),
      money('cost', L.cost, u),
      money('benefit', L.benefit, u),
      money('net', L.net, u),
      money('cumulative', L.cumulativeNet, u),
      money('discounted', L.discountedNet, u),
      money('cumulativeDiscounted', L.cumulativeDiscounted, u),
    ],
    rows,
    notes: [
      effectsNotes.payback(paybackText(a.payback), paybackText(a.discountedPayback)),
      effectsNotes.discountRate(a.discountRate),
      effectsNotes.netPresentValue(npv),
    ],
  };
}

/**
 * The line items of a cash flow as a table: one row per line under the cost and benefit
 * headings, one column per year and the line total (computed; the stated figures are checked
 * by the audit), with a subtotal per heading and the net. Unknown amounts show as "–".
 *
 * @example
 * ```ts
 * import { cashFlowLinesTable, cashFlowSchema } from '@styrkit/effects';
 * const flow = cashFlowSchema.parse({
 *   lines: [{ id: 'lic', heading: 'cost', title: 'Licenser', amounts: { '2024': '100' } }],
 * });
 * cashFlowLinesTable(flow).rows.map((r) => r.kind ?? 'data'); // ['data', 'subtotal', 'subtotal', 'total']
 * ```
 */
export function cashFlowLinesTable(flow: CashFlow): Table {
  requireCashFlow(flow, 'cashFlowLinesTable');
  const years = cashFlowYears(flow);
  const u = flow.unit;
  const rows: TableRow[] = [];
  for (const heading of ['cost', 'benefit'] as const) {
    for (const line of flow.lines.filter((l) => l.heading === heading)) {
      let total: Exact | null = Exact.ZERO;
      const cells: Record<string, Exact | string | null> = { line: line.title };
      for (const y of years) {
        const key = String(y.year);
        const v = key in line.amounts ? (line.amounts[key] ?? null) : Exact.ZERO;
        cells[key] = r2(v);
        total = v === null || total === null ? null : total.plus(v);
      }
      cells.total = r2(total);
      rows.push({ id: line.id, cells });
    }
    const cells: Record<string, TableCell> = {
      line: heading === 'cost' ? L.totalCosts : L.totalBenefits,
    };
    let total = Exact.ZERO;
    for (const y of years) {
      cells[String(y.year)] = r2(y[heading]);
      total = total.plus(y[heading]);
    }
    cells.total = r2(total);
    rows.push({ id: `sum-${heading}`, kind: 'subtotal', cells });
  }
  const net: Record<string, TableCell> = { line: L.net };
  let total = Exact.ZERO;
  for (const y of years) {
    net[String(y.year)] = r2(y.benefit.minus(y.cost));
    total = total.plus(y.benefit.minus(y.cost));
  }
  net.total = r2(total);
  rows.push({ id: 'net', kind: 'total', cells: net });
  return {
    id: 'effects/cash-flow-lines',
    title: L.cashFlowLinesTitle,
    columns: [
      text('line', L.line),
      // A year is the same in both languages.
      ...years.map((y) => money(String(y.year), { sv: String(y.year), en: String(y.year) }, u)),
      money('total', L.total, u),
    ],
    rows,
    notes: [L.computedSums],
  };
}

/**
 * The scenarios of a plan side by side: total cost, benefit and net, the cumulative net at the
 * end of each scenario's horizon, payback, discounted payback and net present value, and
 * which one the plan chose. Each figure is what {@link cashFlowTable} shows for that scenario.
 *
 * @example
 * ```ts
 * import { effectPlanSchema, scenarioComparisonTable } from '@styrkit/effects';
 * const plan = effectPlanSchema.parse({
 *   title: 'P',
 *   scenarios: [{ id: 'a', title: 'A', cashFlow: { years: [{ year: 2024, cost: '1', benefit: '2' }] } }],
 * });
 * scenarioComparisonTable(plan).rows.length; // 1
 * ```
 */
export function scenarioComparisonTable(
  plan: Pick<EffectPlan, 'scenarios' | 'chosenScenario'>,
): Table {
  requireScenarios(plan, 'scenarioComparisonTable');
  const comparisons = compareScenarios(plan);
  const unit = comparisons[0]?.unit ?? 'tkr';
  const mixed = comparisons.some((c) => c.unit !== unit);
  return {
    id: 'effects/scenario-comparison',
    title: L.scenariosTitle,
    columns: [
      text('scenario', L.scenario),
      text('chosen', L.chosen),
      text('years', L.years),
      money('cost', L.cost, unit),
      money('benefit', L.benefit, unit),
      money('net', L.net, unit),
      money('cumulative', L.cumulativeLastYear, unit),
      text('payback', L.payback),
      text('discountedPayback', L.discountedPayback),
      money('npv', L.netPresentValue, unit),
    ],
    rows: comparisons.map((c) => {
      const a = c.analysis;
      const first = a.rows[0]?.year;
      const last = a.rows.at(-1)?.year;
      return {
        id: c.id,
        cells: {
          scenario: c.title,
          chosen: c.chosen ? L.chosenMark : null,
          years: first === undefined ? null : `${first}–${last ?? first}`,
          cost: r2(a.totalCost),
          benefit: r2(a.totalBenefit),
          net: r2(a.totalNet),
          cumulative: r2(a.rows.at(-1)?.cumulative ?? null),
          payback: paybackText(a.payback),
          discountedPayback: paybackText(a.discountedPayback),
          npv: r2(a.netPresentValue),
        },
      };
    }),
    notes: [L.scenarioRounding, ...(mixed ? [L.mixedUnits] : [])],
  };
}
