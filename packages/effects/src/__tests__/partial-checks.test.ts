// Checks that do not hide each other (issue 16): an effect plan with one invalid field still
// gets every check that does not depend on it. Fixture: a hand-edited copy of
// docs/examples/linkoping-vso-2021/effects.yaml (initiatives[1] "Nya e-tjänster", :100-104,
// given a cost in words and a perspective list that is a number).
import { describe, expect, it } from 'vitest';
import type { Finding } from '@styrkit/core';
import { checkWithKind, type PluginContext } from '@styrkit/plugin';
import { parseEffectPlan } from '../parse.js';
import { effectsPlugin } from '../plugin.js';
import { loadExample } from './helpers.js';

const file = loadExample('linkoping-vso-2021/effects.yaml');
const ctx: PluginContext = { locale: 'sv', documents: () => [] };
const keyed = (fs: readonly Finding[]) => fs.map((f) => `${f.code} ${f.path.join('.')}`);

function check(input: unknown): string[] {
  const kind = effectsPlugin.kinds.find((k) => k.name === file.kind)!;
  const checks = effectsPlugin.checks.filter((c) => c.kind === file.kind);
  return keyed(checkWithKind(kind, checks, input, ctx));
}

function broken(): unknown {
  const doc = structuredClone(file.document) as { initiatives: Record<string, unknown>[] };
  doc.initiatives[1]!['cost'] = 'en miljon';
  doc.initiatives[1]!['perspectives'] = 3;
  return doc;
}

describe('effect plan with two invalid fields in one initiative', () => {
  it('the strict parser refuses it (what hid every check before)', () => {
    expect(parseEffectPlan(broken()).ok).toBe(false);
  });

  it('reports the invalid fields and keeps every finding that does not depend on them', () => {
    const before = check(file.document);
    const after = check(broken());
    // The unedited file: 4 errors, 10 warnings, 2 info (as `pnpm check-examples` prints them).
    expect(before).toHaveLength(16);
    expect(after).toContain('effects/invalid-input initiatives.1.cost');
    expect(after).toContain('effects/invalid-input initiatives.1.perspectives');
    // Only the total of the costs depends on the left-out cost.
    const independent = before.filter((k) => k !== 'effects/costs-partly-unknown initiatives');
    expect(independent).toHaveLength(15);
    for (const k of independent) expect(after).toContain(k);
  });
});
