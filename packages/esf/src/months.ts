import { eachMonth, type DateRange } from '@styrkit/core';

/** A calendar month as 'YYYY-MM' (sorts as text in calendar order). */
export type YearMonth = string;

/** Every calendar month a date range touches, in order, as 'YYYY-MM'. */
export function monthsOfRange(range: DateRange): YearMonth[] {
  return eachMonth(range).map(
    ({ year, month }) => `${String(year)}-${String(month).padStart(2, '0')}`,
  );
}
