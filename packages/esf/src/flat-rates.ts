import { Exact, applyRate, sum } from '@styrkit/core';
import type { BudgetLine, CostCategory, FlatRateOption, Phase, Project } from './model.js';
import { staffCost } from './staff-rate.js';
import { requireProject } from './parsed-guard.js';

/**
 * The legal maximum of each flat rate in percent (EU 2021/1060 art. 54–56).
 *
 * @example
 * ```ts
 * import { LEGAL_FLAT_RATE_MAXIMA } from '@styrkit/esf';
 * LEGAL_FLAT_RATE_MAXIMA['other-40-staff'].toString(); // '40'
 * ```
 */
export const LEGAL_FLAT_RATE_MAXIMA: Readonly<Record<FlatRateOption, Exact>> = Object.freeze({
  'indirect-7-direct': Exact.of(7),
  'indirect-15-staff': Exact.of(15),
  'indirect-25-direct': Exact.of(25),
  'staff-20-other': Exact.of(20),
  'other-40-staff': Exact.of(40),
});

/** Categories that count as "other direct costs" (not staff, not indirect, not participants). */
const OTHER_DIRECT: ReadonlySet<CostCategory> = new Set([
  'external-services',
  'travel',
  'equipment',
  'other',
]);

/**
 * The amount of one budget line: its amount, units × unit price (exact), or the staff cost
 * from the hourly rate (truncated to öre).
 *
 * @example
 * ```ts
 * import { lineAmount, budgetLineSchema } from '@styrkit/esf';
 * const line = budgetLineSchema.parse({ id: 'a', label: 'Phones', category: 'equipment',
 *   phase: 'implementation', units: { count: 3, unitPrice: '2500.50' } });
 * lineAmount(line).toString(); // '7501.5'
 * ```
 */
export function lineAmount(line: BudgetLine): Exact {
  if (line.amount !== undefined) return line.amount;
  if (line.units !== undefined) return line.units.count.times(line.units.unitPrice);
  if (line.staff !== undefined) return staffCost(line.staff);
  return Exact.ZERO; // unreachable for parsed lines: the schema requires one form
}

/**
 * One budget line after flat rates: a flat rate never deletes a real line, it marks it as
 * covered (the line stays visible but is not claimed).
 *
 * @example
 * ```ts
 * import type { CostedLine } from '@styrkit/esf';
 * const claimed = (l: CostedLine) => (l.coveredBy === undefined ? l.amount : undefined);
 * ```
 */
export interface CostedLine {
  /** Budget line id. */
  readonly id: string;
  /** Cost category. */
  readonly category: CostCategory;
  /** Project phase. */
  readonly phase: Phase;
  /** Amount of the line (SEK). */
  readonly amount: Exact;
  /** The flat rate that covers this line; absent when the line is claimed as real cost. */
  readonly coveredBy?: FlatRateOption;
}

/**
 * One flat-rate amount: the base it was applied to and the result, truncated to öre.
 *
 * @example
 * ```ts
 * import type { FlatRateAmount } from '@styrkit/esf';
 * const show = (f: FlatRateAmount) => `${f.option}: ${f.amount.toString()}`;
 * ```
 */
export interface FlatRateAmount {
  /** The option. */
  readonly option: FlatRateOption;
  /** Percent applied. */
  readonly percent: Exact;
  /** Unrounded base the rate is applied to. */
  readonly base: Exact;
  /** base × percent / 100, truncated to öre. */
  readonly amount: Exact;
}

/**
 * Total eligible cost of a project from its lines and flat rates.
 *
 * @example
 * ```ts
 * import type { CostSummary } from '@styrkit/esf';
 * const total = (c: CostSummary) => c.totalEligibleCost;
 * ```
 */
export interface CostSummary {
  /** Every budget line, claimed or covered. */
  readonly lines: readonly CostedLine[];
  /** Flat-rate amounts in the order they were computed. */
  readonly flatRates: readonly FlatRateAmount[];
  /** Direct staff costs: real staff lines plus a staff flat rate. */
  readonly directStaff: Exact;
  /** Claimed other direct costs (external services, travel, equipment, other). */
  readonly otherDirect: Exact;
  /** Claimed real indirect cost lines (only when no indirect flat rate covers them). */
  readonly realIndirect: Exact;
  /** Participant costs, always on top of every flat rate. */
  readonly participantCosts: Exact;
  /** The sum of all claimed parts. */
  readonly totalEligibleCost: Exact;
}

const truncateToOre = (v: Exact): Exact => v.round(2, 'truncate');

/** Which flat rate, if any, covers a category given the chosen options. */
function coveringRate(
  category: CostCategory,
  chosen: ReadonlySet<FlatRateOption>,
): FlatRateOption | undefined {
  if (category === 'participant-costs') return undefined; // always on top
  if (chosen.has('other-40-staff') && category !== 'staff') return 'other-40-staff';
  if (category === 'staff' && chosen.has('staff-20-other')) return 'staff-20-other';
  if (category === 'indirect') {
    for (const option of [
      'indirect-7-direct',
      'indirect-15-staff',
      'indirect-25-direct',
    ] as const) {
      if (chosen.has(option)) return option;
    }
  }
  return undefined;
}

/**
 * Computes the total eligible cost. Flat rates are applied in dependency order: first the
 * staff rate (20 % of other direct costs), then the indirect rates (7 % or 25 % of direct
 * costs, 15 % of direct staff costs) and the 40 % rate, whose bases include the staff rate.
 * Participant costs are outside every base and come on top. Bases are never rounded; each
 * flat-rate amount is truncated to öre, so it never exceeds its legal maximum. Forbidden
 * combinations are still computed (the audit reports them).
 *
 * @example
 * ```ts
 * import { computeCosts, projectSchema } from '@styrkit/esf';
 * const p = projectSchema.parse({
 *   id: 'p', name: 'Demo', owner: 'Kommunen',
 *   phases: [{ phase: 'implementation', start: '2024-01-01', end: '2024-12-31' }],
 *   budgetLines: [{ id: 's', label: 'Staff', category: 'staff', phase: 'implementation', amount: '100000' }],
 *   flatRates: [{ option: 'other-40-staff', percent: '40' }],
 * });
 * computeCosts(p).totalEligibleCost.toString(); // '140000'
 * ```
 */
export function computeCosts(project: Project): CostSummary {
  requireProject(project, 'computeCosts');
  const chosen = new Set(project.flatRates.map((f) => f.option));
  const lines: CostedLine[] = project.budgetLines.map((line) => {
    const coveredBy = coveringRate(line.category, chosen);
    const base = {
      id: line.id,
      category: line.category,
      phase: line.phase,
      amount: lineAmount(line),
    };
    return coveredBy === undefined ? base : { ...base, coveredBy };
  });
  const claimed = (test: (c: CostCategory) => boolean): Exact =>
    sum(lines.filter((l) => l.coveredBy === undefined && test(l.category)).map((l) => l.amount));

  const realStaff = claimed((c) => c === 'staff');
  const otherDirect = claimed((c) => OTHER_DIRECT.has(c));
  const realIndirect = claimed((c) => c === 'indirect');
  const participantCosts = claimed((c) => c === 'participant-costs');

  const flatRates: FlatRateAmount[] = [];
  const apply = (option: FlatRateOption, base: Exact): Exact => {
    let total = Exact.ZERO;
    for (const f of project.flatRates.filter((r) => r.option === option)) {
      const amount = truncateToOre(applyRate(base, f.percent));
      flatRates.push({ option, percent: f.percent, base, amount });
      total = total.plus(amount);
    }
    return total;
  };

  const staffFlat = apply('staff-20-other', otherDirect);
  const directStaff = realStaff.plus(staffFlat);
  const direct = directStaff.plus(otherDirect);
  const indirect = apply('indirect-7-direct', direct)
    .plus(apply('indirect-15-staff', directStaff))
    .plus(apply('indirect-25-direct', direct));
  const other40 = apply('other-40-staff', directStaff);

  return {
    lines,
    flatRates,
    directStaff,
    otherDirect,
    realIndirect,
    participantCosts,
    totalEligibleCost: direct
      .plus(realIndirect)
      .plus(indirect)
      .plus(other40)
      .plus(participantCosts),
  };
}
