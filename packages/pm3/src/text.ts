import {
  formatNumber,
  formatPartialSum,
  formatPercent,
  type Exact,
  type LocalizedText,
  type NumberLocale,
  type PartialSum,
} from '@styrkit/core';

/**
 * Intl on Node 20 accepts at most 20 fraction digits; core's formatters pass a value's own
 * decimal places, so a value like 5e-324 from fuzzed input would throw. Messages are display
 * only, so beyond 20 decimals they show the value rounded half-up to 20.
 */
const MAX_DISPLAY_DECIMALS = 20;

function capped(value: Exact): { decimals?: number } {
  return value.decimalPlaces() > MAX_DISPLAY_DECIMALS ? { decimals: MAX_DISPLAY_DECIMALS } : {};
}

/** A number for a message: sv "45 100", en "45,100". */
export function num(value: Exact, locale: NumberLocale = 'sv'): string {
  return formatNumber(value, { locale, ...capped(value) });
}

/** A number with a fixed number of decimals for a message. */
export function numFixed(value: Exact, decimals: number, locale: NumberLocale = 'sv'): string {
  return formatNumber(value, { locale, decimals });
}

/** A percentage for a message: sv "67,15 %". */
export function pct(value: Exact, locale: NumberLocale = 'sv'): string {
  return formatPercent(value, { locale, ...capped(value) });
}

/** A partial sum for a message: "6 700 kkr + 3 okända" / "6,700 kkr + 3 unknown". */
export function partialText(sum: PartialSum, unit?: string): LocalizedText {
  return formatPartialSum(sum, { ...capped(sum.known), ...(unit === undefined ? {} : { unit }) });
}
