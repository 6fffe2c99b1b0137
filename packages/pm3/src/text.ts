import {
  formatNumber,
  formatPartialSum,
  formatPercent,
  type Exact,
  type LocalizedText,
  type NumberLocale,
  type PartialSum,
} from '@styrkit/core';

/** A number for a message: sv "45 100", en "45,100". */
export function num(value: Exact, locale: NumberLocale = 'sv'): string {
  return formatNumber(value, { locale });
}

/** A number with a fixed number of decimals for a message. */
export function numFixed(value: Exact, decimals: number, locale: NumberLocale = 'sv'): string {
  return formatNumber(value, { locale, decimals });
}

/** A percentage for a message: sv "67,15 %". */
export function pct(value: Exact, locale: NumberLocale = 'sv'): string {
  return formatPercent(value, { locale });
}

/** A partial sum for a message: "6 700 kkr + 3 okända" / "6,700 kkr + 3 unknown". */
export function partialText(sum: PartialSum, unit?: string): LocalizedText {
  return formatPartialSum(sum, unit === undefined ? {} : { unit });
}
