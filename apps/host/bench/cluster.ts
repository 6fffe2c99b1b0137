// Two host processes on one PostgreSQL database behind one address (issue 18, "Beyond one
// machine"), on loopback only and bounded:
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:55433/styrkit_bench pnpm exec tsx bench/cluster.ts
// The database must be a throwaway one: it is seeded, written to and filled with DOCS documents
// (default 10 000). Steps:
//   1. host A (seeds docs/examples) and host B on the same database, a round-robin proxy in this
//      process in front of both;
//   2. consistency: ROUNDS saves on A, each read back on B at once (document, checks, tables,
//      portfolio row): every read must show the saved version;
//   3. sessions and tokens: a session made on A works on B at once; a sign-out and a token
//      revocation on A stop working on B within the principal cache's 5 s;
//   4. DOCS documents (copies of the reference objektplan, ESF project and effect plan, inserted
//      in SQL with the change counter bumped, as a bulk import would), then through the proxy:
//      the document list (a random page of 100, 50 connections), the portfolio over everything
//      (first answer of each host, then warm) and the objektplans' roll-up (portfolio of one kind).
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { PORTFOLIO_KINDS } from './bench-documents.js';
import { createToken, json, signIn, startHost, stopChildren } from './start-host.js';

const URL_ = process.env.BENCH_DATABASE_URL;
const DOCS = Number(process.env.DOCS ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 20);
const DURATION = Number(process.env.DURATION ?? 15);
const ADMIN = 'bench-admin:bench-admin-password';
/** How long a host may take to migrate, seed and listen. */
const START_TIMEOUT_MS = 300_000;

/** Starts a host with ADMIN as its administrator; it must listen within START_TIMEOUT_MS. */
const start = async (args: string[]): Promise<string> =>
  (await startHost(args, { env: { STYRKIT_ADMIN: ADMIN }, timeoutMs: START_TIMEOUT_MS })).url;

/** A round-robin HTTP proxy: request n goes to upstream n mod 2. */
function proxy(upstreams: readonly string[]): Promise<{ url: string; close: () => void }> {
  let n = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const target = new URL(req.url ?? '/', upstreams[n++ % upstreams.length]);
    const out = request(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    out.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(out);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    });
  });
}

const stats = (values: readonly number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const at = (p: number) => Math.round(s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0);
  return `${at(0)} / ${at(0.5)} / ${at(1)}`;
};

/** Polls until `ok()` is false; the time it took in ms (or -1 after `limit` ms). */
async function until(ok: () => Promise<boolean>, limit = 15_000): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < limit) {
    if (!(await ok())) return Math.round(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 100));
  }
  return -1;
}

async function main(): Promise<void> {
  if (URL_ === undefined)
    throw new Error('set BENCH_DATABASE_URL to a throwaway PostgreSQL database');
  const serve = ['src/cli.ts', 'serve', '--port', '0', '--locale', 'en', '--database-url', URL_];
  const a = await start(serve);
  const b = await start([...serve, '--no-seed']);
  const front = await proxy([a, b]);
  console.error(`A ${a}, B ${b}, proxy ${front.url}`);
  const session = await signIn(a, ADMIN);
  const { token, id: tokenId } = await createToken(a, session, 'bench');
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const doc = (host: string, id: string) => `${host}/api/kinds/pm3/objektplan/documents/${id}`;

  // 2. A save on A is read on B at once.
  const id = 'linkoping-vso-2021-b';
  let stale = 0;
  const original = await json<{ version: number; document: { title: string } }>(
    await fetch(doc(a, id), { headers: auth }),
  );
  let version = original.version;
  for (let i = 0; i < ROUNDS; i++) {
    const title = `${original.document.title} (bench ${i})`;
    const saved = await json<{ version: number }>(
      await fetch(doc(a, id), {
        method: 'PUT',
        headers: auth,
        body: JSON.stringify({ baseVersion: version, document: { ...original.document, title } }),
      }),
    );
    version = saved.version;
    const [onB, checks, portfolio] = await Promise.all([
      json<{ version: number; document: { title: string } }>(
        await fetch(doc(b, id), { headers: auth }),
      ),
      json<{ version: number }>(await fetch(`${doc(b, id)}/checks`, { headers: auth })),
      json<{ documents: { id: string; title: string; version: number }[] }>(
        await fetch(`${b}/api/portfolio?kinds=pm3/objektplan`, { headers: auth }),
      ),
    ]);
    const row = portfolio.documents.find((d) => d.id === id);
    if (onB.version !== version || onB.document.title !== title) stale++;
    if (checks.version !== version) stale++;
    if (row?.version !== version || row.title !== title) stale++;
  }
  console.log(
    `Consistency: ${ROUNDS} saves on A, each read on B at once (document, checks, portfolio row): ${stale} stale reads.`,
  );

  // 3. Sessions and revocations across hosts.
  const s2 = await signIn(a, ADMIN);
  const onB = async (headers: Record<string, string>) =>
    (await fetch(`${b}/api/session`, { headers })).status === 200;
  const sessionAtOnce = await onB({ cookie: s2.cookie });
  await onB({ cookie: s2.cookie }); // B now caches the principal behind the cookie
  await fetch(`${a}/api/session`, {
    method: 'DELETE',
    headers: { cookie: s2.cookie, 'x-csrf-token': s2.csrf },
  });
  const signOutDelay = await until(() => onB({ cookie: s2.cookie }));
  await onB(auth);
  await fetch(`${a}/api/tokens/${tokenId}`, {
    method: 'DELETE',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
  });
  const revokeDelay = await until(() => onB(auth));
  console.log(
    `Sessions: a session made on A works on B at once: ${String(sessionAtOnce)}; sign-out on A refused on B after ${signOutDelay} ms; token revoked on A refused on B after ${revokeDelay} ms (documented bound 5 000 ms).`,
  );
  const { token: token2 } = await createToken(a, await signIn(a, ADMIN), 'bench-2');
  const auth2 = { authorization: `Bearer ${token2}`, 'content-type': 'application/json' };

  // 4. DOCS documents in SQL, as a bulk import would store them (bodies the hosts validated;
  // bodies are text since migration 5, so the id is set through jsonb and written back as text).
  const client = new pg.Client({ connectionString: URL_ });
  await client.connect();
  const t0 = performance.now();
  const templates = [
    ['pm3/objektplan', 'linkoping-vso-2021-a', 'bench-op', 0.5],
    ['esf/project', 'sala-esf-ip', 'bench-esf', 0.25],
    ['effects/effect-plan', 'linkoping-vso-2021-effects', 'bench-ef', 0.25],
  ] as const;
  for (const [kind, from, prefix, share] of templates) {
    const n = Math.round(DOCS * share);
    await client.query(
      `WITH g AS (SELECT $3 || '-' || lpad(i::text, 5, '0') AS id FROM generate_series(0, $4 - 1) i),
       d AS (INSERT INTO documents (kind, id, current_version) SELECT $1, g.id, 1 FROM g RETURNING id)
       INSERT INTO versions (kind, document_id, version, schema_version, body, author, message)
       SELECT $1, d.id, 1, v.schema_version,
         CASE WHEN v.body::jsonb ? 'id' THEN jsonb_set(v.body::jsonb, '{id}', to_jsonb(d.id))::text
           ELSE v.body END,
         'bench', 'bulk'
       FROM d, versions v
       WHERE v.kind = $1 AND v.document_id = $2
         AND v.version = (SELECT current_version FROM documents WHERE kind = $1 AND id = $2)`,
      [kind, from, prefix, n],
    );
  }
  await client.query('UPDATE document_changes SET seq = seq + 1 WHERE id = 1');
  const count = await client.query<{ n: number }>('SELECT count(*)::integer AS n FROM documents');
  await client.end();
  console.log(
    `Inserted ${DOCS} documents in ${Math.round(performance.now() - t0)} ms; ${count.rows[0]?.n} documents stored.`,
  );

  const load = () => loadavg()[0]?.toFixed(1) ?? '?';
  const listLoad = load();
  const pages = Math.ceil((DOCS * 0.5) / 100);
  const list = await autocannon({
    url: `${front.url}/api/kinds/pm3/objektplan/documents`,
    connections: 50,
    duration: DURATION,
    headers: auth2,
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          path: `/api/kinds/pm3/objektplan/documents?limit=100&offset=${String(100 * Math.floor(Math.random() * pages))}`,
        }),
      },
    ],
  });
  const portfolioLoad = load();
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < 6; i++) {
    const s = performance.now();
    const body = await json<{ total: number }>(
      await fetch(`${front.url}/api/portfolio?kinds=${PORTFOLIO_KINDS.join(',')}`, {
        headers: auth2,
      }),
    );
    times.push(performance.now() - s);
    rows = body.total;
  }
  const rollUpTimes: number[] = [];
  let rollUpRows = 0;
  for (let i = 0; i < 4; i++) {
    const s = performance.now();
    const body = await json<{ rollUp: unknown[] }>(
      await fetch(`${front.url}/api/portfolio?kinds=pm3/objektplan`, { headers: auth2 }),
    );
    rollUpTimes.push(performance.now() - s);
    rollUpRows = body.rollUp.length;
  }
  console.log(`\nPostgreSQL, 2 hosts behind a round-robin proxy, ${rows} portfolio rows\n`);
  console.log('| Scenario | figure | load average |');
  console.log('| :--- | :--- | :--- |');
  console.log(
    `| document list, random page of 100 of ${DOCS * 0.5 + 2}, 50 conn, ${DURATION} s | ${Math.round(list.requests.average)} req/s, p50 ${list.latency.p50} ms, p99 ${list.latency.p99} ms, ${list['2xx']} × 2xx, ${list.non2xx + list.errors + list.timeouts} other | ${listLoad} |`,
  );
  console.log(
    `| portfolio, every document (${rows} rows): first on A, first on B, then warm (ms) | ${times.map((t) => Math.round(t)).join(', ')} | ${portfolioLoad} |`,
  );
  console.log(
    `| roll-up of the objektplans (${rollUpRows} kind × year rows), min / median / max ms | ${stats(rollUpTimes)} | ${load()} |`,
  );
  front.close();
}

try {
  await main();
} finally {
  stopChildren();
}
