// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditReport } from '../lib/audit-view.js';
import { AppContext } from '../lib/context.js';
import AuditDocument from './AuditDocument.js';

// A small report as POST /api/audit answers it: one table with a wrong row total (seed
// linkoping-vso-objektplan-2021.txt:180 with 2 300 for 2 200) and an ESF draft.
const report: AuditReport = {
  audit: {
    format: 'text',
    file: 'plan.txt',
    tables: [
      {
        index: 0,
        caption: 'Budget 2021',
        kind: 'figures',
        columns: [
          { label: 'VM', path: ['Verksamhetsnära förvaltning', 'VM'] },
          { label: 'Summa', path: ['Summa'], total: true },
        ],
        rows: [
          {
            label: 'Användarstöd',
            kind: 'data',
            cells: [
              { text: '2 200', status: 'number' },
              { text: '2 300', status: 'number' },
            ],
          },
        ],
      },
    ],
    claims: [],
    findings: [
      {
        code: 'documents/row-total-mismatch',
        severity: 'error',
        path: ['tables', 0, 'rows', 0, 'cells', 1],
        message: { sv: 'Radsumman stämmer inte', en: 'The row total does not match' },
        expected: '2200',
        actual: '2300',
      },
    ],
  },
  recognitions: [
    {
      recogniser: 'esf/financing-table',
      title: { sv: 'Finansieringstabell', en: 'Financing table' },
      kind: 'esf/final-report',
      tableIndexes: [0],
      document: { projectId: 'esf-projekt', figures: {} },
      findings: [],
      cells: [],
    },
  ],
};

function page(grants: { scope: string; role: 'viewer' | 'editor' }[]) {
  return render(
    h(
      AppContext.Provider,
      { value: { locale: 'sv', session: { username: 'editor', grants, csrfToken: 'tok' } } },
      h(AuditDocument, {}),
    ),
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Granska dokument', () => {
  it('uploads the file as multipart field "file", marks the wrong cell with a sign and text, and opens a draft', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string, init: RequestInit) => {
        calls.push({ url, init });
        const body = url.startsWith('/api/audit')
          ? report
          : { kind: 'esf/final-report', id: 'esf-final-report-utkast', version: 1, document: {} };
        return Promise.resolve(
          new Response(JSON.stringify(body), {
            status: url.startsWith('/api/audit') ? 200 : 201,
            headers: { 'content-type': 'application/json' },
          }),
        );
      }),
    );
    const ui = page([{ scope: '*', role: 'editor' }]);
    expect(ui.getByRole('heading', { level: 1 }).textContent).toBe('Granska dokument');
    const input = ui.getByLabelText('Fil att granska');
    const file = new File(['Post\tBelopp\nA\t1\n'], 'plan.txt', { type: 'text/plain' });
    fireEvent.change(input, { target: { files: [file] } });
    fireEvent.click(ui.getByRole('button', { name: 'Granska' }));
    await waitFor(() => {
      expect(ui.getByRole('table')).toBeTruthy();
    });
    const upload = calls[0];
    expect(upload?.url).toBe('/api/audit?locale=sv');
    expect(upload?.init.method).toBe('POST');
    expect((upload?.init.headers as Record<string, string>)['x-csrf-token']).toBe('tok');
    expect((upload?.init.body as FormData).get('file')).toBeInstanceOf(File);

    const flagged = ui.container.querySelector('td.flagged');
    expect(flagged?.textContent).toContain('2 300');
    expect(flagged?.textContent).toContain('⚠');
    expect(flagged?.textContent).toContain('fel eller varning, se');
    expect(flagged?.querySelector('a')?.getAttribute('href')).toBe('#audit-t0-n1');
    expect(ui.container.querySelector('#audit-t0-n1')?.textContent).toContain(
      'förväntat 2\u00a0200, faktiskt 2\u00a0300',
    );
    expect(ui.container.querySelectorAll('th[scope="col"]').length).toBe(3);

    fireEvent.click(ui.getByRole('button', { name: 'Öppna som nytt utkast' }));
    await waitFor(() => {
      expect(calls).toHaveLength(2);
    });
    expect(calls[1]?.url).toBe('/api/kinds/esf/final-report/documents');
    expect(JSON.parse(calls[1]?.init.body as string)).toMatchObject({
      id: 'esf-final-report-utkast',
      document: { projectId: 'esf-projekt' },
    });
    await waitFor(() => {
      expect(location.pathname).toBe('/dokument/esf/final-report/esf-final-report-utkast');
    });
  });

  it('shows the host’s error when the upload is refused', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response(
            JSON.stringify({
              error: {
                findings: [
                  {
                    code: 'host/too-large',
                    severity: 'error',
                    path: [],
                    message: { sv: 'Filen är för stor', en: 'Too large' },
                  },
                ],
              },
            }),
            { status: 413, headers: { 'content-type': 'application/json' } },
          ),
        ),
      ),
    );
    const ui = page([{ scope: '*', role: 'viewer' }]);
    fireEvent.change(ui.getByLabelText('Fil att granska'), {
      target: { files: [new File(['x'], 'x.txt')] },
    });
    fireEvent.click(ui.getByRole('button', { name: 'Granska' }));
    await waitFor(() => {
      expect(ui.getByRole('alert').textContent).toContain('Filen är för stor');
    });
  });
});
