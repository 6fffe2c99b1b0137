import type { Locale, Text } from '../../lib/i18n.js';

/** The words of the generic editor (kept beside it, apart from the shared lib/i18n.ts). */
export const SF_WORDS = {
  required: { sv: 'obligatoriskt', en: 'required' },
  add: { sv: 'Lägg till', en: 'Add' },
  remove: { sv: 'Ta bort', en: 'Remove' },
  moveUp: { sv: 'Flytta upp', en: 'Move up' },
  moveDown: { sv: 'Flytta ned', en: 'Move down' },
  number: { sv: 'nr', en: 'no.' },
  item: { sv: 'post', en: 'item' },
  emptyList: { sv: 'Inga poster ännu.', en: 'No items yet.' },
  showMore: { sv: 'Visa fler', en: 'Show more' },
  hasErrors: { sv: 'fel', en: 'errors' },
  newKey: { sv: 'Ny nyckel', en: 'New key' },
  form: { sv: 'form', en: 'form' },
  yes: { sv: 'Ja', en: 'Yes' },
  no: { sv: 'Nej', en: 'No' },
  badJson: {
    sv: 'Texten är inte giltig JSON; värdet är oförändrat.',
    en: 'The text is not valid JSON; the value is unchanged.',
  },
} as const satisfies Record<string, Text>;

/** A word of the generic editor in a language. */
export function sfWord(key: keyof typeof SF_WORDS, locale: Locale): string {
  return SF_WORDS[key][locale];
}
