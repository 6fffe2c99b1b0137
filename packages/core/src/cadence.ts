import { addDays, differenceInCalendarDays, getISODay } from 'date-fns';
import * as z from 'zod';
import { fieldText } from './field-text.js';
import {
  fromDate,
  isoDateSchema,
  lastDayOfMonth,
  toDate,
  type DateRange,
  type IsoDate,
} from './dates.js';

/**
 * Day of the week, ISO numbering: 1 = Monday … 7 = Sunday.
 *
 * @example
 * ```ts
 * import type { Weekday } from '@styrkit/core';
 * const tuesday: Weekday = 2;
 * ```
 */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const day = z.number().int().min(1).max(31);
const month = z.number().int().min(1).max(12);
const minimum = z
  .boolean()
  .optional()
  .meta(
    fieldText(
      'Sant när antalet är ett minimum ("minst"), inte ett exakt antal',
      'True when the count is a minimum ("at least"), not an exact count',
    ),
  );

// The cadences that fall on calendar dates; `event-driven` is added to them below.
const calendarCadenceSchemas = [
  z.strictObject({
    kind: z.literal('weekly').meta(fieldText('Varje vecka', 'Every week')),
    weekday: z
      .union([1, 2, 3, 4, 5, 6, 7].map((n) => z.literal(n as Weekday)))
      .optional()
      .meta(fieldText('Veckodag, 1 = måndag … 7 = söndag', 'Weekday, 1 = Monday … 7 = Sunday')),
  }),
  z.strictObject({
    kind: z
      .literal('every-n-weeks')
      .meta(fieldText('Var n:te vecka från ett startdatum', 'Every n weeks from a start date')),
    weeks: z
      .number()
      .int()
      .min(1)
      .max(52)
      .meta(fieldText('Antal veckor mellan mötena', 'Weeks between meetings')),
    start: isoDateSchema.meta(fieldText('Första mötet, ÅÅÅÅ-MM-DD', 'First meeting, YYYY-MM-DD')),
  }),
  z.strictObject({
    kind: z.literal('monthly').meta(fieldText('Varje månad', 'Every month')),
    day: day.optional().meta(fieldText('Dag i månaden, 1–31', 'Day of the month, 1–31')),
  }),
  z.strictObject({
    kind: z.literal('quarterly').meta(fieldText('Varje kvartal', 'Every quarter')),
    day: day.optional().meta(fieldText('Dag i månaden, 1–31', 'Day of the month, 1–31')),
    firstMonth: month
      .optional()
      .meta(fieldText('Årets första mötesmånad, 1–12', 'First meeting month of the year, 1–12')),
  }),
  z.strictObject({
    kind: z
      .literal('times-per-year')
      .meta(fieldText('Ett antal gånger per år', 'A number of times a year')),
    times: z.number().int().min(1).max(366).meta(fieldText('Gånger per år', 'Times a year')),
    start: isoDateSchema
      .optional()
      .meta(fieldText('Första mötet, ÅÅÅÅ-MM-DD', 'First meeting, YYYY-MM-DD')),
    minimum,
  }),
  z.strictObject({
    kind: z.literal('in-months').meta(fieldText('I angivna månader', 'In given months')),
    months: z
      .array(month)
      .min(1)
      .refine((ms) => new Set(ms).size === ms.length, {
        message: 'Months repeat',
        params: { sv: 'Samma månad anges två gånger', en: 'A month is given twice' },
      })
      .meta(
        fieldText('Månader, 1–12, var och en högst en gång', 'Months, 1–12, each at most once'),
      ),
    day: day.optional().meta(fieldText('Dag i månaden, 1–31', 'Day of the month, 1–31')),
    minimum,
  }),
] as const;

/**
 * zod schema for a {@link CalendarCadence}: a cadence that falls on dates of the calendar.
 *
 * @example
 * ```ts
 * import { calendarCadenceSchema } from '@styrkit/core';
 * calendarCadenceSchema.safeParse({ kind: 'monthly' }).success; // true
 * ```
 */
export const calendarCadenceSchema = z.discriminatedUnion('kind', [...calendarCadenceSchemas]);

/**
 * A cadence that falls on calendar dates (every kind except `event-driven`).
 *
 * @example
 * ```ts
 * import type { CalendarCadence } from '@styrkit/core';
 * const c: CalendarCadence = { kind: 'quarterly' };
 * ```
 */
export type CalendarCadence = z.infer<typeof calendarCadenceSchema>;

/**
 * What an event-driven cadence waits for: the decision points themselves ("vid
 * beslutspunkterna"), the time before each decision point ("inför varje beslutspunkt"), a need
 * ("vid behov") or another event named in `event`.
 *
 * @example
 * ```ts
 * import { cadenceTriggerSchema } from '@styrkit/core';
 * cadenceTriggerSchema.parse('as-needed'); // 'as-needed'
 * ```
 */
export const cadenceTriggerSchema = z.enum([
  'decision-points',
  'before-decision-points',
  'as-needed',
  'event',
]);

/**
 * The trigger of an event-driven cadence.
 *
 * @example
 * ```ts
 * import type { CadenceTrigger } from '@styrkit/core';
 * const t: CadenceTrigger = 'decision-points';
 * ```
 */
export type CadenceTrigger = z.infer<typeof cadenceTriggerSchema>;

/**
 * zod schema for a {@link Cadence}; rejects impossible values (0 weeks, month 13, …).
 *
 * @example
 * ```ts
 * import { cadenceSchema } from '@styrkit/core';
 * cadenceSchema.safeParse({ kind: 'every-n-weeks', weeks: 0, start: '2021-01-01' }).success; // false
 * cadenceSchema.safeParse({ kind: 'event-driven', trigger: 'as-needed' }).success; // true
 * ```
 */
export const cadenceSchema = z.discriminatedUnion('kind', [
  ...calendarCadenceSchemas,
  z.strictObject({
    kind: z
      .literal('event-driven')
      .meta(fieldText('Styrs av händelser, inget kalenderschema', 'Driven by events, no calendar')),
    trigger: cadenceTriggerSchema.meta(
      fieldText(
        'Vad som utlöser mötet: decision-points (vid beslutspunkterna), before-decision-points (inför varje beslutspunkt), as-needed (vid behov) eller event (annan händelse)',
        'What triggers a meeting: decision-points, before-decision-points, as-needed or event (another event)',
      ),
    ),
    /** The event in the document's words when `trigger` is `event` ("vid varje fasövergång"). */
    event: z
      .string()
      .min(1)
      .optional()
      .meta(
        fieldText(
          'Händelsen med dokumentets ord när trigger är event',
          "The event in the document's words when trigger is event",
        ),
      ),
    /** A floor in the calendar: "vid behov, dock minst 4 gånger per år". */
    atLeast: calendarCadenceSchema
      .optional()
      .meta(
        fieldText(
          'Ett golv i kalendern: "vid behov, dock minst 4 gånger per år"',
          'A floor in the calendar: "as needed, but at least 4 times a year"',
        ),
      ),
  }),
]);

/**
 * How often something recurs, in the forms municipal forums use:
 * - `weekly`: every week on a weekday (default Monday);
 * - `every-n-weeks`: every n weeks counted from a start date ("var 6:e vecka");
 * - `monthly`: on a day of every month (default the 1st; clamped to short months);
 * - `quarterly`: on a day of every third month from `firstMonth` (default January);
 * - `times-per-year`: n times a year, evenly spaced from `start` (or 1 January);
 * - `in-months`: in named months ("mars, augusti, november").
 * - `event-driven`: when something happens ("vid beslutspunkterna", "vid behov"): no dates of its
 *   own, so `occurrences` is empty; `atLeast` may give a calendar floor ("dock minst 4 ggr per år")
 *   that {@link minimumOccurrences} lays out.
 * `minimum` marks "at least" (the forum may meet more often; occurrences are the minimum).
 *
 * @example
 * ```ts
 * import type { Cadence } from '@styrkit/core';
 * const styrgrupp: Cadence = { kind: 'every-n-weeks', weeks: 6, start: '2021-01-12' };
 * ```
 */
export type Cadence = z.infer<typeof cadenceSchema>;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dayInMonth(year: number, monthNumber: number, wanted: number): IsoDate {
  return `${year}-${pad(monthNumber)}-${pad(Math.min(wanted, lastDayOfMonth(year, monthNumber)))}`;
}

function yearsOf(range: DateRange): number[] {
  const first = Number(range.start.slice(0, 4));
  const last = Number(range.end.slice(0, 4));
  const years: number[] = [];
  for (let y = first; y <= last; y += 1) years.push(y);
  return years;
}

function monthly(range: DateRange, months: readonly number[], wanted: number): IsoDate[] {
  const sorted = [...months].sort((a, b) => a - b);
  return yearsOf(range).flatMap((y) => sorted.map((m) => dayInMonth(y, m, wanted)));
}

function weeklyFrom(first: Date, stepDays: number, range: DateRange): IsoDate[] {
  const behind = differenceInCalendarDays(toDate(range.start), first);
  let current = behind > 0 ? addDays(first, Math.ceil(behind / stepDays) * stepDays) : first;
  // Compared as days, not as text: past year 9999 a date's text has five digits and
  // '10000-01-04' sorts before '9999-12-31', so a range ending in 9999 stepped on to year 99999
  // (five million dates for one year of weekly meetings).
  const last = toDate(range.end).getTime();
  const out: IsoDate[] = [];
  while (current.getTime() <= last) {
    out.push(fromDate(current));
    current = addDays(current, stepDays);
  }
  return out;
}

/**
 * A cadence built in code skips the schema: 0 weeks never steps past the end of the range and
 * an endless `times` never stops filling a year, so either would run until memory is gone.
 * Refused with the schema's range instead.
 */
function wholeInRange(field: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `occurrences: ${field} must be a whole number ${String(min)}–${String(max)}, got ${String(value)}`,
    );
  }
}

function timesPerYear(range: DateRange, times: number, start: IsoDate | undefined): IsoDate[] {
  const anchor = start ?? `${range.start.slice(0, 4)}-01-01`;
  const anchorMonth = Number(anchor.slice(5, 7));
  const anchorDay = Number(anchor.slice(8, 10));
  if (12 % times === 0) {
    const step = 12 / times;
    const months = Array.from({ length: times }, (_, i) => ((anchorMonth - 1 + i * step) % 12) + 1);
    return monthly(range, months, anchorDay).filter((d) => d >= anchor);
  }
  // Not a whole number of months apart: spread evenly over each year's days from the anchor.
  return yearsOf(range).flatMap((y) => {
    const first = toDate(dayInMonth(y, anchorMonth, anchorDay));
    // Not from the next 1 January: year 9999 has none a date can write (toDate threw).
    const daysInYear = lastDayOfMonth(y, 2) === 29 ? 366 : 365;
    return Array.from({ length: times }, (_, i) =>
      fromDate(addDays(first, Math.floor((i * daysInYear) / times))),
    ).filter((d) => d >= anchor);
  });
}

/**
 * The dates a cadence falls on inside a range: sorted, unique, inside the range. Throws a
 * RangeError for a cadence its schema refuses in `weeks` or `times` (0 weeks, 2.5 times a
 * year): such a value can only come from code, since `parseCadence` and
 * {@link cadenceSchema} give findings for it.
 *
 * @example
 * ```ts
 * import { occurrences } from '@styrkit/core';
 * occurrences({ kind: 'in-months', months: [3, 8, 11] }, { start: '2024-01-01', end: '2024-12-31' });
 * // ['2024-03-01', '2024-08-01', '2024-11-01']
 * ```
 */
export function occurrences(cadence: Cadence, range: DateRange): IsoDate[] {
  if (range.end < range.start) return [];
  // Driven by events: no date can be known in advance.
  if (cadence.kind === 'event-driven') return [];
  let dates: IsoDate[];
  switch (cadence.kind) {
    case 'weekly': {
      const wanted = cadence.weekday ?? 1;
      const start = toDate(range.start);
      const first = addDays(start, (wanted - getISODay(start) + 7) % 7);
      dates = weeklyFrom(first, 7, range);
      break;
    }
    case 'every-n-weeks':
      wholeInRange('weeks', cadence.weeks, 1, 52);
      dates = weeklyFrom(toDate(cadence.start), cadence.weeks * 7, range);
      break;
    case 'monthly':
      dates = monthly(range, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], cadence.day ?? 1);
      break;
    case 'quarterly': {
      const first = cadence.firstMonth ?? 1;
      const months = [0, 3, 6, 9].map((offset) => ((first - 1 + offset) % 12) + 1);
      dates = monthly(range, months, cadence.day ?? 1);
      break;
    }
    case 'times-per-year':
      wholeInRange('times', cadence.times, 1, 366);
      dates = timesPerYear(range, cadence.times, cadence.start);
      break;
    case 'in-months':
      dates = monthly(range, cadence.months, cadence.day ?? 1);
      break;
  }
  // A date spread past 9999-12-31 has five year digits and would pass the text comparison.
  const inside = dates.filter((d) => d.length === 10 && d >= range.start && d <= range.end);
  return [...new Set(inside)].sort();
}

/**
 * Whether a cadence is driven by events (no calendar of its own).
 *
 * @example
 * ```ts
 * import { isEventDriven } from '@styrkit/core';
 * isEventDriven({ kind: 'event-driven', trigger: 'as-needed' }); // true
 * isEventDriven({ kind: 'monthly' }); // false
 * ```
 */
export function isEventDriven(
  cadence: Cadence,
): cadence is Extract<Cadence, { kind: 'event-driven' }> {
  return cadence.kind === 'event-driven';
}

/**
 * The dates a cadence is sure to fall on: its occurrences, or for an event-driven cadence the
 * occurrences of its calendar floor (`atLeast`), or none.
 *
 * @example
 * ```ts
 * import { minimumOccurrences } from '@styrkit/core';
 * minimumOccurrences(
 *   { kind: 'event-driven', trigger: 'as-needed', atLeast: { kind: 'in-months', months: [3, 9] } },
 *   { start: '2024-01-01', end: '2024-12-31' },
 * ); // ['2024-03-01', '2024-09-01']
 * ```
 */
export function minimumOccurrences(cadence: Cadence, range: DateRange): IsoDate[] {
  if (cadence.kind !== 'event-driven') return occurrences(cadence, range);
  return cadence.atLeast === undefined ? [] : occurrences(cadence.atLeast, range);
}
