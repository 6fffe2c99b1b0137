import type { DocumentVocabulary, Term } from './model.js';

/**
 * The words allowed in classifications. Municipalities use their own words, so every list is
 * configurable; the defaults are the words seen in real plans.
 *
 * @example
 * ```ts
 * import { DEFAULT_VOCABULARY, type Vocabulary } from '@styrkit/effects';
 * const mine: Vocabulary = { ...DEFAULT_VOCABULARY, effectScopes: ['Liten', 'Stor'] };
 * ```
 */
export interface Vocabulary {
  /** Effekttyp, e.g. tidsbesparande. */
  readonly effectTypes: readonly string[];
  /** Effektomfattning, e.g. Hög. */
  readonly effectScopes: readonly string[];
  /** Tidsperspektiv för effekthemtagning, e.g. Kort. */
  readonly timesToEffect: readonly string[];
  /** Huvudsakligt perspektiv (intressent), e.g. Brukare. */
  readonly perspectives: readonly string[];
  /** Nyttokategori, e.g. ekonomisk. */
  readonly categories: readonly string[];
}

/**
 * Default vocabularies: the seeds' words for effect type, effect scope, time to effect and
 * perspective, and the benefit categories financial, time reallocation, quality, environment.
 * Comparison ignores case.
 *
 * @example
 * ```ts
 * import { DEFAULT_VOCABULARY } from '@styrkit/effects';
 * DEFAULT_VOCABULARY.timesToEffect; // ['Kort', 'Medel', 'Lång']
 * ```
 */
export const DEFAULT_VOCABULARY: Vocabulary = {
  effectTypes: ['Tidsbesparande', 'Kvalitetshöjande', 'Kostnadsbesparande'],
  effectScopes: ['Låg', 'Medel', 'Hög', 'Mycket hög'],
  timesToEffect: ['Kort', 'Medel', 'Lång'],
  perspectives: [
    'Invånare',
    'Brukare',
    'Klienter',
    'Medarbetare',
    'Organisation',
    'Myndighet',
    'Utförare',
  ],
  categories: ['Ekonomisk', 'Omfördelning av tid', 'Kvalitet', 'Miljö'],
};

/** The words of a term: one, or both ends of a range. Internal. */
export function termWords(term: Term): string[] {
  return typeof term === 'string' ? [term] : [term.from, term.to];
}

/** Whether a word is in a list, ignoring case. Internal. */
export function inVocabulary(word: string, list: readonly string[]): boolean {
  const w = word.toLocaleLowerCase('sv');
  return list.some((x) => x.toLocaleLowerCase('sv') === w);
}

/**
 * A term as display text: `Hög – Mycket hög` for a range.
 *
 * @example
 * ```ts
 * import { formatTerm } from '@styrkit/effects';
 * formatTerm({ from: 'Hög', to: 'Mycket hög' }); // 'Hög – Mycket hög'
 * ```
 */
export function formatTerm(term: Term | undefined): string {
  if (term === undefined) return '';
  return typeof term === 'string' ? term : `${term.from} – ${term.to}`;
}

/**
 * The vocabulary a document configures: its lists replace the defaults' (or `base`'s), lists it
 * leaves out keep them.
 *
 * @example
 * ```ts
 * import { documentVocabulary } from '@styrkit/effects';
 * documentVocabulary({ categories: ['Ekonomi', 'Arbetsmiljö'] }).categories; // ['Ekonomi', 'Arbetsmiljö']
 * documentVocabulary(undefined).timesToEffect; // ['Kort', 'Medel', 'Lång']
 * ```
 */
export function documentVocabulary(
  own: DocumentVocabulary | undefined,
  base: Vocabulary = DEFAULT_VOCABULARY,
): Vocabulary {
  return {
    effectTypes: own?.effectTypes ?? base.effectTypes,
    effectScopes: own?.effectScopes ?? base.effectScopes,
    timesToEffect: own?.timesToEffect ?? base.timesToEffect,
    perspectives: own?.perspectives ?? base.perspectives,
    categories: own?.categories ?? base.categories,
  };
}
