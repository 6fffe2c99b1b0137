// The code catalogue owns every message: each code renders in Swedish and English from its
// data, English carries no Swedish words, and the tables follow the reader's language.
import { exact, tableToMarkdown, type LocalizedText } from '@styrkit/core';
import { catalogueRenderProblems } from '@styrkit/core/testing';
import { describe, expect, it } from 'vitest';
import {
  auditObjektplan,
  auditPortfolio,
  budgetMatrixTable,
  componentsTable,
  fteMatrixTable,
  initiativesTable,
  planOrganisationTable,
  pm3Codes,
  portfolioTable,
  rollUpPortfolio,
  type Pm3Code,
} from '../index.js';
import { planA, vso } from './fixtures.js';

type DataOf<K extends Pm3Code> = Parameters<(typeof pm3Codes.specs)[K]['message']['sv']>[0];

// Labels a user wrote are kept ASCII here, so any Swedish in English output is the catalogue's.
const activity: LocalizedText = { sv: 'Användarstöd', en: 'User support' };
const column: LocalizedText = { sv: 'Verksamhetsnära VM', en: 'Business side, maintain (VM)' };
const partial = { known: exact('6700'), unknownCount: 3, estimateCount: 0 };
const one = { known: exact('1'), unknownCount: 1, estimateCount: 0 };
const table = { index: 0 };
const place = { statement: 'Result May', row: 'Staff' };

/** Every code with data for each of its variants. */
const samples: { readonly [K in Pm3Code]: readonly DataOf<K>[] } = {
  'pm3/invalid-input': [{ detail: { sv: 'Förväntade ett tal', en: 'Expected a number' } }],
  'pm3/row-sum-mismatch': [
    {
      matrix: 'budget',
      target: { kind: 'row', activity },
      unit: { sv: 'kkr', en: 'kkr' },
      stated: exact('1900'),
      computed: exact('1800'),
    },
  ],
  'pm3/column-sum-mismatch': [
    {
      matrix: 'fte',
      target: { kind: 'column', column: 'itVm' },
      unit: { sv: 'årsarbeten', svOne: 'årsarbete', en: 'FTE' },
      stated: exact('1'),
      computed: exact('1.5'),
    },
  ],
  'pm3/grand-total-mismatch': [
    {
      matrix: 'fte',
      target: { kind: 'grand' },
      unit: { sv: 'årsarbeten', svOne: 'årsarbete', en: 'FTE' },
      stated: exact('21.3'),
      computed: exact('21.4'),
    },
  ],
  'pm3/total-has-unknown': [
    {
      where: { matrix: 'fte', target: { kind: 'grand' } },
      of: 'cells',
      unit: { sv: 'årsarbeten', svOne: 'årsarbete', en: 'FTE' },
      stated: exact('1'),
      sum: one,
    },
    {
      where: { title: 'Operations' },
      of: 'items',
      unit: { sv: 'mnkr', en: 'mnkr' },
      stated: exact('22.7'),
      sum: partial,
    },
  ],
  'pm3/cost-items-mismatch': [
    {
      title: 'Operations',
      unit: 'mnkr',
      items: exact('22.9'),
      stated: exact('22.7'),
      estimate: true,
    },
  ],
  'pm3/stated-figure-mismatch': [
    { label: 'VM', stated: exact('13'), computed: exact('12.2'), estimate: true },
  ],
  'pm3/unknown-costs': [
    { category: 'strategic', sum: partial },
    { category: 'prioritised', sum: one },
    { category: 'desirable', sum: partial },
  ],
  'pm3/strategic-without-goal-link': [{ name: 'iPads' }],
  'pm3/cost-without-fte': [
    { activity, column, unit: { sv: 'kkr', en: 'kkr' }, cost: exact('100') },
  ],
  'pm3/fte-without-cost': [
    { activity, column, fte: exact('1') },
    { activity, column, fte: exact('2.5') },
  ],
  'pm3/duplicate-id': [
    ...(
      [
        'committeeGoals',
        'planGoals',
        'goalLinks',
        'initiatives',
        'costBreakdowns',
        'statedFigures',
        'mainActivities',
        'budgetRows',
        'fteRows',
        'components',
        'plans',
        'statements',
      ] as const
    ).map((list) => ({ list, id: 'g' })),
    { statement: 'Result May', id: 'r' },
  ],
  'pm3/unknown-reference': [
    { kind: 'id', id: 'x', target: 'main-activity' },
    { kind: 'id', id: 'x', target: 'committee-goal' },
    { kind: 'id', id: 'x', target: 'plan-goal' },
    { kind: 'sum-row', statement: 'Result May', row: 'Total', id: 'x' },
    { kind: 'source', label: 'Deviation', source: 's/r/deviation' },
    { kind: 'stored-object', id: 'vso' },
    { kind: 'stored-document', document: 'organisation', id: 'org' },
    {
      kind: 'stored-document',
      document: 'forums',
      id: 'org',
      elsewhere: { found: 'governance/organisation', wanted: 'governance/forum-set' },
    },
  ],
  'pm3/decided-without-decider': [
    { label: 'A', status: 'decided', field: 'decidedBy' },
    { label: 'A', status: 'revised', field: 'decidedOn' },
  ],
  'pm3/validity-outside-year': [{ start: '2020-01-01', end: '2021-12-31', year: 2021 }],
  'pm3/invalid-validity': [{ start: '2022-01-01', end: '2021-12-31' }],
  'pm3/unknown-classification': [{ value: 'Fast' }],
  'pm3/duplicate-plan': [{ objectId: 'vso', year: 2021, first: 0 }],
  'pm3/follow-up-sum-mismatch': [
    {
      where: { ...place, column: 'periodOutcome' },
      unit: 'tkr',
      stated: exact('-82116'),
      computed: exact('-82117'),
    },
  ],
  'pm3/deviation-mismatch': [
    {
      where: { ...place, column: 'deviation' },
      unit: 'tkr',
      stated: exact('6733'),
      computed: exact('6700'),
    },
  ],
  'pm3/follow-up-rounding-difference': [
    {
      where: { ...place, column: 'annualForecast' },
      unit: 'tkr',
      stated: exact('6733'),
      computed: exact('6732'),
    },
  ],
  'pm3/share-mismatch': [{ where: place, stated: exact('40'), computed: exact('41') }],
  'pm3/period-budget-not-linear': [
    { where: place, unit: 'tkr', months: 5, period: exact('46119'), linear: exact('46115.4166') },
  ],
  'pm3/rounding-changes-figure': [
    {
      label: 'Deviation 2023',
      source: exact('-16376'),
      fromUnit: 'tkr',
      toUnit: 'mnkr',
      mode: 'half-up',
      rounded: exact('-16.4'),
      stated: exact('-16.3'),
      matching: ['truncate', 'ceil', 'half-even', 'floor'],
    },
    {
      label: 'Deviation 2023',
      source: exact('-16376'),
      fromUnit: 'tkr',
      toUnit: 'mnkr',
      mode: 'truncate',
      rounded: exact('-16.3'),
      stated: exact('-17'),
      matching: [],
    },
  ],
  'pm3/draft-needs-input': [
    { field: 'unit', table },
    { field: 'objectId' },
    { field: 'title' },
    { field: 'year' },
    { field: 'budget' },
  ],
  'pm3/draft-row-added': [{ table, label: 'Licences', id: 'licences' }],
  'pm3/draft-not-mapped': [
    { table, what: 'row', label: 'Subtotal' },
    { table: { index: 1, caption: 'Budget 2021' }, what: 'column', label: 'New development' },
  ],
  'pm3/draft-reading-assumed': [
    { kind: 'unit-converted', table, from: 'mnkr' },
    { kind: 'column-order', table },
    { kind: 'sides', table },
  ],
};

/** Swedish words the catalogue uses; none may appear in English output. */
const SWEDISH =
  /[åäöÅÄÖ]|\b(summa|angivet|angiven|anges|och|inte|men|finns|ger|okänd|okända|rad|raden|rader|kolumnen|tabell|skillnad|beräknat|avvikelse|utkastet|planens|cellerna|posterna|initiativ|ca|minst|st|eller|några|ej|av|för|som|är)\b/i;

describe('the pm3 code catalogue', () => {
  it('has a sample for every code and renders every one in both languages', () => {
    // Quoted text is the document's own (an id, a label, the draft's Swedish placeholder title).
    const checks = { swedishWords: SWEDISH, ignoreQuoted: true };
    expect(catalogueRenderProblems(pm3Codes, samples, checks)).toEqual([]);
  });

  it('the titles and descriptions of every code are in both languages', () => {
    for (const [code, spec] of Object.entries(pm3Codes.specs)) {
      expect(SWEDISH.test(spec.title.en), code).toBe(false);
      expect(spec.title.sv, code).not.toBe(spec.title.en);
    }
  });

  it('Swedish counts agree with their number: "1 årsarbete", "1 okänd"', () => {
    const fte = pm3Codes.render('pm3/fte-without-cost', { activity, column, fte: exact('1') });
    expect(fte.sv).toContain(': 1 årsarbete men');
    const unknown = pm3Codes.render('pm3/unknown-costs', { category: 'prioritised', sum: one });
    expect(unknown.sv).toBe('Prioriterade initiativ: 1\u00a0kkr + 1 okänd');
    expect(unknown.en).toBe('Prioritised initiatives: 1 kkr + 1 unknown');
  });

  it('the duplicate-id message of a committee goal is English in English (issue 15)', () => {
    const f = pm3Codes.create('pm3/duplicate-id', {
      path: ['committeeGoals', 1],
      data: { list: 'committeeGoals', id: 'g' },
    });
    expect(f.message).toEqual({
      sv: 'Nämndmål: id "g" förekommer mer än en gång',
      en: 'Committee goals: id "g" occurs more than once',
    });
  });
});

describe('findings are worded when read', () => {
  it('JSON of a finding is the same as of an eagerly worded one, keys in the same order', () => {
    const f = pm3Codes.create('pm3/cost-items-mismatch', {
      path: ['costBreakdowns', 0, 'statedTotal'],
      severity: 'warning',
      expected: exact('22.9'),
      actual: exact('22.7'),
      data: {
        title: 'Drift',
        unit: 'mnkr',
        items: exact('22.9'),
        stated: exact('22.7'),
        estimate: true,
      },
    });
    const eager = {
      code: 'pm3/cost-items-mismatch',
      severity: 'warning',
      path: ['costBreakdowns', 0, 'statedTotal'],
      message: {
        sv: 'Drift: posterna summerar till 22,9 mnkr men totalen anges till 22,7 mnkr (skillnad 0,2 mnkr); några belopp är uppskattningar',
        en: 'Drift: the items add up to 22.9 mnkr but the total is stated as 22.7 mnkr (difference 0.2 mnkr); some amounts are estimates',
      },
      expected: '22.9',
      actual: '22.7',
    };
    expect(JSON.stringify(f)).toBe(JSON.stringify(eager));
    expect({ ...f }).toEqual(eager);
    expect(structuredClone(f)).toEqual(eager);
  });

  it('a portfolio finding keeps its message under the prefixed path', () => {
    const plan = planA();
    const alone = auditObjektplan(plan);
    const portfolio = auditPortfolio([plan, plan]);
    expect(portfolio[0]?.path).toEqual([0, ...(alone[0]?.path ?? [])]);
    expect(portfolio[0]?.message).toEqual(alone[0]?.message);
    expect(JSON.parse(JSON.stringify(portfolio[0]))).toMatchObject({ message: alone[0]?.message });
  });
});

describe('tables follow the language', () => {
  it('no Swedish label in the English tables of the Linköping plan and object', () => {
    const plan = planA();
    const tables = [
      budgetMatrixTable(plan),
      fteMatrixTable(plan),
      initiativesTable(plan),
      planOrganisationTable(plan),
      componentsTable(vso()),
      portfolioTable(rollUpPortfolio([plan])),
    ];
    for (const t of tables) {
      if (t === undefined) throw new Error('the plan has an FTE matrix');
      const en = tableToMarkdown(t, { locale: 'en' });
      const sv = tableToMarkdown(t, { locale: 'sv' });
      expect(en, t.id).not.toMatch(/\*\*Summa\*\*|\| Summa |Angiven summa|Budgetnivå|strategiskt/);
      expect(en, t.id).not.toMatch(/okänd|minst /);
      if (t.rows.some((r) => r.kind === 'total')) expect(sv, t.id).toContain('Summa');
    }
  });
});
