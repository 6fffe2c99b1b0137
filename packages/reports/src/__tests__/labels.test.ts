// Every fixed word of a rendered report lives in labels.ts, in Swedish and English: an English
// report carries no Swedish words of its own (issue 15: no "Summa", "Sida … av …" in English).
import { exact, type Table } from '@styrkit/core';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reportToDocx, reportToPrintHtml, type Report } from '../index.js';
import { reportLabels, severityLabels } from '../labels.js';

/** Words that are the same in both languages, so a label may read alike. */
const SAME_IN_BOTH = new Set(['Information']);

/** Swedish words a report's own labels and layout could leak; none may appear in English. */
const SWEDISH =
  /[åäöÅÄÖ]|\b(summa|bilaga|granskningens|iakttagelser?|allvarlighet|kod|plats|förväntat|faktiskt|sida|av|uppgifter|om|dokumentet|fel|varning|inga|gav)\b/i;

/** A report whose every text is given in both languages, so English output is the renderer's. */
const table: Table = {
  id: 'budget',
  title: { sv: 'Budget 2021 (kkr)', en: 'Budget 2021 (kkr)' },
  columns: [
    { key: 'activity', title: { sv: 'Huvudaktivitet', en: 'Main activity' }, kind: 'text' },
    { key: 'vm', title: { sv: 'Vidmakthållande', en: 'Maintain' }, kind: 'money', unit: 'kkr' },
  ],
  rows: [
    { cells: { activity: { sv: 'Användarstöd', en: 'User support' }, vm: exact('2000') } },
    { kind: 'total', cells: { activity: { sv: 'Summa', en: 'Total' }, vm: exact('2000') } },
  ],
  notes: [{ sv: 'Källa: planen.', en: 'Source: the plan.' }],
};
const report: Report = {
  title: { sv: 'Objektplan 2021', en: 'Object plan 2021' },
  metadata: [{ label: { sv: 'Diarienummer', en: 'Case number' }, value: 'SON 2020/123' }],
  sections: [
    {
      heading: { sv: 'Sammanfattning', en: 'Summary' },
      blocks: [{ type: 'table', table }],
    },
  ],
  findings: [
    {
      code: 'pm3/row-sum-mismatch',
      severity: 'error',
      path: ['budget', 'rows', 0],
      message: { sv: 'Radsumman stämmer inte', en: 'The row total does not match' },
      expected: '1800',
      actual: '1900',
    },
    {
      code: 'pm3/total-has-unknown',
      severity: 'warning',
      path: [],
      message: { sv: 'Okända poster', en: 'Unknown items' },
    },
    { code: 'pm3/x', severity: 'info', path: [], message: { sv: 'Notering', en: 'Note' } },
  ],
};

/** Every text of the Word document: body, header and footer parts. */
async function docxText(locale: 'sv' | 'en'): Promise<string> {
  const files = unzipSync(await reportToDocx(report, { locale }));
  return Object.entries(files)
    .filter(([name]) => /^word\/(document|footer\d*|header\d*)\.xml$/.test(name))
    .map(([, bytes]) =>
      [...strFromU8(bytes).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' '),
    )
    .join('\n');
}

/** The visible text of the page: tags, the style sheet and attribute values left out. */
function htmlText(locale: 'sv' | 'en'): string {
  return reportToPrintHtml(report, { locale })
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]*>/g, ' ');
}

describe('report labels', () => {
  it('every label is worded in Swedish and English', () => {
    for (const [key, text] of Object.entries({ ...reportLabels, ...severityLabels })) {
      expect(text.sv.length, key).toBeGreaterThan(1);
      expect(text.en.length, key).toBeGreaterThan(1);
      if (!SAME_IN_BOTH.has(text.en)) expect(text.en, key).not.toBe(text.sv);
      expect(SWEDISH.test(text.en), `${key}: ${text.en}`).toBe(false);
    }
  });

  it('an English report, as Word and as HTML, has no Swedish words of its own', async () => {
    const docx = await docxText('en');
    const html = htmlText('en');
    for (const text of [docx, html]) {
      expect(text).toContain('Total');
      expect(text).toContain('Appendix: audit findings');
      expect(text.match(SWEDISH)?.[0]).toBeUndefined();
    }
    expect(docx).toMatch(/\bPage\b[\s\S]*\bof\b/);
    // The aria label of the metadata list is a label too.
    expect(reportToPrintHtml(report, { locale: 'en' })).toContain(
      'aria-label="About this document"',
    );
  });

  it('the Swedish report uses the Swedish labels', async () => {
    const docx = await docxText('sv');
    const html = htmlText('sv');
    for (const text of [docx, html]) {
      expect(text).toContain('Summa');
      expect(text).toContain('Bilaga: Granskningens iakttagelser');
      expect(text).toContain('Förväntat');
    }
    expect(docx).toMatch(/\bSida\b[\s\S]*\bav\b/);
  });
});
