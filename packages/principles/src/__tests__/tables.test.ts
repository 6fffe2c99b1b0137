import { tableToMarkdown, plainCell } from '@styrkit/core';
import { describe, expect, it } from 'vitest';
import { summarizeResponse } from '../summary.js';
import { responseTable, summaryTable, templateTable } from '../tables.js';
import { loadResponse, loadTemplate } from './fixtures.js';

const sala = loadTemplate();
const questionCount = sala.sections.reduce((a, s) => a + s.questions.length, 0);

describe('tables', () => {
  it('lists every question and the justification rows of the Sala checklist', () => {
    const table = responseTable(loadResponse(2), sala);
    const withRule = sala.sections.filter((s) => s.justification !== undefined).length;
    expect(table.rows).toHaveLength(questionCount + withRule);
    const crpd = table.rows.find((r) => r.id === 'hp-crpd');
    expect(crpd?.cells.answer).toBeNull(); // unknown stays unknown, rendered "–"
    expect(crpd?.cells.assessment).toBe('Obesvarad');
    expect(table.title.sv).toContain('2023/4');
    expect(tableToMarkdown(table)).toContain('| Horisontella principer');
  });

  it('summarises per section with a total row that adds up', () => {
    const summary = summarizeResponse(loadResponse(1), sala);
    const table = summaryTable(summary, { locale: 'en' });
    const total = table.rows.at(-1);
    expect(total?.kind).toBe('total');
    for (const key of ['favourable', 'unfavourable', 'disabled'] as const) {
      const sum = summary.sections.reduce((a, s) => a + s[key], 0);
      expect(plainCell(total?.cells[key])).toBe(String(sum));
    }
    expect(total?.cells.attention).toBe('Yes');
    expect(table.notes?.map((n) => n.en)).toEqual([expect.stringContaining('Unfavourable answer')]);
  });

  it('describes a template for review', () => {
    const table = templateTable(sala, { locale: 'en' });
    expect(table.rows).toHaveLength(questionCount);
    expect(table.rows.find((r) => r.id === 'rural-more-jobs')?.cells.condition).toBe(
      'rural-consequences = Yes',
    );
    expect(table.rows.find((r) => r.id === 'hp-accessibility-risk')?.cells.favourable).toBe('No');
  });

  it("names answer types and choices in the reader's language, not by their ids", () => {
    const sv = templateTable(sala);
    const row = (id: string) => sv.rows.find((r) => r.id === id)?.cells;
    expect(row('rural-more-jobs')?.condition).toBe('rural-consequences = Ja');
    expect(row('hp-accessibility-risk')?.favourable).toBe('Nej');
    expect(row('hp-accessibility-risk')?.type).toBe('Ja/nej');
    const en = templateTable(sala, { locale: 'en' });
    expect(en.rows.find((r) => r.id === 'hp-accessibility-risk')?.cells.type).toBe('Yes/no');
  });
});
