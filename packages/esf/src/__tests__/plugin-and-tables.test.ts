import { describe, expect, it } from 'vitest';
import { tableToMarkdown } from '@styrkit/core';
import { validatePlugins, type PluginContext, type StoredDocument } from '@styrkit/plugin';
import esfDefault, { esfPlugin } from '../plugin.js';
import { financingTable, hoursByGenderTable, participantsTable } from '../index.js';
import { loadSala, readEnvelope } from './fixtures.js';

const files = [
  'call.yaml',
  'project.yaml',
  'change-request-2022-06.yaml',
  'time-reports.yaml',
  'final-report.yaml',
];
const stored: StoredDocument[] = files.map((f) => {
  const e = readEnvelope(`sala-esf-ip/${f}`);
  return { id: e.id, kind: e.kind, document: e.document };
});

/** A host stand-in: documents parsed by their kind, as the host would store them. */
function context(locale: 'sv' | 'en' = 'sv'): PluginContext {
  const parsed = stored.map((d) => {
    const kind = esfPlugin.kinds.find((k) => k.name === d.kind);
    const r = kind?.parse?.(d.document);
    if (r?.ok !== true) throw new Error(`fixture ${d.id} does not parse`);
    return { ...d, document: r.value };
  });
  return { locale, documents: (kind) => parsed.filter((d) => d.kind === kind) };
}

describe('esf plugin', () => {
  it('is valid for the host, default and named exports agree', () => {
    expect(esfDefault).toBe(esfPlugin);
    const { findings } = validatePlugins([esfPlugin], { hostVersion: '0.1.0' });
    expect(findings).toEqual([]);
    expect(esfPlugin.kinds.map((k) => k.name)).toEqual([
      'esf/call',
      'esf/project',
      'esf/change-request',
      'esf/time-reports',
      'esf/final-report',
    ]);
  });

  it('every reference envelope names a declared kind and parses', () => {
    const ctx = context();
    for (const d of stored) expect(ctx.documents(d.kind).some((x) => x.id === d.id)).toBe(true);
  });

  it('checks find the Sala errors through the context', () => {
    const ctx = context();
    const findings = esfPlugin.checks.flatMap((check) =>
      ctx.documents(check.kind).flatMap((d) => check.run(d.document, ctx)),
    );
    const errors = findings
      .filter((f) => f.severity === 'error')
      .map((f) => f.code)
      .sort();
    expect(errors).toEqual([
      'esf/cofinancing-below-required',
      'esf/cofinancing-below-required',
      'esf/table-total-mismatch',
      'esf/table-total-mismatch',
    ]);
  });

  it('table views render for every kind they declare, in Swedish and English', () => {
    for (const locale of ['sv', 'en'] as const) {
      const ctx = context(locale);
      const tables = esfPlugin.tables.flatMap((view) =>
        ctx.documents(view.kind).flatMap((d) => view.render(d.document, ctx)),
      );
      expect(tables.map((t) => t.id)).toEqual([
        'esf/financing',
        'esf/costs',
        'esf/budget-by-phase',
        'esf/hours-vs-plan',
        'esf/cofinancing-value',
        'esf/hours-by-gender',
        'esf/participants',
        'esf/final-report',
      ]);
      for (const t of tables) expect(tableToMarkdown(t, { locale }).length).toBeGreaterThan(0);
    }
  });
});

describe('tables', () => {
  const sala = loadSala();

  it('the financing table shows 67,15 % and 32,85 % and the shortfall', () => {
    const md = tableToMarkdown(financingTable(sala.project, sala.call));
    expect(md).toContain('67,15');
    expect(md).toContain('32,85');
    expect(md).toContain('3\u00a0726\u00a0629');
    expect(md).toContain('8\u00a0246');
  });

  it('statistics tables hold aggregates only: no participant id leaves', () => {
    const text = [hoursByGenderTable(sala.timeReports), participantsTable(sala.timeReports)]
      .map((t) => JSON.stringify(t))
      .join('');
    expect(text).not.toMatch(/P\d{4}/);
    const md = tableToMarkdown(participantsTable(sala.timeReports));
    expect(md).toContain('744');
    expect(md).toContain('188');
    expect(md).toContain('932');
  });
});
