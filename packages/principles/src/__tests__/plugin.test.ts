import { validatePlugins } from '@styrkit/plugin';
import type { PluginContext, StoredDocument } from '@styrkit/plugin';
import { describe, expect, it } from 'vitest';
import defaultExport, { principlesPlugin } from '../plugin.js';
import { loadResponse, readEnvelope } from './fixtures.js';

function contextWith(documents: StoredDocument[], locale: 'sv' | 'en' = 'sv'): PluginContext {
  return { locale, documents: (kind) => documents.filter((d) => d.kind === kind) };
}

const templateEnvelope = readEnvelope('checklist-template.yaml');
const stored: StoredDocument = {
  id: templateEnvelope.id,
  kind: templateEnvelope.kind,
  document: templateEnvelope.document,
};

describe('principles plugin', () => {
  it('is valid for the host and exported both ways', () => {
    expect(defaultExport).toBe(principlesPlugin);
    const { findings } = validatePlugins([principlesPlugin], { hostVersion: '0.1.0' });
    expect(findings).toEqual([]);
    expect(principlesPlugin.kinds.map((k) => k.name)).toEqual([
      'principles/template',
      'principles/response',
    ]);
  });

  it('parses the reference envelopes with its kinds', () => {
    for (const name of [
      'checklist-template.yaml',
      'checklist-response-1.yaml',
      'checklist-response-2.yaml',
    ]) {
      const envelope = readEnvelope(name);
      const kind = principlesPlugin.kinds.find((k) => k.name === envelope.kind);
      expect(kind?.schemaVersion).toBe(envelope.schemaVersion);
      expect(kind?.parse?.(envelope.document).ok).toBe(true);
    }
  });

  it('checks a response against the stored template', () => {
    const check = principlesPlugin.checks.find((c) => c.kind === 'principles/response');
    const findings = check?.run(loadResponse(2), contextWith([stored])) ?? [];
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.path)).toEqual([
      ['answers', 'hp-crpd'],
    ]);
  });

  it('reports a response whose template is unknown', () => {
    const check = principlesPlugin.checks.find((c) => c.kind === 'principles/response');
    expect(check?.run(loadResponse(1), contextWith([])).map((f) => f.code)).toEqual([
      'principles/template-not-found',
    ]);
  });

  it('lints templates, renders tables and exports Markdown and HTML', () => {
    const lint = principlesPlugin.checks.find((c) => c.kind === 'principles/template');
    expect(lint?.run(templateEnvelope.document, contextWith([])).map((f) => f.code)).toEqual([
      'principles/principle-not-asked',
    ]);
    const ctx = contextWith([stored], 'en');
    const view = principlesPlugin.tables.find((t) => t.kind === 'principles/response');
    expect(view?.render(loadResponse(1), ctx).map((t) => t.id)).toEqual([
      'principles/response',
      'principles/summary',
    ]);
    const html = principlesPlugin.exporters.find((e) => e.fileExtension === 'html');
    expect(html?.render(loadResponse(1), ctx)).toContain('<fieldset');
    const md = principlesPlugin.exporters.find((e) => e.fileExtension === 'md');
    expect(md?.render(loadResponse(1), ctx)).toContain('## Child perspective');
  });
});
