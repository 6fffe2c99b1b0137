import { Exact } from '@styrkit/core';
import type { CashFlow, CashFlowLine } from './model.js';
import { requireCashFlow } from './parsed-guard.js';

/**
 * The figures of one year of a cash flow: from the line items when the flow has lines under a
 * heading, else the year's stated sum. Unknown amounts ("?") are left out of `cost` and
 * `benefit` and counted in `unknownCount`; a heading with neither lines nor a stated sum for
 * the year is unknown too.
 *
 * @example
 * ```ts
 * import type { CashFlowYearFigures } from '@styrkit/effects';
 * const y: CashFlowYearFigures | undefined = undefined;
 * ```
 */
export interface CashFlowYearFigures {
  readonly year: number;
  /** Known costs of the year. */
  readonly cost: Exact;
  /** Known benefits of the year. */
  readonly benefit: Exact;
  /** Amounts of the year that are unknown. */
  readonly unknownCount: number;
}

/** The sum of one heading's lines in a year: known part and unknown count. Internal. */
export function lineSum(
  lines: readonly CashFlowLine[],
  heading: CashFlowLine['heading'],
  year: number,
): { known: Exact; unknown: number } {
  let known = Exact.ZERO;
  let unknown = 0;
  for (const line of lines) {
    if (line.heading !== heading) continue;
    const key = String(year);
    if (!(key in line.amounts)) continue;
    const v = line.amounts[key];
    if (v === null || v === undefined) unknown += 1;
    else known = known.plus(v);
  }
  return { known, unknown };
}

/**
 * The years of a cash flow (those with a stated sum and those a line has an amount for),
 * sorted, with each year's cost and benefit.
 *
 * @example
 * ```ts
 * import { cashFlowSchema, cashFlowYears } from '@styrkit/effects';
 * const flow = cashFlowSchema.parse({
 *   lines: [
 *     { id: 'lic', heading: 'cost', title: 'Licenser', amounts: { '2024': '100', '2025': '100' } },
 *     { id: 'tid', heading: 'benefit', title: 'Sparad tid', amounts: { '2025': '250' } },
 *   ],
 * });
 * cashFlowYears(flow).map((y) => `${y.year}: ${y.cost.toString()} / ${y.benefit.toString()}`);
 * // ['2024: 100 / 0', '2025: 100 / 250']
 * ```
 */
export function cashFlowYears(flow: CashFlow): CashFlowYearFigures[] {
  requireCashFlow(flow, 'cashFlowYears');
  const years = new Set(flow.years.map((y) => y.year));
  for (const line of flow.lines)
    for (const key of Object.keys(line.amounts)) years.add(Number(key));
  const hasLines = {
    cost: flow.lines.some((l) => l.heading === 'cost'),
    benefit: flow.lines.some((l) => l.heading === 'benefit'),
  };
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const stated = flow.years.find((y) => y.year === year);
      let unknownCount = 0;
      const figure = (heading: 'cost' | 'benefit'): Exact => {
        if (hasLines[heading]) {
          const s = lineSum(flow.lines, heading, year);
          unknownCount += s.unknown;
          return s.known;
        }
        const v = stated?.[heading];
        if (v === null || v === undefined) {
          unknownCount += 1;
          return Exact.ZERO;
        }
        return v;
      };
      const cost = figure('cost');
      const benefit = figure('benefit');
      return { year, cost, benefit, unknownCount };
    });
}
