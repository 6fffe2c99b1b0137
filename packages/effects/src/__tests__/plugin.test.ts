import { tableToMarkdown } from '@styrkit/core';
import { validatePlugins, type PluginContext } from '@styrkit/plugin';
import { describe, expect, it } from 'vitest';
import defaultPlugin, { effectsPlugin } from '../plugin.js';
import { loadExample } from './helpers.js';

const examples = [
  'linkoping-vso-2021/effects.yaml',
  'sala-esf-ip/goals.yaml',
  'goteborg-avo-2024/effects-plan.yaml',
  'goteborg-avo-2024/effects-backlog.yaml',
].map(loadExample);

const context: PluginContext = {
  locale: 'sv',
  documents: (kind) =>
    examples
      .filter((e) => e.kind === kind)
      .map((e) => ({ id: e.id, kind: e.kind, document: e.document })),
};

describe('effects plugin', () => {
  it('is valid for the host and exported both ways', () => {
    expect(defaultPlugin).toBe(effectsPlugin);
    const { findings } = validatePlugins([effectsPlugin], { hostVersion: '0.1.0' });
    expect(findings).toEqual([]);
    expect(effectsPlugin.kinds.map((k) => k.name)).toEqual([
      'effects/goal-tree',
      'effects/effect-plan',
      'effects/measurements',
      'effects/backlog',
    ]);
  });

  it('parses, checks and renders every reference dataset through the plugin', () => {
    for (const e of examples) {
      const kind = effectsPlugin.kinds.find((k) => k.name === e.kind);
      expect(kind, e.kind).toBeDefined();
      const parsed = kind?.parse?.(e.document);
      expect(parsed?.ok, e.id).toBe(true);
      if (parsed?.ok !== true) continue;
      for (const check of effectsPlugin.checks.filter((c) => c.kind === e.kind)) {
        expect(Array.isArray(check.run(parsed.value, context))).toBe(true);
      }
      for (const view of effectsPlugin.tables.filter((t) => t.kind === e.kind)) {
        for (const table of view.render(parsed.value, context)) {
          expect(tableToMarkdown(table).length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('checks measurements against the goals of the named plan', () => {
    const kind = effectsPlugin.kinds.find((k) => k.name === 'effects/measurements')!;
    const doc = kind.parse!({
      planId: 'sala-esf-ip-goals',
      measurements: [
        { goalId: 's-ind-1', date: '2023-01-01', value: '1', unit: 'st' },
        { goalId: 'nope', date: '2023-01-01', value: '1', unit: 'st' },
      ],
    });
    expect(doc.ok).toBe(true);
    if (!doc.ok) return;
    const check = effectsPlugin.checks.find((c) => c.kind === 'effects/measurements')!;
    expect(check.run(doc.value, context).map((f) => f.code)).toEqual([
      'effects/measurement-without-indicator',
      'effects/measurement-unknown-goal',
    ]);
  });
});
