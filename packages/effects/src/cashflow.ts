import { Exact } from '@styrkit/core';
import { cashFlowYears } from './cashflow-years.js';
import { effectsLabels } from './labels.js';
import type { CashFlow } from './model.js';
import { requireCashFlow } from './parsed-guard.js';

/**
 * One year of an analysed cash flow. All amounts are exact and unrounded, in the cash flow's
 * unit; `discounted` is `net ÷ (1 + r)^t` with t = 0 for the first year, `null` when the
 * document states no discount rate.
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
  /** Cost of the year (positive; known amounts). */
  readonly cost: Exact;
  /** Monetised benefit of the year (positive; known amounts). */
  readonly benefit: Exact;
  /** benefit − cost. */
  readonly net: Exact;
  /** Running sum of net. */
  readonly cumulative: Exact;
  /** Net discounted to the first year; null without a stated rate. */
  readonly discounted: Exact | null;
  /** Running sum of discounted net; null without a stated rate. */
  readonly cumulativeDiscounted: Exact | null;
  /** Amounts of the year that are unknown ("?"): left out of the figures above. */
  readonly unknownCount: number;
}

/**
 * When a cash flow pays back: in a year of the horizon; after the horizon (not yet paid back,
 * but the last year's net is positive, so the cumulative net is still rising); or never (not
 * paid back and the last year's net is zero or negative).
 *
 * @example
 * ```ts
 * import type { Payback } from '@styrkit/effects';
 * const p: Payback = { kind: 'year', year: 2027 };
 * ```
 */
export type Payback =
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'after-horizon' }
  | { readonly kind: 'never' };

/**
 * A benefits calculation: rows per year, payback and net present value. A payback year is the
 * first year whose cumulative net is zero or more after the flow has been negative (or the
 * first year when it never was), and stays so.
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
  /** Discount rate used, percent; null when the document states none ("ej angiven"). */
  readonly discountRate: Exact | null;
  /** Undiscounted payback year (undefined when not within the horizon; see `payback`). */
  readonly paybackYear?: number;
  /** Discounted payback year (undefined when not within the horizon or no rate is stated). */
  readonly discountedPaybackYear?: number;
  /** Undiscounted payback. */
  readonly payback: Payback;
  /** Discounted payback; null without a stated rate. */
  readonly discountedPayback: Payback | null;
  /** Sum of cost. */
  readonly totalCost: Exact;
  /** Sum of benefit. */
  readonly totalBenefit: Exact;
  /** Sum of net. */
  readonly totalNet: Exact;
  /** Net present value: sum of discounted net, unrounded; null without a stated rate. */
  readonly netPresentValue: Exact | null;
  /** Unknown amounts left out of the figures. */
  readonly unknownCount: number;
}

/** Payback from a running series of cumulative values. Internal. */
export function paybackOf(
  years: readonly number[],
  cumulative: readonly Exact[],
  lastNet: Exact | undefined,
): Payback {
  let year: number | undefined;
  let wasNegative = false;
  cumulative.forEach((c, t) => {
    if (c.isNegative()) {
      wasNegative = true;
      year = undefined; // dipping below zero again: not paid back yet
    } else if (year === undefined && (wasNegative || t === 0)) {
      year = years[t];
    }
  });
  if (year !== undefined) return { kind: 'year', year };
  return lastNet !== undefined && lastNet.isPositive()
    ? { kind: 'after-horizon' }
    : { kind: 'never' };
}

/**
 * Analyses a yearly cash flow (year sums or line items): net and cumulative net per year,
 * payback (a year, after the horizon, never) and, when the document states a discount rate
 * (or `options.discountRate` gives one, percent), discounted figures, discounted payback and net
 * present value. Without a rate the discounted figures are `null`: unknown, not discounted at
 * 0 %. Division keeps 40 significant digits; nothing is rounded.
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
 * a.netPresentValue?.toString(); // '0'
 * analyseCashFlow({ ...flow, discountRate: undefined }).netPresentValue; // null
 * ```
 */
export function analyseCashFlow(
  flow: CashFlow,
  options: { discountRate?: Exact } = {},
): CashFlowAnalysis {
  requireCashFlow(flow, 'analyseCashFlow');
  const rate = options.discountRate ?? flow.discountRate ?? null;
  const factor = rate === null ? null : Exact.ONE.plus(rate.dividedBy(100));
  const rows: CashFlowRow[] = [];
  let cumulative = Exact.ZERO;
  let cumulativeDiscounted: Exact | null = rate === null ? null : Exact.ZERO;
  let power = Exact.ONE;
  let totalCost = Exact.ZERO;
  let totalBenefit = Exact.ZERO;
  let unknownCount = 0;
  for (const [t, y] of cashFlowYears(flow).entries()) {
    if (t > 0 && factor !== null) power = power.times(factor);
    const net = y.benefit.minus(y.cost);
    const discounted = factor === null ? null : net.dividedBy(power);
    cumulative = cumulative.plus(net);
    if (cumulativeDiscounted !== null && discounted !== null) {
      cumulativeDiscounted = cumulativeDiscounted.plus(discounted);
    }
    totalCost = totalCost.plus(y.cost);
    totalBenefit = totalBenefit.plus(y.benefit);
    unknownCount += y.unknownCount;
    rows.push({
      year: y.year,
      cost: y.cost,
      benefit: y.benefit,
      net,
      cumulative,
      discounted,
      cumulativeDiscounted,
      unknownCount: y.unknownCount,
    });
  }
  const years = rows.map((r) => r.year);
  const last = rows.at(-1);
  const payback = paybackOf(
    years,
    rows.map((r) => r.cumulative),
    last?.net,
  );
  const discountedPayback =
    rate === null
      ? null
      : paybackOf(
          years,
          rows.map((r) => r.cumulativeDiscounted ?? Exact.ZERO),
          last?.discounted ?? undefined,
        );
  return {
    rows,
    discountRate: rate,
    ...(payback.kind === 'year' ? { paybackYear: payback.year } : {}),
    ...(discountedPayback?.kind === 'year'
      ? { discountedPaybackYear: discountedPayback.year }
      : {}),
    payback,
    discountedPayback,
    totalCost,
    totalBenefit,
    totalNet: cumulative,
    netPresentValue: cumulativeDiscounted,
    unknownCount,
  };
}

/**
 * A payback in words: "2027", "efter kalkylperioden" / "after the horizon", "aldrig" / "never",
 * and for `null` (no discount rate stated) "okänt (ingen diskonteringsränta)".
 *
 * @example
 * ```ts
 * import { describePayback } from '@styrkit/effects';
 * describePayback({ kind: 'after-horizon' }); // 'efter kalkylperioden'
 * describePayback(null, 'en'); // 'unknown (no discount rate stated)'
 * ```
 */
export function describePayback(payback: Payback | null, locale: 'sv' | 'en' = 'sv'): string {
  if (payback === null) return effectsLabels.npvUnknown[locale];
  if (payback.kind === 'year') return String(payback.year);
  if (payback.kind === 'never') return effectsLabels.paybackNever[locale];
  return effectsLabels.paybackAfterHorizon[locale];
}
