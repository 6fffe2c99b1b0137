import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../document-audit.js';

const hostDir = fileURLToPath(new URL('../..', import.meta.url));
const documents = fileURLToPath(
  new URL('../../../../packages/documents/fixtures/', import.meta.url),
);

/** Runs the real CLI (tsx from source) with the repository's plugins. */
function cli(args: readonly string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: hostDir,
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const errorsOf = (report: AuditReport) =>
  report.audit.findings
    .filter((f) => f.severity === 'error')
    .map((f) => [f.code, f.expected, f.actual]);

// Each test spawns the CLI (tsx, every plugin, pdfjs): room for a loaded two-core machine.
describe('styrkit audit', { timeout: 480_000 }, () => {
  it('prints the Sala findings in Swedish and exits 1 on errors', () => {
    const r = cli(['audit', join(documents, 'seeds/sala-san-kallelse-2023-06-15.txt')]);
    expect(r.code).toBe(1);
    // seed lines 828-844: tablets 29 vs 30 (FO) and 16 vs 14 (SÄBO)
    expect(r.stdout).toContain('anger 30, men raderna den summerar ger 29');
    expect(r.stdout).toContain('anger 14, men raderna den summerar ger 16');
    // seed lines 774-779: 32,85 % against the call's 33 %
    expect(r.stdout).toContain('esf/cofinancing-below-required');
  });

  it('--json puts only the JSON report on stdout, the same findings from DOCX and PDF', () => {
    const reports = ['docx/sala.docx', 'pdf/sala.pdf'].map((file) => {
      const r = cli(['audit', '--json', '--locale', 'en', join(documents, file)]);
      expect(r.code).toBe(1);
      return JSON.parse(r.stdout) as AuditReport;
    });
    const [docx, pdf] = reports.map((report) => errorsOf(report));
    expect(docx).toEqual([
      ['documents/column-total-mismatch', '29', '30'],
      ['documents/column-total-mismatch', '16', '14'],
    ]);
    expect(pdf).toEqual(docx);
  });

  it('exits 0 on a plan whose sums hold, with the 22,7 mnkr claim as a warning; md and html', () => {
    const file = join(documents, 'seeds/linkoping-vso-objektplan-2021.txt');
    const md = cli(['audit', '--format', 'md', '--locale', 'en', file]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('22.9');
    const html = cli(['audit', '--format', 'html', file]);
    expect(html.stdout).toContain('<table');
  });

  it('--import stores the recognised drafts in the host database', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'styrkit-audit-import-'));
    const r = cli([
      'audit',
      '--import',
      '--data-dir',
      dataDir,
      join(documents, 'seeds/linkoping-vso-objektplan-2021.txt'),
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('pm3/objektplan');
  });

  it('refuses a missing file and a file that is not a document with a clear answer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'styrkit-audit-bad-'));
    const png = join(dir, 'budget.pdf');
    writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const r = cli(['audit', '--json', png]);
    const report = JSON.parse(r.stdout) as AuditReport;
    expect(report.audit.findings.map((f) => f.code)).toContain('documents/format-mismatch');
    const missing = cli(['audit', join(dir, 'nope.docx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Filen finns inte');
  });
});
