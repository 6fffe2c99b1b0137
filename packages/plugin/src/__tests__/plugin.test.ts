import { exact, exactSchema, type Finding } from '@styrkit/core';
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  defineCheck,
  defineKind,
  definePlugin,
  defineTable,
  migrateDocument,
  validatePlugins,
  type PluginManifest,
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
