import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Restarts a PostgreSQL server under load and checks the host survives: 503 while the
// database is away, no crash, normal answers again afterwards. The test starts a server of
// its own (initdb in a temp dir, a free loopback port); the shared CI server is never touched.
const hostDir = fileURLToPath(new URL('../..', import.meta.url));
const plugin = join(hostDir, 'src', '__tests__', 'fixtures', 'plugin.ts');
const ADMIN = 'restart-admin:restart-test-password';

function pgBin(): string | undefined {
  try {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
    const last = versions[versions.length - 1];
    return last === undefined ? undefined : `/usr/lib/postgresql/${last}/bin`;
  } catch {
    return undefined;
  }
}

const bin = pgBin();
const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL tool, as the postgres user when the tests run as root (initdb refuses root). */
function pgTool(tool: string, args: readonly string[]): void {
  const command = [join(bin ?? '', tool), ...args];
  if (asRoot) {
    const quoted = command.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
    execFileSync('su', ['postgres', '-c', quoted], { stdio: 'ignore', timeout: 60_000 });
  } else execFileSync(command[0] ?? '', command.slice(1), { stdio: 'ignore', timeout: 60_000 });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

describe.skipIf(bin === undefined)('a PostgreSQL restart under load', () => {
  const dir = mkdtempSync(join(tmpdir(), 'styrkit-pg-restart-'));
  const data = join(dir, 'data');
  let port = 0;
  let host: ChildProcess | undefined;
  let url = '';
  let output = '';
  const pgCtl = (...args: string[]) => {
    pgTool('pg_ctl', ['-D', data, '-w', '-t', '30', ...args]);
  };

  beforeAll(async () => {
    if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), 0);
    port = await freePort();
    pgTool('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres']);
    pgCtl(
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      '-l',
      join(dir, 'log'),
      'start',
    );
    host = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli.ts',
        'serve',
        '--port',
        '0',
        '--no-seed',
        '--database-url',
        `postgres://postgres@127.0.0.1:${port}/postgres`,
        '--plugin',
        plugin,
        '--locale',
        'en',
      ],
      {
        cwd: hostDir,
        env: { ...process.env, STYRKIT_ADMIN: ADMIN },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`host did not start: ${output}`));
      }, 110_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1] !== undefined) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      host?.stdout?.on('data', onData);
      host?.stderr?.on('data', onData);
    });
  }, 180_000);

  afterAll(() => {
    host?.kill('SIGKILL');
    try {
      pgCtl('-m', 'immediate', 'stop');
    } catch {
      // already stopped
    }
  });

  it(
    'answers 503 while the database is away, never crashes, and recovers',
    { timeout: 180_000 },
    async () => {
      const [username, password] = ADMIN.split(':');
      const signIn = await fetch(`${url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const { csrfToken } = (await signIn.json()) as { csrfToken: string };
      const made = await fetch(`${url}/api/tokens`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'restart' }),
      });
      const { token } = (await made.json()) as { token: string };
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const base = `${url}/api/kinds/demo/note/documents`;

      // Bounded load: 8 loops of reads and writes, each waiting for its answer.
      const statuses: { at: number; status: number }[] = [];
      let running = true;
      let n = 0;
      const loop = async () => {
        while (running) {
          const i = n++;
          const sent = Date.now();
          const request =
            i % 4 === 0
              ? fetch(base, {
                  method: 'POST',
                  headers,
                  body: JSON.stringify({
                    id: `r-${i}`,
                    document: { title: 't', amount: '1', tags: [] },
                  }),
                })
              : fetch(`${base}?limit=10`, { headers });
          const status = await request.then(
            async (r) => {
              await r.arrayBuffer();
              return r.status;
            },
            () => 0, // connection refused: the host is gone
          );
          statuses.push({ at: sent, status });
          await new Promise((r) => setTimeout(r, 20));
        }
      };
      const loops = Array.from({ length: 8 }, loop);
      await new Promise((r) => setTimeout(r, 1_500));
      pgCtl('-m', 'fast', 'stop');
      const stoppedAt = Date.now();
      await new Promise((r) => setTimeout(r, 3_000));
      const restartAt = Date.now();
      pgCtl(
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
        '-l',
        join(dir, 'log'),
        'start',
      );
      const startedAt = Date.now();
      // Recovery: within 15 s reads succeed again.
      let recoveredAt = 0;
      while (Date.now() - startedAt < 15_000) {
        const r = await fetch(`${base}?limit=1`, { headers });
        await r.arrayBuffer();
        if (r.status === 200) {
          recoveredAt = Date.now();
          break;
        }
        await new Promise((r2) => setTimeout(r2, 200));
      }
      await new Promise((r) => setTimeout(r, 1_000));
      running = false;
      await Promise.all(loops);

      expect(host?.exitCode).toBeNull(); // still running
      expect(statuses.filter((s) => s.status === 0)).toEqual([]);
      expect(statuses.filter((s) => s.status >= 500 && s.status !== 503)).toEqual([]);
      const during = statuses.filter((s) => s.at > stoppedAt && s.at < restartAt);
      expect(during.length).toBeGreaterThan(0);
      expect([...new Set(during.map((s) => s.status))]).toEqual([503]);
      expect(recoveredAt).toBeGreaterThan(0);
      const after = statuses.filter((s) => s.at > recoveredAt + 200);
      expect(after.length).toBeGreaterThan(0);
      expect(after.every((s) => s.status < 500)).toBe(true);
      const outage = await fetch(`${url}/api/health`);
      expect(outage.status).toBe(200);
      console.info(
        `restart: ${statuses.length} requests, ${during.length} during the outage (all 503), recovered ${recoveredAt - startedAt} ms after start`,
      );
    },
  );
});
