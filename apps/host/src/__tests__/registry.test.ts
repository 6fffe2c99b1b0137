import { definePlugin } from '@styrkit/plugin';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostError } from '../errors.js';
import { createRegistry, describePluginFindings } from '../registry.js';
import { discoverPlugins } from '../plugins.js';
import demo from './fixtures/plugin.js';

const title = { sv: 'T', en: 'T' };

function refusal(fn: () => unknown): HostError {
  try {
    fn();
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('plugin loading', () => {
  it('indexes the kinds of plugins that fit', () => {
    const registry = createRegistry([demo]);
    expect([...registry.kinds.keys()]).toEqual(['demo/note', 'demo/memo']);
    expect(registry.kinds.get('demo/note')?.differ).toBeDefined();
    expect(registry.kinds.get('demo/memo')?.differ).toBeUndefined();
  });

  it('refuses to start with a clear message when plugins do not fit', () => {
    const tooNew = definePlugin({
      manifest: { name: 'future', version: '1.0.0', hostRange: '^9.0.0', title },
    });
    const needy = definePlugin({
      manifest: {
        name: 'needy',
        version: '1.0.0',
        hostRange: '*',
        dependencies: { absent: '^1.0.0' },
        title,
      },
    });
    const error = refusal(() => createRegistry([demo, demo, tooNew, needy]));
    const codes = error.findings.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'plugin/duplicate-name',
        'plugin/host-version-mismatch',
        'plugin/missing-dependency',
      ]),
    );
    const text = describePluginFindings(error.findings, ['demo', 'demo', 'future', 'needy'], 'en');
    expect(text).toContain('[future] plugin/host-version-mismatch');
    expect(text).toContain('[needy] plugin/missing-dependency');
  });

  it('discovers plugins from package.json ./plugin exports, sorted by package', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'styrkit-discover-'));
    const plugin = (name: string) =>
      `export default { manifest: { name: '${name}', version: '1.0.0', hostRange: '*', title: { sv: 'T', en: 'T' } }, kinds: [], checks: [], tables: [], exporters: [], differs: [] };\n`;
    for (const name of ['zeta', 'alpha']) {
      mkdirSync(join(dir, name, 'src'), { recursive: true });
      writeFileSync(
        join(dir, name, 'package.json'),
        JSON.stringify({ exports: { '.': './i.js', './plugin': './p.js' } }),
      );
      writeFileSync(join(dir, name, 'src', 'plugin.ts'), plugin(name));
    }
    mkdirSync(join(dir, 'lib', 'src'), { recursive: true });
    writeFileSync(join(dir, 'lib', 'package.json'), JSON.stringify({ exports: { '.': './i.js' } }));
    writeFileSync(join(dir, 'lib', 'src', 'plugin.ts'), plugin('lib'));
    const found = await discoverPlugins(dir);
    expect(found.map((p) => p.manifest.name)).toEqual(['alpha', 'zeta']);
    expect(await discoverPlugins(join(dir, 'absent'))).toEqual([]);
  });
});
