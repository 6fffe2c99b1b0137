// Load test of the host on loopback, bounded: each run lasts DURATION seconds (default 10).
//   pnpm --filter @styrkit/host bench            (or: tsx bench/load.ts)
// Starts the host (PGlite in a temp dir, loaded with docs/examples) and a bare Hono baseline as
// child processes, then measures with autocannon:
//   1. bare framework baseline             GET /bare                                   50 conn
//   2. computed tables of one document     GET …/documents/<id>/tables?format=json      50 conn
//   3. checks of one document              GET …/documents/<id>/checks                  50 conn
//   4. writes: create documents            POST …/documents (unique ids)                10 conn
//   5. writes: saves on one document       PUT  …/documents/<id> (optimistic)           10 conn
// and verifies no acknowledged write is lost (every 201 is a document; every 200 a version).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const hostDir = fileURLToPath(new URL('..', import.meta.url));
const DURATION = Number(process.env.DURATION ?? 10);
const KIND = process.env.KIND ?? 'pm3/objektplan';
const ADMIN = 'bench-admin:bench-admin-password';
const children: ChildProcess[] = [];

function start(args: string[], env: Record<string, string> = {}): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: hostDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.on('exit', (code) => {
      reject(new Error(`exited ${String(code)}: ${out}`));
    });
  });
}

interface Row {
  name: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  other: number;
}

async function run(name: string, o: autocannon.Options): Promise<Row> {
  const result = await autocannon({ duration: DURATION, ...o });
  const row = {
    name,
    connections: o.connections ?? 10,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    other: result.non2xx + result.errors + result.timeouts,
  };
  console.error(`${name}: ${JSON.stringify(row)}`);
  return row;
}

async function main(): Promise<void> {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'styrkit-bench-')), 'data');
  const [bare, host] = await Promise.all([
    start(['bench/bare.ts']),
    start(['src/cli.ts', 'serve', '--port', '0', '--data-dir', dataDir, '--locale', 'en'], {
      STYRKIT_ADMIN: ADMIN,
    }),
  ]);
  const [username, password] = ADMIN.split(':');
  const signIn = await fetch(`${host}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const tokenRes = await fetch(`${host}/api/tokens`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'bench' }),
  });
  const { token } = (await tokenRes.json()) as { token: string };
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const kindPath = `${host}/api/kinds/${KIND}`;
  const list = (await (await fetch(`${kindPath}/documents`, { headers: auth })).json()) as {
    documents: { id: string }[];
  };
  const docId = list.documents[0]?.id;
  if (docId === undefined) throw new Error(`no ${KIND} document to read`);
  const doc = (await (await fetch(`${kindPath}/documents/${docId}`, { headers: auth })).json()) as {
    document: unknown;
  };

  const rows: Row[] = [];
  rows.push(await run('bare Hono baseline', { url: `${bare}/bare`, connections: 50 }));
  rows.push(
    await run(`tables (JSON) of ${KIND}`, {
      url: `${kindPath}/documents/${docId}/tables?format=json`,
      connections: 50,
      headers: auth,
    }),
  );
  rows.push(
    await run(`checks of ${KIND}`, {
      url: `${kindPath}/documents/${docId}/checks`,
      connections: 50,
      headers: auth,
    }),
  );

  // Writes: new documents with unique ids (copies of the read document).
  let n = 0;
  const created = await run(`create ${KIND}`, {
    url: `${kindPath}/documents`,
    connections: 10,
    method: 'POST',
    headers: auth,
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({ id: `bench-${String(n++)}`, document: doc.document }),
        }),
      },
    ],
  });
  rows.push(created);
  let benchDocs = 0;
  for (let offset = 0; ; offset += 1000) {
    const page = (await (
      await fetch(`${kindPath}/documents?limit=1000&offset=${String(offset)}`, { headers: auth })
    ).json()) as { documents: { id: string }[] };
    benchDocs += page.documents.filter((d) => d.id.startsWith('bench-')).length;
    if (page.documents.length < 1000) break;
  }

  // Saves on one document: 10 editors each read the current version and save on top of it;
  // a save that raced another gets 409 (never a silent overwrite). Every 200 must be a version.
  const target = `${kindPath}/documents/${docId}`;
  const before = (await (await fetch(`${target}/versions`, { headers: auth })).json()) as {
    versions: unknown[];
  };
  let saved = 0;
  let conflicts = 0;
  const latencies: number[] = [];
  const until = Date.now() + DURATION * 1000;
  const editor = async (): Promise<void> => {
    while (Date.now() < until) {
      const current = await fetch(target, { headers: auth });
      const version = Number((current.headers.get('etag') ?? '').replace(/"/g, ''));
      await current.arrayBuffer();
      const t0 = performance.now();
      const put = await fetch(target, {
        method: 'PUT',
        headers: auth,
        body: JSON.stringify({ baseVersion: version, document: doc.document, message: 'bench' }),
      });
      await put.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (put.status === 200) saved++;
      else if (put.status === 409) conflicts++;
      else throw new Error(`save answered ${String(put.status)}`);
    }
  };
  await Promise.all(Array.from({ length: 10 }, editor));
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => Math.round(latencies[Math.floor((latencies.length - 1) * p)] ?? 0);
  rows.push({
    name: `save versions of one ${KIND} (read + PUT)`,
    connections: 10,
    rps: Math.round(saved / DURATION),
    p50: pct(0.5),
    p99: pct(0.99),
    ok: saved,
    other: conflicts,
  });
  const versions = (await (await fetch(`${target}/versions`, { headers: auth })).json()) as {
    versions: unknown[];
  };

  console.log('\n| Scenario | Conn. | req/s | p50 ms | p99 ms | 2xx | other |');
  console.log('| :--- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.connections} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.ok} | ${r.other} |`,
    );
  }
  console.log(
    `\nLost-update check: ${created.ok} creates acknowledged, ${benchDocs} bench documents stored (${benchDocs >= created.ok ? `none lost; ${String(benchDocs - created.ok)} more were in flight when the run stopped` : 'LOST WRITES'}).`,
  );
  const added = versions.versions.length - before.versions.length;
  console.log(
    `Saves: ${saved} acknowledged (200), ${conflicts} refused as stale (409), ${added} versions added (${added === saved ? 'none lost' : 'MISMATCH'}).`,
  );
}

try {
  await main();
} finally {
  for (const child of children) child.kill('SIGTERM');
}
