import {
  Exact,
  formatNumber,
  type Table,
  type TableCell,
  type TableColumn,
  type TableRow,
} from '@styrkit/core';
import { analyseCashFlow, describePayback } from './cashflow.js';
import { cashFlowYears } from './cashflow-years.js';
import type { CashFlow, EffectPlan } from './model.js';
import { compareScenarios } from './scenarios.js';

const r2 = (v: Exact | null): Exact | null => (v === null ? null : v.round(2, 'half-up'));

function money(key: string, sv: string, en: string, unit: string): TableColumn {
  return { key, title: { sv, en }, kind: 'money', unit, decimals: 2 };
}

function text(key: string, sv: string, en: string): TableColumn {
  return { key, title: { sv, en }, kind: 'text' };
}

function rateNote(rate: Exact | null): { sv: string; en: string } {
  return rate === null
    ? {
        sv: 'Diskonteringsränta: ej angiven; diskonterade värden är okända (–).',
        en: 'Discount rate: not stated; discounted figures are unknown (–).',
      }
    : {
        sv: `Diskonteringsränta ${formatNumber(rate)} %.`,
        en: `Discount rate ${formatNumber(rate, { locale: 'en' })} %.`,
      };
}

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
      year: { sv: 'Summa', en: 'Total' },
      cost: r2(a.totalCost),
      benefit: r2(a.totalBenefit),
      net: r2(a.totalNet),
      cumulative: null,
      discounted: r2(a.netPresentValue),
      cumulativeDiscounted: null,
    },
  });
  const npv = (locale: 'sv' | 'en') =>
    a.netPresentValue === null
      ? locale === 'sv'
        ? 'okänt (ingen diskonteringsränta)'
        : 'unknown (no discount rate stated)'
      : `${formatNumber(a.netPresentValue, { decimals: 2, locale })} ${flow.unit}`;
  const u = flow.unit;
  return {
    id: 'effects/cash-flow',
    title: { sv: 'Nyttokalkyl per år', en: 'Benefits calculation per year' },
    columns: [
      text('year', 'År', 'Year'),
      money('cost', 'Kostnad', 'Cost', u),
      money('benefit', 'Nytta', 'Benefit', u),
      money('net', 'Netto', 'Net', u),
      money('cumulative', 'Ackumulerat netto', 'Cumulative net', u),
      money('discounted', 'Diskonterat netto', 'Discounted net', u),
      money('cumulativeDiscounted', 'Ackumulerat diskonterat', 'Cumulative discounted', u),
    ],
    rows,
    notes: [
      {
        sv: `Återbetalning: ${describePayback(a.payback)}; diskonterat: ${describePayback(a.discountedPayback)}.`,
        en: `Payback: ${describePayback(a.payback, 'en')}; discounted: ${describePayback(a.discountedPayback, 'en')}.`,
      },
      rateNote(a.discountRate),
      {
        sv: `Nuvärde ${npv('sv')} (avrundat till 2 decimaler, half-up).`,
        en: `Net present value ${npv('en')} (rounded to 2 decimals, half-up).`,
      },
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
      line:
        heading === 'cost'
          ? { sv: 'Summa kostnader', en: 'Total costs' }
          : { sv: 'Summa nyttor', en: 'Total benefits' },
    };
    let total = Exact.ZERO;
    for (const y of years) {
      cells[String(y.year)] = r2(y[heading]);
      total = total.plus(y[heading]);
    }
    cells.total = r2(total);
    rows.push({ id: `sum-${heading}`, kind: 'subtotal', cells });
  }
  const net: Record<string, TableCell> = { line: { sv: 'Netto', en: 'Net' } };
  let total = Exact.ZERO;
  for (const y of years) {
    net[String(y.year)] = r2(y.benefit.minus(y.cost));
    total = total.plus(y.benefit.minus(y.cost));
  }
  net.total = r2(total);
  rows.push({ id: 'net', kind: 'total', cells: net });
  return {
    id: 'effects/cash-flow-lines',
    title: { sv: 'Nyttokalkyl per post', en: 'Benefits calculation by line' },
    columns: [
      text('line', 'Post', 'Line'),
      ...years.map((y) => money(String(y.year), String(y.year), String(y.year), u)),
      money('total', 'Summa', 'Total', u),
    ],
    rows,
    notes: [
      {
        sv: 'Beräknade summor; angivna summor prövas i granskningen. "–" = okänt belopp.',
        en: 'Computed sums; stated sums are checked by the audit. "–" = unknown amount.',
      },
    ],
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
  const comparisons = compareScenarios(plan);
  const unit = comparisons[0]?.unit ?? 'tkr';
  const mixed = comparisons.some((c) => c.unit !== unit);
  return {
    id: 'effects/scenario-comparison',
    title: { sv: 'Jämförelse av alternativ', en: 'Scenario comparison' },
    columns: [
      text('scenario', 'Alternativ', 'Scenario'),
      text('chosen', 'Valt', 'Chosen'),
      text('years', 'År', 'Years'),
      money('cost', 'Kostnad', 'Cost', unit),
      money('benefit', 'Nytta', 'Benefit', unit),
      money('net', 'Netto', 'Net', unit),
      money('cumulative', 'Ackumulerat netto sista året', 'Cumulative net, last year', unit),
      text('payback', 'Återbetalning', 'Payback'),
      text('discountedPayback', 'Diskonterad återbetalning', 'Discounted payback'),
      money('npv', 'Nuvärde', 'Net present value', unit),
    ],
    rows: comparisons.map((c) => {
      const a = c.analysis;
      const first = a.rows[0]?.year;
      const last = a.rows.at(-1)?.year;
      return {
        id: c.id,
        cells: {
          scenario: c.title,
          chosen: c.chosen ? { sv: 'Ja', en: 'Yes' } : null,
          years: first === undefined ? null : `${first}–${last ?? first}`,
          cost: r2(a.totalCost),
          benefit: r2(a.totalBenefit),
          net: r2(a.totalNet),
          cumulative: r2(a.rows.at(-1)?.cumulative ?? null),
          payback: { sv: describePayback(a.payback), en: describePayback(a.payback, 'en') },
          discountedPayback: {
            sv: describePayback(a.discountedPayback),
            en: describePayback(a.discountedPayback, 'en'),
          },
          npv: r2(a.netPresentValue),
        },
      };
    }),
    notes: [
      {
        sv: 'Belopp avrundade till 2 decimaler (half-up); "–" i nuvärde = ingen diskonteringsränta angiven.',
        en: 'Amounts rounded to 2 decimals (half-up); "–" in present value = no discount rate stated.',
      },
      ...(mixed
        ? [
            {
              sv: 'Alternativen har olika enheter: jämför inte beloppen rakt av.',
              en: 'The scenarios use different units: do not compare the amounts directly.',
            },
          ]
        : []),
    ],
  };
}
