// The code catalogue owns every message: each code renders in Swedish and English from its
// data, and English carries no Swedish words.
import { catalogueRenderProblems } from '@styrkit/core/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  defineKind,
  definePlugin,
  migrateDocument,
  pluginCodes,
  validatePlugins,
} from '../index.js';
import type { PluginCode } from '../index.js';

type DataOf<K extends PluginCode> = Parameters<(typeof pluginCodes.specs)[K]['message']['sv']>[0];

/** Every code with data for each of its variants. */
const samples: { readonly [K in PluginCode]: readonly DataOf<K>[] } = {
  'plugin/invalid-manifest': [{ plugin: 'pm3', field: 'version', actual: 'one' }],
  'plugin/duplicate-name': [{ plugin: 'pm3', position: 1 }],
  'plugin/duplicate-kind': [{ kind: 'pm3/objektplan', owner: 'pm3' }],
  'plugin/kind-outside-namespace': [{ kind: 'esf/plan', plugin: 'pm3' }],
  'plugin/unknown-kind': [{ kind: 'pm3/other', plugin: 'pm3' }],
  'plugin/duplicate-recogniser': [{ recogniser: 'budget', plugin: 'b', owner: 'a' }],
  'plugin/migration-gap': [
    { in: 'kind', kind: 'pm3/objektplan', reached: 1, schemaVersion: 3 },
    { in: 'document', kind: 'pm3/objektplan', from: 2 },
  ],
  'plugin/migration-failed': [{ kind: 'pm3/objektplan', from: 1, error: 'TypeError: x' }],
  'plugin/schema-version-too-new': [{ version: 4, supported: 3 }],
  'plugin/host-version-mismatch': [{ plugin: 'pm3', range: '^2.0.0', host: '0.1.0' }],
  'plugin/missing-dependency': [{ plugin: 'b', dependency: 'a', range: '^1.0.0' }],
  'plugin/dependency-version-mismatch': [
    { plugin: 'b', dependency: 'a', range: '^2.0.0', version: '1.0.0' },
  ],
  'plugin/dependency-cycle': [{ plugin: 'a', cycle: ['a', 'b'] }],
};

/** Swedish words the catalogue uses; none may appear in English output. */
const SWEDISH =
  /[åäöÅÄÖ]|\b(pluginet|fältet|typen|typ|finns|redan|listan|plats|ingen|från|versionen|schemat|schemaversion|migreringar|kräver|värd|värden|behöver|men|ingår|ett|och|är|som|av|i)\b/i;

describe('the plugin code catalogue', () => {
  it('has a sample for every code and renders every one in both languages', () => {
    // Quoted text is the plugin's own (names, kinds).
    const checks = { minLength: 11, swedishWords: SWEDISH, ignoreQuoted: true };
    expect(catalogueRenderProblems(pluginCodes, samples, checks)).toEqual([]);
  });

  it('validation words its findings from what it found: a cycle names its plugins in order', () => {
    const manifest = (name: string, dep: string) => ({
      name,
      version: '1.0.0',
      hostRange: '*',
      dependencies: { [dep]: '^1.0.0' },
      title: { sv: name, en: name },
    });
    const result = validatePlugins(
      [
        definePlugin({ manifest: manifest('a', 'b') }),
        definePlugin({ manifest: manifest('b', 'a') }),
      ],
      { hostVersion: '0.1.0' },
    );
    expect(result.findings.map((f) => [f.code, f.actual, f.message])).toEqual([
      [
        'plugin/dependency-cycle',
        'a → b',
        {
          sv: '"a" ingår i ett cirkulärt beroende (a → b)',
          en: '"a" is part of a dependency cycle (a → b)',
        },
      ],
      [
        'plugin/dependency-cycle',
        'a → b',
        {
          sv: '"b" ingår i ett cirkulärt beroende (a → b)',
          en: '"b" is part of a dependency cycle (a → b)',
        },
      ],
    ]);
  });

  it('a missing migration step of a stored document names the kind and the version', () => {
    const kind = defineKind({
      name: 'demo/note',
      title: { sv: 'Not', en: 'Note' },
      schemaVersion: 3,
      schema: z.object({ text: z.string() }),
      migrations: [{ from: 2, to: 3, migrate: (d) => d }],
    });
    const result = migrateDocument(kind, { text: 'x' }, 1);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error[0]?.message).toEqual({
        sv: 'Ingen migrering för "demo/note" från version 1',
        en: 'No migration for "demo/note" from version 1',
      });
    }
  });
});
