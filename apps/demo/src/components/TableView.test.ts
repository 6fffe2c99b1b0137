// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AppContext } from '../lib/context.js';
import type { JsonTable } from '../lib/tables.js';
import { TableView } from './TableView.js';

const table: JsonTable = {
  id: 'pm3/budget-matrix',
  title: { sv: 'Budget 2021 (kkr)', en: 'Budget 2021 (kkr)' },
  columns: [
    { key: 'activity', title: { sv: 'Huvudaktivitet', en: 'Main activity' }, kind: 'text' },
    { key: 'total', title: { sv: 'Summa', en: 'Total' }, kind: 'money', unit: 'kkr', decimals: 0 },
  ],
  rows: [
    { cells: { activity: 'Användarstöd', total: '2200' } },
    { cells: { activity: 'Summa', total: '45100' }, kind: 'total' },
  ],
};

function view(locale: 'sv' | 'en') {
  return render(
    h(
      AppContext.Provider,
      { value: { locale, session: { username: 'viewer', grants: [], csrfToken: null } } },
      h(TableView, { table, source: { kind: 'pm3/objektplan', id: 'linkoping-vso-2021-a' } }),
    ),
  );
}

describe('TableView', () => {
  afterEach(cleanup);

  it('renders a captioned table with row headers and locale numbers', () => {
    const { container } = view('sv');
    expect(container.querySelector('caption')?.textContent).toBe('Budget 2021 (kkr)');
    expect([...container.querySelectorAll('th[scope="row"]')].map((e) => e.textContent)).toEqual([
      'Användarstöd',
      'Summa',
    ]);
    expect(container.querySelector('tr.total td')?.textContent).toBe('45\u00a0100');
    const region = container.querySelector('[role="region"]');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.getAttribute('aria-label')).toBe('Budget 2021 (kkr)');
  });

  it('links CSV and XLSX downloads to the host renderers in the interface language', () => {
    const { container } = view('en');
    const links = [...container.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/api/kinds/pm3/objektplan/documents/linkoping-vso-2021-a/tables?format=csv&locale=en&table=pm3%2Fbudget-matrix',
      '/api/kinds/pm3/objektplan/documents/linkoping-vso-2021-a/tables?format=xlsx&locale=en&table=pm3%2Fbudget-matrix',
    ]);
    expect(container.querySelector('tr.total td')?.textContent).toBe('45,100');
  });
});
