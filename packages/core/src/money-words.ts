/**
 * Words that say a table or a text is about money (budget, utfall, kostnad, kronor …), whose
 * figures are then shown rounded from finer amounts (tkr from kr, kr from öre): a total one
 * unit off its parts is a rounding difference, not an error. Counts of things (45 phones)
 * have no such words. Swedish, as committee documents are written.
 */
const MONEY_WORDS =
  /budget|utfall|prognos|avvikelse|kostnad|intäkt|resultat|belopp|bokslut|\bram\b|netto|kronor|\bkr\b|\bsek\b|finansiering|lön/i;

/**
 * Whether a text (a caption, column heads, row labels) says its figures are money. The document
 * audit and the statement reader judge rounding by the same words, so a table is "rounded" for
 * both or for neither.
 *
 * @example
 * ```ts
 * import { mentionsMoney } from '@styrkit/core';
 * mentionsMoney('Periodbudget totalt'); // true
 * mentionsMoney('Antal datorer'); // false
 * ```
 */
export function mentionsMoney(text: string): boolean {
  return MONEY_WORDS.test(text);
}
