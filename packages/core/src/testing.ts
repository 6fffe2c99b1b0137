/**
 * @styrkit/core/testing: test helpers for code that computes with {@link Exact}, and for
 * finding-code catalogues that word their messages in Swedish and English
 * ({@link catalogueRenderProblems}), and for sources whose wording belongs to a label
 * catalogue ({@link inlineWordingProblems}).
 *
 * An Exact keeps its value in private fields, so a structural `toEqual` sees two empty
 * objects and `expect({ a: exact('1') }).toEqual({ a: exact('2') })` passes. Register
 * {@link exactEquality} once per test setup and Exacts compare by value:
 *
 * ```ts
 * // vitest.setup.ts (or jest's setupFilesAfterEach)
 * import { expect } from 'vitest';
 * import { exactEquality, exactSnapshotSerializer } from '@styrkit/core/testing';
 * expect.addEqualityTesters([exactEquality]);
 * expect.addSnapshotSerializer(exactSnapshotSerializer);
 * ```
 *
 * @packageDocumentation
 */
import { isExact } from './brand.js';
import type { LocalizedText } from './finding.js';
import type {
  TemplatedCodeData,
  TemplatedCodeSpec,
  TemplatedFindingCatalog,
} from './finding-templates.js';

/**
 * An equality tester for vitest's and jest's `expect.addEqualityTesters`: two Exacts are
 * equal when their values are ("1.50" equals "1.5"); an Exact never equals anything else (a
 * string, a number, a plain object); for other pairs it returns undefined so the default
 * comparison decides. Recognises the Exact of any loaded copy of core (ESM and CJS).
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { exactEquality } from '@styrkit/core/testing';
 * exactEquality(exact('1.50'), exact('1.5')); // true
 * exactEquality(exact('1'), exact('2')); // false
 * exactEquality(exact('1'), '1'); // false
 * exactEquality('a', 'a'); // undefined
 * ```
 */
export function exactEquality(a: unknown, b: unknown): boolean | undefined {
  const left = isExact(a);
  const right = isExact(b);
  if (left && right) return a.equals(b);
  if (left || right) return false;
  return undefined;
}

/**
 * A snapshot serializer (pretty-format plugin) that writes an Exact as `Exact(12.5)` instead
 * of `Exact {}`: register it with `expect.addSnapshotSerializer`.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { exactSnapshotSerializer } from '@styrkit/core/testing';
 * exactSnapshotSerializer.test(exact('1')); // true
 * exactSnapshotSerializer.serialize(exact('12.50')); // 'Exact(12.5)'
 * ```
 */
export const exactSnapshotSerializer: {
  readonly test: (value: unknown) => boolean;
  readonly serialize: (value: unknown) => string;
} = {
  test: (value) => isExact(value),
  serialize: (value) => (isExact(value) ? `Exact(${value.toString()})` : String(value)),
};

/**
 * What {@link bilingualTextProblems} checks besides that Swedish and English differ. The word
 * lists are the package's own: each catalogue uses its own nouns.
 *
 * @example
 * ```ts
 * import type { BilingualTextChecks } from '@styrkit/core/testing';
 * const checks: BilingualTextChecks = {
 *   minLength: 11,
 *   swedishWords: /[åäöÅÄÖ]|\b(och|inte|rad)\b/i,
 *   englishWords: /\b(the|and|not)\b/i,
 *   ignoreQuoted: true,
 * };
 * checks.minLength; // 11
 * ```
 */
export interface BilingualTextChecks {
  /** The fewest characters each language must have; default 1 (not empty). */
  readonly minLength?: number;
  /** Swedish letters and words that must not appear in the English text. */
  readonly swedishWords?: RegExp;
  /** English words that must not appear in the Swedish text. */
  readonly englishWords?: RegExp;
  /**
   * Also require `swedishWords` to match every Swedish text, which shows that the English
   * check can fail (a word list that matches no Swedish text would pass any English).
   */
  readonly swedishWordsInSwedish?: boolean;
  /**
   * Leave text in double quotes out of the word checks: a quoted label, id or column is the
   * user's own and may be in either language.
   */
  readonly ignoreQuoted?: boolean;
}

/** The first match of `words` in `text`, whatever the flags of the pattern (`g` keeps state). */
function firstMatch(words: RegExp, text: string): string | undefined {
  return new RegExp(words.source, words.flags.replace(/[gy]/g, '')).exec(text)?.[0];
}

/** Text in double quotes replaced by `""`, so its words are not counted. */
const withoutQuoted = (text: string): string => text.replace(/"[^"]*"/g, '""');

/**
 * The problems of Swedish/English text pairs, each named by its label: empty or shorter than
 * `minLength`, the same in both languages, Swedish words in the English text, English words
 * in the Swedish. An empty list means every text passed. It asserts nothing itself (no test
 * runner is needed): the caller expects the list to equal `[]`, so a failure shows each label
 * with its text.
 *
 * @example
 * ```ts
 * import { bilingualTextProblems } from '@styrkit/core/testing';
 * const problems = bilingualTextProblems(
 *   [
 *     ['reached', { sv: 'Målet är nått', en: 'The goal is reached' }],
 *     ['behind', { sv: 'Efter plan', en: 'Behind plan och budget' }],
 *   ],
 *   { swedishWords: /[åäöÅÄÖ]|\b(och|inte)\b/i },
 * );
 * problems; // ['behind: the English has the Swedish "och": Behind plan och budget']
 * // In a test: expect(problems).toEqual([]);
 * ```
 */
export function bilingualTextProblems(
  texts: Iterable<readonly [label: string, text: LocalizedText]>,
  checks: BilingualTextChecks = {},
): string[] {
  const minLength = checks.minLength ?? 1;
  const words = checks.ignoreQuoted === true ? withoutQuoted : (text: string) => text;
  const problems: string[] = [];
  for (const [label, { sv, en }] of texts) {
    if (sv.length < minLength) {
      problems.push(`${label}: the Swedish has fewer than ${minLength} characters: "${sv}"`);
    }
    if (en.length < minLength) {
      problems.push(`${label}: the English has fewer than ${minLength} characters: "${en}"`);
    }
    if (sv === en) problems.push(`${label}: Swedish and English are the same: ${sv}`);
    if (checks.swedishWords !== undefined) {
      const leak = firstMatch(checks.swedishWords, words(en));
      if (leak !== undefined) {
        problems.push(`${label}: the English has the Swedish "${leak}": ${en}`);
      }
      if (
        checks.swedishWordsInSwedish === true &&
        firstMatch(checks.swedishWords, words(sv)) === undefined
      ) {
        problems.push(
          `${label}: the Swedish has none of the Swedish words (the English check could not fail): ${sv}`,
        );
      }
    }
    if (checks.englishWords !== undefined) {
      const leak = firstMatch(checks.englishWords, words(sv));
      if (leak !== undefined) {
        problems.push(`${label}: the Swedish has the English "${leak}": ${sv}`);
      }
    }
  }
  return problems;
}

/**
 * Sample data for a catalogue's codes: for each code its message data, or an array of data
 * for each variant the template words differently (message data is an object, never an
 * array, so the two cannot be confused).
 *
 * @example
 * ```ts
 * import { defineTemplatedFindingCodes, messageTemplate } from '@styrkit/core';
 * import type { CatalogueSamples } from '@styrkit/core/testing';
 * const codes = defineTemplatedFindingCodes({
 *   'demo/negative': {
 *     severity: 'error',
 *     title: { sv: 'Negativt belopp', en: 'Negative amount' },
 *     description: { sv: 'Beloppet får inte vara negativt.', en: 'The amount must not be negative.' },
 *     message: messageTemplate<{ amount: string }>({ sv: (d) => `${d.amount} är negativt`, en: (d) => `${d.amount} is negative` }),
 *   },
 * });
 * const samples: CatalogueSamples<typeof codes.specs> = { 'demo/negative': [{ amount: '-5' }, { amount: '-1' }] };
 * Object.keys(samples); // ['demo/negative']
 * ```
 */
export type CatalogueSamples<T extends Record<string, TemplatedCodeSpec<never>>> = {
  readonly [K in keyof T]?: TemplatedCodeData<T[K]> | readonly TemplatedCodeData<T[K]>[];
};

/**
 * What {@link catalogueRenderProblems} checks: the text checks, and which codes need a sample.
 *
 * @example
 * ```ts
 * import type { CatalogueRenderChecks } from '@styrkit/core/testing';
 * const checks: CatalogueRenderChecks = { everyCode: false, swedishWords: /[åäöÅÄÖ]/ };
 * checks.everyCode; // false
 * ```
 */
export interface CatalogueRenderChecks extends BilingualTextChecks {
  /**
   * Require a sample for every code of the catalogue (default true), so a code added without
   * one fails the test rather than skipping it. False for a catalogue some of whose codes are
   * not worded from data.
   */
  readonly everyCode?: boolean;
}

/**
 * Renders every sample of a finding-code catalogue in Swedish and English and lists what is
 * wrong, each problem named by its code (and the variant's index where a code has several
 * samples): a code without a sample (see `everyCode`), a sample of a code the catalogue does
 * not have, and the problems of {@link bilingualTextProblems}. Plain code with no test-runner
 * dependency: the test expects the list to equal `[]`.
 *
 * @example
 * ```ts
 * import { defineTemplatedFindingCodes, messageTemplate } from '@styrkit/core';
 * import { catalogueRenderProblems } from '@styrkit/core/testing';
 * const codes = defineTemplatedFindingCodes({
 *   'demo/negative': {
 *     severity: 'error',
 *     title: { sv: 'Negativt belopp', en: 'Negative amount' },
 *     description: { sv: 'Beloppet får inte vara negativt.', en: 'The amount must not be negative.' },
 *     message: messageTemplate<{ amount: string }>({ sv: (d) => `${d.amount} är negativt`, en: (d) => `${d.amount} är negative` }),
 *   },
 *   'demo/empty': {
 *     severity: 'info',
 *     title: { sv: 'Tomt', en: 'Empty' },
 *     description: { sv: 'Inget att läsa.', en: 'Nothing to read.' },
 *     message: messageTemplate<Record<string, never>>({ sv: () => 'Tomt', en: () => 'Empty' }),
 *   },
 * });
 * const problems = catalogueRenderProblems(codes, { 'demo/negative': [{ amount: '-5' }] }, {
 *   swedishWords: /[åäöÅÄÖ]|\b(och|inte)\b/i,
 * });
 * problems; // ['demo/empty: no sample (every code needs one)', 'demo/negative: the English has the Swedish "ä": -5 är negative']
 * // In a test: expect(catalogueRenderProblems(codes, samples, checks)).toEqual([]);
 * ```
 */
export function catalogueRenderProblems<T extends Record<string, TemplatedCodeSpec<never>>>(
  catalogue: TemplatedFindingCatalog<T>,
  samples: CatalogueSamples<T>,
  checks: CatalogueRenderChecks = {},
): string[] {
  const problems: string[] = [];
  const texts: [string, LocalizedText][] = [];
  const codes = Object.keys(catalogue.specs);
  for (const code of codes) {
    const sample: unknown = samples[code];
    if (sample === undefined) {
      if (checks.everyCode !== false) problems.push(`${code}: no sample (every code needs one)`);
      continue;
    }
    const variants: readonly unknown[] = Array.isArray(sample) ? sample : [sample];
    if (variants.length === 0) problems.push(`${code}: an empty list of samples`);
    variants.forEach((data, i) => {
      const label = variants.length > 1 ? `${code} [${i}]` : code;
      // Each sample is typed against its code by CatalogueSamples; the loop widens the key.
      texts.push([label, catalogue.render(code, data as never)]);
    });
  }
  for (const code of Object.keys(samples)) {
    if (!codes.includes(code))
      problems.push(`${code}: a sample for a code the catalogue does not have`);
  }
  return [...problems, ...bilingualTextProblems(texts, checks)];
}

/**
 * Lines that word text inline: an `sv:` or `en:` property given a string literal (a template
 * literal that starts with `${…}` is built from data and passes), or a choice on the language
 * (`sv ? '…'`, `=== 'sv' ? '…'`).
 */
const INLINE_WORDING = /\b(?:sv|en): (?:'|"|`(?!\$\{))|\bsv \? ['"`]|'sv' \? ['"`]/;

/**
 * The lines of source files that word Swedish or English text inline instead of taking it
 * from the package's label catalogue, each as `file:line: the line`. TSDoc lines (starting
 * with `*`) are left out: their examples show output. The caller reads the files (this entry
 * uses no file system) and names only those that must word nothing, not the catalogue itself;
 * `pattern` replaces what counts as inline wording. An empty list means every line passed.
 *
 * @example
 * ```ts
 * import { inlineWordingProblems } from '@styrkit/core/testing';
 * const problems = inlineWordingProblems([
 *   ['tables.ts', "const title = labels.total;\nconst note = { sv: 'Summa', en: 'Total' };"],
 *   ['plugin.ts', "const rows = { sv: `${n} rader`, en: `${n} rows` };\nconst en = locale === 'en';"],
 * ]);
 * problems; // ["tables.ts:2: const note = { sv: 'Summa', en: 'Total' };"]
 * // In a test, over the files read from disk:
 * // expect(inlineWordingProblems(files.map((f) => [f, readFileSync(f, 'utf8')]))).toEqual([]);
 * ```
 */
export function inlineWordingProblems(
  sources: Iterable<readonly [file: string, text: string]>,
  pattern: RegExp = INLINE_WORDING,
): string[] {
  const problems: string[] = [];
  for (const [file, text] of sources) {
    text.split('\n').forEach((line, i) => {
      if (!line.trimStart().startsWith('*') && firstMatch(pattern, line) !== undefined)
        problems.push(`${file}:${String(i + 1)}: ${line.trim()}`);
    });
  }
  return problems;
}
