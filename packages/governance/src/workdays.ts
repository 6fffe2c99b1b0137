import type { IsoDate } from '@styrkit/core';
import { swedishHolidays, type SwedishEveId, type SwedishHoliday } from './holidays.js';

/**
 * Which days count as non-working besides weekends and the public holidays: the de facto
 * non-working eves (default all three) and any extra local closing days (klämdagar, a
 * municipality's own days).
 *
 * @example
 * ```ts
 * import type { WorkingCalendar } from '@styrkit/governance';
 * const c: WorkingCalendar = { eves: ['julafton', 'nyarsafton'], extraDays: ['2024-05-10'] };
 * ```
 */
export interface WorkingCalendar {
  /** Eves treated as non-working (default: midsommarafton, julafton, nyårsafton). */
  readonly eves?: readonly SwedishEveId[];
  /** Further non-working dates. */
  readonly extraDays?: readonly IsoDate[];
}

/**
 * Why a date is not a working day: a weekend day, a holiday (or eve), or an extra local day.
 * A holiday on a weekend is reported as the holiday.
 *
 * @example
 * ```ts
 * import type { NonWorkingDay } from '@styrkit/governance';
 * const d: NonWorkingDay = { kind: 'weekend', day: 'saturday' };
 * ```
 */
export type NonWorkingDay =
  | { readonly kind: 'holiday'; readonly holiday: SwedishHoliday }
  | { readonly kind: 'weekend'; readonly day: 'saturday' | 'sunday' }
  | { readonly kind: 'extra-day' };

function calendarKey(calendar: WorkingCalendar): string {
  return [...(calendar.eves ?? ['*'])].sort().join(',');
}

const cache = new Map<string, Map<IsoDate, SwedishHoliday>>();

function holidayOn(date: IsoDate, calendar: WorkingCalendar): SwedishHoliday | undefined {
  const year = Number(date.slice(0, 4));
  const key = `${year}|${calendarKey(calendar)}`;
  let days = cache.get(key);
  if (days === undefined) {
    const list = swedishHolidays(year, calendar.eves === undefined ? {} : { eves: calendar.eves });
    days = new Map(list.map((h) => [h.date, h]));
    cache.set(key, days);
  }
  return days.get(date);
}

function dayOfWeek(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * Why a date is not a working day in Sweden, or `undefined` for a working day.
 *
 * @example
 * ```ts
 * import { nonWorkingDay } from '@styrkit/governance';
 * nonWorkingDay('2024-04-01'); // { kind: 'holiday', holiday: { id: 'annandag-pask' } }
 * nonWorkingDay('2024-06-01'); // { kind: 'weekend', day: 'saturday' }
 * nonWorkingDay('2024-06-03'); // undefined
 * ```
 */
export function nonWorkingDay(
  date: IsoDate,
  calendar: WorkingCalendar = {},
): NonWorkingDay | undefined {
  const holiday = holidayOn(date, calendar);
  if (holiday !== undefined) return { kind: 'holiday', holiday };
  const wd = dayOfWeek(date);
  if (wd === 6) return { kind: 'weekend', day: 'saturday' };
  if (wd === 0) return { kind: 'weekend', day: 'sunday' };
  if (calendar.extraDays?.includes(date) === true) return { kind: 'extra-day' };
  return undefined;
}

/**
 * Whether a date is a Swedish working day (not a weekend, holiday, configured eve or extra day).
 *
 * @example
 * ```ts
 * import { isWorkingDay } from '@styrkit/governance';
 * // Julafton counts as a non-working eve unless the calendar drops it:
 * isWorkingDay('2024-12-24'); // false
 * isWorkingDay('2024-12-24', { eves: [] }); // true
 * ```
 */
export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar = {}): boolean {
  return nonWorkingDay(date, calendar) === undefined;
}

function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The date itself when it is a working day, else the nearest working day after it (`next`) or
 * before it (`previous`).
 *
 * @example
 * ```ts
 * import { toWorkingDay } from '@styrkit/governance';
 * // Långfredagen, a weekend and Annandag påsk:
 * toWorkingDay('2024-03-29', 'next'); // '2024-04-02'
 * toWorkingDay('2024-04-01', 'previous'); // '2024-03-28'
 * ```
 */
export function toWorkingDay(
  date: IsoDate,
  direction: 'next' | 'previous',
  calendar: WorkingCalendar = {},
): IsoDate {
  const step = direction === 'next' ? 1 : -1;
  let current = date;
  // A Swedish year has at most a handful of non-working days in a row; 31 is a safe bound.
  for (let i = 0; i < 31 && !isWorkingDay(current, calendar); i += 1) {
    current = addDays(current, step);
  }
  return current;
}
