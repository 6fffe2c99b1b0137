import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOCX_MEDIA_TYPE, reportToDocx } from '../index.js';
import { report } from './fixtures.js';

async function documentXml(locale: 'sv' | 'en'): Promise<string> {
  const files = unzipSync(await reportToDocx(report, { locale }));
  const xml = files['word/document.xml'];
  if (xml === undefined) throw new Error('no word/document.xml');
  return strFromU8(xml);
}

/** Text of every paragraph of the body, runs joined. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => (t[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'))
      .join(''),
  );
}

describe('reportToDocx', () => {
  it('writes an Office Open XML package with the Word parts', async () => {
    const bytes = await reportToDocx(report);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const files = Object.keys(unzipSync(bytes));
    expect(files).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    );
    expect(DOCX_MEDIA_TYPE).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('writes figures with core formatting in Swedish: NBSP grouping, U+2212 minus, "67,15 %"', async () => {
    const text = paragraphs(await documentXml('sv'));
    expect(text).toContain('45\u00a0100');
    expect(text).toContain('\u221216,4');
    expect(text).toContain('67,15\u00a0%');
    expect(text).toContain('–');
    expect(text).toContain('Objektplan <VSO> & 2021');
  });

  it('writes English labels and numbers in the en locale', async () => {
    const text = paragraphs(await documentXml('en'));
    expect(text).toContain('45,100');
    expect(text).toContain('67.15%');
    expect(text).toContain('Summary');
    expect(text).toContain('Appendix: audit findings');
  });

  it('uses Word heading styles, a repeated header row, right-aligned numbers and bold totals', async () => {
    const xml = await documentXml('sv');
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:jc w:val="right"/>');
    const totalRow = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)]
      .map((m) => m[0])
      .find((row) => row.includes('>Summa<'));
    expect(totalRow).toContain('<w:b/>');
  });

  it('puts a wide table on a landscape A4 page and keeps the rest portrait', async () => {
    const xml = await documentXml('sv');
    const sizes = [...xml.matchAll(/<w:pgSz [^>]*\/>/g)].map((m) => m[0]);
    expect(sizes.some((s) => s.includes('w:orient="landscape"'))).toBe(true);
    expect(sizes.some((s) => s.includes('w:orient="portrait"'))).toBe(true);
    for (const s of sizes) expect(s).toMatch(/w:w="(11906|16838)"/);
  });

  it('ends with the findings appendix, errors first, figures in the locale', async () => {
    const text = paragraphs(await documentXml('sv'));
    const appendix = text.indexOf('Bilaga: Granskningens iakttagelser');
    expect(appendix).toBeGreaterThan(text.indexOf('Sammanfattning'));
    expect(text.indexOf('Fel')).toBeLessThan(text.indexOf('Information'));
    expect(text).toContain('1\u00a0900,5');
  });

  it('says "no findings" when the audit found nothing, and has no appendix without findings', async () => {
    const { findings: _, ...withoutFindings } = report;
    const none = strFromU8(
      unzipSync(await reportToDocx({ ...report, findings: [] }))['word/document.xml']!,
    );
    expect(none).toContain('Granskningen gav inga iakttagelser.');
    const absent = strFromU8(unzipSync(await reportToDocx(withoutFindings))['word/document.xml']!);
    expect(absent).not.toContain('Bilaga: Granskningens');
  });
});
