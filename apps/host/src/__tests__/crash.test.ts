import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const hostDir = fileURLToPath(new URL('../..', import.meta.url));
const plugin = join(hostDir, 'src', '__tests__', 'fixtures', 'plugin.ts');
const ADMIN = 'crash-admin:crash-test-password';

interface Server {
  child: ChildProcess;
  url: string;
}

function startServer(dataDir: string): Promise<Server> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli.ts',
      'serve',
      '--port',
      '0',
      '--data-dir',
      dataDir,
      '--no-seed',
      '--locale',
      'en',
      '--plugin',
      plugin,
    ],
    {
      cwd: hostDir,
      env: { ...process.env, STYRKIT_ADMIN: ADMIN },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      reject(new Error(`server did not start: ${out}`));
    }, 110_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${String(code)}: ${out}`));
    });
  });
}

async function signIn(url: string): Promise<Record<string, string>> {
  const [username, password] = ADMIN.split(':');
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else
      child.once('exit', () => {
        resolve();
      });
  });
}

describe('crash safety', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  });

  it(
    'keeps every acknowledged write through kill -9 and a restart',
    { timeout: 300_000 },
    async () => {
      const dataDir = join(mkdtempSync(join(tmpdir(), 'styrkit-crash-')), 'data');
      const first = await startServer(dataDir);
      children.push(first.child);
      const headers = await signIn(first.url);
      const base = `${first.url}/api/kinds/demo/note/documents`;
      const created: string[] = [];
      const saved = new Map<string, number>();
      let stop = false;

      // Four writers create documents; one writer keeps saving new versions of a single document.
      const creator = async (w: number) => {
        for (let i = 0; !stop; i++) {
          const id = `w${w}-${i}`;
          try {
            const res = await fetch(base, {
              method: 'POST',
              headers,
              body: JSON.stringify({ id, document: { title: id, amount: String(i), tags: [] } }),
            });
            if (res.status === 201) created.push(id);
          } catch {
            return; // the server is gone
          }
        }
      };
      const saver = async () => {
        try {
          const res = await fetch(base, {
            method: 'POST',
            headers,
            body: JSON.stringify({ id: 'chain', document: { title: 'v1', amount: '1', tags: [] } }),
          });
          if (res.status !== 201) return;
          saved.set('chain', 1);
          for (let v = 1; !stop; v++) {
            const put = await fetch(`${base}/chain`, {
              method: 'PUT',
              headers,
              body: JSON.stringify({
                baseVersion: v,
                document: { title: `v${v + 1}`, amount: String(v + 1), tags: [] },
              }),
            });
            if (put.status !== 200) return;
            saved.set('chain', v + 1);
          }
        } catch {
          // the server is gone
        }
      };
      const writers = [creator(0), creator(1), creator(2), creator(3), saver()];
      while (created.length < 80) await new Promise((r) => setTimeout(r, 20));
      first.child.kill('SIGKILL');
      await killed(first.child);
      stop = true;
      await Promise.all(writers);
      expect(created.length).toBeGreaterThanOrEqual(80);

      const second = await startServer(dataDir);
      children.push(second.child);
      const headers2 = await signIn(second.url);
      const list = (await (
        await fetch(`${second.url}/api/kinds/demo/note/documents?limit=1000`, { headers: headers2 })
      ).json()) as { documents: { id: string; version: number }[] };
      const present = new Set(list.documents.map((d) => d.id));
      const missing = created.filter((id) => !present.has(id));
      expect(missing).toEqual([]);
      const chain = list.documents.find((d) => d.id === 'chain');
      expect(chain?.version ?? 0).toBeGreaterThanOrEqual(saved.get('chain') ?? 0);
      // And the database still takes writes.
      const after = await fetch(`${second.url}/api/kinds/demo/note/documents`, {
        method: 'POST',
        headers: headers2,
        body: JSON.stringify({
          id: 'after-crash',
          document: { title: 'ok', amount: '1', tags: [] },
        }),
      });
      expect(after.status).toBe(201);
      second.child.kill('SIGTERM');
      await killed(second.child);
    },
  );
});
