// The code catalogue owns the wording (issue 15): every code renders in Swedish and English
// from data only, the two differ, and English output has no Swedish in it (nor Swedish
// output English).
import { exact, sumKnown } from '@styrkit/core';
import { bilingualTextProblems, catalogueRenderProblems } from '@styrkit/core/testing';
import { describe, expect, it } from 'vitest';
import { effectsCodes, type EffectsCode } from '../codes.js';
import {
  rankReason,
  statusReason,
  type EffectsRankReasonData,
  type EffectsStatusReasonData,
} from '../messages.js';

type Samples = { [K in EffectsCode]: Parameters<typeof effectsCodes.render<K>>[1] };

// Sample data in neutral words (ids, dates, numbers), so any Swedish in the English text comes
// from the template itself; bilingual data carries both languages.
const samples: Samples = {
  'effects/invalid-input': { detail: { sv: 'förväntade ett tal', en: 'expected a number' } },
  'effects/duplicate-id': { id: 'g1' },
  'effects/unknown-reference': { id: 'r9', target: 'role' },
  'effects/goal-not-measurable': {
    title: 'G1',
    missing: ['indicator', 'baseline', 'target', 'target-date', 'owner'],
    knownDirection: 'decrease',
  },
  'effects/owner-is-project': { title: 'G1', role: 'PL' },
  'effects/goal-without-parent': { title: 'G1' },
  'effects/level-order': {
    id: 'g1',
    level: 'committee-goal',
    parentId: 'g2',
    parentLevel: 'effect-goal',
  },
  'effects/target-wrong-direction': {
    target: exact('1500.5'),
    baseline: exact('30'),
    direction: 'decrease',
    of: 'goal',
  },
  'effects/dates-out-of-order': { date: '2024-01-01', before: '2024-02-01' },
  'effects/measurement-unknown-goal': { goalId: 'g9' },
  'effects/measurement-outside-period': {
    date: '2026-01-01',
    start: '2024-01-01',
    end: '2025-12-31',
  },
  'effects/measurement-unit-mismatch': { unit: 'h', indicatorUnit: 'd' },
  'effects/measurement-without-indicator': { title: 'G1' },
  'effects/strategic-without-committee-goal': { title: 'I1' },
  'effects/strategic-without-effect-goal': { title: 'I1' },
  'effects/initiative-unclassified': { title: 'I1' },
  'effects/costs-partly-unknown': {
    sum: sumKnown([exact('1000'), null, exact('2500')]),
    unit: 'tkr',
  },
  'effects/unknown-term': { field: 'timeToEffect', word: 'X', allowed: ['A', 'B'] },
  'effects/chain-cycle': { cycle: ['a', 'b', 'a'] },
  'effects/payback-claim-mismatch': {
    kind: 'discounted',
    claimed: 'after-horizon',
    computed: { kind: 'never' },
  },
  'effects/cash-flow-year-gap': { kind: 'gap', year: 2027, previous: 2025 },
  'effects/cash-flow-sum-mismatch': {
    where: { kind: 'total', heading: 'net' },
    stated: exact('700'),
    computed: exact('750'),
  },
  'effects/cash-flow-amount-unknown': { count: 3 },
  'effects/discount-rate-not-stated': { kind: 'discounted', claimed: 2028 },
  'effects/scenario-not-chosen': { count: 2 },
  'effects/direction-conflict': {
    title: 'G1',
    direction: 'increase',
    indicator: 'K1',
    indicatorDirection: 'decrease',
  },
  'effects/responsibility-shared': { task: 'T1', first: 'r1', owner: 'r2' },
  'effects/optional-above-mandatory': { title: 'A', rank: 1, mandatory: 'B', mandatoryRank: 2 },
  'effects/optional-outscores-mandatory': {
    title: 'A',
    score: exact('4.5'),
    mandatory: 'B',
    mandatoryScore: exact('3'),
  },
  'effects/item-not-scored': { title: 'A', missing: ['c1', 'c2'] },
  'effects/dependency-cycle': { cycle: ['a', 'b', 'a'] },
};

// Words only one of the two languages uses, as they appear in these templates: any å/ä/ö,
// and the common short words and nouns of the effects messages.
const SWEDISH =
  /[åäöÅÄÖ]|\b(och|men|har|inte|saknar|finns|anges|okänd|okänt|okända|mål|målet|posterna|belopp|alternativ|summa|netto|nyttor|kostnader|kedjeled|roll|beroende|kriterium|skillnad|ska|ingen|inget|vokabulären)\b/i;
const ENGLISH =
  /\b(the|is|are|has|have|not|no|and|but|missing|unknown|goal|goals|items|amounts?|scenarios?|total|costs|benefits|net|role|dependency|criterion|difference|should|must|vocabulary|stated)\b/i;

describe('effects code catalogue', () => {
  const codes = Object.keys(effectsCodes.specs) as EffectsCode[];

  it('renders every code in both languages, without the other language leaking', () => {
    // A code without a sample is a problem too, so a new code cannot skip this test.
    const checks = { swedishWords: SWEDISH, englishWords: ENGLISH };
    expect(catalogueRenderProblems(effectsCodes, samples, checks)).toEqual([]);
    expect(codes).toHaveLength(31);
  });

  it('words figures in each language and names goal levels and fields in Swedish', () => {
    expect(
      effectsCodes.render(
        'effects/target-wrong-direction',
        samples['effects/target-wrong-direction'],
      ),
    ).toEqual({
      sv: 'Målvärdet 1\u00a0500,5 ska vara < utgångsvärdet 30 när målet ska minska',
      en: 'The target 1,500.5 must be < the baseline 30 for a goal that should decrease',
    });
    expect(effectsCodes.render('effects/level-order', samples['effects/level-order'])).toEqual({
      sv: 'Målet "g1" (nämndmål) pekar uppåt på "g2" som ligger lägre (effektmål)',
      en: 'Goal "g1" (committee goal) points up to "g2", which is lower (effect goal)',
    });
    expect(
      effectsCodes.render(
        'effects/cash-flow-sum-mismatch',
        samples['effects/cash-flow-sum-mismatch'],
      ),
    ).toEqual({
      sv: 'Summa netto: angivet 700, posterna ger 750 (skillnad 50)',
      en: 'Total net: stated 700, the items give 750 (difference 50)',
    });
  });

  it('takes the singular after one and the gender of the noun in Swedish', () => {
    expect(effectsCodes.render('effects/cash-flow-amount-unknown', { count: 1 })).toEqual({
      sv: '1 belopp i kassaflödet är okänt; summor, återbetalning och nuvärde bygger på de kända',
      en: '1 amount of the cash flow is unknown; sums, payback and present value use the known ones',
    });
    expect(effectsCodes.render('effects/unknown-reference', { id: 'r', target: 'role' }).sv).toBe(
      'Okänd roll "r"',
    );
    expect(effectsCodes.render('effects/unknown-reference', { id: 'g', target: 'goal' }).sv).toBe(
      'Okänt mål "g"',
    );
  });

  it('a rule passes data only: a finding is worded by its code, when read', () => {
    const f = effectsCodes.create('effects/chain-cycle', {
      path: ['chain', 'edges', 0],
      data: { cycle: ['a', 'b', 'a'] },
      actual: 'a → b → a',
    });
    expect(f.code).toBe('effects/chain-cycle');
    expect(f.message).toEqual({
      sv: 'Effektkedjan går i cirkel: a → b → a',
      en: 'The effect chain has a cycle: a → b → a',
    });
  });
});

describe('status and rank reasons (worded from data like the findings)', () => {
  // One sample per kind ('on-track' and 'behind' share a shape).
  const statuses: Readonly<Record<EffectsStatusReasonData['kind'], EffectsStatusReasonData>> = {
    'overdue-unmeasured': { kind: 'overdue-unmeasured', targetDate: '2025-12-31' },
    'no-measurement': { kind: 'no-measurement' },
    reached: { kind: 'reached', value: exact('12'), target: exact('10') },
    overdue: { kind: 'overdue', targetDate: '2025-12-31', value: exact('8'), target: exact('10') },
    'on-track': {
      kind: 'on-track',
      value: exact('20'),
      date: '2025-01-01',
      planned: exact('37.5'),
      direction: 'decrease',
    },
    behind: {
      kind: 'behind',
      value: exact('20'),
      date: '2025-01-01',
      planned: exact('37.5'),
      direction: 'increase',
    },
    assessed: { kind: 'assessed', result: 'partly-met', date: '2025-01-01' },
    'not-measurable': { kind: 'not-measurable', missing: ['baseline', 'target-date'] },
  };
  const ranks: {
    [K in EffectsRankReasonData['kind']]: Extract<EffectsRankReasonData, { kind: K }>;
  } = {
    cycle: { kind: 'cycle' },
    'after-dependencies': { kind: 'after-dependencies', dependsOn: ['a', 'b'] },
    mandatory: { kind: 'mandatory' },
    'not-scored': { kind: 'not-scored', missing: ['c1'] },
    weighted: { kind: 'weighted', score: exact('4.5') },
    criteria: { kind: 'criteria', values: [exact('1'), undefined] },
  };
  const texts = [
    ...Object.values(statuses).map((d) => [d.kind, statusReason(d)] as const),
    ...Object.values(ranks).map((d) => [d.kind, rankReason(d)] as const),
  ];

  it('every kind differs by language, with no Swedish in English', () => {
    const swedishWords = /[åäöÅÄÖ]|\b(och|men|som|saknar|värde|mål|ingen|efter|det)\b/i;
    expect(bilingualTextProblems(texts, { swedishWords })).toEqual([]);
  });

  it('says "högst" where lower is better and "minst" where higher is', () => {
    expect(statusReason(statuses['on-track']).sv).toBe(
      'Värdet 20 (2025-01-01) är högst det planerade 37,5',
    );
    const higherIsBetter: EffectsStatusReasonData = {
      kind: 'on-track',
      value: exact('20'),
      date: '2025-01-01',
      planned: exact('37.5'),
      direction: 'increase',
    };
    expect(statusReason(higherIsBetter).en).toBe(
      'Value 20 (2025-01-01) is at least the planned 37.5',
    );
  });
});
