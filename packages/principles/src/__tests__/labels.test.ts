// The label catalogue (issue 15): every fixed word of the tables, exports and plugin has both
// languages, each in its own language, and their sources word nothing inline.
import { readFileSync } from 'node:fs';
import type { LocalizedText } from '@styrkit/core';
import { bilingualTextProblems, inlineWordingProblems } from '@styrkit/core/testing';
import { describe, expect, it } from 'vitest';
import {
  CHOICE_LABELS,
  DISCRIMINATION_GROUNDS,
  KNOWN_PRINCIPLES,
  OUTCOME_LABELS,
  principlesLabels,
  principlesTitles,
} from '../labels.js';

const SWEDISH =
  /[åäöÅÄÖ]|\b(ja|nej|och|eller|ej|inte|av|för|som|med|Summa|Totalt|Svar|Avsnitt|Mall|Bilaga|Datum|Nämnd|Gynnsamt|Ogynnsamt)\b/i;
// "Status", "Id", "Neutral", "Religion" and "version" are Swedish too.
const ENGLISH =
  /\b(the|and|of|by|as|in|is|are|or|with|for|Total|Yes|No|Section|Question|Answer|Assessment|Comment|Template|Case|Committee|Meeting|Summary|Justification|Completed|Signed|Favourable|Unfavourable|Checklist|Attachment)\b/i;

// Words that are the same in both languages.
const SAME_IN_BOTH = new Set(['principlesLabels.id', 'CHOICE_LABELS.neutral']);

function problemsOf(texts: Iterable<readonly [string, LocalizedText]>): string[] {
  return bilingualTextProblems(texts, { swedishWords: SWEDISH, englishWords: ENGLISH }).filter(
    (p) => !(SAME_IN_BOTH.has(p.split(':')[0] ?? '') && p.includes('are the same')),
  );
}

const entries = (prefix: string, labels: Readonly<Record<string, LocalizedText>>) =>
  Object.entries(labels).map(([key, label]) => [`${prefix}.${key}`, label] as const);

describe('principles label catalogue', () => {
  it('gives every label both languages, each without the other', () => {
    const all = [
      ...entries('principlesLabels', principlesLabels),
      ...entries('KNOWN_PRINCIPLES', KNOWN_PRINCIPLES),
      ...entries('CHOICE_LABELS', CHOICE_LABELS),
      ...entries('OUTCOME_LABELS', OUTCOME_LABELS),
      ...DISCRIMINATION_GROUNDS.map((g) => [`DISCRIMINATION_GROUNDS.${g.id}`, g] as const),
    ];
    expect(all.length).toBeGreaterThan(70);
    expect(problemsOf(all)).toEqual([]);
  });

  it("words the labels made from a template's title in both languages", () => {
    const title = { sv: 'Mall X', en: 'Template X' };
    expect(principlesTitles.attachment(title)).toEqual({
      sv: 'Bilaga: Mall X',
      en: 'Attachment: Template X',
    });
    expect(principlesTitles.templateVersion(title, 2)).toEqual({
      sv: 'Mall X, version 2',
      en: 'Template X, version 2',
    });
    const bare = { sv: 'X', en: 'X' };
    expect(problemsOf([['attachment', principlesTitles.attachment(bare)]])).toEqual([]);
  });

  it('leaves no inline wording in the table, export and plugin sources', () => {
    const files = [
      'tables.ts',
      'plugin.ts',
      'render-text.ts',
      'render-markdown.ts',
      'render-html.ts',
      'report.ts',
      'report-export.ts',
    ];
    const sources = files.map(
      (file) => [file, readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')] as const,
    );
    expect(inlineWordingProblems(sources)).toEqual([]);
  });
});
