import { Exact, allocate, percentShare } from '@styrkit/core';
import { cofinancingValue } from './financing.js';
import type { Phase, Project, TimeReports } from './model.js';
import { monthsOfRange } from './months.js';
import { ANNUAL_HOURS } from './staff-rate.js';
import type { StatisticsGender } from './hours.js';
import { requireProject, requireTimeReports } from './parsed-guard.js';

const GENDERS: readonly StatisticsGender[] = ['woman', 'man', 'unspecified', 'unregistered'];
const PHASES: readonly Phase[] = ['analysis', 'implementation', 'closing'];

/**
 * The hourly salary cost of one participant as a fraction `amount / basis`: a documented
 * hourly rate is `rate / 1`; an annual gross employment cost is `cost / (1 720 × share)`.
 * Kept as a fraction so the rate is never rounded before it is applied (DOMAIN §4: never
 * round a base before applying a rate).
 *
 * @example
 * ```ts
 * import type { ParticipantRate } from '@styrkit/esf';
 * const perHour = (r: ParticipantRate) => r.amount.dividedBy(r.basis);
 * ```
 */
export interface ParticipantRate {
  /** Numerator: the hourly rate, or the annual gross employment cost (SEK). */
  readonly amount: Exact;
  /** Denominator: 1 for an hourly rate, 1 720 × share of full time for an annual cost. */
  readonly basis: Exact;
  /** Where the rate was found: on the participant or for the employment type. */
  readonly from: 'participant' | 'employment';
}

function rateOf(
  r: {
    hourlyRate?: Exact | undefined;
    annualEmploymentCost?: Exact | undefined;
    employmentShare?: Exact | undefined;
  },
  from: ParticipantRate['from'],
): ParticipantRate | undefined {
  if (r.hourlyRate !== undefined) return { amount: r.hourlyRate, basis: Exact.ONE, from };
  if (r.annualEmploymentCost === undefined) return undefined;
  return {
    amount: r.annualEmploymentCost,
    basis: Exact.of(ANNUAL_HOURS).times(r.employmentShare ?? Exact.ONE),
    from,
  };
}

/**
 * Resolves the hourly rate of every participant in the register: the participant's own
 * rate (hourly rate, or annual gross employment cost / (1 720 h × share)) first, then the
 * rate of the participant's employment type (`ratesByEmployment`). A participant with
 * neither is missing from the map: the value of their hours is unknown, never 0. The plan's
 * rate on a co-financing source values the plan only, never reported hours.
 *
 * @example
 * ```ts
 * import { participantRates, timeReportsSchema } from '@styrkit/esf';
 * const t = timeReportsSchema.parse({ projectId: 'p',
 *   participants: [
 *     { id: 'a', gender: 'woman', employment: 'permanent', annualEmploymentCost: '516000' },
 *     { id: 'b', gender: 'man', employment: 'hourly-substitute' },
 *     { id: 'c', gender: 'man', employment: 'fixed-term' },
 *   ],
 *   ratesByEmployment: [{ employment: 'hourly-substitute', hourlyRate: '212.5' }],
 *   reports: [] });
 * const rates = participantRates(t);
 * rates.get('a')?.basis.toString(); // '1720'
 * rates.get('b')?.from; // 'employment'
 * rates.has('c'); // false: unknown
 * ```
 */
export function participantRates(t: TimeReports): Map<string, ParticipantRate> {
  requireTimeReports(t, 'participantRates');
  const byEmployment = new Map<string, ParticipantRate>();
  for (const r of t.ratesByEmployment) {
    const rate = rateOf(r, 'employment');
    if (rate !== undefined && !byEmployment.has(r.employment)) byEmployment.set(r.employment, rate);
  }
  const out = new Map<string, ParticipantRate>();
  for (const p of t.participants) {
    if (out.has(p.id)) continue; // a duplicate id is an audit finding; the first entry counts
    const rate = rateOf(p, 'participant') ?? byEmployment.get(p.employment);
    if (rate !== undefined) out.set(p.id, rate);
  }
  return out;
}

/**
 * The value of one time-report row: whole hours × hourly rate, computed in one step
 * (hours × amount / basis) and truncated to whole öre, so the claim never exceeds what the
 * rate gives (the same rule as `staffCost`).
 *
 * Rounding choice: the rate itself is **not** rounded to öre, because neither EU 2021/1060
 * art. 55.2 nor the ESF-rådet rules prescribe rounding the hourly rate and DOMAIN §4 forbids
 * rounding a base before applying a rate. A documented rate with at most two decimals
 * therefore gives an exact value with no rounding at all; a rate derived from an annual cost
 * (e.g. 400 000 / 1 720 = 232,5581… kr/h) is truncated once, per row.
 *
 * @example
 * ```ts
 * import { Exact } from '@styrkit/core';
 * import { timeRowValue } from '@styrkit/esf';
 * timeRowValue(12, { amount: Exact.of('250'), basis: Exact.ONE, from: 'participant' }).toString(); // '3000'
 * // 10 × 400 000 / 1 720 = 2 325,5813… → 2 325,58
 * timeRowValue(10, { amount: Exact.of('400000'), basis: Exact.of('1720'), from: 'participant' }).toString(); // '2325.58'
 * ```
 */
export function timeRowValue(hours: number, rate: ParticipantRate): Exact {
  const gross = rate.amount.times(hours);
  return (rate.basis.equals(Exact.ONE) ? gross : gross.dividedBy(rate.basis)).round(2, 'truncate');
}

/**
 * Hours and their co-financing value in one month × phase × gender cell.
 *
 * @example
 * ```ts
 * import type { ValueCell } from '@styrkit/esf';
 * const known = (c: ValueCell) => c.value !== undefined;
 * ```
 */
export interface ValueCell {
  /** Month 'YYYY-MM'. */
  readonly month: string;
  /** Phase. */
  readonly phase: Phase;
  /** Gender category. */
  readonly gender: StatisticsGender;
  /** Whole hours reported. */
  readonly hours: number;
  /** Hours of participants without a rate. */
  readonly unratedHours: number;
  /** Sum of the row values (SEK, öre); undefined when any hour of the cell has no rate. */
  readonly value: Exact | undefined;
}

/**
 * Values reported hours per month × phase × gender: each row is valued with
 * {@link timeRowValue} and the cell value is the exact sum of its row values. A cell with
 * any hour of a participant without a rate (or not in the register) has an unknown value,
 * never a partial one and never 0. Cells come sorted like `aggregateHours`.
 *
 * @example
 * ```ts
 * import { aggregateCofinancingValue, timeReportsSchema } from '@styrkit/esf';
 * const t = timeReportsSchema.parse({ projectId: 'p',
 *   participants: [{ id: 'a', gender: 'woman', employment: 'permanent', hourlyRate: '250' }],
 *   reports: [
 *     { participant: 'a', month: '2025-04', phase: 'implementation', activity: 'x', hours: 3, signed: true },
 *     { participant: 'a', month: '2025-04', phase: 'implementation', activity: 'y', hours: 2, signed: true },
 *   ] });
 * aggregateCofinancingValue(t)[0]?.value?.toString(); // '1250'
 * ```
 */
export function aggregateCofinancingValue(t: TimeReports): ValueCell[] {
  requireTimeReports(t, 'aggregateCofinancingValue');
  return aggregateInOre(t) ?? aggregateWithDecimals(t);
}

const CELLS_PER_MONTH = PHASES.length * GENDERS.length;
const UNREGISTERED = GENDERS.indexOf('unregistered');
const PHASE_INDEX: Readonly<Record<Phase, number>> = { analysis: 0, implementation: 1, closing: 2 };

/** A value as an integer times a power of ten (`{ digits: 2325, scale: 1 }` is 232,5). */
function scaled(value: Exact): { digits: number; scale: number } | undefined {
  const text = value.toString();
  const point = text.indexOf('.');
  const digits = Number(point < 0 ? text : text.slice(0, point) + text.slice(point + 1));
  if (!Number.isSafeInteger(digits)) return undefined;
  return { digits, scale: point < 0 ? 0 : text.length - point - 1 };
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/**
 * A rate as the exact fraction `öre per hour = numerator / denominator` of safe integers,
 * with the most hours for which `hours × numerator + denominator` stays safe (so the
 * truncating division below is exact in JS numbers); undefined when no such form exists.
 */
function oreFraction(
  rate: ParticipantRate,
): { numerator: number; denominator: number; maxHours: number } | undefined {
  const a = scaled(rate.amount);
  const b = scaled(rate.basis);
  if (a === undefined || b === undefined || b.digits <= 0 || a.digits < 0) return undefined;
  // amount / basis × 100 öre = a.digits × 10^(2 + b.scale) / (b.digits × 10^a.scale)
  let numerator = a.digits * 10 ** (2 + b.scale);
  let denominator = b.digits * 10 ** a.scale;
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) return undefined;
  const d = gcd(numerator, denominator);
  if (d > 1) {
    numerator /= d;
    denominator /= d;
  }
  const maxHours =
    numerator === 0
      ? Number.MAX_SAFE_INTEGER
      : Math.floor((Number.MAX_SAFE_INTEGER - denominator) / numerator);
  return { numerator, denominator, maxHours };
}

/**
 * The hot path of {@link aggregateCofinancingValue}: each participant's rate resolved once to
 * an exact öre fraction, cells indexed by number, row values truncated and summed in integer
 * öre, decimals made only for the output cells. The result is identical to valuing every row
 * with {@link timeRowValue} and summing exactly: the truncation is an exact integer division
 * (the decimal route keeps 40 significant digits, far more than can ever move a value across
 * an öre). Undefined when some figure does not fit safe integers; the caller then takes the
 * decimal route.
 */
function aggregateInOre(t: TimeReports): ValueCell[] | undefined {
  const rates = participantRates(t);
  const slotOf = new Map<string, number>();
  const genderOf: number[] = [];
  const numerators: number[] = [];
  const denominators: number[] = [];
  const maxHours: number[] = [];
  const rateOfSlot: (ParticipantRate | undefined)[] = [];
  for (const p of t.participants) {
    if (slotOf.has(p.id)) continue; // the first entry of a duplicate id counts
    slotOf.set(p.id, genderOf.length);
    genderOf.push(GENDERS.indexOf(p.gender));
    const rate = rates.get(p.id);
    const fraction = rate === undefined ? undefined : oreFraction(rate);
    if (rate !== undefined && fraction === undefined) return undefined;
    numerators.push(fraction?.numerator ?? 0);
    denominators.push(fraction?.denominator ?? 0); // 0: no rate
    maxHours.push(fraction?.maxHours ?? 0);
    rateOfSlot.push(rate);
  }
  const monthIndex = new Map<string, number>();
  const months: string[] = [];
  const hours: number[] = [];
  const unrated: number[] = [];
  const ore: number[] = [];
  let magnitude = 0;
  for (const r of t.reports) {
    let m = monthIndex.get(r.month);
    if (m === undefined) {
      m = months.length;
      monthIndex.set(r.month, m);
      months.push(r.month);
      for (let k = 0; k < CELLS_PER_MONTH; k += 1) {
        hours.push(0);
        unrated.push(0);
        ore.push(0);
      }
    }
    const slot = slotOf.get(r.participant);
    const h = r.hours;
    const gender = slot === undefined ? UNREGISTERED : (genderOf[slot] ?? UNREGISTERED);
    const i = m * CELLS_PER_MONTH + PHASE_INDEX[r.phase] * GENDERS.length + gender;
    hours[i] = (hours[i] ?? 0) + h;
    const denominator = slot === undefined ? 0 : (denominators[slot] ?? 0);
    if (denominator === 0) {
      unrated[i] = (unrated[i] ?? 0) + h;
      continue;
    }
    let value: number;
    if (h >= 0 && h <= (maxHours[slot ?? 0] ?? 0) && Number.isInteger(h)) {
      const x = h * (numerators[slot ?? 0] ?? 0);
      value = x;
      if (denominator !== 1) {
        value = Math.floor(x / denominator);
        if (value * denominator > x) value -= 1;
        else if ((value + 1) * denominator <= x) value += 1;
      }
    } else {
      // Hours past what the fraction holds exactly (or not whole): this row in decimals.
      const rate = rateOfSlot[slot ?? 0];
      const cents = rate === undefined ? null : timeRowValue(h, rate).cents;
      if (cents === null) return undefined;
      value = cents;
    }
    magnitude += Math.abs(value);
    ore[i] = (ore[i] ?? 0) + value;
  }
  // While the total of all row values (in magnitude) is safe, every cell sum is exact.
  if (!Number.isSafeInteger(magnitude)) return undefined;
  const out: ValueCell[] = [];
  const order = months
    .map((month, m) => ({ month, m }))
    .sort((a, b) => a.month.localeCompare(b.month));
  for (const { month, m } of order) {
    for (let p = 0; p < PHASES.length; p += 1) {
      for (let g = 0; g < GENDERS.length; g += 1) {
        const i = m * CELLS_PER_MONTH + p * GENDERS.length + g;
        const cellHours = hours[i] ?? 0;
        if (cellHours === 0) continue;
        const cellUnrated = unrated[i] ?? 0;
        out.push({
          month,
          phase: PHASES[p] ?? 'implementation',
          gender: GENDERS[g] ?? 'unregistered',
          hours: cellHours,
          unratedHours: cellUnrated,
          value: cellUnrated > 0 ? undefined : Exact.of(ore[i] ?? 0).dividedBy(100),
        });
      }
    }
  }
  return out;
}

/** The straightforward route: every row valued with {@link timeRowValue}, summed exactly. */
function aggregateWithDecimals(t: TimeReports): ValueCell[] {
  const rates = participantRates(t);
  const gender = new Map<string, StatisticsGender>();
  for (const p of t.participants) if (!gender.has(p.id)) gender.set(p.id, p.gender);
  const cells = new Map<string, { hours: number; unrated: number; value: Exact }>();
  for (const r of t.reports) {
    const key = `${r.month}|${r.phase}|${gender.get(r.participant) ?? 'unregistered'}`;
    let cell = cells.get(key);
    if (cell === undefined) {
      cell = { hours: 0, unrated: 0, value: Exact.ZERO };
      cells.set(key, cell);
    }
    cell.hours += r.hours;
    const rate = rates.get(r.participant);
    if (rate === undefined) cell.unrated += r.hours;
    else cell.value = cell.value.plus(timeRowValue(r.hours, rate));
  }
  const out: ValueCell[] = [];
  for (const [key, c] of cells) {
    if (c.hours === 0) continue;
    const [month = '', phase = 'implementation', g = 'unregistered'] = key.split('|');
    out.push({
      month,
      phase: phase as Phase,
      gender: g as StatisticsGender,
      hours: c.hours,
      unratedHours: c.unrated,
      value: c.unrated > 0 ? undefined : c.value,
    });
  }
  return out.sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) ||
      GENDERS.indexOf(a.gender) - GENDERS.indexOf(b.gender),
  );
}

/**
 * One month × phase of co-financing value against the planned value, with cumulative
 * figures in month order.
 *
 * @example
 * ```ts
 * import type { ValuePlanRow } from '@styrkit/esf';
 * const behind = (r: ValuePlanRow) => r.cumulativeValue?.lt(r.cumulativePlanned);
 * ```
 */
export interface ValuePlanRow {
  /** Month 'YYYY-MM'. */
  readonly month: string;
  /** Phase. */
  readonly phase: Phase;
  /** Whole hours reported. */
  readonly hours: number;
  /** Value of the reported hours; undefined when any of them has no rate. */
  readonly value: Exact | undefined;
  /** Planned value of this month × phase (SEK, öre). */
  readonly planned: Exact;
  /** Value up to and including this row; undefined from the first unknown value on. */
  readonly cumulativeValue: Exact | undefined;
  /** Planned value up to and including this row. */
  readonly cumulativePlanned: Exact;
}

/**
 * Co-financing value of participant time against the plan.
 *
 * @example
 * ```ts
 * import type { CofinancingValueVsPlan } from '@styrkit/esf';
 * const onTrack = (v: CofinancingValueVsPlan) =>
 *   v.value !== undefined && v.plannedValue !== undefined && v.value.gte(v.plannedValue);
 * ```
 */
export interface CofinancingValueVsPlan {
  /** Budgeted value of all participant-time sources; undefined when the project has none. */
  readonly plannedValue: Exact | undefined;
  /** Value of all reported hours; undefined when any hour has no rate. */
  readonly value: Exact | undefined;
  /** Whole hours reported. */
  readonly hours: number;
  /** Hours whose participant has no rate (or is not in the register). */
  readonly unratedHours: number;
  /** Participants with reported hours but no rate (including ids not in the register). */
  readonly unratedParticipants: number;
  /** value / plannedValue in percent, two decimals half-up; undefined when either is unknown. */
  readonly percentOfPlan: Exact | undefined;
  /** Month × phase rows, sorted by month then phase. */
  readonly rows: readonly ValuePlanRow[];
}

/**
 * Compares the value of the reported hours with the planned co-financing value: the value
 * of every participant-time source (its budgeted amount, or planned hours × plan rate). Each
 * source's value is spread evenly over the months of its phases with the largest-remainder
 * method in öre, so the monthly plan sums exactly to the budget. The value side sums the
 * row values of {@link aggregateCofinancingValue}; one unknown row makes its month and every
 * later cumulative figure unknown.
 *
 * @example
 * ```ts
 * import { cofinancingValueVsPlan, projectSchema, timeReportsSchema } from '@styrkit/esf';
 * const p = projectSchema.parse({ id: 'p', name: 'P', owner: 'K',
 *   phases: [{ phase: 'implementation', start: '2025-04-01', end: '2025-05-31' }],
 *   cofinancing: [{ id: 't', label: 'Tid', sector: 'public', form: 'in-kind',
 *     participantTime: { plannedHours: 10, hourlyRate: '250' } }] });
 * const t = timeReportsSchema.parse({ projectId: 'p',
 *   participants: [{ id: 'a', gender: 'woman', employment: 'permanent', hourlyRate: '250' }],
 *   reports: [{ participant: 'a', month: '2025-04', phase: 'implementation', activity: 'x', hours: 4, signed: true }] });
 * const v = cofinancingValueVsPlan(p, t);
 * v.value?.toString(); // '1000'
 * v.rows.map((r) => r.cumulativePlanned.toString()); // ['1250', '2500']
 * ```
 */
export function cofinancingValueVsPlan(project: Project, t: TimeReports): CofinancingValueVsPlan {
  requireProject(project, 'cofinancingValueVsPlan');
  requireTimeReports(t, 'cofinancingValueVsPlan');
  const plannedByKey = new Map<string, Exact>();
  let plannedValue: Exact | undefined;
  for (const source of project.cofinancing) {
    const time = source.participantTime;
    if (time === undefined) continue;
    const value = cofinancingValue(source);
    plannedValue = (plannedValue ?? Exact.ZERO).plus(value);
    const keys = project.phases
      .filter((p) => time.phases.includes(p.phase))
      .flatMap((p) => monthsOfRange(p).map((m) => `${m}|${p.phase}`));
    if (keys.length === 0) continue;
    const shares = allocate(
      value,
      keys.map(() => Exact.ONE),
      { decimals: Math.max(2, value.decimalPlaces()) },
    );
    keys.forEach((k, i) => {
      plannedByKey.set(k, (plannedByKey.get(k) ?? Exact.ZERO).plus(shares[i] ?? Exact.ZERO));
    });
  }
  const cells = aggregateCofinancingValue(t);
  const reported = new Map<string, { hours: number; value: Exact | undefined }>();
  let hours = 0;
  let unratedHours = 0;
  for (const c of cells) {
    const key = `${c.month}|${c.phase}`;
    const before = reported.get(key) ?? { hours: 0, value: Exact.ZERO };
    reported.set(key, {
      hours: before.hours + c.hours,
      value:
        before.value === undefined || c.value === undefined
          ? undefined
          : before.value.plus(c.value),
    });
    hours += c.hours;
    unratedHours += c.unratedHours;
  }
  const rates = participantRates(t);
  const unrated = new Set<string>();
  for (const r of t.reports)
    if (r.hours > 0 && !rates.has(r.participant)) unrated.add(r.participant);

  const keys = [...new Set([...plannedByKey.keys(), ...reported.keys()])].sort((a, b) => {
    const [ma = '', pa = ''] = a.split('|');
    const [mb = '', pb = ''] = b.split('|');
    return ma.localeCompare(mb) || PHASES.indexOf(pa as Phase) - PHASES.indexOf(pb as Phase);
  });
  let cumulativeValue: Exact | undefined = Exact.ZERO;
  let cumulativePlanned = Exact.ZERO;
  const rows: ValuePlanRow[] = [];
  for (const key of keys) {
    const [month = '', phase = 'implementation'] = key.split('|');
    const r = reported.get(key) ?? { hours: 0, value: Exact.ZERO };
    const planned = plannedByKey.get(key) ?? Exact.ZERO;
    cumulativeValue =
      cumulativeValue === undefined || r.value === undefined
        ? undefined
        : cumulativeValue.plus(r.value);
    cumulativePlanned = cumulativePlanned.plus(planned);
    rows.push({
      month,
      phase: phase as Phase,
      hours: r.hours,
      value: r.value,
      planned,
      cumulativeValue,
      cumulativePlanned,
    });
  }
  const value = unratedHours > 0 ? undefined : cumulativeValue;
  return {
    plannedValue,
    value,
    hours,
    unratedHours,
    unratedParticipants: unrated.size,
    percentOfPlan:
      value === undefined || plannedValue === undefined
        ? undefined
        : percentShare(value, plannedValue, { decimals: 2, mode: 'half-up' }),
    rows,
  };
}
