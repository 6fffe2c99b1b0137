// The host plugin: valid under the plugin contract, checks and tables resolve referenced documents.
import { describe, expect, it } from 'vitest';
import { tableToMarkdown } from '@styrkit/core';
import type { PluginContext } from '@styrkit/plugin';
import { validatePlugins } from '@styrkit/plugin';
import governanceDefault, { governancePlugin } from '../plugin.js';
import { loadEnvelope, type Envelope } from './fixtures.js';

const files = [
  'linkoping-vso-2021/organisation.yaml',
  'linkoping-vso-2021/forums.yaml',
  'goteborg-avo-2024/governance-organisation.yaml',
  'goteborg-avo-2024/governance-forums.yaml',
  'goteborg-avo-2024/governance-raci.yaml',
  'goteborg-avo-2024/governance-gates.yaml',
  'sala-esf-ip/organisation.yaml',
  'sala-esf-ip/governance-forums.yaml',
];
const envelopes: Envelope[] = files.map(loadEnvelope);
const ctx: PluginContext = {
  locale: 'sv',
  documents: (kind) => envelopes.filter((e) => e.kind === kind),
};

function parsed(e: Envelope): unknown {
  const kind = governancePlugin.kinds.find((k) => k.name === e.kind);
  const r = kind?.parse?.(e.document);
  if (r?.ok !== true) throw new Error(`${e.id} does not parse`);
  return r.value;
}

describe('governance plugin', () => {
  it('passes plugin validation and exports default and named', () => {
    expect(governanceDefault).toBe(governancePlugin);
    const { findings } = validatePlugins([governancePlugin], { hostVersion: '0.1.0' });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(governancePlugin.kinds.map((k) => k.name)).toEqual([
      'governance/organisation',
      'governance/forum-set',
      'governance/raci',
      'governance/gate-log',
      'governance/risk-register',
      'governance/milestones',
    ]);
  });

  it('declares a kind for every reference dataset and each parses', () => {
    for (const e of envelopes) {
      expect(e.schemaVersion).toBe(1);
      expect(() => parsed(e)).not.toThrow();
    }
  });

  it('runs the checks with the referenced organisation resolved', () => {
    const all = envelopes.flatMap((e) =>
      governancePlugin.checks
        .filter((c) => c.kind === e.kind)
        .flatMap((c) => c.run(parsed(e), ctx).map((f) => `${e.id} ${f.code}`)),
    );
    // Unknown references would mean the organisation was not found or a role is missing.
    expect(all.filter((s) => s.endsWith('unknown-reference'))).toEqual([]);
    expect(all.filter((s) => s.includes('raci-accountable-count'))).toHaveLength(2);
    expect(all.filter((s) => s.includes('steering-group-too-large'))).toEqual([
      'sala-esf-ip-governance-forums governance/steering-group-too-large',
    ]);
  });

  it('renders tables and the ICS export of a forum set', () => {
    const forums = envelopes[1]!;
    const view = governancePlugin.tables.find((t) => t.kind === forums.kind)!;
    const tables = view.render(parsed(forums), ctx);
    expect(tables.map((t) => t.id)).toEqual([
      'governance/forums',
      'governance/calendar',
      'governance/forum-load',
    ]);
    expect(tables[1]?.rows).toHaveLength(123);
    const markdown = tableToMarkdown(tables[0]!);
    expect(markdown).toContain('var 6:e vecka');
    expect(markdown).toContain('Taktiskt leverantörsforum');
    const exporter = governancePlugin.exporters[0]!;
    const ics = exporter.render(parsed(forums), ctx);
    expect(typeof ics === 'string' && ics.match(/BEGIN:VEVENT/g)?.length).toBe(123);
    const raci = envelopes[4]!;
    const raciView = governancePlugin.tables.find((t) => t.kind === raci.kind)!;
    expect(raciView.render(parsed(raci), ctx)[0]?.rows[1]?.cells['styrgruppsledamot']).toBe('A');
  });
});
