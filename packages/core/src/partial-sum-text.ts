import type { LocalizedText } from './finding.js';
import { formatNumber, type FormatOptions } from './number-text.js';
import type { PartialSum } from './sum.js';

/**
 * Writes a partial sum so that unknowns stay visible: "6 700 kkr + 3 okända" /
 * "6,700 kkr + 3 unknown". Without unknowns it is just the number.
 *
 * @example
 * ```ts
 * import { exact, formatPartialSum, sumKnown } from '@styrkit/core';
 * const s = sumKnown([exact('6700'), null, null, null]);
 * formatPartialSum(s, { unit: 'kkr' }).en; // '6,700 kkr + 3 unknown'
 * ```
 */
export function formatPartialSum(
  partial: PartialSum,
  options: Omit<FormatOptions, 'locale'> & { readonly unit?: string } = {},
): LocalizedText {
  const unit = options.unit === undefined ? '' : `\u00a0${options.unit}`;
  const { unit: _unit, ...numberOptions } = options;
  const sv = `${formatNumber(partial.known, { ...numberOptions, locale: 'sv' })}${unit}`;
  const en = `${formatNumber(partial.known, { ...numberOptions, locale: 'en' })}${unit.replace('\u00a0', ' ')}`;
  if (partial.unknownCount === 0) return { sv, en };
  return {
    sv: `${sv} + ${partial.unknownCount} ${partial.unknownCount === 1 ? 'okänd' : 'okända'}`,
    en: `${en} + ${partial.unknownCount} unknown`,
  };
}
