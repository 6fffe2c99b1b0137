// DOCX → PDF with LibreOffice headless: the three committee documents of issue 17 open in
// LibreOffice and their PDF text has the figures in Swedish formatting. Skips, saying why,
// where LibreOffice or poppler's pdftotext is not installed (scripts/ensure-libreoffice.mjs
// installs both on a Debian machine where the tests run as root).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HostError } from '../errors.js';
import { docxToPdf, findSoffice } from '../pdf-convert.js';
import { committeeDocuments, writeDocx } from './committee-documents.js';

const soffice = await findSoffice();
const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
const ready = soffice !== undefined && hasPdftotext;
if (!ready) {
  console.warn(
    `PDF conversion tests skipped: ${soffice === undefined ? 'LibreOffice (soffice) is not installed' : 'pdftotext (poppler-utils) is not installed'}. ` +
      'Install libreoffice-writer-nogui and poppler-utils (node scripts/ensure-libreoffice.mjs as root).',
  );
}

const work = mkdtempSync(join(tmpdir(), 'styrkit-pdf-test-'));

/** The PDF's text with poppler, no-break spaces as plain spaces. */
function pdfText(pdf: Uint8Array, name: string): string {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  const out = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`pdftotext failed: ${out.stderr}`);
  return out.stdout.replace(/[\u00a0\u202f]/g, ' ');
}

function pageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page[^s]/g) ?? []
  ).length;
}

describe('docxToPdf limits and errors', () => {
  it('says clearly that LibreOffice is missing (503), never runs a shell', async () => {
    const error = await docxToPdf(new Uint8Array([0x50, 0x4b]), {
      soffice: join(work, 'no-such-soffice'),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).status).toBe(503);
    expect((error as HostError).findings[0]?.code).toBe('host/pdf-converter-missing');
    expect((error as HostError).findings[0]?.message.sv).toContain('libreoffice-writer-nogui');
  });

  it('refuses a DOCX over the size limit (413) before starting LibreOffice', async () => {
    const error = await docxToPdf(new Uint8Array(10), { maxInputBytes: 5 }).catch(
      (e: unknown) => e,
    );
    expect((error as HostError).status).toBe(413);
    expect((error as HostError).findings[0]?.code).toBe('host/pdf-too-large');
  });

  it('kills a conversion that runs past the timeout', async () => {
    const slow = join(work, 'slow-soffice.sh');
    writeFileSync(slow, '#!/bin/sh\nsleep 30\n');
    chmodSync(slow, 0o755);
    const started = Date.now();
    const error = await docxToPdf(new Uint8Array([1]), { soffice: slow, timeoutMs: 300 }).catch(
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((error as HostError).findings[0]?.code).toBe('host/pdf-conversion-failed');
    expect((error as HostError).findings[0]?.message.en).toContain('timed out');
  });

  it('reports a converter that writes no PDF', async () => {
    const error = await docxToPdf(new Uint8Array([1]), { soffice: '/bin/true' }).catch(
      (e: unknown) => e,
    );
    expect((error as HostError).status).toBe(500);
    expect((error as HostError).findings[0]?.message.en).toContain('no PDF written');
  });
});

describe.skipIf(!ready)('committee documents open in LibreOffice and keep their figures', () => {
  const texts = new Map<string, string>();
  beforeAll(async () => {
    // One conversion at a time: CI has two cores shared with other suites.
    for (const doc of committeeDocuments) {
      const pdf = await docxToPdf(await writeDocx(doc, 'sv'), { timeoutMs: 120_000 });
      expect(pageCount(pdf)).toBeGreaterThan(0);
      expect(Buffer.from(pdf).toString('latin1')).toContain('/StructTreeRoot');
      texts.set(doc.name, pdfText(pdf, doc.id));
    }
  }, 600_000);

  for (const doc of committeeDocuments) {
    it(`${doc.name}: the PDF text has the figures in sv-SE`, () => {
      const text = texts.get(doc.name) ?? '';
      for (const figure of doc.figures) expect(text, figure).toContain(figure);
    });
  }

  it('writes the English document with English formatting', async () => {
    const plan = committeeDocuments[0];
    if (plan === undefined) throw new Error('no plan');
    const text = pdfText(
      await docxToPdf(await writeDocx(plan, 'en'), { timeoutMs: 120_000 }),
      'plan-en',
    );
    expect(text).toContain('45,100');
    expect(text).toContain('Budget and resources');
    expect(text).toContain('Appendix: audit findings');
  });
});
