// English output has no Swedish in it, Swedish output no English (issue 15): every table the
// plugin shows for the reference dataset (docs/examples/sala-san-2023-06) and for the built-in
// templates, the plugin's own titles, its Markdown and HTML exports and the Word attachment's
// document. The documents' own words (case facts, signer, comments, justifications, a given
// answer) stay as written, so they are taken out before the check; template texts are checked
// in the language they are written for.
import { plainCell, type LocalizedText, type Table } from '@styrkit/core';
import type { PluginContext, StoredDocument } from '@styrkit/plugin';
import type { Report } from '@styrkit/reports';
import { describe, expect, it } from 'vitest';
import { auditResponse, builtInTemplates, checklistAttachment } from '../index.js';
import type { ChecklistResponse } from '../model.js';
import { principlesPlugin } from '../plugin.js';
import { loadResponse, loadTemplate, readEnvelope } from './fixtures.js';

type Locale = 'sv' | 'en';

const SWEDISH =
  /[åäöÅÄÖ]|\b(ja|nej|och|eller|ej|inte|saknas|Summa|Totalt|Svar|Avsnitt|Motivering|Mall|Nämnd|Bilaga|Datum|Sammanfattning|Gynnsamt|Ogynnsamt|Obesvarad)\b/i;
// "Status", "Id" and "Neutral" are Swedish too; answer ids in the template table are ids.
const ENGLISH =
  /\b(the|and|of|by|is|are|Total|Yes|No|Section|Question|Answer|Assessment|Comment|Template|Case|Committee|Meeting|Summary|Justification|Completed|Signed|Favourable|Unfavourable|Unanswered|Checklist)\b/i;

const template = loadTemplate();
const responses = [loadResponse(1), loadResponse(2)];
const storedTemplate: StoredDocument = {
  id: readEnvelope('checklist-template.yaml').id,
  kind: 'principles/template',
  document: readEnvelope('checklist-template.yaml').document,
};

function contextIn(locale: Locale): PluginContext {
  return {
    locale,
    documents: (kind) => (kind === storedTemplate.kind ? [storedTemplate] : []),
  };
}

/** The response's own words: taken out of an export before its words are checked. */
function ownData(response: ChecklistResponse): string[] {
  const c = response.case;
  const signer = response.signedBy;
  return [
    c.title,
    c.diarienummer,
    c.committee,
    c.meetingDate,
    signer?.name,
    signer?.role,
    response.signedAt,
    ...Object.values(response.justifications ?? {}),
    ...Object.values(response.comments ?? {}),
  ].filter((s): s is string => s !== undefined && s !== '');
}

function withoutData(text: string, data: readonly string[]): string {
  // Longest first, so a date inside a longer text goes with it.
  return [...data].sort((a, b) => b.length - a.length).reduce((t, d) => t.split(d).join(''), text);
}

function tablesOf(kind: string, document: unknown, locale: Locale): Table[] {
  return principlesPlugin.tables
    .filter((view) => view.kind === kind)
    .flatMap((view) => view.render(document as never, contextIn(locale)));
}

/** What the package words in a table: title, column heads, notes, labels of total rows. */
function wordedText(table: Table, locale: Locale): string[] {
  const out = [table.title[locale], ...table.columns.map((c) => c.title[locale])];
  for (const note of table.notes ?? []) out.push(note[locale]);
  const first = table.columns[0];
  for (const row of table.rows) {
    if (row.kind !== undefined && first !== undefined) {
      out.push(plainCell(row.cells[first.key], locale));
    }
  }
  return out;
}

/** Every text of a report document in one language (labels, values, headings, tables). */
function reportText(report: Report, locale: Locale): string[] {
  const pick = (t: string | LocalizedText | undefined): string =>
    t === undefined ? '' : typeof t === 'string' ? t : t[locale];
  const out = [pick(report.title), pick(report.subtitle)];
  for (const row of report.metadata ?? []) out.push(pick(row.label), pick(row.value));
  for (const section of report.sections) {
    out.push(pick(section.heading));
    for (const block of section.blocks) {
      if (block.type === 'paragraph') out.push(pick(block.text));
      if (block.type === 'table') out.push(...wordedText(block.table, locale));
    }
  }
  return out;
}

/** Everything the package words for the reference dataset in one language, data taken out. */
function allOutput(locale: Locale): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const tables = [
    ...tablesOf('principles/template', template, locale),
    ...builtInTemplates.flatMap((t) => tablesOf('principles/template', t, locale)),
    ...responses.flatMap((r) => tablesOf('principles/response', r, locale)),
  ];
  for (const t of tables) {
    for (const text of wordedText(t, locale)) {
      const data = responses.flatMap(ownData);
      out.push({ where: t.id, text: withoutData(text, data) });
    }
  }
  for (const [i, response] of responses.entries()) {
    const data = ownData(response);
    for (const exporter of principlesPlugin.exporters) {
      if (exporter.fileExtension === 'docx') continue;
      const rendered = exporter.render(response, contextIn(locale));
      if (typeof rendered !== 'string') throw new Error(`${exporter.id} is not text`);
      // Tags and attributes are markup and ids, not words.
      const text = withoutData(rendered.replace(/<[^>]*>/g, '\n'), data);
      for (const line of text.split('\n'))
        out.push({ where: `${exporter.id} #${i + 1}`, text: line });
    }
    const attachment = checklistAttachment(response, template, {
      locale,
      findings: auditResponse(response, template),
    });
    for (const text of reportText(attachment, locale)) {
      out.push({ where: `attachment #${i + 1}`, text: withoutData(text, data) });
    }
  }
  return out;
}

/** The plugin's own titles: manifest, kinds, checks, table views and exporters. */
function pluginTexts(locale: Locale): string[] {
  const { manifest, kinds, checks, tables, exporters } = principlesPlugin;
  return [
    manifest.title[locale],
    manifest.description?.[locale] ?? '',
    ...[...kinds, ...checks, ...tables, ...exporters].map((t) => t.title[locale]),
  ];
}

describe('English and Swedish output of the reference dataset', () => {
  it('renders the tables, exports and attachment of every kind', () => {
    const en = allOutput('en');
    const where = new Set(en.map((o) => o.where.replace(/ #\d$/, '')));
    expect([...where].sort()).toEqual([
      'attachment',
      'principles/response',
      'principles/response-html',
      'principles/response-markdown',
      'principles/summary',
      'principles/template',
    ]);
    expect(en.length).toBeGreaterThan(100);
  });

  it('words everything in English only', () => {
    const leaks = allOutput('en')
      .filter((o) => SWEDISH.test(o.text))
      .map((o) => `${o.where}: ${o.text}`);
    expect(leaks).toEqual([]);
  });

  it('words everything in Swedish only', () => {
    const leaks = allOutput('sv')
      .filter((o) => ENGLISH.test(o.text))
      .map((o) => `${o.where}: ${o.text}`);
    expect(leaks).toEqual([]);
  });

  it("words the plugin's manifest, kinds, checks, views and exporters in one language each", () => {
    const en = pluginTexts('en');
    expect(en.length).toBe(2 + 2 + 2 + 2 + 3);
    expect(en.filter((s) => SWEDISH.test(s))).toEqual([]);
    expect(pluginTexts('sv').filter((s) => ENGLISH.test(s))).toEqual([]);
  });
});
