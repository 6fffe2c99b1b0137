import { reportToPrintHtml } from '@styrkit/reports';
import { describe, expect, it } from 'vitest';
import { auditFinalReport, finalReportDocument } from '../index.js';
import { esfPlugin } from '../plugin.js';
import { loadSala, readEnvelope } from './fixtures.js';

describe('finalReportDocument (Sala ESF project IP)', () => {
  const { call, project, timeReports, finalReport } = loadSala();
  const doc = finalReportDocument(finalReport, {
    project,
    call,
    timeReports,
    findings: auditFinalReport(finalReport, { project, call, timeReports }),
  });
  const html = reportToPrintHtml(doc, { locale: 'sv' });

  it('summarises financing, the co-financing share against the call, hours and participants by gender', () => {
    expect(html).toContain(
      'Projektets totala finansiering är 5\u00a0549\u00a0825\u00a0kr, varav medfinansiering 1\u00a0823\u00a0196\u00a0kr (32,85\u00a0%).',
    );
    expect(html).toContain(
      'Utlysningen kräver 33\u00a0% medfinansiering; rapporten anger 32,85\u00a0%, 0,15 procentenheter under kravet.',
    );
    expect(html).toContain('Deltagarna rapporterade 7\u00a0894 timmar mot planerade 6\u00a0778.');
    expect(html).toContain('Projektet hade 932 deltagare, 744 kvinnor och 188 män.');
  });

  it('shows the financing table, the key figures and the hours and participants tables', () => {
    const ids = doc.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.type === 'table' ? [b.table.id] : [])),
    );
    expect(ids).toEqual(expect.arrayContaining(['esf/financing', 'esf/final-report']));
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(html).toContain('67,15\u00a0%');
    expect(html).toContain('<dt>Projekt</dt><dd>Införande planeringssystem (IP)</dd>');
    expect(html).toContain('<section class="appendix">');
    // Each column keeps one unit: the share of plan is a note, not a cell of the hours column.
    expect(html).toContain('Rapporterat utfall: 116,47\u00a0% av planen.');
  });

  it('writes English', () => {
    const en = reportToPrintHtml(doc, { locale: 'en' });
    expect(en).toContain('The project&#39;s total financing is 5,549,825\u00a0SEK');
    expect(en).toContain('744 women and 188 men');
  });

  it('is exported as DOCX by the plugin, finding the project, call and time reports in the context', async () => {
    const exporter = esfPlugin.exporters.find((e) => e.id === 'esf/final-report-docx');
    const stored = ['call', 'project', 'time-reports'].map((f) =>
      readEnvelope(`sala-esf-ip/${f}.yaml`),
    );
    const out = await exporter!.render(finalReport, {
      locale: 'sv',
      documents: (kind) => stored.filter((d) => d.kind === kind),
    });
    expect([...(out as Uint8Array).slice(0, 2)]).toEqual([0x50, 0x4b]);
  });
});
