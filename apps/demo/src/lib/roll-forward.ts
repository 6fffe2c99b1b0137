/**
 * Next year's documents from this year's: an objektplan rolled forward and a budget follow-up
 * for a new period. Pure functions on the stored JSON, so the rules are unit-tested; the new
 * document is always a draft the user reviews before it is saved.
 */

/** A stored document (JSON). */
export type Doc = Readonly<Record<string, unknown>>;

/** How a plan is rolled forward. */
export interface RollForwardOptions {
  /** The new plan's id (the envelope id and the document's `id`). */
  readonly id: string;
  /** The new plan's year. */
  readonly year: number;
  /** Keep the amounts (budget, FTE, initiative costs, stated figures); otherwise they are left empty. */
  readonly keepAmounts: boolean;
}

const MATRIX_CELLS = ['businessVm', 'businessVu', 'itVm', 'itVu'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function clone<T>(v: T): T {
  return structuredClone(v);
}

/** A matrix with its rows (activities) kept and every amount and stated total emptied. */
function emptyMatrix(matrix: unknown): unknown {
  if (!isRecord(matrix)) return matrix;
  const rows = Array.isArray(matrix.rows) ? matrix.rows : [];
  const out: Record<string, unknown> = {
    ...matrix,
    rows: rows.map((r: unknown) => {
      if (!isRecord(r)) return r;
      const row: Record<string, unknown> = { ...r };
      for (const c of MATRIX_CELLS) row[c] = 'empty';
      delete row.statedTotal;
      return row;
    }),
  };
  delete out.statedColumnTotals;
  delete out.statedGrandTotal;
  return out;
}

/** An ISO date moved by whole years (29 February becomes 28 February in a common year). */
export function shiftDate(date: string, years: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) return date;
  const year = Number(m[1]) + years;
  const month = m[2] ?? '01';
  let day = m[3] ?? '01';
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === '02' && day === '29' && !leap) day = '28';
  return `${String(year).padStart(4, '0')}-${month}-${day}`;
}

/** A title with the old year replaced by the new one, or the new year added. */
export function retitle(title: string, from: number | undefined, to: number): string {
  if (from !== undefined && title.includes(String(from)))
    return title.split(String(from)).join(String(to));
  return `${title} ${to}`;
}

/**
 * Next year's objektplan from this year's: the rows (main activities), roles, organisation and
 * forums, committee goals, plan goals, goal links and initiatives are carried over; the year,
 * the validity and the title move to the new year; the version becomes a draft that
 * supersedes the old plan (no decision carried over). Amounts are kept only when asked
 * (`keepAmounts`): otherwise every budget and FTE cell is empty (not zero: unknown ≠ 0), stated
 * totals and stated figures are dropped and initiative costs are removed.
 *
 * @example
 * ```ts
 * const next = rollForwardPlan(
 *   { id: 'p-2021', year: 2021, title: 'Plan 2021', version: { label: 'A', status: 'decided' } },
 *   { id: 'p-2022', year: 2022, keepAmounts: false },
 * );
 * next.title; // 'Plan 2022'
 * next.version; // { label: 'Utkast 2022', status: 'draft', supersedes: 'p-2021' }
 * ```
 */
export function rollForwardPlan(plan: Doc, options: RollForwardOptions): Doc {
  const out: Record<string, unknown> = clone({ ...plan });
  const oldYear = typeof plan.year === 'number' ? plan.year : undefined;
  const years = oldYear === undefined ? 0 : options.year - oldYear;
  out.id = options.id;
  out.year = options.year;
  if (typeof plan.title === 'string') out.title = retitle(plan.title, oldYear, options.year);
  if (isRecord(plan.validity)) {
    const v = plan.validity;
    out.validity =
      oldYear === undefined
        ? { start: `${options.year}-01-01`, end: `${options.year}-12-31` }
        : {
            ...v,
            ...(typeof v.start === 'string' ? { start: shiftDate(v.start, years) } : {}),
            ...(typeof v.end === 'string' ? { end: shiftDate(v.end, years) } : {}),
          };
  } else {
    out.validity = { start: `${options.year}-01-01`, end: `${options.year}-12-31` };
  }
  const oldId = typeof plan.id === 'string' ? plan.id : undefined;
  out.version = {
    label: `Utkast ${options.year}`,
    status: 'draft',
    ...(oldId === undefined ? {} : { supersedes: oldId }),
  };
  if (!options.keepAmounts) {
    if (plan.budget !== undefined) out.budget = emptyMatrix(plan.budget);
    if (plan.fte !== undefined) out.fte = emptyMatrix(plan.fte);
    delete out.statedFigures;
    delete out.costBreakdowns;
    if (Array.isArray(plan.initiatives)) {
      out.initiatives = plan.initiatives.map((i: unknown) => {
        if (!isRecord(i)) return i;
        const copy = { ...clone(i) };
        delete copy.cost;
        return copy;
      });
    }
  }
  return out;
}

/** A blank objektplan for an object: the standard main activities with empty cells, a draft. */
export function blankPlan(options: {
  id: string;
  objectId: string;
  title: string;
  year: number;
  activities: readonly string[];
}): Doc {
  const rows = (unit: string) => ({
    unit,
    rows: options.activities.map((activity) => ({
      activity,
      businessVm: 'empty',
      businessVu: 'empty',
      itVm: 'empty',
      itVu: 'empty',
    })),
  });
  return {
    id: options.id,
    objectId: options.objectId,
    title: options.title,
    year: options.year,
    validity: { start: `${options.year}-01-01`, end: `${options.year}-12-31` },
    version: { label: `Utkast ${options.year}`, status: 'draft' },
    committeeGoals: [],
    planGoals: [],
    goalLinks: [],
    initiatives: [],
    roles: [],
    budget: rows('kkr'),
    fte: rows('fte'),
  };
}

const FOLLOW_UP_FIGURES = [
  'periodBudget',
  'periodOutcome',
  'deviation',
  'annualForecast',
  'shareOfAnnualBudget',
] as const;

/**
 * A budget follow-up for a later period of the same year (or a new year): the statements and
 * their rows (ids, labels, sums) and the annual budget are kept; the period's figures (period
 * budget, outcome, deviation, forecast, share) are emptied for the new period and rounded
 * figures stated in the old report are dropped.
 *
 * @example
 * ```ts
 * const next = nextFollowUpPeriod(
 *   { id: 's-05', year: 2023, months: 5, title: 't.o.m. maj', statements: [] },
 *   { id: 's-06', year: 2023, months: 6 },
 * );
 * next.months; // 6
 * ```
 */
export function nextFollowUpPeriod(
  followUp: Doc,
  options: { id: string; year: number; months: number; title?: string },
): Doc {
  const out: Record<string, unknown> = clone({ ...followUp });
  out.id = options.id;
  out.year = options.year;
  out.months = options.months;
  if (options.title !== undefined) out.title = options.title;
  delete out.roundedFigures;
  const keepAnnual = followUp.year === options.year;
  if (Array.isArray(followUp.statements)) {
    out.statements = followUp.statements.map((s: unknown) => {
      if (!isRecord(s)) return s;
      const rows = Array.isArray(s.rows) ? s.rows : [];
      return {
        ...clone(s),
        rows: rows.map((r: unknown) => {
          if (!isRecord(r)) return r;
          const drop = new Set<string>(FOLLOW_UP_FIGURES);
          if (!keepAnnual) drop.add('annualBudget');
          return Object.fromEntries(Object.entries(clone(r)).filter(([k]) => !drop.has(k)));
        }),
      };
    });
  }
  return out;
}
