// English output has no Swedish in it (issue 15): every table the plugin shows for the reference
// datasets, the plugin's own titles, and every finding of their audits, read in English; and
// Swedish output no English. The documents' own words (titles, vocabulary, ids) stay as
// written, so only what the package words is checked: table titles, column heads, notes, the
// labels of total rows, and messages with their quoted data and parenthesised lists taken out.
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
// English words the package's tables could leak into Swedish ("half-up" is kept in Swedish notes).
const ENGLISH =
  /\b(the|and|of|Total|Net|Costs?|Benefits?|Year|Yes|No|Goals?|missing|unknown|Level|Rank|Item|Line|Scenario|Payback|discount|rounded|amounts?|stated|checked)\b/i;

// The plugin's table views, as the host renders them (these views read no other documents).
function tablesOf(kind: string, document: unknown, locale: 'sv' | 'en' = 'en'): Table[] {
  const context = { locale, documents: () => [] } as unknown as PluginContext;
  return effectsPlugin.tables
    .filter((view) => view.kind === kind)
    .flatMap((view) => view.render(document as never, context));
}

/** What the package itself words in a table, read in one language. */
function wordedText(table: Table, locale: 'sv' | 'en' = 'en'): string[] {
  const out = [table.title[locale], ...table.columns.map((c) => c.title[locale])];
  for (const note of table.notes ?? []) out.push(note[locale]);
  for (const row of table.rows) {
    if (row.kind === undefined) continue;
    const first = table.columns[0];
    if (first !== undefined) out.push(plainCell(row.cells[first.key], locale));
  }
  return out;
}

/** The plugin's own titles: manifest, kinds, checks and table views. */
function pluginTexts(locale: 'sv' | 'en'): string[] {
  const { manifest, kinds, checks, tables } = effectsPlugin;
  return [manifest.title, manifest.description, ...kinds, ...checks, ...tables].flatMap((t) =>
    t === undefined ? [] : ['title' in t ? t.title[locale] : t[locale]],
  );
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

  it('words the same tables in Swedish without English words', () => {
    const swedish = [
      ...plans.flatMap((p) => tablesOf('effects/effect-plan', p, 'sv')),
      ...tablesOf('effects/goal-tree', tree, 'sv'),
      ...tablesOf('effects/backlog', backlog, 'sv'),
    ];
    expect(swedish.length).toBe(tables.length);
    const leaks = swedish.flatMap((t) =>
      wordedText(t, 'sv')
        .filter((s) => ENGLISH.test(s))
        .map((s) => `${t.id}: ${s}`),
    );
    expect(leaks).toEqual([]);
  });

  it("words the plugin's manifest, kinds, checks and views in one language each", () => {
    const en = pluginTexts('en');
    expect(en.length).toBe(2 + 4 + 4 + 3);
    expect(en.filter((s) => SWEDISH.test(s))).toEqual([]);
    expect(pluginTexts('sv').filter((s) => ENGLISH.test(s))).toEqual([]);
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
