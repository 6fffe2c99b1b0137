import { describe, expect, it } from 'vitest';
import { readDocument } from '../read.js';
import type { DocumentModel, ReadOptions } from '../model.js';
import {
  flagEncrypted,
  lieAboutSizes,
  makeBombDocx,
  makeCompoundFile,
  manyEntries,
  randomBytes,
} from './bad-input-builders.js';
import { handMadePdf } from './pdf-builder.js';
import { fixture, tables } from './reader-fixtures.js';

// Every refusal must be quick: a hostile file costs a finding, not minutes. Measured in
// processor time (all threads of this process), not wall time: on a loaded two-core CI machine
// the first PDF test, which also loads the PDF reader, took 5.2 s of wall time with far less
// work than that. A read that hangs instead of working is caught by the test timeout.
const QUICK_MS = 5000;

async function timed(
  input: Uint8Array | string,
  options: ReadOptions = {},
): Promise<{ doc: DocumentModel; ms: number }> {
  const start = process.cpuUsage();
  const doc = await readDocument(input, options);
  const used = process.cpuUsage(start);
  return { doc, ms: (used.user + used.system) / 1000 };
}

function codes(doc: DocumentModel): string[] {
  return doc.findings.map((f) => f.code);
}

describe('readDocument on bad input', () => {
  it('an empty file is a finding', async () => {
    const { doc } = await timed(new Uint8Array(0), { file: 'tom.docx' });
    expect(codes(doc)).toEqual(['documents/empty']);
    expect(doc.blocks).toEqual([]);
  });

  it('random bytes are unreadable, not a crash', async () => {
    const { doc, ms } = await timed(randomBytes(100_000), { file: 'brus.bin' });
    expect(codes(doc)).toEqual(['documents/unreadable']);
    expect(ms).toBeLessThan(QUICK_MS);
  });

  it('a PNG named .pdf says what it is', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const { doc } = await timed(png, { file: 'protokoll.pdf' });
    expect(codes(doc)).toEqual(['documents/format-mismatch', 'documents/unreadable']);
    expect(doc.findings[0]!.message.sv).toContain('PNG');
    expect(doc.findings[1]!.message.en).toBe(
      'The file is a PNG file, not a document that can be read.',
    );
  });

  it('a Word file named .pdf is read as Word, with a warning', async () => {
    const { doc } = await timed(fixture('docx/linkoping-a.docx'), { file: 'plan.pdf' });
    expect(doc.format).toBe('docx');
    expect(codes(doc)).toEqual(['documents/format-mismatch']);
    expect(doc.findings[0]!.severity).toBe('warning');
    expect(tables(doc)).toHaveLength(2);
  });

  it('a truncated Word file is unreadable', async () => {
    const docx = fixture('docx/linkoping-a.docx');
    for (const cut of [docx.length - 30, Math.floor(docx.length / 2), 100]) {
      const { doc, ms } = await timed(docx.subarray(0, cut), { file: 'plan.docx' });
      expect(codes(doc)).toEqual(['documents/unreadable']);
      expect(ms).toBeLessThan(QUICK_MS);
    }
  });

  it('a zip bomb is refused from its directory before anything is inflated', async () => {
    const bomb = makeBombDocx(8 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(64 * 1024);
    const { doc, ms } = await timed(bomb, {
      file: 'bomb.docx',
      limits: { maxDecompressedBytes: 1024 * 1024 },
    });
    expect(codes(doc)).toEqual(['documents/too-large']);
    expect(ms).toBeLessThan(QUICK_MS);
  });

  it('a zip bomb that lies about its sizes is stopped while inflating', async () => {
    const liar = lieAboutSizes(makeBombDocx(8 * 1024 * 1024), 1000);
    const { doc, ms } = await timed(liar, { file: 'bomb.docx' });
    expect(codes(doc)).toEqual(['documents/too-large']);
    expect(ms).toBeLessThan(QUICK_MS);
  });

  it('too many zip entries are refused', async () => {
    const { doc } = await timed(manyEntries(50), {
      file: 'many.docx',
      limits: { maxZipEntries: 20 },
    });
    expect(codes(doc)).toEqual(['documents/too-large']);
  });

  it('a zip with encrypted entries is an encrypted finding', async () => {
    const { doc } = await timed(flagEncrypted(fixture('docx/goteborg.docx')), {
      file: 'plan.docx',
    });
    expect(codes(doc)).toEqual(['documents/encrypted']);
  });

  it('a password-protected PDF (made by LibreOffice) is an encrypted finding', async () => {
    const { doc, ms } = await timed(fixture('bad/encrypted.pdf'), { file: 'hemlig.pdf' });
    expect(codes(doc)).toEqual(['documents/encrypted']);
    expect(doc.findings[0]!.message.en).toContain('password-protected');
    expect(ms).toBeLessThan(QUICK_MS);
  });

  it('a password-protected Word file (an OLE container) is an encrypted finding', async () => {
    const { doc } = await timed(makeCompoundFile(['EncryptionInfo', 'EncryptedPackage']), {
      file: 'hemlig.docx',
    });
    expect(codes(doc)).toEqual(['documents/encrypted']);
    expect(doc.format).toBe('docx');
  });

  it('a PDF without text (scanned pages) asks for OCR', async () => {
    const { doc } = await timed(handMadePdf([]), { file: 'skannad.pdf' });
    expect(codes(doc)).toEqual(['documents/no-text']);
  });

  it('old .doc and .xls files (made by LibreOffice) ask to be saved in the new format', async () => {
    const doc = (await timed(fixture('bad/legacy.doc'), { file: 'gammal.doc' })).doc;
    expect(codes(doc)).toEqual(['documents/legacy-format']);
    expect(doc.findings[0]!.message.sv).toContain('.doc');
    const xls = (await timed(fixture('bad/legacy.xls'), { file: 'gammal.xls' })).doc;
    expect(codes(xls)).toEqual(['documents/legacy-format']);
    expect(xls.format).toBe('xlsx');
  });

  it('broken XML inside a Word file is unreadable', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const broken = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') });
    expect(codes((await timed(broken, { file: 'x.docx' })).doc)).toEqual(['documents/unreadable']);
    const entity = zipSync({
      'word/document.xml': strToU8(
        '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>',
      ),
    });
    expect(codes((await timed(entity, { file: 'x.docx' })).doc)).toEqual(['documents/unreadable']);
  });

  it('an OpenDocument file is named as such', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const odt = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.text'),
      'content.xml': strToU8('<x/>'),
    });
    const { doc } = await timed(odt, { file: 'plan.odt' });
    expect(codes(doc)).toEqual(['documents/unreadable']);
    expect(doc.findings[0]!.message.en).toContain('OpenDocument');
  });

  it('a very large file is refused before reading', async () => {
    const big = 'a'.repeat(51 * 1024 * 1024);
    const { doc, ms } = await timed(big, { file: 'stor.txt' });
    expect(codes(doc)).toEqual(['documents/too-large']);
    expect(ms).toBeLessThan(QUICK_MS);
  });

  it('the page, cell and character limits stop reading with a truncated finding', async () => {
    const pages = (await timed(fixture('pdf/sala.pdf'), { limits: { maxPages: 1 } })).doc;
    expect(codes(pages)).toEqual(['documents/truncated']);
    expect(pages.blocks.every((b) => b.source.page === 1)).toBe(true);
    const cells = (await timed(fixture('docx/linkoping-a.docx'), { limits: { maxCells: 10 } })).doc;
    expect(codes(cells)).toEqual(['documents/truncated']);
    const cellCount = tables(cells).flatMap((t) => t.rows.flatMap((r) => r.cells)).length;
    expect(cellCount).toBeLessThanOrEqual(10);
    const xlsx = (await timed(fixture('xlsx/sala.xlsx'), { limits: { maxCells: 10 } })).doc;
    expect(codes(xlsx)).toEqual(['documents/truncated']);
    const chars = (await timed(fixture('html/sala.html'), { limits: { maxTextChars: 200 } })).doc;
    expect(codes(chars)).toEqual(['documents/truncated']);
    expect(chars.findings[0]!.message.en).toContain('200 characters');
  });

  it('a hostile HTML span cannot make a huge grid', async () => {
    const { doc, ms } = await timed(
      '<table><tr><td colspan="1000000" rowspan="1000000">x</td><td>y</td></tr></table>',
      {
        limits: { maxCells: 5000 },
      },
    );
    expect(ms).toBeLessThan(QUICK_MS);
    expect(tables(doc)[0]!.rows[0]!.cells[0]!.colSpan).toBe(1000);
  });
});

describe('readDocument input', () => {
  it('takes a Node Buffer, as readFile gives it, in every format', async () => {
    for (const path of [
      'pdf/goteborg.pdf',
      'docx/goteborg.docx',
      'xlsx/goteborg.xlsx',
      'html/goteborg.html',
    ]) {
      const doc = await readDocument(Buffer.from(fixture(path)), { file: path });
      expect(doc.findings, path).toEqual([]);
      expect(tables(doc), path).toHaveLength(1);
    }
  });
});

describe('readDocument text decoding', () => {
  it('reads windows-1252 when the bytes are not UTF-8', async () => {
    const latin = new Uint8Array([
      0x3c, 0x70, 0x3e, 0xc5, 0x72, 0x73, 0x62, 0x75, 0x64, 0x67, 0x65, 0x74, 0x20, 0xe4, 0xf6,
    ]);
    const doc = await readDocument(latin, { file: 'a.htm', format: 'html' });
    expect(doc.blocks[0]).toMatchObject({ text: 'Årsbudget äö' });
  });

  it('detects HTML and Markdown from the text, not the name', async () => {
    const md = new TextEncoder().encode('# Budget\n\n| Post | Belopp |\n|---|---|\n| A | 1 |\n');
    expect((await readDocument(md, { file: 'budget.txt' })).format).toBe('markdown');
    const html = await readDocument('<!DOCTYPE html><p>Hej</p>', { file: 'x.md' });
    expect(html.format).toBe('html');
    expect(codes(html)).toEqual(['documents/format-mismatch']);
    const text = await readDocument('<b>Summa</b>\t45 100\n');
    expect(text.format).toBe('text');
  });
});
