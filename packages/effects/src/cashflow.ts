import { Exact } from '@styrkit/core';
import type { CashFlow } from './model.js';

/**
 * One year of an analysed cash flow. All amounts are exact and unrounded, in the cash flow's
 * unit; `discounted` is `net ÷ (1 + r)^t` with t = 0 for the first year.
 *
 * @example
 * ```ts
 * import type { CashFlowRow } from '@styrkit/effects';
 * const r: CashFlowRow | undefined = undefined;
 * ```
 */
export interface CashFlowRow {
  /** Calendar year. */
  readonly year: number;
  /** Cost of the year (positive). */
  readonly cost: Exact;
  /** Monetised benefit of the year (positive). */
  readonly benefit: Exact;
  /** benefit − cost. */
  readonly net: Exact;
  /** Running sum of net. */
  readonly cumulative: Exact;
  /** Net discounted to the first year. */
  readonly discounted: Exact;
  /** Running sum of discounted net. */
  readonly cumulativeDiscounted: Exact;
}

/**
 * A benefits calculation: rows per year, payback years and net present value. A payback year
 * is the first year whose cumulative net is zero or more after the flow has been negative (or
 * the first year when it never was); undefined when the flow never pays back.
 *
 * @example
 * ```ts
 * import type { CashFlowAnalysis } from '@styrkit/effects';
 * const a: CashFlowAnalysis | undefined = undefined;
 * ```
 */
export interface CashFlowAnalysis {
  /** The years in calendar order. */
  readonly rows: readonly CashFlowRow[];
  /** Discount rate used, percent (0 when none was given). */
  readonly discountRate: Exact;
  /** Undiscounted payback year. */
  readonly paybackYear?: number;
  /** Discounted payback year. */
  readonly discountedPaybackYear?: number;
  /** Sum of net. */
  readonly totalNet: Exact;
  /** Net present value: sum of discounted net, unrounded (round for display, e.g. 2 decimals half-up). */
  readonly netPresentValue: Exact;
}

/**
 * Analyses a yearly cash flow: net and cumulative net per year, undiscounted and discounted
 * payback year and net present value at the flow's discount rate (or `options.discountRate`,
 * percent). Division keeps 40 significant digits; nothing is rounded, so round explicitly when
 * displaying.
 *
 * @example
 * ```ts
 * import { analyseCashFlow, cashFlowSchema } from '@styrkit/effects';
 * const flow = cashFlowSchema.parse({
 *   discountRate: '10',
 *   years: [
 *     { year: 2024, cost: '1000', benefit: '0' },
 *     { year: 2025, cost: '0', benefit: '1100' },
 *   ],
 * });
 * const a = analyseCashFlow(flow);
 * a.paybackYear; // 2025
 * a.netPresentValue.toString(); // '0'
 * ```
 */
export function analyseCashFlow(
  flow: CashFlow,
  options: { discountRate?: Exact } = {},
): CashFlowAnalysis {
  const rate = options.discountRate ?? flow.discountRate ?? Exact.ZERO;
  const factor = Exact.ONE.plus(rate.dividedBy(100));
  const years = [...flow.years].sort((a, b) => a.year - b.year);
  const rows: CashFlowRow[] = [];
  let cumulative = Exact.ZERO;
  let cumulativeDiscounted = Exact.ZERO;
  let power = Exact.ONE;
  let paybackYear: number | undefined;
  let discountedPaybackYear: number | undefined;
  let wasNegative = false;
  let wasNegativeDiscounted = false;
  for (const [t, y] of years.entries()) {
    if (t > 0) power = power.times(factor);
    const net = y.benefit.minus(y.cost);
    const discounted = net.dividedBy(power);
    cumulative = cumulative.plus(net);
    cumulativeDiscounted = cumulativeDiscounted.plus(discounted);
    if (cumulative.isNegative()) wasNegative = true;
    if (cumulativeDiscounted.isNegative()) wasNegativeDiscounted = true;
    if (paybackYear === undefined && !cumulative.isNegative() && (wasNegative || t === 0)) {
      paybackYear = y.year;
    }
    if (
      discountedPaybackYear === undefined &&
      !cumulativeDiscounted.isNegative() &&
      (wasNegativeDiscounted || t === 0)
    ) {
      discountedPaybackYear = y.year;
    }
    // A flow that dips below zero again after paying back has not paid back yet.
    if (cumulative.isNegative()) paybackYear = undefined;
    if (cumulativeDiscounted.isNegative()) discountedPaybackYear = undefined;
    rows.push({
      year: y.year,
      cost: y.cost,
      benefit: y.benefit,
      net,
      cumulative,
      discounted,
      cumulativeDiscounted,
    });
  }
  return {
    rows,
    discountRate: rate,
    ...(paybackYear === undefined ? {} : { paybackYear }),
    ...(discountedPaybackYear === undefined ? {} : { discountedPaybackYear }),
    totalNet: cumulative,
    netPresentValue: cumulativeDiscounted,
  };
}
