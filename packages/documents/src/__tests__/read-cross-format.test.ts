import type { Finding } from '@styrkit/core';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../analyse-document.js';
import { readDocument } from '../read.js';
import type { DocumentModel } from '../model.js';
import {
  fixture,
  FORMATS,
  NAMES,
  render,
  tables,
  textBlocks,
  type FixtureFormat,
} from './reader-fixtures.js';

const read = (name: string, format: FixtureFormat): Promise<DocumentModel> =>
  readDocument(fixture(`${format}/${name}.${format}`), { file: `${name}.${format}` });

/**
 * A finding without where it is in the file: a line, a page or a cell address differ by
 * format, and the message names the line when the source has lines ("(rad 19)").
 */
function comparable(f: Finding): Omit<Finding, 'source'> {
  const { source: _source, ...rest } = f;
  const strip = (text: string): string => text.replace(/ \((?:rad|line) \d+\)/g, '');
  return { ...rest, message: { sv: strip(f.message.sv), en: strip(f.message.en) } };
}

// The same seed tables, made into Word, Excel and PDF by LibreOffice, read into the same model
// and audited into the same findings as the HTML they were made from.
describe.each(NAMES)('%s in every format', (name) => {
  it('has the same tables, cell by cell (text, bold, italic, spans, captions)', async () => {
    const html = tables(await read(name, 'html'));
    for (const format of FORMATS.filter((f) => f !== 'html')) {
      const other = tables(await read(name, format));
      expect(other.map(render), format).toEqual(html.map(render));
      expect(
        other.map((t) => t.caption),
        format,
      ).toEqual(html.map((t) => t.caption));
    }
  });

  it('has the same headings, paragraphs and captions in Word and PDF', async () => {
    const html = textBlocks(await read(name, 'html'));
    expect(textBlocks(await read(name, 'docx'))).toEqual(html);
    expect(textBlocks(await read(name, 'pdf'))).toEqual(html);
  });

  it('gives the same findings: codes, figures, paths and messages', async () => {
    const html = analyseDocument(await read(name, 'html')).findings.map(comparable);
    for (const format of ['docx', 'pdf'] as const) {
      const other = analyseDocument(await read(name, format)).findings.map(comparable);
      expect(other, format).toEqual(html);
    }
    // A workbook holds the tables only: its findings are the table findings of the HTML. A
    // table that the HTML names by the heading above it has no heading in the workbook, so
    // the name that opens each message ("Periodresultat …: ", "tabell 1: ") is left out.
    const unnamed = (f: Omit<Finding, 'source'>): Omit<Finding, 'source'> => ({
      ...f,
      message: {
        sv: f.message.sv.replace(/^[^:]*: /, ''),
        en: f.message.en.replace(/^[^:]*: /, ''),
      },
    });
    const tableFindings = html.filter((f) => f.path[0] === 'tables').map(unnamed);
    const xlsx = analyseDocument(await read(name, 'xlsx'))
      .findings.map(comparable)
      .map(unnamed);
    expect(xlsx).toEqual(tableFindings);
  });
});

describe('the golden seed findings from every format', () => {
  it('finds the Sala tablets 29 vs 30 and 16 vs 14 from Word, Excel and PDF', async () => {
    for (const format of FORMATS) {
      const mismatches = analyseDocument(await read('sala', format))
        .findings.filter((f) => f.code === 'documents/column-total-mismatch')
        .map((f) => [f.expected, f.actual]);
      expect(mismatches, format).toEqual([
        ['29', '30'],
        ['16', '14'],
      ]);
    }
  });

  it('finds the 22,7 vs 22,9 mnkr operations claim from Word and PDF', async () => {
    for (const format of ['html', 'docx', 'pdf'] as const) {
      const claim = analyseDocument(await read('linkoping-a', format)).findings.find(
        (f) => f.code === 'documents/text-total-mismatch',
      );
      expect(claim, format).toMatchObject({
        severity: 'warning',
        expected: '22.9',
        actual: '22.7',
      });
    }
  });
});
