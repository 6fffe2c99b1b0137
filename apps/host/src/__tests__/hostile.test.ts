import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../auth.js';
import { openDatabase } from '../db.js';
import { LOCK_FILE, lockDataDir } from '../dir-lock.js';
import { HostError } from '../errors.js';
import { readWorkbook } from '../xlsx-import.js';
import { workbook } from './helpers.js';
import { hostileSuite, refusalTimes } from './hostile-suite.js';

const hostDir = fileURLToPath(new URL('../..', import.meta.url));

describe('the sign-in limiter is bounded', () => {
  it('stores nothing for a key that only asks, and keeps at most maxKeys keys', () => {
    const limiter = new RateLimiter(3, 60_000, 100);
    for (let i = 0; i < 10_000; i++) limiter.blockedFor(`user:${i}`);
    expect(limiter.size).toBe(0);
    for (let i = 0; i < 10_000; i++) limiter.fail(`user:${i}`, 1_000);
    expect(limiter.size).toBe(100);
    // The address stays blocked while the per-username keys churn.
    for (let i = 0; i < 3; i++) limiter.fail('address:1', 2_000);
    expect(limiter.blockedFor('address:1', 2_000)).toBeGreaterThan(0);
  });

  it('forgets keys whose window has passed', () => {
    const limiter = new RateLimiter(3, 60_000, 100);
    for (let i = 0; i < 50; i++) limiter.fail(`user:${i}`, 0);
    limiter.fail('user:late', 61_000);
    expect(limiter.size).toBe(1);
    // At most `max` failure times are kept per key.
    for (let i = 0; i < 1000; i++) limiter.fail('user:late', 61_000 + i);
    expect(limiter.blockedFor('user:late', 62_000)).toBeGreaterThan(0);
  });
});

describe('workbook limits', () => {
  it('refuses more rows than allowed before exceljs reads the sheets', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`# row ${i}`, 'x']);
    const bytes = await workbook({ s: [['kind', 'demo/note'], ...rows] });
    await expect(
      readWorkbook(bytes, { maxEntries: 100, maxInflatedBytes: 1e7, maxRows: 10, maxCells: 1e5 }),
    ).rejects.toMatchObject({ status: 413 });
    await expect(
      readWorkbook(bytes, { maxEntries: 100, maxInflatedBytes: 1e7, maxRows: 100, maxCells: 20 }),
    ).rejects.toMatchObject({ status: 413 });
    await expect(
      readWorkbook(bytes, { maxEntries: 3, maxInflatedBytes: 1e7, maxRows: 100, maxCells: 1e5 }),
    ).rejects.toMatchObject({ status: 413 });
    expect((await readWorkbook(bytes))[0]?.ok).toBe(false); // within limits: read as usual
  });
});

describe('one process per PGlite directory', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'styrkit-lock-')), 'data');

  it('a second open of a directory in use is refused, naming the holder', async () => {
    const db = await openDatabase({ dataDir: dir });
    try {
      const second = openDatabase({ dataDir: dir });
      await expect(second).rejects.toBeInstanceOf(HostError);
      await expect(second).rejects.toMatchObject({
        status: 409,
        findings: [{ code: 'host/data-dir-locked', actual: `pid ${process.pid}` }],
      });
    } finally {
      await db.close();
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false); // released on close
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  });

  it('takes over a stale lock left by a process that died (kill -9)', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    const pid = child.pid ?? 0;
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid, host: (await import('node:os')).hostname(), since: 'then' }),
    );
    const db = await openDatabase({ dataDir: dir });
    await db.close();
  });

  it('styrkit user add on a directory in use exits with an error naming the holder pid', () => {
    const lock = lockDataDir(dir);
    try {
      const plugin = join(hostDir, 'src', '__tests__', 'fixtures', 'plugin.ts');
      const r = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'src/cli.ts',
          'user',
          'add',
          'second',
          '--role',
          'admin',
          '--data-dir',
          dir,
          '--plugin',
          plugin,
        ],
        {
          cwd: hostDir,
          encoding: 'utf8',
          timeout: 120_000,
          env: { ...process.env, STYRKIT_PASSWORD: 'second-password-1' },
        },
      );
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('host/data-dir-locked');
      expect(r.stderr).toContain(`process ${process.pid}`);
    } finally {
      lock.release();
    }
  });
});

hostileSuite('PGlite (in memory)', undefined);

afterAll(() => {
  console.info(`refusal times (ms): ${JSON.stringify(refusalTimes)}`);
});
