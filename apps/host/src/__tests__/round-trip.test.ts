// Round trip (issue 17): a DOCX and a PDF that styrkit writes, read back by @styrkit/documents,
// give the same tables and no error findings; a plan with a wrong stated total gives that
// finding back. The PDF half needs LibreOffice (skipped with a message where it is missing).
import { Exact, plainCell, type Table } from '@styrkit/core';
import { auditDocument, type AnalysedTable } from '@styrkit/documents';
import { budgetMatrixTable, fteMatrixTable, parseObjektplan } from '@styrkit/pm3';
import { pm3Plugin } from '@styrkit/pm3/plugin';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { docxToPdf, findSoffice } from '../pdf-convert.js';
import { committeeDocuments, writeDocx } from './committee-documents.js';

const soffice = await findSoffice();
if (soffice === undefined) {
  console.warn('PDF round trip skipped: LibreOffice (soffice) is not installed.');
}

const planFile = fileURLToPath(
  new URL('../../../../docs/examples/linkoping-vso-2021/objektplan-a.yaml', import.meta.url),
);
const envelope = parse(readFileSync(planFile, 'utf8')) as { document: Record<string, unknown> };
const parsed = parseObjektplan(envelope.document);
if (!parsed.ok) throw new Error('the Linköping plan does not parse');
const plan = parsed.value;

/** The figures of a core table as plain strings, row by row (value columns only). */
function figures(table: Table): string[][] {
  return table.rows.map((row) => table.columns.slice(1).map((c) => plainCell(row.cells[c.key])));
}

/** The figures of a table as read back, row by row ('' for an empty cell). */
function readBack(table: AnalysedTable): string[][] {
  return table.rows.map((row) =>
    row.values.map((v) => (v instanceof Exact ? v.toString() : v === 'unknown' ? '?' : '')),
  );
}

function matrices(tables: readonly AnalysedTable[]): AnalysedTable[] {
  return tables.filter((t) => t.columns[0]?.label.startsWith('Verksamhetsnära VM'));
}

function expectSameMatrices(tables: readonly AnalysedTable[]): void {
  const [budget, fte] = matrices(tables);
  const fteTable = fteMatrixTable(plan);
  if (budget === undefined || fte === undefined || fteTable === undefined) {
    throw new Error('budget or FTE matrix not read back');
  }
  expect(readBack(budget)).toEqual(figures(budgetMatrixTable(plan)));
  expect(readBack(fte)).toEqual(figures(fteTable));
  expect(budget.rows.find((r) => r.kind === 'total')?.values.map(String)).toEqual([
    '7100',
    '10500',
    '24500',
    '3000',
    '45100',
    '45100',
  ]);
}

const errors = (findings: readonly { severity: string }[]) =>
  findings.filter((f) => f.severity === 'error');

describe('round trip through @styrkit/documents', () => {
  it('reads the Linköping plan DOCX back with the same matrices and no error findings', async () => {
    const docx = await writeDocx(committeeDocuments[0]!, 'sv');
    const audit = await auditDocument(docx, { file: 'objektplan.docx', locale: 'sv' });
    expect(audit.format).toBe('docx');
    expectSameMatrices(audit.tables);
    expect(errors(audit.findings)).toEqual([]);
  });

  it('reads the ESF report and the checklist DOCX back without error findings', async () => {
    for (const doc of committeeDocuments.slice(1)) {
      const audit = await auditDocument(await writeDocx(doc, 'sv'), {
        file: `${doc.id}.docx`,
        locale: 'sv',
      });
      expect(audit.tables.length, doc.name).toBeGreaterThan(0);
      expect(errors(audit.findings), doc.name).toEqual([]);
    }
  });

  it.skipIf(soffice === undefined)(
    'reads the PDF LibreOffice makes of it back with the same matrices and no error findings',
    async () => {
      const pdf = await docxToPdf(await writeDocx(committeeDocuments[0]!, 'sv'), {
        timeoutMs: 120_000,
      });
      const audit = await auditDocument(pdf, { file: 'objektplan.pdf', locale: 'sv' });
      expect(audit.format).toBe('pdf');
      expectSameMatrices(audit.tables);
      expect(errors(audit.findings)).toEqual([]);
    },
  );

  it('gives back the finding for a plan whose stated total is wrong', async () => {
    const wrong = parseObjektplan({
      ...envelope.document,
      budget: { ...(envelope.document.budget as object), statedGrandTotal: 45200 },
    });
    if (!wrong.ok) throw new Error('the changed plan does not parse');
    const exporter = pm3Plugin.exporters.find((e) => e.id === 'pm3/objektplan-docx');
    const docx = await exporter!.render(wrong.value, { locale: 'sv', documents: () => [] });
    const audit = await auditDocument(docx, { file: 'objektplan.docx', locale: 'sv' });
    const mismatch = audit.findings.find((f) => f.code === 'documents/column-total-mismatch');
    expect(mismatch?.severity).toBe('error');
    expect(mismatch?.message.sv).toContain('45');
    expect(mismatch?.message.en).toContain('45,200');
    expect(mismatch?.message.en).toContain('45,100');
  });
});
