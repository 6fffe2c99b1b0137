import { exact, exactSchema, type Finding } from '@styrkit/core';
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import {
  defineCheck,
  defineKind,
  definePlugin,
  defineRecogniser,
  defineTable,
  migrateDocument,
  validatePlugins,
  type PluginManifest,
  type RecognisableTable,
  type StyrkitPlugin,
} from '../index.js';

const budget = defineKind({
  name: 'demo/budget',
  title: { sv: 'Budget', en: 'Budget' },
  schema: z.strictObject({ total: exactSchema, items: z.array(exactSchema) }),
  schemaVersion: 2,
  migrations: [{ from: 1, to: 2, migrate: (doc) => ({ ...(doc as object), items: [] }) }],
});

const demo = definePlugin({
  manifest: {
    name: 'demo',
    version: '1.2.0',
    hostRange: '^0.1.0',
    title: { sv: 'Demo', en: 'Demo' },
  },
  kinds: [budget],
  checks: [
    defineCheck(budget, {
      id: 'demo/positive',
      title: { sv: 'Positivt', en: 'Positive' },
      // The document is typed by the kind's schema: total is an Exact here.
      run: (doc): Finding[] =>
        doc.total.isNegative()
          ? [
              {
                code: 'demo/negative',
                severity: 'error',
                path: ['total'],
                message: { sv: 'Negativ', en: 'Negative' },
              },
            ]
          : [],
    }),
  ],
  tables: [
    defineTable(budget, {
      id: 'demo/summary',
      title: { sv: 'Sammanfattning', en: 'Summary' },
      render: () => [],
    }),
  ],
});

function plugin(
  manifest: Partial<PluginManifest> & { name: string },
  extra: Partial<StyrkitPlugin> = {},
): StyrkitPlugin {
  return definePlugin({
    manifest: {
      version: '1.0.0',
      hostRange: '^0.1.0',
      title: { sv: manifest.name, en: manifest.name },
      ...manifest,
    },
    ...extra,
  });
}

describe('definePlugin', () => {
  it('fills empty lists, freezes, and keeps typed checks runnable', () => {
    expect(demo.exporters).toEqual([]);
    expect(Object.isFrozen(demo)).toBe(true);
    const check = demo.checks[0];
    const findings = check?.run(
      { total: exact('-1'), items: [] },
      { locale: 'sv', documents: () => [] },
    );
    expect(findings?.[0]?.code).toBe('demo/negative');
  });
});

describe('validatePlugins', () => {
  it('orders dependencies first and keeps list order otherwise', () => {
    const a = plugin({ name: 'a' });
    const b = plugin({ name: 'b', dependencies: { a: '^1.0.0' } });
    const c = plugin({ name: 'c' });
    const v = validatePlugins([b, c, a, demo], { hostVersion: '0.1.0' });
    expect(v.findings).toEqual([]);
    expect(v.order.map((p) => p.manifest.name)).toEqual(['c', 'a', 'b', 'demo']);
  });

  it('reports duplicates, version ranges, missing dependencies and cycles', () => {
    const v = validatePlugins(
      [
        plugin({ name: 'a' }),
        plugin({ name: 'a' }),
        plugin({ name: 'old', hostRange: '^2.0.0' }),
        plugin({ name: 'needy', dependencies: { ghost: '*' } }),
        plugin({ name: 'picky', dependencies: { a: '^3.0.0' } }),
        plugin({ name: 'x', dependencies: { y: '*' } }),
        plugin({ name: 'y', dependencies: { x: '*' } }),
        plugin({ name: 'Bad Name', version: 'one' }),
        plugin({ name: 'leaf', dependencies: { needy: '*' } }),
      ],
      { hostVersion: '0.1.0' },
    );
    const codes = v.findings.map((f) => `${f.code}@${String(f.path[0])}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'plugin/duplicate-name@1',
        'plugin/host-version-mismatch@2',
        'plugin/missing-dependency@3',
        'plugin/dependency-version-mismatch@4',
        'plugin/dependency-cycle@5',
        'plugin/dependency-cycle@6',
        'plugin/invalid-manifest@7',
      ]),
    );
    expect(v.order.map((p) => p.manifest.name)).toEqual(['a']);
    for (const f of v.findings) {
      expect(f.message.sv.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
    }
  });

  it('reports kinds outside the namespace, duplicate kinds, unknown kinds and migration gaps', () => {
    const stray = defineKind({
      name: 'other/thing',
      title: { sv: 'T', en: 'T' },
      schema: z.object({}),
      schemaVersion: 3,
    });
    const p = plugin(
      { name: 'bad' },
      {
        kinds: [stray],
        checks: [{ id: 'c', kind: 'bad/none', title: { sv: 'C', en: 'C' }, run: () => [] }],
      },
    );
    const twin = plugin({ name: 'other' }, { kinds: [stray] });
    const codes = validatePlugins([p, twin], { hostVersion: '0.1.0' }).findings.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'plugin/kind-outside-namespace',
        'plugin/unknown-kind',
        'plugin/migration-gap',
        'plugin/duplicate-kind',
      ]),
    );
  });

  it('property: the order never lists a plugin before its dependencies', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 3 }), {
          minLength: 1,
          maxLength: 8,
        }),
        (edges) => {
          const plugins = edges.map((deps, i) =>
            plugin({
              name: `p${i}`,
              dependencies: Object.fromEntries(
                deps.filter((d) => d < edges.length && d !== i).map((d) => [`p${d}`, '*']),
              ),
            }),
          );
          const { order } = validatePlugins(plugins, { hostVersion: '0.1.0' });
          const position = new Map(order.map((p, i) => [p.manifest.name, i]));
          for (const p of order) {
            for (const dep of Object.keys(p.manifest.dependencies ?? {})) {
              expect(position.get(dep)).toBeLessThan(position.get(p.manifest.name) ?? -1);
            }
          }
        },
      ),
    );
  });
});

describe('defineRecogniser', () => {
  const totalTable = defineRecogniser(budget, {
    id: 'demo/total-table',
    title: { sv: 'Summatabell', en: 'Total table' },
    recognise: (table) => {
      const total = table.rows.find((r) => r.kind === 'total')?.values[0];
      if (total === undefined || total === null || total === 'unknown') return undefined;
      return { document: { total: total.toString(), items: [] }, findings: [] };
    },
  });
  const table: RecognisableTable = {
    caption: 'Tabell 1',
    unit: 'tkr',
    columns: [{ label: 'Belopp', path: ['Belopp'] }],
    rows: [
      { label: 'A', kind: 'data', values: [exact('1')] },
      { label: 'Summa', kind: 'total', values: [exact('1')] },
    ],
  };
  const context = { locale: 'sv' as const, documents: () => [], tables: [table] };

  it('fills in the kind, and returns undefined for a table it does not know', () => {
    expect(totalTable.kind).toBe('demo/budget');
    expect(totalTable.recognise(table, context)).toEqual({
      kind: 'demo/budget',
      document: { total: '1', items: [] },
      findings: [],
    });
    expect(totalTable.recognise({ columns: [], rows: [] }, context)).toBeUndefined();
  });

  it('lives in the plugin, frozen; none when not given', () => {
    const p = plugin({ name: 'demo' }, { kinds: [budget], recognisers: [totalTable] });
    expect(p.recognisers).toEqual([totalTable]);
    expect(Object.isFrozen(p.recognisers)).toBe(true);
    expect(demo.recognisers).toEqual([]);
    expect(validatePlugins([p], { hostVersion: '0.1.0' }).findings).toEqual([]);
  });

  it('validation: a recogniser for a kind the plugin does not declare, duplicate ids', () => {
    const stray = { ...totalTable, kind: 'other/budget' };
    const a = plugin({ name: 'demo' }, { kinds: [budget], recognisers: [totalTable, stray] });
    const b = plugin({ name: 'b' }, { recognisers: [] });
    const twin = definePlugin({
      manifest: {
        name: 'twin',
        version: '1.0.0',
        hostRange: '^0.1.0',
        title: { sv: 'T', en: 'T' },
      },
      kinds: [defineKind({ ...budget, name: 'twin/budget' })],
      recognisers: [{ ...totalTable, kind: 'twin/budget' }],
    });
    const v = validatePlugins([a, b, twin], { hostVersion: '0.1.0' });
    const found = v.findings.map((f) => `${f.code}@${f.path.join('.')}`);
    expect(found).toEqual([
      'plugin/unknown-kind@0.recognisers.1.kind',
      'plugin/duplicate-recogniser@0.recognisers.1.id',
      'plugin/duplicate-recogniser@2.recognisers.0.id',
    ]);
    expect(v.order.map((p) => p.manifest.name)).toEqual(['b']);
    for (const f of v.findings) {
      expect(f.message.sv.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
    }
  });

  it('tolerates a plugin object made without recognisers', () => {
    const { recognisers: _unused, ...old } = plugin({ name: 'old' });
    expect(validatePlugins([old as StyrkitPlugin], { hostVersion: '0.1.0' }).findings).toEqual([]);
  });
});

describe('migrateDocument', () => {
  it('applies migrations, then validates', () => {
    const r = migrateDocument(budget, { total: '45 100' }, 1);
    expect(r.ok && r.value.total.toString()).toBe('45100');
    const tooNew = migrateDocument(budget, { total: '1', items: [] }, 3);
    expect(!tooNew.ok && tooNew.error[0]?.code).toBe('plugin/schema-version-too-new');
    const invalid = migrateDocument(budget, { total: 'mycket', items: [] }, 2);
    expect(!invalid.ok && invalid.error[0]?.path).toEqual(['total']);
    const failing = defineKind({
      ...budget,
      migrations: [
        {
          from: 1,
          to: 2,
          migrate: () => {
            throw new Error('boom');
          },
        },
      ],
    });
    expect(!migrateDocument(failing, {}, 1).ok).toBe(true);
  });
});
