import type { LocalizedText } from './finding.js';
import type { NumberLocale } from './number-text.js';

/**
 * The singular and the plural of what is counted, in Swedish and English. A form may be a
 * phrase that agrees with the count as a whole: Swedish adjectives and participles take the
 * count too ("okänd post" / "okända poster"), and an English verb may follow the noun ("effect
 * goal lacks" / "effect goals lack").
 *
 * @example
 * ```ts
 * import type { CountForms } from '@styrkit/core';
 * const unknownItems: CountForms = {
 *   sv: ['okänd post', 'okända poster'],
 *   en: ['unknown item', 'unknown items'],
 * };
 * unknownItems.sv[0]; // 'okänd post'
 * ```
 */
export interface CountForms {
  /** Swedish: after exactly 1, and after any other count. */
  readonly sv: readonly [one: string, many: string];
  /** English: after exactly 1, and after any other count. */
  readonly en: readonly [one: string, many: string];
}

/** Thousands separators as formatNumber writes them: a no-break space, a comma. */
const GROUP: Readonly<Record<NumberLocale, string>> = { sv: '\u00a0', en: ',' };

function countIn(count: number, forms: CountForms, locale: NumberLocale): string {
  // A count is a whole number; anything else is written as it is, and takes the plural.
  const digits = Number.isSafeInteger(count)
    ? String(count).replace(/\B(?=(\d{3})+(?!\d))/g, GROUP[locale])
    : String(count);
  return `${digits} ${forms[locale][count === 1 ? 0 : 1]}`;
}

/**
 * A count with its noun in the form the count takes: the singular after exactly 1, the
 * plural after any other count, 0 included ("0 poster", "0 items"). Thousands are grouped as
 * {@link formatNumber} groups them ("1 200 poster", "1,200 items"). With a locale it returns
 * that language's text, without one both languages. Plain string work: no Exact, no
 * decimal engine in a bundle that only counts.
 *
 * @example
 * ```ts
 * import { countText } from '@styrkit/core';
 * const unknown = { sv: ['okänd post', 'okända poster'], en: ['unknown item', 'unknown items'] } as const;
 * countText(1, unknown); // { sv: '1 okänd post', en: '1 unknown item' }
 * countText(2, unknown, 'sv'); // '2 okända poster'
 * countText(1, { sv: ['årsarbete', 'årsarbeten'], en: ['FTE', 'FTE'] }, 'sv'); // '1 årsarbete'
 * countText(1200, unknown, 'en'); // '1,200 unknown items'
 * ```
 */
export function countText(count: number, forms: CountForms): LocalizedText;
export function countText(count: number, forms: CountForms, locale: NumberLocale): string;
export function countText(
  count: number,
  forms: CountForms,
  locale?: NumberLocale,
): LocalizedText | string {
  if (locale !== undefined) return countIn(count, forms, locale);
  return { sv: countIn(count, forms, 'sv'), en: countIn(count, forms, 'en') };
}
