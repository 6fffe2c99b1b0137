import { describe, expect, it } from 'vitest';
import {
  filterRows,
  kronorAsKkr,
  organisationOfDoc,
  sortRows,
  statusOfDoc,
  toKronor,
  yearOfDoc,
  type PortfolioRow,
} from './portfolio-rows.js';

const row = (over: Partial<PortfolioRow> & { id: string }): PortfolioRow => ({
  kind: 'pm3/objektplan',
  kindTitle: { sv: 'Objektplan', en: 'Maintenance plan' },
  title: over.id,
  organisation: null,
  year: null,
  status: 'draft',
  approvedBy: null,
  budgetKr: null,
  effect: null,
  counts: { error: 0, warning: 0, info: 0 },
  ...over,
});

// Budgets as the seeds state them: objektplan A 45 100 kkr, B 47 140 kkr (DOMAIN.md §1), the
// Sala ESF project 5 549 825 kr (DOMAIN.md §4).
const rows = [
  row({
    id: 'linkoping-vso-2021-a',
    title: 'Objektplan VSO (version A)',
    organisation: 'Linköpings kommun',
    year: 2021,
    budgetKr: toKronor('45100', 'kkr'),
    status: 'approved',
    approvedBy: 'approver',
  }),
  row({
    id: 'linkoping-vso-2021-b',
    title: 'Objektplan VSO (version B)',
    organisation: 'Linköpings kommun',
    year: 2021,
    budgetKr: toKronor('47140', 'kkr'),
    status: 'decided',
    counts: { error: 1, warning: 0, info: 0 },
  }),
  row({
    id: 'sala-esf-ip',
    kind: 'esf/project',
    kindTitle: { sv: 'ESF-projekt', en: 'ESF project' },
    title: 'Implementering av välfärdsteknik',
    organisation: 'Sala kommun',
    year: 2022,
    budgetKr: toKronor('5549825', 'kr'),
  }),
  row({
    id: 'goteborg-avo-2024-effects',
    kind: 'effects/effect-plan',
    kindTitle: { sv: 'Effektplan', en: 'Effect plan' },
    title: 'Effekter ÄVO',
    year: 2024,
  }),
];

describe('portfolio rows', () => {
  it('put every budget in one unit, exactly', () => {
    expect(rows.map((r) => r.budgetKr)).toEqual(['45100000', '47140000', '5549825', null]);
    expect(kronorAsKkr('5549825')).toBe('5550');
    expect(kronorAsKkr('45100000')).toBe('45100');
    expect(toKronor('16.3', 'mnkr')).toBe('16300000');
    expect(toKronor('?', 'kkr')).toBeNull();
    expect(toKronor('1', 'EUR')).toBeNull();
  });

  it('search title, id, organisation and approver without case or accents; filter by kind, status, year', () => {
    const all = { search: '', kind: '', status: '', year: '' } as const;
    expect(filterRows(rows, all)).toHaveLength(4);
    expect(filterRows(rows, { ...all, search: 'valfardsteknik' }).map((r) => r.id)).toEqual([
      'sala-esf-ip',
    ]);
    expect(filterRows(rows, { ...all, search: 'LINKÖPING 2021-b' }).map((r) => r.id)).toEqual([
      'linkoping-vso-2021-b',
    ]);
    expect(filterRows(rows, { ...all, search: 'approver' }).map((r) => r.id)).toEqual([
      'linkoping-vso-2021-a',
    ]);
    expect(filterRows(rows, { ...all, status: 'decided' }).map((r) => r.id)).toEqual([
      'linkoping-vso-2021-b',
    ]);
    expect(filterRows(rows, { ...all, kind: 'esf/project' })).toHaveLength(1);
    expect(filterRows(rows, { ...all, year: '2021' })).toHaveLength(2);
  });

  it('sort by budget exactly, empty last in both directions, and by status and findings', () => {
    expect(sortRows(rows, 'budget', 'asc', 'sv').map((r) => r.id)).toEqual([
      'sala-esf-ip',
      'linkoping-vso-2021-a',
      'linkoping-vso-2021-b',
      'goteborg-avo-2024-effects',
    ]);
    expect(sortRows(rows, 'budget', 'desc', 'sv').at(-1)?.id).toBe('goteborg-avo-2024-effects');
    expect(sortRows(rows, 'status', 'desc', 'sv')[0]?.id).toBe('linkoping-vso-2021-a');
    expect(sortRows(rows, 'findings', 'desc', 'sv')[0]?.id).toBe('linkoping-vso-2021-b');
    expect(sortRows(rows, 'year', 'desc', 'en')[0]?.id).toBe('goteborg-avo-2024-effects');
  });

  it('read organisation, year and status from a document as the host summary does', () => {
    expect(organisationOfDoc({ municipality: 'Linköpings kommun' })).toBe('Linköpings kommun');
    expect(organisationOfDoc({ organisation: { name: 'SAN' } })).toBe('SAN');
    expect(yearOfDoc({ year: 2021 })).toBe(2021);
    expect(yearOfDoc({ validity: { start: '2024-01-01' } })).toBe(2024);
    expect(yearOfDoc({})).toBeNull();
    expect(statusOfDoc({ version: { status: 'revised' } }, false)).toBe('decided');
    expect(statusOfDoc({ status: 'draft' }, true)).toBe('approved');
    expect(statusOfDoc({}, false)).toBe('draft');
  });
});
