import { parseForumSet, parseOrganisation } from '@styrkit/governance';
import { reportToPrintHtml } from '@styrkit/reports';
import { describe, expect, it } from 'vitest';
import { auditObjektplan, objektplanReport } from '../index.js';
import { pm3Plugin } from '../plugin.js';
import { planA, readEnvelope, vso } from './fixtures.js';

function governance() {
  const org = parseOrganisation(readEnvelope('linkoping-vso-2021/organisation.yaml').document);
  const forums = parseForumSet(readEnvelope('linkoping-vso-2021/forums.yaml').document);
  if (!org.ok || !forums.ok) throw new Error('governance examples do not parse');
  return { organisation: org.value, forums: forums.value };
}

describe('objektplanReport (Linköping plan, version A)', () => {
  const plan = planA();
  const report = objektplanReport(plan, {
    object: vso(),
    ...governance(),
    findings: auditObjektplan(plan),
  });

  it('has the committee structure: summary, goals, budget and resources, initiatives, organisation, forums', () => {
    expect(
      report.sections.map((s) => (typeof s.heading === 'string' ? s.heading : s.heading.sv)),
    ).toEqual([
      'Sammanfattning',
      'Mål och målkoppling',
      'Budget och resurser',
      'Initiativ',
      'Förvaltningsorganisation',
      'Forum och mötesplan',
    ]);
    const tables = report.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.type === 'table' ? [b.table.id] : [])),
    );
    expect(tables).toEqual([
      'pm3/goal-linkage',
      'pm3/budget-matrix',
      'pm3/fte-matrix',
      'pm3/initiatives',
      'governance/organisation',
      'governance/forums',
      'governance/calendar',
    ]);
  });

  it('states the figures in the summary in Swedish and English', () => {
    const html = reportToPrintHtml(report, { locale: 'sv' }).replace(/\u00a0/g, ' ');
    expect(html).toContain(
      'Förvaltningens budget för 2021 är 45 100 kkr, varav 70,07 % vidmakthållande (VM)',
    );
    expect(html).toContain('21,3 årsarbeten');
    expect(html).toContain('10 strategiska med en känd kostnad på 6 700 kkr + 3 okända');
    const en = reportToPrintHtml(report, { locale: 'en' }).replace(/\u00a0/g, ' ');
    expect(en).toContain(
      'The maintenance budget for 2021 is 45,100 kkr, of which 70.07% maintenance (VM)',
    );
  });

  it('names the object, version and status in the metadata, and appends the audit', () => {
    const html = reportToPrintHtml(report);
    expect(html).toContain('<dt>Förvaltningsobjekt</dt><dd>Vård, stöd och omsorg</dd>');
    expect(html).toContain('<dt>Status</dt><dd>Utkast</dd>');
    expect(html).toContain('pm3/cost-items-mismatch');
    expect(html).toContain('<td>22,9</td><td>22,7</td>');
  });

  it('leaves the forums out when the plan has no forum set, and the appendix without findings', () => {
    const bare = objektplanReport(plan);
    expect(
      bare.sections.map((s) => (typeof s.heading === 'string' ? s.heading : s.heading.en)),
    ).not.toContain('Forums and meeting calendar');
    expect(bare.findings).toBeUndefined();
  });

  it('is exported as DOCX by the plugin, with the governance documents from the context', async () => {
    const exporter = pm3Plugin.exporters.find((e) => e.id === 'pm3/objektplan-docx');
    expect(exporter?.mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const stored = ['organisation', 'forums', 'forvaltningsobjekt'].map((f) =>
      readEnvelope(`linkoping-vso-2021/${f}.yaml`),
    );
    const out = await exporter!.render(plan, {
      locale: 'sv',
      documents: (kind) => stored.filter((d) => d.kind === kind),
    });
    expect(out).toBeInstanceOf(Uint8Array);
    expect([...(out as Uint8Array).slice(0, 2)]).toEqual([0x50, 0x4b]);
  });
});
