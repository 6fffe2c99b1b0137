import { addDays, differenceInCalendarMonths } from 'date-fns';
import * as z from 'zod';
import { fieldText } from './field-text.js';
import { Exact } from './exact.js';
import type { Finding, Path } from './finding.js';
import { coreFinding } from './core-finding.js';
import { actualText, describeGiven, echoText } from './given-text.js';
import { err, ok, type Result } from './result.js';

/**
 * A calendar date written `YYYY-MM-DD`. Dates cross every API as these strings; time zones
 * never enter (all arithmetic is on calendar days).
 *
 * @example
 * ```ts
 * import type { IsoDate } from '@styrkit/core';
 * const d: IsoDate = '2023-06-15';
 * ```
 */
export type IsoDate = string;

/**
 * A period from `start` to `end`, both days included.
 *
 * @example
 * ```ts
 * import type { DateRange } from '@styrkit/core';
 * const year: DateRange = { start: '2021-01-01', end: '2021-12-31' };
 * ```
 */
export interface DateRange {
  /** First day. */
  readonly start: IsoDate;
  /** Last day (included). */
  readonly end: IsoDate;
}

const isoPattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * @internal Local-midnight Date for an ISO date. Throws RangeError for text that is not a
 * calendar date: the helpers take dates already read (by {@link parseIsoDate} or
 * {@link isoDateSchema}), and a wrong one must not turn silently into another day.
 */
export function toDate(iso: IsoDate): Date {
  if (!isIsoDate(iso)) throw new RangeError(`Not a calendar date YYYY-MM-DD: "${echoText(iso)}"`);
  // By hand, not date-fns `parse`: that pulls in every format token's parser and the en-US
  // locale (about 8 kB min+gzip in every function that touches a date). setFullYear keeps
  // years below 100 as written (the Date constructor would read 0050 as 1950).
  const date = new Date(2000, 0, 1);
  date.setFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return date;
}

/** The years a `YYYY` date can write; a fiscal year outside them is a typo (20210). */
export const MIN_YEAR = 1000;
/** See {@link MIN_YEAR}. */
export const MAX_YEAR = 9999;

function isYear(year: unknown): year is number {
  return Number.isInteger(year) && (year as number) >= MIN_YEAR && (year as number) <= MAX_YEAR;
}

function isMonth(month: unknown): month is number {
  return Number.isInteger(month) && (month as number) >= 1 && (month as number) <= 12;
}

/** Throws RangeError unless year is a four-digit year and month 1–12 (program values). */
function checkYearMonth(year: number, month: number): void {
  if (!isYear(year)) {
    throw new RangeError(`Not a year from ${MIN_YEAR} to ${MAX_YEAR}: ${String(year)}`);
  }
  if (!isMonth(month)) throw new RangeError(`Not a month from 1 to 12: ${String(month)}`);
}

/** @internal ISO text of a Date's calendar day. */
export function fromDate(date: Date): IsoDate {
  // By hand, not date-fns `format` (its formatters and locale), as in toDate.
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/**
 * Whether text is a real calendar date in `YYYY-MM-DD` form (2021-02-30 is not).
 *
 * @example
 * ```ts
 * import { isIsoDate } from '@styrkit/core';
 * isIsoDate('2021-02-29'); // false
 * ```
 */
export function isIsoDate(text: string): boolean {
  if (!isoPattern.test(text)) return false;
  // Proleptic Gregorian calendar, as JS dates (and date-fns) count; no Date object needed.
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (year < 1 || month < 1 || month > 12 || day < 1) return false; // no year 0 (date-fns: none)
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : (DAYS_IN_MONTH[month - 1] ?? 31));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Reads a date; a wrong or impossible date gives a `core/invalid-date` finding.
 *
 * @example
 * ```ts
 * import { parseIsoDate } from '@styrkit/core';
 * parseIsoDate('2023-06-15').ok; // true
 * parseIsoDate('2023-13-01').ok; // false
 * ```
 */
export function parseIsoDate(text: string, path: Path = []): Result<IsoDate, Finding[]> {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return ok(trimmed);
  return err([
    {
      code: 'core/invalid-date',
      severity: 'error',
      path,
      message: {
        sv: `"${text}" är inget giltigt datum (ÅÅÅÅ-MM-DD)`,
        en: `"${text}" is not a valid date (YYYY-MM-DD)`,
      },
      expected: 'YYYY-MM-DD',
      actual: text,
    },
  ]);
}

/**
 * zod schema for an {@link IsoDate}: `YYYY-MM-DD` and a real calendar day.
 *
 * @example
 * ```ts
 * import { isoDateSchema } from '@styrkit/core';
 * isoDateSchema.safeParse('2021-02-30').success; // false
 * ```
 */
export const isoDateSchema: z.ZodType<IsoDate, string> = z.string().superRefine((text, ctx) => {
  if (isIsoDate(text)) return;
  const shown = echoText(text);
  ctx.addIssue({
    code: 'custom',
    input: text,
    message: 'Expected a date YYYY-MM-DD',
    params: {
      sv: `förväntade ett datum ÅÅÅÅ-MM-DD som finns i kalendern, fick texten '${shown}'`,
      en: `expected a calendar date YYYY-MM-DD, got the text '${shown}'`,
      expected: 'YYYY-MM-DD',
    },
  });
});

/**
 * zod schema for a {@link DateRange} whose end is not before its start.
 *
 * @example
 * ```ts
 * import { dateRangeSchema } from '@styrkit/core';
 * dateRangeSchema.safeParse({ start: '2021-12-31', end: '2021-01-01' }).success; // false
 * ```
 */
export const dateRangeSchema = z
  .object({
    start: isoDateSchema.meta(
      fieldText('Periodens första dag, ÅÅÅÅ-MM-DD', 'First day of the period, YYYY-MM-DD'),
    ),
    end: isoDateSchema.meta(
      fieldText('Periodens sista dag, ÅÅÅÅ-MM-DD', 'Last day of the period, YYYY-MM-DD'),
    ),
  })
  .refine((r) => !isIsoDate(r.start) || !isIsoDate(r.end) || r.start <= r.end, {
    message: 'The period ends before it starts',
    path: ['end'],
    params: {
      sv: 'Perioden slutar innan den börjar',
      en: 'The period ends before it starts',
      expected: '>= start',
    },
  });

/**
 * Orders two ISO dates (string order is calendar order).
 *
 * @example
 * ```ts
 * import { compareIso } from '@styrkit/core';
 * compareIso('2021-01-01', '2021-03-01'); // -1
 * ```
 */
export function compareIso(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The date `days` days later (or earlier, if negative).
 *
 * @example
 * ```ts
 * import { addDaysIso } from '@styrkit/core';
 * addDaysIso('2021-12-31', 1); // '2022-01-01'
 * ```
 */
export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return fromDate(addDays(toDate(date), days));
}

/**
 * Whether a date lies within a range (both ends included).
 *
 * @example
 * ```ts
 * import { isWithin } from '@styrkit/core';
 * isWithin('2021-06-01', { start: '2021-01-01', end: '2021-12-31' }); // true
 * ```
 */
export function isWithin(date: IsoDate, range: DateRange): boolean {
  return date >= range.start && date <= range.end;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The last day of a month (1–12).
 *
 * @example
 * ```ts
 * import { lastDayOfMonth } from '@styrkit/core';
 * lastDayOfMonth(2024, 2); // 29
 * ```
 */
export function lastDayOfMonth(year: number, month: number): number {
  checkYearMonth(year, month);
  return new Date(year, month, 0).getDate();
}

/**
 * A calendar month as a range.
 *
 * @example
 * ```ts
 * import { monthRange } from '@styrkit/core';
 * monthRange(2022, 6); // { start: '2022-06-01', end: '2022-06-30' }
 * ```
 */
export function monthRange(year: number, month: number): DateRange {
  return {
    start: `${year}-${pad(month)}-01`,
    end: `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`,
  };
}

/**
 * A calendar quarter as a range.
 *
 * @example
 * ```ts
 * import { quarterRange } from '@styrkit/core';
 * quarterRange(2021, 2); // { start: '2021-04-01', end: '2021-06-30' }
 * ```
 */
export function quarterRange(year: number, quarter: 1 | 2 | 3 | 4): DateRange {
  const first = (quarter - 1) * 3 + 1;
  return { start: monthRange(year, first).start, end: monthRange(year, first + 2).end };
}

/**
 * A fiscal year. Swedish municipalities use the calendar year (startMonth 1, the default);
 * a broken fiscal year starts in another month and ends the month before, a year later.
 * For program values: a year outside 1000–9999 (`fiscalYear(20210)`) or a month outside 1–12
 * throws RangeError; a year read from a document goes through {@link parseFiscalYear}, which
 * gives a finding instead.
 *
 * @example
 * ```ts
 * import { fiscalYear } from '@styrkit/core';
 * fiscalYear(2021); // { start: '2021-01-01', end: '2021-12-31' }
 * fiscalYear(2021, 7); // { start: '2021-07-01', end: '2022-06-30' }
 * ```
 */
export function fiscalYear(year: number, startMonth = 1): DateRange {
  checkYearMonth(year, startMonth);
  if (year === MAX_YEAR && startMonth !== 1) {
    throw new RangeError(
      `A fiscal year from ${MAX_YEAR}-${pad(startMonth)} ends after ${MAX_YEAR}`,
    );
  }
  if (startMonth === 1) return { start: `${year}-01-01`, end: `${year}-12-31` };
  const endMonth = startMonth - 1;
  return { start: monthRange(year, startMonth).start, end: monthRange(year + 1, endMonth).end };
}

/**
 * Reads a fiscal year from user data: an integer year from 1000 to 9999 (and a start month
 * 1–12), else a `core/invalid-year` finding: `20210` or `'2021'` is not silently a range.
 *
 * @example
 * ```ts
 * import { parseFiscalYear } from '@styrkit/core';
 * const r = parseFiscalYear(2021);
 * r.ok && r.value.end; // '2021-12-31'
 * parseFiscalYear(20210).ok; // false
 * ```
 */
export function parseFiscalYear(
  year: unknown,
  options: { startMonth?: number; path?: Path } = {},
): Result<DateRange, Finding[]> {
  const startMonth = options.startMonth ?? 1;
  const path = options.path ?? [];
  const fits = isYear(year) && isMonth(startMonth) && (year < MAX_YEAR || startMonth === 1);
  if (fits) return ok(fiscalYear(year, startMonth));
  const given = describeGiven(year);
  const shown = typeof year === 'string' ? `"${echoText(year)}"` : actualText(year);
  return err([
    coreFinding('core/invalid-year', 'error', {
      path,
      message: isMonth(startMonth)
        ? {
            sv: `förväntade ett år från ${MIN_YEAR} till ${MAX_YEAR}, fick ${given.sv}`,
            en: `expected a year from ${MIN_YEAR} to ${MAX_YEAR}, got ${given.en}`,
          }
        : {
            sv: `räkenskapsåret måste börja i månad 1–12, inte ${String(startMonth)}`,
            en: `the fiscal year must start in month 1–12, not ${String(startMonth)}`,
          },
      expected: isMonth(startMonth) ? `${MIN_YEAR}..${MAX_YEAR}` : '1..12',
      actual: isMonth(startMonth) ? shown : String(startMonth),
    }),
  ]);
}

/**
 * zod schema for a year in a document: an integer from 1000 to 9999, so a typo such as
 * `20210` is a finding where it enters.
 *
 * @example
 * ```ts
 * import { yearSchema } from '@styrkit/core';
 * yearSchema.safeParse(2021).success; // true
 * yearSchema.safeParse(20210).success; // false
 * ```
 */
export const yearSchema: z.ZodType<number, number> = z.number().superRefine((year, ctx) => {
  if (isYear(year)) return;
  ctx.addIssue({
    code: 'custom',
    input: year,
    message: `Expected a year from ${MIN_YEAR} to ${MAX_YEAR}`,
    params: {
      sv: `förväntade ett år från ${MIN_YEAR} till ${MAX_YEAR}, fick talet ${String(year)}`,
      en: `expected a year from ${MIN_YEAR} to ${MAX_YEAR}, got the number ${String(year)}`,
      expected: `${MIN_YEAR}..${MAX_YEAR}`,
    },
  });
});

/**
 * Whole calendar months a range covers, counting a month only when the range holds all of
 * it: 2021-01-01 to 2021-06-30 is 6; 2021-01-15 to 2021-02-14 is 0.
 *
 * @example
 * ```ts
 * import { monthsBetween } from '@styrkit/core';
 * monthsBetween({ start: '2022-03-01', end: '2023-06-30' }); // 16
 * ```
 */
export function monthsBetween(range: DateRange): number {
  const start = toDate(range.start);
  const afterEnd = addDays(toDate(range.end), 1);
  const firstFull =
    start.getDate() === 1 ? start : new Date(start.getFullYear(), start.getMonth() + 1, 1);
  const lastFullEnd =
    afterEnd.getDate() === 1 ? afterEnd : new Date(afterEnd.getFullYear(), afterEnd.getMonth(), 1);
  return Math.max(0, differenceInCalendarMonths(lastFullEnd, firstFull));
}

/**
 * The part of an annual budget that belongs to a number of months: `annual × months / 12`,
 * unrounded (round the result explicitly when presenting it).
 *
 * @example
 * ```ts
 * import { exact, periodBudget } from '@styrkit/core';
 * periodBudget(exact('1200'), 4).toString(); // '400'
 * ```
 */
export function periodBudget(annual: Exact, months: number): Exact {
  return annual.times(months).dividedBy(12);
}

/**
 * Every calendar month a range touches, as `{ year, month }`.
 *
 * @example
 * ```ts
 * import { eachMonth } from '@styrkit/core';
 * eachMonth({ start: '2021-11-15', end: '2022-01-10' }).length; // 3
 * ```
 */
export function eachMonth(range: DateRange): { year: number; month: number }[] {
  const out: { year: number; month: number }[] = [];
  const start = toDate(range.start);
  const end = toDate(range.end);
  let year = start.getFullYear();
  let month = start.getMonth() + 1;
  while (year < end.getFullYear() || (year === end.getFullYear() && month <= end.getMonth() + 1)) {
    out.push({ year, month });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}
