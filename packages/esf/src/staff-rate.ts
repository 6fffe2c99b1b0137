import { Exact, type ExactLike } from '@styrkit/core';

/**
 * Hours a full-time year counts for the standard hourly rate (EU 2021/1060 art. 55.2).
 *
 * @example
 * ```ts
 * import { ANNUAL_HOURS } from '@styrkit/esf';
 * ANNUAL_HOURS; // 1720
 * ```
 */
export const ANNUAL_HOURS = 1720;

/**
 * The hourly staff rate: annual gross employment cost / (1 720 h × share of full time).
 * Unrounded on purpose: the rate is a base, and bases are never rounded before use.
 *
 * @example
 * ```ts
 * import { hourlyStaffRate } from '@styrkit/esf';
 * hourlyStaffRate('516000', '1').toString(); // '300'
 * hourlyStaffRate('258000', '0.5').toString(); // '300'
 * ```
 */
export function hourlyStaffRate(
  annualEmploymentCost: ExactLike,
  employmentShare: ExactLike,
): Exact {
  return Exact.of(annualEmploymentCost).dividedBy(Exact.of(ANNUAL_HOURS).times(employmentShare));
}

/**
 * The most hours that may be declared against a rate over `months` months: 1 720 × share,
 * pro rata per month (the hours behind the rate may not be exceeded).
 *
 * @example
 * ```ts
 * import { staffHoursCap } from '@styrkit/esf';
 * staffHoursCap('0.5', 6).toString(); // '430'
 * ```
 */
export function staffHoursCap(employmentShare: ExactLike, months: number): Exact {
  return Exact.of(ANNUAL_HOURS).times(employmentShare).times(months).dividedBy(12);
}

/**
 * The staff cost of `hours` at the hourly rate, truncated to whole öre (2 decimals) so a
 * claim never exceeds what the rate gives. Computed in one step, so nothing is rounded before
 * the final truncation.
 *
 * @example
 * ```ts
 * import { staffCost } from '@styrkit/esf';
 * staffCost({ annualEmploymentCost: '500000', employmentShare: '1', hours: '100' }).toString(); // '29069.76'
 * ```
 */
export function staffCost(s: {
  annualEmploymentCost: ExactLike;
  employmentShare: ExactLike;
  hours: ExactLike;
}): Exact {
  return Exact.of(s.annualEmploymentCost)
    .times(s.hours)
    .dividedBy(Exact.of(ANNUAL_HOURS).times(s.employmentShare))
    .round(2, 'truncate');
}
