import type { LocalizedText } from '@styrkit/core';
import type { Term } from './model.js';
import { formatTerm, termWords } from './vocabulary.js';

/**
 * English for the words of {@link DEFAULT_VOCABULARY}, keyed in lower case. A municipality's
 * own words are not guessed at: they are shown as written in both languages.
 */
const ENGLISH: Readonly<Record<string, string>> = {
  tidsbesparande: 'Time-saving',
  kvalitetshöjande: 'Quality-improving',
  kostnadsbesparande: 'Cost-saving',
  låg: 'Low',
  medel: 'Medium',
  hög: 'High',
  'mycket hög': 'Very high',
  kort: 'Short',
  lång: 'Long',
  invånare: 'Residents',
  brukare: 'Service users',
  klienter: 'Clients',
  medarbetare: 'Employees',
  organisation: 'Organisation',
  myndighet: 'Authority',
  utförare: 'Providers',
  ekonomisk: 'Financial',
  'omfördelning av tid': 'Time reallocation',
  kvalitet: 'Quality',
  miljö: 'Environment',
};

/** The English of a default vocabulary word, or undefined for a word of the document's own. Internal. */
export function defaultWordInEnglish(word: string): string | undefined {
  return ENGLISH[word.trim().toLocaleLowerCase('sv')];
}

/** A vocabulary word in English: the default vocabulary's translation, else the word itself. */
function english(word: string): string {
  return defaultWordInEnglish(word) ?? word;
}

/**
 * Classification words as display text in both languages: the words joined with ", ", each
 * word of the default vocabulary in English for English readers, other words as written.
 *
 * @example
 * ```ts
 * import { vocabularyText } from '@styrkit/effects';
 * vocabularyText(['Tidsbesparande', 'Egen typ']).en; // 'Time-saving, Egen typ'
 * vocabularyText(['Tidsbesparande']).sv; // 'Tidsbesparande'
 * ```
 */
export function vocabularyText(words: readonly string[]): LocalizedText {
  return { sv: words.join(', '), en: words.map(english).join(', ') };
}

/**
 * A term (one word or a range) as display text in both languages, like {@link formatTerm};
 * default vocabulary words are in English for English readers.
 *
 * @example
 * ```ts
 * import { termText } from '@styrkit/effects';
 * termText({ from: 'Hög', to: 'Mycket hög' }).en; // 'High – Very high'
 * termText(undefined).sv; // ''
 * ```
 */
export function termText(term: Term | undefined): LocalizedText {
  if (term === undefined) return { sv: '', en: '' };
  const [from = '', to] = termWords(term);
  return {
    sv: formatTerm(term),
    en: to === undefined ? english(from) : `${english(from)} – ${english(to)}`,
  };
}
