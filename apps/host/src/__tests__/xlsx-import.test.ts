import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../xlsx-import.js';
import { workbook } from './helpers.js';
import { xlsxImportSuite } from './xlsx-import-suite.js';

const hostDir = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the real CLI (tsx from source) with the test plugin. */
function cli(args: readonly string[]) {
  const plugin = join(hostDir, 'src', '__tests__', 'fixtures', 'plugin.ts');
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli.ts', ...args, '--plugin', plugin],
    {
      cwd: hostDir,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('XLSX workbook convention', () => {
  it('reads only the convention: prototype paths and huge list indexes are refused', async () => {
    const entries = await readWorkbook(
      await workbook({
        s: [
          ['kind', 'demo/note'],
          ['id', 'p'],
          ['document.__proto__.polluted', 'yes'],
          ['document.tags.99999999', 'x'],
        ],
      }),
    );
    expect(entries[0]?.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('styrkit import file.xlsx imports each sheet', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'styrkit-xlsx-'));
    const file = join(dir, 'plans.xlsx');
    writeFileSync(
      file,
      await workbook({
        One: [
          ['kind', 'demo/note'],
          ['id', 'from-excel'],
          ['document', 'title: Från Excel\namount: 12\ntags: []'],
        ],
        Two: [['kind', 'demo/note']],
      }),
    );
    const r = cli(['import', file, '--data-dir', join(dir, 'data'), '--locale', 'en']);
    expect(r.code).toBe(1); // sheet Two has errors
    expect(r.stdout).toContain('✓ demo/note from-excel v1');
    expect(r.stdout).toContain('[Two]: host/xlsx-missing-field @ sheet Two!');
  });
});

xlsxImportSuite('PGlite (in memory)', undefined);
