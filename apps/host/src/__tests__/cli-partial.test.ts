import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const hostDir = fileURLToPath(new URL('../..', import.meta.url));
const plan = fileURLToPath(
  new URL('../../../../docs/examples/linkoping-vso-2021/objektplan-a.yaml', import.meta.url),
);

// Issue 16, "checks that do not hide each other": one unreadable field in a file given to
// `styrkit check` is reported, and every check that does not depend on it still runs.
describe('styrkit check on a document with one unreadable cell', { timeout: 300_000 }, () => {
  it('reports the cell and still finds the plan’s other known errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'styrkit-partial-'));
    // objektplan-a.yaml budget row 1 (Förvaltningsstyrning) IT-nära VM is 500 kkr
    // (seed linkoping-vso-objektplan-2021.txt:179); "abc" cannot be read.
    const text = readFileSync(plan, 'utf8').replace(/itVm: 500\b/, 'itVm: abc');
    const file = join(dir, 'plan-bad.yaml');
    writeFileSync(file, text);
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', 'check', file, '--json', '--locale', 'en'],
      { cwd: hostDir, encoding: 'utf8', timeout: 240_000 },
    );
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as {
      results: { findings: { code: string; path: (string | number)[] }[] }[];
    };
    const findings = out.results[0]?.findings ?? [];
    const codes = findings.map((f) => f.code);
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'pm3/invalid-input', path: ['budget', 'rows', 0, 'itVm'] }),
    );
    // The 22,9 vs 22,7 mnkr operations gap and the four strategic initiatives without a goal
    // link (DOMAIN.md, Linköping) are still found beside the unreadable cell.
    expect(codes).toContain('pm3/cost-items-mismatch');
    expect(codes.filter((c) => c === 'pm3/strategic-without-goal-link')).toHaveLength(4);
    // Totals over the unreadable cell are unknown, not wrong.
    expect(codes).toContain('pm3/total-has-unknown');
    expect(codes).not.toContain('pm3/row-total-mismatch');
  });
});
