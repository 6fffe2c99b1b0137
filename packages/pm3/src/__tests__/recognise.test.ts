// The objektplan recogniser on the Linköping VSO matrices, built by hand as @styrkit/documents
// hands them over (RecognisableTable), figures from the seeds with their lines.
import { exact, type Finding } from '@styrkit/core';
import type { PluginContext, RecognisableCell, RecognisableTable } from '@styrkit/plugin';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ACTIVITY_NAMES,
  auditObjektplan,
  parseObjektplan,
  pm3Codes,
  recogniseObjektplan,
} from '../index.js';
import { pm3Plugin } from '../plugin.js';

const A = 'linkoping-vso-objektplan-2021.txt';

/** "1 200" → exact 1200, "" or "–" → null (empty), "?" → unknown. */
function cells(...texts: string[]): RecognisableCell[] {
  return texts.map((t) => {
    if (t === '' || t === '–') return null;
    if (t === '?') return 'unknown';
    return exact(t.replace(/ /g, '').replace(',', '.'));
  });
}

const row = (label: string, ...values: string[]) => ({
  label,
  kind: 'data' as const,
  values: cells(...values),
});
const total = (label: string, ...values: string[]) => ({
  label,
  kind: 'total' as const,
  values: cells(...values),
});

const sideColumns = (sum: string) => [
  { label: 'VM', path: ['Verksamhetsnära förvaltning', 'VM'] },
  { label: 'VU', path: ['Verksamhetsnära förvaltning', 'VU'] },
  { label: 'VM', path: ['IT-nära förvaltning', 'VM'] },
  { label: 'VU', path: ['IT-nära förvaltning', 'VU'] },
  { label: sum, path: [sum], total: true },
];

// seed: linkoping-vso-objektplan-2021.txt:175-183 (tab separated; "Summa SEK (Kkr)")
const budgetA: RecognisableTable = {
  caption: 'Förvaltningsobjektets totala budget under 2021 är enligt följande:',
  unit: 'kkr',
  columns: sideColumns('Summa SEK (Kkr)'),
  rows: [
    row('Förvaltningsstyrning', '1 200', '100', '500', '0', '1 800'), // :179
    row('Användarstöd', '2 000', '200', '0', '0', '2 200'), // :180
    row('Ändringshantering (Utveckling)', '', '10 200', '', '3 000', '13 200'), // :181
    row('Daglig IT-drift och underhåll', '3 900', '', '24 000', '', '27 900'), // :182
    total('Summa', '7 100', '10 500', '24 500', '3 000', '45 100'), // :183
  ],
  source: { file: A, line: 177 },
};

// seed: linkoping-vso-objektplan-2021.txt:185-195 ("Total heltid", "Summa tid", "Summa FTE")
const fteA: RecognisableTable = {
  caption: 'Total heltid',
  columns: sideColumns('Summa tid'),
  rows: [
    row('Förvaltningsstyrning', '1,0', '', '0,5', '', '1,5'), // :191
    row('Användarstöd', '3,4', '1,0', '', '', '4,4'), // :192
    row('Ändringshantering', '2,5', '6,3', '', '0,5', '9,3'), // :193
    row('Daglig IT-drift och underhåll', '4,3', '1,3', '0,5', '', '6,1'), // :194
    total('Summa FTE', '11,2', '8,6', '1,0', '0,5', '21,3'), // :195
  ],
  source: { file: A, line: 189 },
};

const context = (
  tables: readonly RecognisableTable[],
): PluginContext & {
  tables: readonly RecognisableTable[];
} => ({ locale: 'sv', documents: () => [], tables });

function parsedDraft(document: unknown) {
  const parsed = parseObjektplan(document);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

const codes = (fs: readonly Finding[]) => fs.map((f) => `${f.code}@${f.path.join('.')}`);

describe('recogniseObjektplan', () => {
  it('combines the budget and FTE matrices of Linköping A into one draft that parses', () => {
    const tables = [budgetA, fteA];
    const r = recogniseObjektplan(budgetA, tables);
    expect(r).toBeDefined();
    expect(recogniseObjektplan(fteA, tables)).toBeUndefined(); // the pair's draft came with the budget
    if (r === undefined) return;
    expect(r.tables).toEqual([0, 1]);
    const plan = parsedDraft(r.document);
    expect(plan.year).toBe(2021); // from the caption
    expect(plan.budget.unit).toBe('kkr');
    expect(plan.budget.rows.map((x) => x.activity)).toEqual([
      'forvaltningsstyrning',
      'anvandarstod',
      'andringshantering',
      'daglig-it-drift',
    ]);
    // Ändringshantering VU only: 10 200 (verksamhet), 3 000 (IT); VM cells empty, not zero.
    const change = plan.budget.rows[2];
    expect(change?.businessVm).toBe('empty');
    expect(String(change?.businessVu)).toBe('10200');
    expect(String(change?.itVu)).toBe('3000');
    expect(String(plan.budget.statedGrandTotal)).toBe('45100');
    expect(String(plan.budget.statedColumnTotals?.itVm)).toBe('24500');
    expect(plan.fte?.unit).toBe('fte');
    expect(String(plan.fte?.statedGrandTotal)).toBe('21.3');
    expect(String(plan.fte?.rows[3]?.itVm)).toBe('0.5');
    // Only placeholders to fill in; no figure findings, because every sum of A holds.
    expect(codes(r.findings)).toEqual([
      'pm3/draft-needs-input@objectId',
      'pm3/draft-needs-input@title',
    ]);
    const audit = auditObjektplan(plan);
    expect(audit.filter((f) => f.severity !== 'info')).toEqual([]);
    // Where each figure came from: the stated grand total is the Summa row × Summa column.
    expect(r.origins).toContainEqual({
      path: ['budget', 'statedGrandTotal'],
      table: 0,
      row: 4,
      column: 4,
    });
    expect(r.origins).toContainEqual({
      path: ['fte', 'rows', 1, 'businessVu'],
      table: 1,
      row: 1,
      column: 1,
    });
  });

  it('the domain audit finds a wrong total, and the origin names its cell', () => {
    // Linköping A with its Användarstöd total changed from 2 200 (seed :180) to 2 300.
    const wrong: RecognisableTable = {
      ...budgetA,
      rows: budgetA.rows.map((x, i) =>
        i === 1 ? row('Användarstöd', '2 000', '200', '0', '0', '2 300') : x,
      ),
    };
    const r = recogniseObjektplan(wrong, [wrong]);
    if (r === undefined) throw new Error('not recognised');
    const audit = auditObjektplan(parsedDraft(r.document));
    const mismatch = audit.find((f) => f.code === 'pm3/row-sum-mismatch');
    expect(mismatch?.path).toEqual(['budget', 'rows', 1, 'statedTotal']);
    expect([mismatch?.expected, mismatch?.actual]).toEqual(['2200', '2300']);
    expect(r.origins?.find((o) => o.path.join('.') === 'budget.rows.1.statedTotal')).toEqual({
      path: ['budget', 'rows', 1, 'statedTotal'],
      table: 0,
      row: 1,
      column: 4,
    });
  });

  it('reads version B: headers without sides (standard order, said), lower case and spacing', () => {
    // seed: linkoping-vso-objektplan-2021-version-b.txt:395-416, header rows out of order, so
    // the columns carry only VM/VU; labels broken over lines are joined with a space.
    const b: RecognisableTable = {
      columns: [
        { label: 'VM', path: ['VM'] },
        { label: 'VU', path: ['VU'] },
        { label: 'VM', path: ['VM'] },
        { label: 'VU', path: ['VU'] },
        { label: 'Summa SEK (Kkr)', path: ['Summa SEK (Kkr)'] },
      ],
      rows: [
        row('förvaltningsstyrning', '917', '0', '459', '0', '1 376'), // :402
        row('Användarstöd ', '8 096', '0', '89', '0', '8 185'), // :404
        row('Ändringshantering  (Utveckling)', '655', '3432', '156', '115', '4 358'), // :406-409
        row('Daglig IT-drift och  underhåll', '11 463', '0', '21 758', '0', '33 221'), // :411-414
        row('Summa', '21 131', '3 432', '22 462', '115', '47 140'), // :416
      ],
    };
    const r = recogniseObjektplan(b, [b]);
    if (r === undefined) throw new Error('not recognised');
    const plan = parsedDraft(r.document);
    expect(String(plan.budget.rows[2]?.itVu)).toBe('115');
    expect(String(plan.budget.statedGrandTotal)).toBe('47140');
    expect(codes(r.findings)).toEqual([
      'pm3/draft-reading-assumed@tables.0',
      'pm3/draft-needs-input@objectId',
      'pm3/draft-needs-input@title',
      'pm3/draft-needs-input@year',
    ]);
    expect(plan.year).toBe(1900); // a placeholder the finding asks to replace
    expect(auditObjektplan(plan).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('merged group headers: the side carries to the next column; own rows become activities', () => {
    const t: RecognisableTable = {
      caption: 'Budget 2024 (tkr)',
      columns: [
        { label: 'VM', path: ['Verksamhetsnära', 'VM'] },
        { label: 'VU', path: ['VU'] },
        { label: 'VM', path: ['IT-nära', 'VM'] },
        { label: 'VU', path: ['VU'] },
        { label: 'Nyutveckling', path: ['Nyutveckling'] },
        { label: 'Totalt', path: ['Totalt'] },
      ],
      rows: [
        row('FÖRVALTNINGSSTYRNING', '10', '', '5', '', '', '15'),
        row('Problemhantering:', '1', '1', '1', '1', '', '4'),
        row('Licenser', '7', '', '', '', '3', '7'),
        { label: 'Delsumma', kind: 'subtotal', values: cells('18', '1', '6', '1', '3', '26') },
        row('Användarstöd', '2', '', '', '', '', '2'),
        total('S:a', '20', '1', '6', '1', '3', '28'),
      ],
    };
    const r = recogniseObjektplan(t, [t]);
    if (r === undefined) throw new Error('not recognised');
    const plan = parsedDraft(r.document);
    expect(plan.budget.unit).toBe('tkr');
    expect(plan.year).toBe(2024);
    expect(plan.budget.rows.map((x) => x.activity)).toEqual([
      'forvaltningsstyrning',
      'problemhantering',
      'licenser',
      'anvandarstod',
    ]);
    expect(String(plan.budget.rows[0]?.itVm)).toBe('5');
    expect(plan.mainActivities?.map((a) => a.id)).toContain('licenser');
    expect(codes(r.findings)).toEqual(
      expect.arrayContaining([
        'pm3/draft-row-added@tables.0.rows.2',
        'pm3/draft-not-mapped@tables.0',
        'pm3/draft-not-mapped@tables.0.rows.3',
      ]),
    );
    // Every reference resolves: the own and extra rows are declared main activities.
    expect(auditObjektplan(plan).map((f) => f.code)).not.toContain('pm3/unknown-reference');
  });

  it('columns in another order than pm3 are taken as headed, with a warning to check them', () => {
    const swapped: RecognisableTable = {
      ...budgetA,
      columns: [
        { label: 'VU', path: ['Verksamhetsnära förvaltning', 'VU'] },
        { label: 'VM', path: ['Verksamhetsnära förvaltning', 'VM'] },
        ...budgetA.columns.slice(2),
      ],
    };
    const r = recogniseObjektplan(swapped, [swapped]);
    if (r === undefined) throw new Error('not recognised');
    expect(String(parsedDraft(r.document).budget.rows[0]?.businessVu)).toBe('1200');
    expect(codes(r.findings)).toContain('pm3/draft-reading-assumed@tables.0');
  });

  it('an FTE matrix alone becomes a draft whose budget the user must fill in', () => {
    const r = recogniseObjektplan(fteA, [fteA]);
    if (r === undefined) throw new Error('not recognised');
    expect(codes(r.findings)).toContain('pm3/draft-needs-input@budget');
    expect(parsedDraft(r.document).fte?.rows.length).toBe(4);
  });

  it('a budget matrix without a unit gets a placeholder unit and a finding', () => {
    const bare = (text: string) => text.replace(' (Kkr)', '');
    const noUnit: RecognisableTable = {
      caption: 'Budget',
      columns: budgetA.columns.map((c) => ({ label: bare(c.label), path: c.path.map(bare) })),
      rows: budgetA.rows,
    };
    const r = recogniseObjektplan(noUnit, [noUnit]);
    expect(r && codes(r.findings)).toContain('pm3/draft-needs-input@budget.unit');
  });

  it('does not recognise other tables, and never throws', () => {
    // seed: sala-san-kallelse-2023-06-15.txt:774-779, the ESF financing table
    const esf: RecognisableTable = {
      caption: 'Tabell 1 ESF-projekt IP budget',
      columns: [{ label: 'SUMMA', path: ['SUMMA'] }],
      rows: [
        row('Summa offentlig och privat medfinansiering', '1 823 196'),
        row('Summa total finansiering', '5 549 825'),
      ],
    };
    expect(recogniseObjektplan(esf, [esf])).toBeUndefined();
    const labels = fc.oneof(
      fc.string(),
      fc.constantFrom(...DEFAULT_ACTIVITY_NAMES.flatMap((a) => a.names), 'Summa', 'VM', 'VU'),
    );
    const cell = fc.oneof(
      fc.constant(null),
      fc.constant('unknown' as const),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => exact(String(n))),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ label: labels, path: fc.array(labels, { maxLength: 2 }) }), {
          maxLength: 6,
        }),
        fc.array(
          fc.record({
            label: labels,
            kind: fc.constantFrom('data' as const, 'subtotal' as const, 'total' as const),
            values: fc.array(cell, { maxLength: 7 }),
          }),
          { maxLength: 8 },
        ),
        (columns, rows) => {
          const t: RecognisableTable = { columns, rows };
          const r = recogniseObjektplan(t, [t]);
          if (r !== undefined) expect(parseObjektplan(r.document).ok).toBe(true);
        },
      ),
    );
  });

  it('is the pm3 plugin recogniser, and its findings use catalogued codes', () => {
    const recogniser = pm3Plugin.recognisers[0];
    expect(recogniser?.kind).toBe('pm3/objektplan');
    const r = recogniser?.recognise(budgetA, context([budgetA, fteA]));
    expect(r?.kind).toBe('pm3/objektplan');
    for (const f of r?.findings ?? []) {
      expect(Object.keys(pm3Codes.specs)).toContain(f.code);
      expect(f.message.en.length).toBeGreaterThan(0);
    }
  });
});
