// The shared "every code renders in both languages" check (issue 15): each problem names its
// code, so a failing test says which template to fix.
import { describe, expect, it } from 'vitest';
import { defineTemplatedFindingCodes, messageTemplate } from '../index.js';
import { bilingualTextProblems, catalogueRenderProblems } from '../testing.js';

const spec = <D>(sv: (d: D) => string, en: (d: D) => string) => ({
  severity: 'error' as const,
  title: { sv: 'Titel', en: 'Title' },
  description: { sv: 'Beskrivning.', en: 'Description.' },
  message: messageTemplate<D>({ sv, en }),
});

const codes = defineTemplatedFindingCodes({
  'demo/count': spec<{ n: number }>(
    (d) => `${d.n} ${d.n === 1 ? 'rad' : 'rader'} saknas`,
    (d) => `${d.n} ${d.n === 1 ? 'row is' : 'rows are'} missing`,
  ),
  'demo/quoted': spec<{ label: string }>(
    (d) => `Raden "${d.label}" är tom`,
    (d) => `The row "${d.label}" is empty`,
  ),
  'demo/same': spec<Record<string, never>>(
    () => 'OK',
    () => 'OK',
  ),
});

const SWEDISH = /[åäöÅÄÖ]|\b(rad|rader|raden|saknas|tom)\b/i;
const ENGLISH = /\b(the|is|are|row|rows)\b/i;

describe('catalogueRenderProblems', () => {
  it('passes a catalogue whose every sample is worded in its own language', () => {
    const ok = defineTemplatedFindingCodes({ 'demo/count': codes.specs['demo/count'] });
    expect(
      catalogueRenderProblems(
        ok,
        { 'demo/count': [{ n: 1 }, { n: 2 }] },
        {
          swedishWords: SWEDISH,
          englishWords: ENGLISH,
          swedishWordsInSwedish: true,
        },
      ),
    ).toEqual([]);
  });

  it('names the code (and the variant) of every problem', () => {
    expect(
      catalogueRenderProblems(
        codes,
        { 'demo/count': [{ n: 1 }, { n: 2 }], 'demo/same': {} },
        { minLength: 3, swedishWords: SWEDISH },
      ),
    ).toEqual([
      'demo/quoted: no sample (every code needs one)',
      'demo/same: the Swedish has fewer than 3 characters: "OK"',
      'demo/same: the English has fewer than 3 characters: "OK"',
      'demo/same: Swedish and English are the same: OK',
    ]);
  });

  it('finds Swedish in English and English in Swedish, and reports the word', () => {
    const leaky = defineTemplatedFindingCodes({
      'demo/leak': spec<{ n: number }>(
        (d) => `${d.n} rows saknas`,
        (d) => `${d.n} rader are missing`,
      ),
    });
    expect(
      catalogueRenderProblems(
        leaky,
        { 'demo/leak': [{ n: 1 }, { n: 2 }] },
        {
          swedishWords: /\b(rader)\b/g,
          englishWords: ENGLISH,
        },
      ),
    ).toEqual([
      'demo/leak [0]: the English has the Swedish "rader": 1 rader are missing',
      'demo/leak [0]: the Swedish has the English "rows": 1 rows saknas',
      'demo/leak [1]: the English has the Swedish "rader": 2 rader are missing',
      'demo/leak [1]: the Swedish has the English "rows": 2 rows saknas',
    ]);
  });

  it('leaves quoted text out of the word checks only when asked', () => {
    const samples = { 'demo/quoted': { label: 'Summa' } };
    const one = defineTemplatedFindingCodes({ 'demo/quoted': codes.specs['demo/quoted'] });
    const words = /[åäöÅÄÖ]|\b(summa|raden)\b/i;
    expect(catalogueRenderProblems(one, samples, { swedishWords: words })).toEqual([
      'demo/quoted: the English has the Swedish "Summa": The row "Summa" is empty',
    ]);
    expect(
      catalogueRenderProblems(one, samples, { swedishWords: words, ignoreQuoted: true }),
    ).toEqual([]);
  });

  it('with everyCode false, codes without samples pass; a sample of an unknown code never does', () => {
    const samples = { 'demo/count': { n: 2 }, 'demo/gone': { n: 1 } } as never;
    expect(catalogueRenderProblems(codes, samples, { everyCode: false })).toEqual([
      'demo/gone: a sample for a code the catalogue does not have',
    ]);
  });

  it('a word list that matches no Swedish text is reported (the English check could not fail)', () => {
    expect(
      catalogueRenderProblems(
        codes,
        { 'demo/count': { n: 2 }, 'demo/quoted': { label: 'x' }, 'demo/same': {} },
        { swedishWords: /\b(saknas)\b/, swedishWordsInSwedish: true, minLength: 1 },
      ),
    ).toEqual([
      'demo/quoted: the Swedish has none of the Swedish words (the English check could not fail): Raden "x" är tom',
      'demo/same: Swedish and English are the same: OK',
      'demo/same: the Swedish has none of the Swedish words (the English check could not fail): OK',
    ]);
  });
});

describe('bilingualTextProblems', () => {
  it('checks any labelled pairs, not only a catalogue', () => {
    expect(
      bilingualTextProblems([
        ['a', { sv: 'Ja', en: 'Yes' }],
        ['b', { sv: '', en: 'No' }],
      ]),
    ).toEqual(['b: the Swedish has fewer than 1 characters: ""']);
  });
});
