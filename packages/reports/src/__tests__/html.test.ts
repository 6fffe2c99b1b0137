import { describe, expect, it } from 'vitest';
import { escapeHtml, reportToPrintHtml } from '../index.js';
import { report } from './fixtures.js';

describe('reportToPrintHtml', () => {
  const html = reportToPrintHtml(report, { locale: 'sv' });

  it('is one standalone document with the language set and an A4 print stylesheet', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page { size: A4 portrait;');
    expect(html).toContain('@page wide { size: A4 landscape;');
    expect(html).not.toMatch(/<(script|link|img)\b/);
    expect(reportToPrintHtml(report, { locale: 'en' })).toContain('<html lang="en">');
  });

  it('escapes every text', () => {
    expect(html).toContain('<h1>Objektplan &lt;VSO&gt; &amp; 2021</h1>');
    expect(html).toContain('<title>Objektplan &lt;VSO&gt; &amp; 2021</title>');
    expect(html).not.toContain('<VSO>');
    expect(escapeHtml(`a'b"c`)).toBe('a&#39;b&quot;c');
  });

  it('writes accessible tables: caption, thead, column headers, numbers right-aligned', () => {
    expect(html).toContain('<caption>Budget 2021 (kkr)</caption>');
    expect(html).toContain('<th scope="col">Huvudaktivitet</th>');
    expect(html).toContain('<th scope="col" class="num">VM (kkr)</th>');
    expect(html).toContain('<td class="num">45\u00a0100</td>');
    expect(html).toContain('<td class="num">\u221216,4</td>');
    expect(html).toContain('<td class="num">67,15\u00a0%</td>');
    expect(html).toContain('<tr class="total">');
  });

  it('nests headings by section depth and marks wide tables landscape', () => {
    expect(html).toContain('<h2>Sammanfattning</h2>');
    expect(html).toContain('<h3>Budget</h3>');
    expect(html.match(/<div class="table-block landscape">/g)?.length).toBeGreaterThanOrEqual(1);
    expect(html).toContain('<div class="table-block">');
  });

  it('lists the metadata and the findings appendix', () => {
    expect(html).toContain('<dt>Diarienummer</dt><dd>SON 2020/123</dd>');
    expect(html).toContain('<section class="appendix">');
    expect(html).toContain('Radsumman stämmer inte');
  });
});
