import { Exact, percentShare, sum } from '@styrkit/core';
import type { CofinancingSource, Project } from './model.js';
import { computeCosts } from './flat-rates.js';
import { requireProject } from './parsed-guard.js';

/** Shares are shown with two decimals, rounded half-up (the convention of ESF budget forms). */
const SHARE_ROUNDING = { decimals: 2, mode: 'half-up' } as const;

/**
 * The value of a co-financing source: its stated amount, or planned hours × hourly rate
 * truncated to öre when only the rate is given.
 *
 * @example
 * ```ts
 * import { cofinancingValue, cofinancingSourceSchema } from '@styrkit/esf';
 * const s = cofinancingSourceSchema.parse({ id: 't', label: 'Deltagartid', sector: 'public',
 *   form: 'in-kind', participantTime: { plannedHours: 100, hourlyRate: '250.5' } });
 * cofinancingValue(s).toString(); // '25050'
 * ```
 */
export function cofinancingValue(source: CofinancingSource): Exact {
  if (source.amount !== undefined) return source.amount;
  const time = source.participantTime;
  if (time?.hourlyRate === undefined) return Exact.ZERO; // the schema rules this out
  return time.plannedHours.times(time.hourlyRate).round(2, 'truncate');
}

/**
 * The financing of a project: amounts stored, percentages derived.
 *
 * @example
 * ```ts
 * import type { Financing } from '@styrkit/esf';
 * const grant = (f: Financing) => f.grant;
 * ```
 */
export interface Financing {
  /** Total eligible cost: from the lines when there are any, else as stated; unknown otherwise. */
  readonly totalEligibleCost: Exact | undefined;
  /** Where the total came from. */
  readonly totalSource: 'lines' | 'stated' | 'unknown';
  /** All co-financing. */
  readonly cofinancing: Exact;
  /** Public co-financing. */
  readonly publicCofinancing: Exact;
  /** Private co-financing. */
  readonly privateCofinancing: Exact;
  /** In-kind co-financing (participant time and other contributions). */
  readonly inKind: Exact;
  /** ESF grant = total − co-financing. */
  readonly grant: Exact | undefined;
  /** Grant share of total, percent, 2 decimals half-up. */
  readonly grantPercent: Exact | undefined;
  /** Co-financing share of total, percent, 2 decimals half-up. */
  readonly cofinancingPercent: Exact | undefined;
  /** Co-financing share of total, percent, unrounded (for comparisons). */
  readonly cofinancingShareExact: Exact | undefined;
}

/**
 * Computes the financing table of a project: grant = total − co-financing; shares from the
 * amounts with two decimals, rounded half-up.
 *
 * @example
 * ```ts
 * import { computeFinancing, projectSchema } from '@styrkit/esf';
 * const p = projectSchema.parse({
 *   id: 'ip', name: 'IP', owner: 'Sala', statedTotalEligibleCost: '5549825',
 *   phases: [{ phase: 'implementation', start: '2022-03-01', end: '2023-03-31' }],
 *   cofinancing: [{ id: 't', label: 'Deltagartid', sector: 'public', form: 'in-kind', amount: '1823196' }],
 * });
 * computeFinancing(p).grant?.toString(); // '3726629'
 * ```
 */
export function computeFinancing(project: Project): Financing {
  requireProject(project, 'computeFinancing');
  const values = project.cofinancing.map((s) => ({ s, v: cofinancingValue(s) }));
  const pick = (test: (s: CofinancingSource) => boolean): Exact =>
    sum(values.filter(({ s }) => test(s)).map(({ v }) => v));
  const cofinancing = pick(() => true);
  const base = {
    cofinancing,
    publicCofinancing: pick((s) => s.sector === 'public'),
    privateCofinancing: pick((s) => s.sector === 'private'),
    inKind: pick((s) => s.form === 'in-kind'),
  };
  let total: Exact | undefined;
  let totalSource: Financing['totalSource'] = 'unknown';
  if (project.budgetLines.length > 0) {
    total = computeCosts(project).totalEligibleCost;
    totalSource = 'lines';
  } else if (project.statedTotalEligibleCost !== undefined) {
    total = project.statedTotalEligibleCost;
    totalSource = 'stated';
  }
  if (total === undefined) {
    return {
      ...base,
      totalEligibleCost: undefined,
      totalSource,
      grant: undefined,
      grantPercent: undefined,
      cofinancingPercent: undefined,
      cofinancingShareExact: undefined,
    };
  }
  const grant = total.minus(cofinancing);
  return {
    ...base,
    totalEligibleCost: total,
    totalSource,
    grant,
    grantPercent: percentShare(grant, total, SHARE_ROUNDING),
    cofinancingPercent: percentShare(cofinancing, total, SHARE_ROUNDING),
    cofinancingShareExact: total.isZero() ? undefined : cofinancing.times(100).dividedBy(total),
  };
}

/**
 * How far co-financing falls short of a required share.
 *
 * @example
 * ```ts
 * import type { Shortfall } from '@styrkit/esf';
 * const sek = (s: Shortfall) => s.amount.round(0, 'half-up');
 * ```
 */
export interface Shortfall {
  /** Required share, percent. */
  readonly requiredPercent: Exact;
  /** Co-financing the requirement asks for: total × required / 100, unrounded. */
  readonly requiredAmount: Exact;
  /** Missing co-financing in SEK, unrounded (round for display with a named mode). */
  readonly amount: Exact;
  /** Missing share in percentage points, unrounded. */
  readonly points: Exact;
}

/**
 * Compares co-financing with a required share of the total. Returns undefined when the
 * requirement is met or the total is unknown. Nothing is rounded: the Sala figures are
 * 8 246.25 SEK and 0.1486… points (0.15 rounded half-up to two decimals).
 *
 * @example
 * ```ts
 * import { cofinancingShortfall } from '@styrkit/esf';
 * const s = cofinancingShortfall({ total: '5549825', cofinancing: '1823196', requiredPercent: '33' });
 * s?.amount.toString(); // '8246.25'
 * ```
 */
export function cofinancingShortfall(i: {
  total: Exact | string | undefined;
  cofinancing: Exact | string;
  requiredPercent: Exact | string;
}): Shortfall | undefined {
  if (i.total === undefined) return undefined;
  const total = Exact.of(i.total);
  if (total.isZero()) return undefined;
  const required = Exact.of(i.requiredPercent);
  const requiredAmount = total.times(required).dividedBy(100);
  const amount = requiredAmount.minus(i.cofinancing);
  if (!amount.isPositive()) return undefined;
  return {
    requiredPercent: required,
    requiredAmount,
    amount,
    points: amount.times(100).dividedBy(total),
  };
}
