import { Exact, allocate, percentShare, type ExactLike } from '@styrkit/core';
import type { Phase, Project, TimeReports } from './model.js';
import { monthsOfRange, type YearMonth } from './months.js';
import { requireProject, requireTimeReports } from './parsed-guard.js';

/**
 * Converts a raw hour figure to the whole hours a time report may declare: rounded down
 * (the rule of the ESF time report), never up. Text is read exactly ("7.99999999999999999"
 * is 7, where `Math.floor(Number(text))` gives 8); a JS number is taken as the literal a data
 * file or spreadsheet wrote (`7.9` is 7.9, see `Exact.fromLiteral`), never floored as a float.
 *
 * @example
 * ```ts
 * import { wholeHours } from '@styrkit/esf';
 * wholeHours('7.9'); // 7
 * wholeHours(7.9); // 7
 * ```
 */
export function wholeHours(raw: ExactLike): number {
  // Exact.of refuses a float; a raw figure from a file is its literal, not a computed float.
  const value = typeof raw === 'number' ? Exact.fromLiteral(raw) : Exact.of(raw);
  return value.round(0, 'floor').toNumber();
}

/**
 * Gender category used for statistics, plus `unregistered` for rows whose participant is
 * missing from the register (they are counted, never dropped).
 *
 * @example
 * ```ts
 * import type { StatisticsGender } from '@styrkit/esf';
 * const g: StatisticsGender = 'woman';
 * ```
 */
export type StatisticsGender = 'woman' | 'man' | 'unspecified' | 'unregistered';

const GENDERS: readonly StatisticsGender[] = ['woman', 'man', 'unspecified', 'unregistered'];
const UNREGISTERED = 3;
const PHASES: readonly Phase[] = ['analysis', 'implementation', 'closing'];
const PHASE_INDEX: Readonly<Record<Phase, number>> = { analysis: 0, implementation: 1, closing: 2 };
const CELLS_PER_MONTH = PHASES.length * GENDERS.length;

/**
 * Hours of one month × phase × gender cell.
 *
 * @example
 * ```ts
 * import type { HoursCell } from '@styrkit/esf';
 * const label = (c: HoursCell) => `${c.month} ${c.phase} ${c.gender}: ${c.hours}`;
 * ```
 */
export interface HoursCell {
  /** Month 'YYYY-MM'. */
  readonly month: string;
  /** Phase. */
  readonly phase: Phase;
  /** Gender category. */
  readonly gender: StatisticsGender;
  /** Whole hours (an exact integer). */
  readonly hours: number;
}

/**
 * Sums reported hours per month × phase × gender. Hours are whole numbers by rule, so the sum
 * is an exact integer loop (safe integers far beyond any project's hours). Cells with hours
 * come sorted by month, then phase order, then gender (women, men, unspecified, unregistered).
 *
 * @example
 * ```ts
 * import { aggregateHours, timeReportsSchema } from '@styrkit/esf';
 * const t = timeReportsSchema.parse({ projectId: 'p',
 *   participants: [{ id: 'a', gender: 'woman', employment: 'permanent' }],
 *   reports: [
 *     { participant: 'a', month: '2022-03', phase: 'implementation', activity: 'x', hours: 3, signed: true },
 *     { participant: 'a', month: '2022-03', phase: 'implementation', activity: 'y', hours: 2, signed: true },
 *   ] });
 * aggregateHours(t)[0]?.hours; // 5
 * ```
 */
export function aggregateHours(t: TimeReports): HoursCell[] {
  requireTimeReports(t, 'aggregateHours');
  // Hot path (a register may hold millions of rows): integer indexes into one flat array,
  // no per-row strings or objects.
  const genderIndex = new Map<string, number>();
  // The first entry of a duplicate id counts, as for rates and co-financing values; a second
  // entry with another gender is the audit's esf/participant-gender-conflict.
  for (const p of t.participants) {
    if (!genderIndex.has(p.id)) genderIndex.set(p.id, GENDERS.indexOf(p.gender));
  }
  const monthIndex = new Map<string, number>();
  const months: string[] = [];
  let totals: number[] = [];
  for (const r of t.reports) {
    let m = monthIndex.get(r.month);
    if (m === undefined) {
      m = months.length;
      monthIndex.set(r.month, m);
      months.push(r.month);
      totals = totals.concat(new Array<number>(CELLS_PER_MONTH).fill(0));
    }
    const g = genderIndex.get(r.participant) ?? UNREGISTERED;
    const i = m * CELLS_PER_MONTH + PHASE_INDEX[r.phase] * GENDERS.length + g;
    totals[i] = (totals[i] ?? 0) + r.hours;
  }
  const cells: HoursCell[] = [];
  const order = months
    .map((month, m) => ({ month, m }))
    .sort((a, b) => a.month.localeCompare(b.month));
  for (const { month, m } of order) {
    PHASES.forEach((phase, p) => {
      GENDERS.forEach((gender, g) => {
        const hours = totals[m * CELLS_PER_MONTH + p * GENDERS.length + g] ?? 0;
        if (hours > 0) cells.push({ month, phase, gender, hours });
      });
    });
  }
  return cells;
}

/**
 * Total reported hours.
 *
 * @example
 * ```ts
 * import { totalHours, timeReportsSchema } from '@styrkit/esf';
 * totalHours(timeReportsSchema.parse({ projectId: 'p', participants: [], reports: [] })); // 0
 * ```
 */
export function totalHours(t: TimeReports): number {
  requireTimeReports(t, 'totalHours');
  let total = 0;
  for (const r of t.reports) total += r.hours;
  return total;
}

/**
 * One month of co-financing hours against the plan.
 *
 * @example
 * ```ts
 * import type { HoursPlanRow } from '@styrkit/esf';
 * const behind = (r: HoursPlanRow) => r.cumulativeReported < r.cumulativePlanned;
 * ```
 */
export interface HoursPlanRow {
  /** Month 'YYYY-MM'. */
  readonly month: string;
  /** Planned hours this month. */
  readonly planned: number;
  /** Reported hours this month. */
  readonly reported: number;
  /** Planned hours up to and including this month. */
  readonly cumulativePlanned: number;
  /** Reported hours up to and including this month. */
  readonly cumulativeReported: number;
}

/**
 * Co-financing hours against the plan: are the hours on track?
 *
 * @example
 * ```ts
 * import type { HoursVsPlan } from '@styrkit/esf';
 * const pct = (h: HoursVsPlan) => h.percentOfPlan;
 * ```
 */
export interface HoursVsPlan {
  /** Planned hours of all participant-time sources (summed exactly, then as a number). */
  readonly planned: number;
  /** Reported hours. */
  readonly reported: number;
  /** reported / planned in percent, two decimals half-up; undefined without a plan. */
  readonly percentOfPlan: Exact | undefined;
  /** One row per month of the planned phases and of any month with reports. */
  readonly months: readonly HoursPlanRow[];
}

/**
 * Compares reported hours with the plan. The planned hours of each participant-time source
 * are spread evenly over the months of its phases with the largest-remainder method, so the
 * monthly plan is in whole hours and sums exactly to the plan.
 *
 * @example
 * ```ts
 * import { hoursVsPlan, projectSchema, timeReportsSchema } from '@styrkit/esf';
 * const p = projectSchema.parse({ id: 'p', name: 'P', owner: 'K',
 *   phases: [{ phase: 'implementation', start: '2022-03-01', end: '2022-04-30' }],
 *   cofinancing: [{ id: 't', label: 'Tid', sector: 'public', form: 'in-kind', amount: '1000',
 *     participantTime: { plannedHours: 11 } }] });
 * const t = timeReportsSchema.parse({ projectId: 'p', participants: [], reports: [] });
 * hoursVsPlan(p, t).months.map((m) => m.planned); // [6, 5]
 * ```
 */
export function hoursVsPlan(project: Project, t: TimeReports): HoursVsPlan {
  requireProject(project, 'hoursVsPlan');
  requireTimeReports(t, 'hoursVsPlan');
  const plannedByMonth = new Map<YearMonth, number>();
  // Summed exactly: many large plans added as JS numbers would pass 2^53 and lose hours.
  let planned = Exact.ZERO;
  for (const source of project.cofinancing) {
    const time = source.participantTime;
    if (time === undefined) continue;
    const months = project.phases
      .filter((p) => time.phases.includes(p.phase))
      .flatMap((p) => monthsOfRange(p));
    const hours = time.plannedHours.round(0, 'floor');
    planned = planned.plus(hours);
    if (months.length === 0) continue;
    const shares = allocate(
      hours,
      months.map(() => Exact.ONE),
      { decimals: 0 },
    );
    months.forEach((m, i) => {
      plannedByMonth.set(m, (plannedByMonth.get(m) ?? 0) + (shares[i]?.toNumber() ?? 0));
    });
  }
  const reportedByMonth = new Map<YearMonth, number>();
  let reported = 0;
  for (const r of t.reports) {
    reportedByMonth.set(r.month, (reportedByMonth.get(r.month) ?? 0) + r.hours);
    reported += r.hours;
  }
  const allMonths = [...new Set([...plannedByMonth.keys(), ...reportedByMonth.keys()])].sort();
  let cumulativePlanned = 0;
  let cumulativeReported = 0;
  const months = allMonths.map((month) => {
    const p = plannedByMonth.get(month) ?? 0;
    const r = reportedByMonth.get(month) ?? 0;
    cumulativePlanned += p;
    cumulativeReported += r;
    return { month, planned: p, reported: r, cumulativePlanned, cumulativeReported };
  });
  return {
    planned: planned.toNumber(),
    reported,
    percentOfPlan: percentShare(Exact.of(reported), planned, {
      decimals: 2,
      mode: 'half-up',
    }),
    months,
  };
}
