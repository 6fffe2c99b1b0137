// The default vocabulary's words are shown in English to English readers; a municipality's own
// words are shown as written (issue 13: no Swedish category labels in the English portal).
import { plainCell } from '@styrkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY, effectInitiativesTable, parseEffectPlan } from '../index.js';
import { defaultWordInEnglish, termText, vocabularyText } from '../vocabulary-labels.js';
import { loadExample, unwrap } from './helpers.js';

describe('vocabulary labels', () => {
  it('gives every default word an English label of its own', () => {
    const lists = Object.values(DEFAULT_VOCABULARY) as readonly (readonly string[])[];
    for (const word of lists.flat()) {
      const label = vocabularyText([word]);
      expect(label.sv).toBe(word);
      expect(defaultWordInEnglish(word)).toBe(label.en);
      expect(label.en).not.toMatch(/[åäöÅÄÖ]/);
    }
  });

  it('keeps words outside the default vocabulary as written, in both languages', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Z][a-z]{2,9}x$/), { maxLength: 4 }), (words) => {
        const label = vocabularyText(words);
        expect(label).toEqual({ sv: words.join(', '), en: words.join(', ') });
      }),
    );
  });

  it('reads a term or a range, ignoring case', () => {
    expect(termText('kort')).toEqual({ sv: 'kort', en: 'Short' });
    expect(termText({ from: 'Hög', to: 'Mycket hög' })).toEqual({
      sv: 'Hög – Mycket hög',
      en: 'High – Very high',
    });
    expect(termText(undefined)).toEqual({ sv: '', en: '' });
  });

  it('labels the Linköping initiatives in the reader language', () => {
    // docs/examples/linkoping-vso-2021/effects.yaml:95, the first initiative: Tidsbesparande, Kvalitetshöjande.
    const plan = unwrap(parseEffectPlan(loadExample('linkoping-vso-2021/effects.yaml').document));
    const table = effectInitiativesTable(plan);
    const first = table.rows[0]?.cells ?? {};
    const sv = plainCell(first.effectTypes ?? null, 'sv');
    const en = plainCell(first.effectTypes ?? null, 'en');
    expect(sv).toBe(plan.initiatives[0]?.effectTypes.join(', '));
    expect(en).not.toMatch(/[åäöÅÄÖ]/);
    expect(en).toBe('Time-saving, Quality-improving');
  });
});
