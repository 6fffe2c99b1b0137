import { exact, type Table } from '@styrkit/core';
import type { Report } from '../index.js';

/** A small budget table: four value columns, a total row. */
export const budget: Table = {
  id: 'budget',
  title: { sv: 'Budget 2021 (kkr)', en: 'Budget 2021 (kkr)' },
  columns: [
    { key: 'activity', title: { sv: 'Huvudaktivitet', en: 'Main activity' }, kind: 'text' },
    { key: 'vm', title: { sv: 'VM', en: 'VM' }, kind: 'money', unit: 'kkr' },
    { key: 'vu', title: { sv: 'VU', en: 'VU' }, kind: 'money', unit: 'kkr' },
    { key: 'share', title: { sv: 'Andel', en: 'Share' }, kind: 'percent', decimals: 2 },
  ],
  rows: [
    {
      cells: {
        activity: 'Användarstöd',
        vm: exact('2000'),
        vu: exact('200'),
        share: exact('4.88'),
      },
    },
    { cells: { activity: 'Daglig drift', vm: exact('-16.4'), vu: null, share: exact('67.15') } },
    {
      kind: 'total',
      cells: { activity: { sv: 'Summa', en: 'Total' }, vm: exact('45100'), vu: exact('200') },
    },
  ],
  notes: [{ sv: 'VM = vidmakthållande.', en: 'VM = maintain.' }],
};

/** A table too wide for a portrait page: eight columns. */
export const wide: Table = {
  id: 'wide',
  title: { sv: 'Bred', en: 'Wide' },
  columns: Array.from({ length: 8 }, (_, i) => ({
    key: `c${String(i)}`,
    title: { sv: `Kolumn ${String(i)}`, en: `Column ${String(i)}` },
    kind: 'integer' as const,
  })),
  rows: [
    { cells: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`c${String(i)}`, exact(i)])) },
  ],
};

export const report: Report = {
  title: 'Objektplan <VSO> & 2021',
  subtitle: { sv: 'Vård, stöd och omsorg', en: 'Care and support' },
  metadata: [
    { label: { sv: 'Diarienummer', en: 'Case number' }, value: 'SON 2020/123' },
    { label: { sv: 'Status', en: 'Status' }, value: { sv: 'Beslutad', en: 'Decided' } },
  ],
  sections: [
    {
      heading: { sv: 'Sammanfattning', en: 'Summary' },
      blocks: [
        {
          type: 'paragraph',
          text: { sv: 'Budgeten är 45 100 kkr.', en: 'The budget is 45,100 kkr.' },
        },
        { type: 'list', items: ['Användarstöd', 'Daglig drift'] },
      ],
      sections: [
        {
          heading: { sv: 'Budget', en: 'Budget' },
          blocks: [
            { type: 'table', table: budget },
            { type: 'note', text: 'Källa: planen.' },
          ],
        },
      ],
    },
    { heading: { sv: 'Bilaga', en: 'Annex' }, blocks: [{ type: 'table', table: wide }] },
  ],
  findings: [
    {
      code: 'pm3/row-sum-mismatch',
      severity: 'error',
      path: ['budget', 'rows', 0],
      message: { sv: 'Radsumman stämmer inte', en: 'The row total does not match' },
      expected: '1800',
      actual: '1900.5',
    },
    {
      code: 'pm3/cost-without-fte',
      severity: 'info',
      path: [],
      message: { sv: 'Budget utan årsarbeten', en: 'Budget without FTE' },
    },
  ],
};
