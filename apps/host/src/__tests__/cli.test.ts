import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workbook } from './helpers.js';

const hostDir = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(hostDir, 'src', '__tests__', 'fixtures');

/** Runs the real CLI (tsx from source) with the test plugin. */
export function cli(args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli.ts', ...args, '--plugin', join(fixtures, 'plugin.ts')],
    { cwd: hostDir, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Every test spawns the CLI (tsx, plugin discovery, PGlite) once or several times: on a loaded
// two-core machine one spawn can take 20 s, so each test gets room for its spawns.
describe('styrkit CLI', { timeout: 300_000 }, () => {
  it('check: exit 0 for valid files, findings printed in Swedish by default', () => {
    const r = cli(['check', join(fixtures, 'envelopes')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 filer, 0 fel');
  });

  it('check: exit 1 on errors, --json and --locale en', () => {
    const r = cli(['check', join(fixtures, 'bad'), '--json', '--locale', 'en']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      ok: boolean;
      results: { findings: { code: string; message: { en: string } }[] }[];
    };
    expect(out.ok).toBe(false);
    const codes = out.results.flatMap((x) => x.findings.map((f) => f.code));
    expect(codes).toEqual(expect.arrayContaining(['demo/negative-amount', 'host/unknown-kind']));
    const human = cli(['check', join(fixtures, 'bad', 'negative.yaml'), '--locale', 'en']);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('✗ demo/negative-amount @ amount: Negative amount');
  });

  it('check: reads XLSX workbooks, one document per sheet, bad sheets with the cell path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'styrkit-check-xlsx-'));
    const good = join(dir, 'good.xlsx');
    writeFileSync(
      good,
      await workbook({
        _instructions: [['ignored']],
        Plan: [
          ['field', 'value'],
          ['kind', 'demo/note'],
          ['id', 'plan'],
          ['document', '{"title": "Plan", "amount": "45 100", "tags": []}'],
        ],
      }),
    );
    const ok = cli(['check', good, '--locale', 'en']);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('[Plan]  [demo/note]  0 errors');
    expect(ok.stdout).toContain('1 files, 0 errors');
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(
      bad,
      await workbook({
        Minus: [
          ['kind', 'demo/note'],
          ['id', 'minus'],
          ['document', 'title: Minus\namount: "-100"\ntags: []'],
        ],
        Broken: [
          ['kind', 'demo/note'],
          ['schemaVersion', 'two'],
        ],
      }),
    );
    const r = cli(['check', dir, '--json', '--locale', 'en']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      ok: boolean;
      results: {
        file: string;
        sheet?: string;
        findings: { code: string; path: unknown[]; message: { sv: string; en: string } }[];
      }[];
    };
    expect(out.ok).toBe(false);
    expect(out.results.map((x) => [x.file.endsWith('.xlsx'), x.sheet])).toEqual([
      [true, 'Minus'],
      [true, 'Broken'],
      [true, 'Plan'],
    ]);
    expect(out.results[0]?.findings.map((f) => f.code)).toContain('demo/negative-amount');
    const broken = out.results[1]?.findings ?? [];
    expect(broken.map((f) => [f.code, f.path[0]])).toEqual(
      expect.arrayContaining([
        ['host/xlsx-invalid-field', 'sheet Broken!B2'],
        ['host/xlsx-missing-field', 'sheet Broken!A3'],
      ]),
    );
    for (const f of broken) expect(f.message.sv && f.message.en).toBeTruthy();
    const notXlsx = join(dir, 'not.xlsx');
    writeFileSync(notXlsx, 'not a workbook');
    const unreadable = cli(['check', notXlsx, '--locale', 'en']);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stdout).toContain('host/xlsx-unreadable');
  });

  it('refuses to start when the plugins do not fit, naming the plugin and the reason', () => {
    const r = cli([
      'serve',
      '--port',
      '0',
      '--plugin',
      join(fixtures, 'future-plugin.ts'),
      '--locale',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('styrkit will not start: the plugins do not fit together');
    expect(r.stderr).toContain('[future] plugin/host-version-mismatch');
  });

  it('loads plugins from a YAML config file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'styrkit-config-'));
    const config = join(dir, 'styrkit.config.yaml');
    writeFileSync(config, `plugins:\n  - ${join(fixtures, 'plugin.ts')}\n`);
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli.ts',
        'check',
        join(fixtures, 'envelopes'),
        '--config',
        config,
        '--locale',
        'en',
      ],
      { cwd: hostDir, encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2 files, 0 errors');
  });

  it('check: exit 2 when no files are found', () => {
    expect(cli(['check', join(fixtures, 'does-not-exist')]).code).toBe(2);
  });

  it('report, import, export and user add against a PGlite data directory', () => {
    const report = cli([
      'report',
      join(fixtures, 'envelopes', 'good.yaml'),
      '--format',
      'csv',
      '--locale',
      'en',
    ]);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Budget,45100');
    const dir = mkdtempSync(join(tmpdir(), 'styrkit-cli-'));
    const data = join(dir, 'data');
    const imported = cli(['import', join(fixtures, 'envelopes'), '--data-dir', data]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/\[#{20}\] 2\/2/);
    const out = join(dir, 'out');
    const exported = cli(['export', '--out', out, '--data-dir', data, '--locale', 'en']);
    expect(exported.stdout).toContain('Wrote 2 documents');
    expect(readFileSync(join(out, 'demo', 'note', 'old-note.yaml'), 'utf8')).toContain(
      'schemaVersion: 2',
    );
    const user = cli(['user', 'add', 'kommun-admin', '--role', 'admin', '--data-dir', data], {
      STYRKIT_PASSWORD: 'a-long-password',
    });
    expect(user.code).toBe(0);
    const again = cli(['user', 'add', 'kommun-admin', '--role', 'admin', '--data-dir', data], {
      STYRKIT_PASSWORD: 'a-long-password',
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('host/user-exists');
  });
});
