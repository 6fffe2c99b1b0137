// English output has no Swedish in it (issue 15): every table the plugin shows for the reference
// datasets, and every finding of their audits, read in English. The documents' own words
// (titles, vocabulary, ids) stay as written, so only what the package words is checked: table
// titles, column heads, notes, the labels of total rows, and messages with their quoted data
// and parenthesised lists taken out.
import { plainCell, type Table } from '@styrkit/core';
import type { PluginContext } from '@styrkit/plugin';
import { describe, expect, it } from 'vitest';
import {
  auditBacklog,
  auditEffectPlan,
  auditGoalTree,
  parseBacklog,
  parseEffectPlan,
  parseGoalTree,
} from '../index.js';
import { effectsPlugin } from '../plugin.js';
import { loadExample, unwrap } from './helpers.js';

// docs/examples: the reference datasets of every effects kind.
const plans = [
  'linkoping-vso-2021/effects.yaml',
  'goteborg-avo-2024/effects-plan.yaml',
  'synthetic-issue-16/effects-scenarios.yaml',
].map((f) => unwrap(parseEffectPlan(loadExample(f).document)));
const tree = unwrap(parseGoalTree(loadExample('sala-esf-ip/goals.yaml').document));
const backlog = unwrap(
  parseBacklog(loadExample('goteborg-avo-2024/effects-backlog.yaml').document),
);

const SWEDISH = /[åäöÅÄÖ]|\b(Summa|Netto|Totalt|ja|nej|och|saknas|okänd|okända|kostnader)\b/;

// The plugin's table views, as the host renders them (these views read no other documents).
const context = { locale: 'en', documents: () => [] } as unknown as PluginContext;
function tablesOf(kind: string, document: unknown): Table[] {
  return effectsPlugin.tables
    .filter((view) => view.kind === kind)
    .flatMap((view) => view.render(document as never, context));
}

/** What the package itself words in a table, read in English. */
function wordedText(table: Table): string[] {
  const out = [table.title.en, ...table.columns.map((c) => c.title.en)];
  for (const note of table.notes ?? []) out.push(note.en);
  for (const row of table.rows) {
    if (row.kind === undefined) continue;
    const first = table.columns[0];
    if (first !== undefined) out.push(plainCell(row.cells[first.key], 'en'));
  }
  return out;
}

/** A message without its quoted data ("…") and parenthesised lists (vocabulary, roles). */
const ownWords = (text: string): string =>
  text.replace(/"[^"]*"/g, '""').replace(/\([^)]*\)/g, '()');

describe('English output of the reference datasets', () => {
  const tables = [
    ...plans.flatMap((p) => tablesOf('effects/effect-plan', p)),
    ...tablesOf('effects/goal-tree', tree),
    ...tablesOf('effects/backlog', backlog),
  ];

  it('builds the tables of every kind', () => {
    expect(tables.length).toBeGreaterThan(8);
    expect(tables.some((t) => t.rows.some((r) => r.kind === 'total'))).toBe(true);
  });

  it('words table titles, heads, notes and total rows in English only', () => {
    const leaks = tables.flatMap((t) =>
      wordedText(t)
        .filter((s) => SWEDISH.test(s))
        .map((s) => `${t.id}: ${s}`),
    );
    expect(leaks).toEqual([]);
  });

  it('words every finding in English only', () => {
    const findings = [
      ...plans.flatMap((p) => auditEffectPlan(p)),
      ...auditGoalTree(tree),
      ...auditBacklog(backlog),
    ];
    expect(findings.length).toBeGreaterThan(10);
    const leaks = findings
      .filter((f) => SWEDISH.test(ownWords(f.message.en)))
      .map((f) => `${f.code}: ${f.message.en}`);
    expect(leaks).toEqual([]);
  });
});
