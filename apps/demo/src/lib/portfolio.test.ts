import { describe, expect, it } from 'vitest';
import { budgetOf, datasetOf, detailPath, statusCounts, statusText, titleOf } from './portfolio.js';

describe('portfolio', () => {
  it('links each kind to its page', () => {
    expect(detailPath('pm3/objektplan', 'linkoping-vso-2021-a')).toBe(
      '/objektplan/linkoping-vso-2021-a',
    );
    expect(detailPath('esf/project', 'sala-esf-ip')).toBe('/esf/sala-esf-ip');
    expect(detailPath('effects/goal-tree', 'g')).toBe('/effekter/goal-tree/g');
    expect(detailPath('governance/forum-set', 'f')).toBe('/styrning/f');
    expect(detailPath('principles/response', 'r')).toBe('/checklistor/r');
    expect(detailPath('pm3/forvaltningsobjekt', 'linkoping-vso')).toBe(
      '/dokument/pm3/forvaltningsobjekt/linkoping-vso',
    );
  });

  it('reads titles, datasets, budgets and goal status', () => {
    expect(titleOf({ title: 'Plan', version: { label: 'A' } }, 'x')).toBe('Plan (version A)');
    expect(titleOf({ name: 'Projekt' }, 'x')).toBe('Projekt');
    expect(titleOf(null, 'x')).toBe('x');
    expect(datasetOf('linkoping-vso-2021-a')).toBe('linkoping-vso');
    const columns = [{ key: 'total', title: { sv: 'Summa', en: 'Total' }, kind: 'money' as const }];
    expect(
      budgetOf('pm3/objektplan', [
        {
          id: 'pm3/budget-matrix',
          title: { sv: '', en: '' },
          columns,
          rows: [{ kind: 'total', cells: { total: '45100' } }],
        },
      ]),
    ).toEqual({ value: '45100', unit: 'kkr' });
    expect(budgetOf('esf/call', [])).toBeNull();
    const counts = statusCounts([
      {
        id: 'effects/goal-status',
        title: { sv: '', en: '' },
        columns,
        rows: [
          { cells: { status: 'uppnått' } },
          { cells: { status: 'uppnått' } },
          { cells: { status: 'ej mätbart' } },
        ],
      },
    ]);
    expect(statusText(counts)?.sv).toBe('3 mål: 2 uppnått, 1 ej mätbart');
    expect(statusText(new Map())).toBeNull();
  });
});
