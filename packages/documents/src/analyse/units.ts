/**
 * Units as committee documents write them, in captions, headers and cells: kr, tkr (= kkr),
 * mnkr (= mkr, "miljoner"), %, årsarbeten (FTE, heltid), timmar. Returned in one spelling
 * each: 'kr', 'tkr', 'mnkr', 'mdkr', '%', 'årsarbeten', 'timmar'.
 */
const UNIT_WORDS: readonly (readonly [RegExp, string])[] = [
  [/(?:^|[\s(])(?:tkr|kkr|tsek|ksek|tusen\s+kr(?:onor)?)(?=$|[\s),.:;])/i, 'tkr'],
  [
    /(?:^|[\s(])(?:mnkr|mkr|msek|mn\s?kr|milj\.?\s?kr|miljoner(?:\s+(?:kr|kronor))?)(?=$|[\s),.:;])/i,
    'mnkr',
  ],
  [/(?:^|[\s(])(?:mdkr|mdr\s?kr|miljarder(?:\s+(?:kr|kronor))?)(?=$|[\s),.:;])/i, 'mdkr'],
  [/(?:^|[\s(])(?:kr|kronor|sek)(?=$|[\s),.:;])/i, 'kr'],
  [/%|(?:^|\s)procent(?=$|[\s),.:;])/i, '%'],
  [/(?:^|[\s(])(?:årsarbeten|årsarbete|fte|heltid(?:er)?)(?=$|[\s),.:;])/i, 'årsarbeten'],
  [/(?:^|[\s(])(?:timmar|mantimmar)(?=$|[\s),.:;])/i, 'timmar'],
];

/**
 * The unit a piece of text names, or undefined.
 *
 * @example
 * ```ts
 * unitIn('Summa SEK (Kkr)'); // 'tkr'
 * ```
 */
export function unitIn(text: string): string | undefined {
  for (const [pattern, unit] of UNIT_WORDS) if (pattern.test(text)) return unit;
  return undefined;
}

/** Normalises a unit core's parser gave ("FTE", "h") to this package's spelling. */
export function normaliseUnit(unit: string | undefined): string | undefined {
  if (unit === undefined) return undefined;
  if (unit === 'FTE') return 'årsarbeten';
  if (unit === 'h') return 'timmar';
  return unit;
}

/** Money scales in powers of ten of a krona, for comparing figures in different scales. */
export const MONEY_EXPONENT: Readonly<Record<string, number>> = { kr: 0, tkr: 3, mnkr: 6, mdkr: 9 };

/** Units whose figures are shown rounded (a scale of money, or full-time equivalents). */
export function isRoundedUnit(unit: string | undefined): boolean {
  return unit === 'tkr' || unit === 'mnkr' || unit === 'mdkr' || unit === 'årsarbeten';
}

/** A percentage is a share, never summed into a total. */
export function isAdditiveUnit(unit: string | undefined): boolean {
  return unit !== '%';
}
