import { reportToPrintHtml } from '@styrkit/reports';
import { describe, expect, it } from 'vitest';
import { auditResponse, checklistAttachment } from '../index.js';
import { principlesPlugin } from '../plugin.js';
import { loadResponse, loadTemplate, readEnvelope } from './fixtures.js';

describe('checklistAttachment (Sala SAN 2023-06-15, item 5)', () => {
  const template = loadTemplate();
  const response = loadResponse(1);
  const doc = checklistAttachment(response, template, {
    findings: auditResponse(response, template),
  });
  const html = reportToPrintHtml(doc);

  it('carries the case, the committee, the meeting date, the signer and the template version', () => {
    expect(html).toContain('<dt>Diarienummer</dt><dd>2023/48</dd>');
    expect(html).toContain('<dt>Nämnd</dt><dd>Social- och arbetsmarknadsnämnden</dd>');
    expect(html).toContain('<dt>Sammanträdesdatum</dt><dd>2023-06-15</dd>');
    expect(html).toContain('<dt>Ärendepunkt</dt><dd>5</dd>');
    expect(html).toContain('<dt>Undertecknad av</dt><dd>Ej undertecknad</dd>');
    expect(html).toContain('version 1</dd>');
  });

  it('has the summary and the answers, and the audit as appendix', () => {
    const ids = doc.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.type === 'table' ? [b.table.id] : [])),
    );
    expect(ids).toHaveLength(2);
    expect(html).toContain('Bilaga: Granskningens iakttagelser');
    expect(html).toContain('principles/');
  });

  it('is exported as a DOCX attachment by the plugin', async () => {
    const exporter = principlesPlugin.exporters.find((e) => e.id === 'principles/response-docx');
    const stored = [readEnvelope('checklist-template.yaml')];
    const out = await exporter!.render(response, {
      locale: 'en',
      documents: (kind) => stored.filter((d) => d.kind === kind),
    });
    expect([...(out as Uint8Array).slice(0, 2)]).toEqual([0x50, 0x4b]);
  });
});
