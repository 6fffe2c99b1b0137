// The code catalogue owns every message: each code renders in Swedish and English from its
// data, and English carries no Swedish words (issue 15, "Messages and examples that hold").
import { exact } from '@styrkit/core';
import { catalogueRenderProblems } from '@styrkit/core/testing';
import { describe, expect, it } from 'vitest';
import { auditProject, esfCodes, projectSchema, type EsfFindingCode } from '../index.js';

type DataOf<K extends EsfFindingCode> = Parameters<(typeof esfCodes.specs)[K]['message']['sv']>[0];

const stated = { stated: exact('5549825'), computed: exact('5549826') };
// The Sala figures (seeds/esf/sala-final-report.md): 32,85 % against 33 %, 8 246,25 kr short.
const sala = {
  share: exact('32.85'),
  required: exact('33'),
  points: exact('0.1486'),
  amount: exact('8246.25'),
};
const table = { index: 1 };

/** Every code with data for each of its variants. Labels a user wrote are ASCII here. */
const samples: { readonly [K in EsfFindingCode]: readonly DataOf<K>[] } = {
  'esf/invalid-input': [{ detail: { sv: 'Förväntade ett tal', en: 'Expected a number' } }],
  'esf/cofinancing-below-required': [
    { in: 'project', ...sala },
    { in: 'report', ...sala },
  ],
  'esf/financing-mismatch': [stated],
  'esf/total-cost-mismatch': [stated],
  'esf/stated-share-mismatch': [{ stated: exact('67.15'), computed: exact('67.2') }],
  'esf/flat-rate-above-maximum': [
    { option: 'indirect-15-staff', percent: exact('16'), maximum: exact('15'), of: 'law' },
    { option: 'other-40-staff', percent: exact('40'), maximum: exact('30'), of: 'call' },
  ],
  'esf/flat-rate-combination': [
    { kind: 'repeated', option: 'staff-20-other' },
    { kind: 'forty-combined' },
    { kind: 'indirect-twice' },
  ],
  'esf/flat-rate-not-allowed': [
    { kind: 'not-offered', option: 'indirect-25-direct' },
    { kind: 'exact-required', option: 'indirect-7-direct', percent: exact('7') },
  ],
  'esf/in-kind-double-counted': [
    { kind: 'as-staff', source: 'Time', line: 'Salaries' },
    { kind: 'repeated', source: 'Premises' },
  ],
  'esf/in-kind-missing-cost-line': [{ source: 'Premises' }],
  'esf/participant-cofinancing-in-closing': [
    { kind: 'planned', source: 'Time' },
    { kind: 'line', line: 'Participants' },
    { kind: 'reported', month: '2023-03' },
  ],
  'esf/staff-hours-above-cap': [{ line: 'PM', hours: exact('1800'), cap: exact('1720') }],
  'esf/phase-not-defined': [{ line: 'PM', phase: 'analysis' }],
  'esf/simplified-costs-required': [{ eur: exact('91234.56') }],
  'esf/simplified-costs-not-checked': [{}, { rate: exact('0') }],
  'esf/change-request-overdraw': [
    { request: 'cr1', moved: exact('50000'), available: exact('40000') },
  ],
  'esf/change-request-wrong-project': [{ request: 'cr1', named: 'other', project: 'ip' }],
  'esf/unknown-participant': [{ participant: 'P9' }],
  'esf/duplicate-participant': [{ participant: 'P1' }],
  'esf/participant-gender-conflict': [
    { participant: 'P1', first: 'woman', here: 'man' },
    { participant: 'P1', first: 'unspecified', here: 'woman' },
  ],
  'esf/time-outside-project': [{ month: '2021-12' }, { month: '2022-03', phase: 'implementation' }],
  'esf/unsigned-time-report': [{ participant: 'P1', month: '2022-03' }],
  'esf/participant-hours-above-cap': [
    { participant: 'P1', month: '2022-03', hours: 150, cap: exact('1720').dividedBy(12) },
    { participant: 'P1', month: '2022-03', hours: 1, cap: exact('0.5') },
  ],
  'esf/table-total-mismatch': [
    { label: 'Tablets, Count', stated: exact('14'), computed: exact('16') },
  ],
  'esf/reported-figure-mismatch': [
    {
      kind: 'records',
      figure: 'totalFinancing',
      from: 'budget',
      stated: exact('5549825'),
      computed: exact('5549800'),
    },
    { kind: 'records', figure: 'women', from: 'time-reports', ...stated },
    {
      kind: 'records',
      figure: 'requiredCofinancingPercent',
      from: 'call',
      stated: exact('30'),
      computed: exact('33'),
    },
    { kind: 'women-and-men', stated: exact('932'), computed: exact('930') },
  ],
  'esf/hours-vs-plan': [
    { reported: 6000, planned: 6778, share: exact('88.52') },
    { reported: 1, planned: 2, share: exact('50') },
  ],
  'esf/cofinancing-value-vs-plan': [
    { value: exact('12451.15'), planned: exact('300000'), share: exact('4.15') },
    { value: exact('300001'), planned: exact('300000') },
  ],
  'esf/cofinancing-value-unknown': [
    { unratedHours: 7894, hours: 7894, unratedParticipants: 932, planned: exact('1823196') },
    { unratedHours: 4, hours: 10, unratedParticipants: 1, planned: exact('2500') },
  ],
  'esf/participants-vs-expected': [
    { participants: 932, expected: 900 },
    { participants: 1, expected: 2 },
  ],
  'esf/draft-needs-input': [
    { field: 'requiredCofinancingPercent', table },
    { field: 'totalFinancing', table: { index: 0, caption: 'Financing' } },
    { field: 'cofinancing', table },
    { field: 'projectId' },
  ],
  'esf/draft-not-mapped': [
    { table, label: 'ESF grant', reason: 'grant-amount' },
    { table, label: 'Total', reason: 'duplicate' },
    { table, label: 'Note', reason: 'other' },
  ],
  'esf/draft-reading-assumed': [
    { kind: 'last-column', table, column: '2023' },
    { kind: 'percent', table, label: 'Grant' },
  ],
};

/**
 * Swedish words the catalogue uses; none may appear in English output. "man" and "men" are
 * left out: they are English words too (the register's gender, "women and men").
 */
const SWEDISH =
  /[åäöÅÄÖ]|\b(kr|och|inte|finns|ger|okänd|okänt|rad|raden|rader|tabell|tabellen|skillnad|angivet|angiven|anger|utkastet|deltagare|deltagaren|timmar|timme|kvinna|kvinnor|euro|mot|av|för|som|är|eller|cirka|ingen|utlysningen|projektet|fasen|schablon|schablonen|bidraget|deltagartid|deltagartiden|posterna|ej)\b/i;

describe('the esf code catalogue', () => {
  it('has a sample for every code and renders every one in both languages', () => {
    // Quoted text is the document's own (a label, a column, the draft's placeholder id). The
    // stop list must recognise every Swedish message, so the English check can fail.
    const checks = { swedishWords: SWEDISH, swedishWordsInSwedish: true, ignoreQuoted: true };
    expect(catalogueRenderProblems(esfCodes, samples, checks)).toEqual([]);
  });

  it('words the Sala shortfall with the seed figures in both languages', () => {
    const t = esfCodes.render('esf/cofinancing-below-required', { in: 'project', ...sala });
    expect(t.sv).toBe(
      'Medfinansieringen är 32,85\u00a0% av total kostnad, utlysningen kräver 33\u00a0%: 0,15 procentenheter eller cirka 8\u00a0246 kr för lite',
    );
    expect(t.en).toBe(
      'Co-financing is 32.85% of total cost, the call requires 33%: 0.15 percentage points or about SEK 8,246 short',
    );
  });

  it('counts agree with their number', () => {
    const one = esfCodes.render('esf/participants-vs-expected', { participants: 1, expected: 2 });
    expect(one.en).toBe('1 participant against 2 expected');
    const hours = esfCodes.render('esf/hours-vs-plan', {
      reported: 1,
      planned: 2,
      share: exact('50'),
    });
    expect(hours.sv).toMatch(/^1 medfinansieringstimme mot/);
  });
});

describe('the EUR 200 000 rule without an exchange rate (issue 15, "Small ones")', () => {
  const project = projectSchema.parse({
    id: 'small',
    name: 'Small',
    owner: 'K',
    phases: [{ phase: 'implementation', start: '2024-01-01', end: '2024-12-31' }],
    budgetLines: [
      {
        id: 'c',
        label: 'Consultant',
        category: 'external-services',
        phase: 'implementation',
        amount: '1000000',
      },
    ],
  });

  it('says so as information, lazily worded, rather than skipping in silence', () => {
    const [f, ...rest] = auditProject(project);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: 'esf/simplified-costs-not-checked', severity: 'info' });
    expect(f?.message.en).toContain('no exchange rate (SEK per EUR)');
  });

  it('an unusable rate is named in the message', () => {
    const [f] = auditProject(project, { sekPerEur: exact('0') });
    expect(f?.code).toBe('esf/simplified-costs-not-checked');
    expect(f?.actual).toBe('0');
    expect(f?.message.sv).toContain('växelkursen 0 kronor per euro');
  });

  it('with a rate the rule is tried: 1 000 000 kr at 11,5 kr/EUR is about EUR 86 957', () => {
    const [f] = auditProject(project, { sekPerEur: exact('11.5') });
    expect(f?.code).toBe('esf/simplified-costs-required');
    expect(f?.message.en).toContain('EUR 86,957');
  });
});
