import type { IsoDate } from '@styrkit/core';

/**
 * A Swedish public holiday (allmän helgdag, lag 1989:253) or a de facto non-working eve.
 *
 * @example
 * ```ts
 * import type { SwedishHolidayId } from '@styrkit/governance';
 * const id: SwedishHolidayId = 'annandag-pask';
 * ```
 */
export type SwedishHolidayId =
  | 'nyarsdagen'
  | 'trettondedag-jul'
  | 'langfredagen'
  | 'paskdagen'
  | 'annandag-pask'
  | 'forsta-maj'
  | 'kristi-himmelsfardsdag'
  | 'pingstdagen'
  | 'nationaldagen'
  | 'midsommardagen'
  | 'alla-helgons-dag'
  | 'juldagen'
  | 'annandag-jul'
  | SwedishEveId;

/**
 * The eves that are not public holidays by law but are non-working days in practice
 * (midsommarafton, julafton, nyårsafton).
 *
 * @example
 * ```ts
 * import type { SwedishEveId } from '@styrkit/governance';
 * const eve: SwedishEveId = 'julafton';
 * ```
 */
export type SwedishEveId = 'midsommarafton' | 'julafton' | 'nyarsafton';

/**
 * All three de facto non-working eves: the default of {@link swedishHolidays}.
 *
 * @example
 * ```ts
 * import { SWEDISH_EVES } from '@styrkit/governance';
 * SWEDISH_EVES; // ['midsommarafton', 'julafton', 'nyarsafton']
 * ```
 */
export const SWEDISH_EVES: readonly SwedishEveId[] = ['midsommarafton', 'julafton', 'nyarsafton'];

/**
 * One holiday of a year: date, id, Swedish and English name, and whether it is a public holiday
 * by law or an eve.
 *
 * @example
 * ```ts
 * import type { SwedishHoliday } from '@styrkit/governance';
 * const h: SwedishHoliday = { date: '2024-06-06', id: 'nationaldagen', name: { sv: 'Nationaldagen', en: 'National Day' }, kind: 'public-holiday' };
 * ```
 */
export interface SwedishHoliday {
  readonly date: IsoDate;
  readonly id: SwedishHolidayId;
  readonly name: { readonly sv: string; readonly en: string };
  readonly kind: 'public-holiday' | 'eve';
}

const names: Record<SwedishHolidayId, { sv: string; en: string }> = {
  nyarsdagen: { sv: 'Nyårsdagen', en: "New Year's Day" },
  'trettondedag-jul': { sv: 'Trettondedag jul', en: 'Epiphany' },
  langfredagen: { sv: 'Långfredagen', en: 'Good Friday' },
  paskdagen: { sv: 'Påskdagen', en: 'Easter Sunday' },
  'annandag-pask': { sv: 'Annandag påsk', en: 'Easter Monday' },
  'forsta-maj': { sv: 'Första maj', en: 'May Day' },
  'kristi-himmelsfardsdag': { sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' },
  pingstdagen: { sv: 'Pingstdagen', en: 'Whit Sunday' },
  nationaldagen: { sv: 'Nationaldagen', en: 'National Day' },
  midsommardagen: { sv: 'Midsommardagen', en: 'Midsummer Day' },
  'alla-helgons-dag': { sv: 'Alla helgons dag', en: "All Saints' Day" },
  juldagen: { sv: 'Juldagen', en: 'Christmas Day' },
  'annandag-jul': { sv: 'Annandag jul', en: 'Boxing Day' },
  midsommarafton: { sv: 'Midsommarafton', en: 'Midsummer Eve' },
  julafton: { sv: 'Julafton', en: 'Christmas Eve' },
  nyarsafton: { sv: 'Nyårsafton', en: "New Year's Eve" },
};

function iso(year: number, month: number, day: number): IsoDate {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** Day of the week of a date, 0 = Sunday … 6 = Saturday. */
function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The Saturday in the days `first`…`first + 6` of a month. */
function saturdayFrom(year: number, month: number, first: number): number {
  return first + ((6 - weekday(year, month, first) + 7) % 7);
}

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
 *
 * @example
 * ```ts
 * import { easterSunday } from '@styrkit/governance';
 * easterSunday(2024); // '2024-03-31'
 * ```
 */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/**
 * The Swedish public holidays of a year under current law (since 2005: Nationaldagen is a
 * holiday, Annandag pingst is not), with the de facto non-working eves named in `eves`
 * (default all three; pass `[]` for the law only). Sorted by date.
 *
 * @example
 * ```ts
 * import { swedishHolidays } from '@styrkit/governance';
 * swedishHolidays(2024, { eves: [] }).length; // 13
 * swedishHolidays(2024).find((h) => h.id === 'midsommarafton')?.date; // '2024-06-21'
 * ```
 */
export function swedishHolidays(
  year: number,
  options: { eves?: readonly SwedishEveId[] } = {},
): SwedishHoliday[] {
  const easter = easterSunday(year);
  const em = Number(easter.slice(5, 7));
  const ed = Number(easter.slice(8, 10));
  const midsummer = saturdayFrom(year, 6, 20);
  // Alla helgons dag: the Saturday from 31 October to 6 November.
  const allSaints = saturdayFrom(year, 10, 31);
  const dates: [SwedishHolidayId, IsoDate][] = [
    ['nyarsdagen', iso(year, 1, 1)],
    ['trettondedag-jul', iso(year, 1, 6)],
    ['langfredagen', iso(year, em, ed - 2)],
    ['paskdagen', easter],
    ['annandag-pask', iso(year, em, ed + 1)],
    ['forsta-maj', iso(year, 5, 1)],
    ['kristi-himmelsfardsdag', iso(year, em, ed + 39)],
    ['pingstdagen', iso(year, em, ed + 49)],
    ['nationaldagen', iso(year, 6, 6)],
    ['midsommarafton', iso(year, 6, midsummer - 1)],
    ['midsommardagen', iso(year, 6, midsummer)],
    ['alla-helgons-dag', iso(year, 10, allSaints)],
    ['julafton', iso(year, 12, 24)],
    ['juldagen', iso(year, 12, 25)],
    ['annandag-jul', iso(year, 12, 26)],
    ['nyarsafton', iso(year, 12, 31)],
  ];
  const eves = new Set<SwedishHolidayId>(options.eves ?? SWEDISH_EVES);
  const isEve = (id: SwedishHolidayId) => (SWEDISH_EVES as readonly string[]).includes(id);
  return dates
    .filter(([id]) => !isEve(id) || eves.has(id))
    .map(([id, date]) => ({
      date,
      id,
      name: names[id],
      kind: isEve(id) ? ('eve' as const) : ('public-holiday' as const),
    }))
    .sort((x, y) => x.date.localeCompare(y.date));
}
