// The code catalogue owns the wording (issue 15): every code renders in Swedish and English
// from data only, the two differ, and English output has no Swedish in it (nor Swedish
// output English).
import { bilingualTextProblems, catalogueRenderProblems } from '@styrkit/core/testing';
import { describe, expect, it } from 'vitest';
import { principlesCodes, type PrinciplesFindingCode } from '../codes.js';
import { attentionText, type PrinciplesAttentionKind } from '../messages.js';

type Samples = {
  [K in PrinciplesFindingCode]: Parameters<typeof principlesCodes.render<K>>[1];
};
const L = (sv: string, en: string) => ({ sv, en });

// Sample data in neutral words (ids, numbers), so any Swedish in the English text comes from
// the template itself; question and section texts are bilingual data and carry both languages.
const samples: Samples = {
  'principles/invalid-template': { detail: L('förväntade ett tal', 'expected a number') },
  'principles/invalid-response': { detail: L('förväntade en text', 'expected a text') },
  'principles/duplicate-id': { id: 'q1', what: 'question' },
  'principles/condition-unknown-question': { question: 'q2', controller: 'q9' },
  'principles/condition-forward-reference': { question: 'q2', controller: 'q3' },
  'principles/condition-cycle': { cycle: ['q1', 'q2', 'q1'] },
  'principles/condition-impossible-answer': { controller: 'q1', value: 'x' },
  'principles/principle-not-asked': { section: L('Avsnitt A', 'Part A'), principle: 'rural' },
  'principles/no-favourable-answer': { question: 'q1' },
  'principles/invalid-scale': { question: 'q1' },
  'principles/unknown-reference': { question: 'q1', reference: 'ref1' },
  'principles/empty-section': { section: L('Avsnitt A', 'Part A') },
  'principles/template-mismatch': { made: 't1', template: 't2' },
  'principles/template-not-found': { id: 't1', version: 2 },
  'principles/template-version-mismatch': { made: 1, current: 3, migrated: false },
  'principles/no-migration-path': { template: 't1', from: 1, to: 3 },
  'principles/unknown-question': { id: 'q9' },
  'principles/unknown-section': { id: 's9' },
  'principles/wrong-answer-type': { answer: '7', question: L('Fråga A', 'Q A'), expected: '1–5' },
  'principles/unanswered-required': { question: L('Fråga A', 'Q A') },
  'principles/answer-to-disabled-question': { question: L('Fråga A', 'Q A') },
  'principles/missing-justification': { section: L('Avsnitt A', 'Part A') },
  'principles/not-signed': {},
};

// Words only one of the two languages uses, as they appear in these templates (any å/ä/ö, the
// short words and the nouns); the Swedish sample data ("Fråga A", "Avsnitt A") is kept out of
// the English texts by the templates themselves.
const SWEDISH =
  /[åäöÅÄÖ]|\b(och|men|har|inte|inga|ingen|inget|finns|mallen|svaret|frågan|avsnittet|principen|villkoren|som|ett|en|av|till)\b/i;
const ENGLISH =
  /\b(the|is|has|not|no|and|but|which|does|question|section|template|response|answer|principle|conditions|appears|missing)\b/i;

describe('principles code catalogue', () => {
  const codes = Object.keys(principlesCodes.specs) as PrinciplesFindingCode[];

  it('renders every code in both languages, without the other language leaking', () => {
    // A code without a sample is a problem too, so a new code cannot skip this test.
    const checks = { swedishWords: SWEDISH, englishWords: ENGLISH };
    expect(catalogueRenderProblems(principlesCodes, samples, checks)).toEqual([]);
    expect(codes).toHaveLength(23);
  });

  it('names a known principle in the reader language, with its id', () => {
    expect(
      principlesCodes.render('principles/principle-not-asked', {
        section: L('Landsbygd', 'Rural'),
        principle: 'gender-equality',
      }),
    ).toEqual({
      sv: 'Avsnittet "Landsbygd" nämner principen "Jämställdhet" (gender-equality) men ingen fråga tar upp den.',
      en: 'The section "Rural" names the principle "Gender equality" (gender-equality) but no question asks about it.',
    });
  });

  it('a rule passes data only: a finding is worded by its code, when read', () => {
    const f = principlesCodes.create('principles/unanswered-required', {
      path: ['answers', 'q1'],
      data: { question: L('Finns risk?', 'Is there a risk?') },
    });
    expect(f.code).toBe('principles/unanswered-required');
    expect(f.message).toEqual({
      sv: 'Frågan "Finns risk?" är obesvarad.',
      en: 'The question "Is there a risk?" is unanswered.',
    });
  });
});

describe('summary attention reasons (worded like the findings)', () => {
  const kinds: PrinciplesAttentionKind[] = [
    'unfavourable',
    'invalid',
    'unanswered-required',
    'missing-justification',
  ];
  it('every kind differs by language, with no Swedish in English', () => {
    const texts = kinds.map(
      (kind) =>
        [
          kind,
          attentionText(kind, kind === 'missing-justification' ? undefined : L('Fråga A', 'Q A')),
        ] as const,
    );
    expect(bilingualTextProblems(texts, { swedishWords: SWEDISH, englishWords: ENGLISH })).toEqual(
      [],
    );
  });
});
