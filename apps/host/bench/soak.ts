// Soak test of the host on loopback, bounded: a mixed read/write load for DURATION seconds
// (default 600) at CONNECTIONS connections (default 20), on PGlite and, when SOAK_DATABASE_URL
// is set, on that PostgreSQL server (use a throwaway database: it is seeded and written to).
//   tsx bench/soak.ts                       (or: pnpm --filter @styrkit/host soak)
// Each connection cycles through: read a document, its tables, its checks, the list, and a save
// of its own copy of the document (one write in five). The host runs as a child process; its
// RSS is sampled every 10 s; the slope (MB per minute, least squares over the second half) and
// the highest RSS of each third are reported with the status counts. The thirds matter because
// PGlite's RSS is a saw-tooth: a slope depends on where the half falls, a peak that does not
// rise from third to third is a bounded heap. Results go to stdout as a Markdown table.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createToken, HOST_DIR as hostDir, signIn, startHost } from './start-host.js';

const DURATION = Number(process.env.DURATION ?? 600);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 20);
const KIND = process.env.KIND ?? 'pm3/objektplan';
const ADMIN = 'soak-admin:soak-admin-password';

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** Least-squares slope of y over x. */
function slope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const num = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

/** What a recorded run must say: when, on which commit, how loaded the shared machine was. */
function runInfo(withCommit = true): string {
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
  if (!withCommit) return `${new Date().toISOString()}, load average ${load}`;
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: hostDir })
      .toString()
      .trim();
  } catch {
    // Not a git checkout (a packed copy): the commit stays unknown.
  }
  return `${new Date().toISOString()} commit ${commit}, Node ${process.version}, load average ${load}`;
}

interface SoakResult {
  engine: string;
  started: string;
  ended: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  status: Record<string, number>;
  errors: number;
  rssStart: number;
  rssEnd: number;
  rssMax: number;
  slopeAll: number;
  slopeLate: number;
  /** Highest RSS in each third of the run: a saw-tooth that stays under its first peak is bounded. */
  rssMaxThirds: number[];
  samples: { t: number; rss: number }[];
}

async function soak(engine: 'pglite' | 'postgres', databaseUrl?: string): Promise<SoakResult> {
  const where =
    databaseUrl === undefined
      ? ['--data-dir', join(mkdtempSync(join(tmpdir(), 'styrkit-soak-')), 'data')]
      : ['--database-url', databaseUrl];
  const started = runInfo();
  const { url, child } = await startHost(
    ['src/cli.ts', 'serve', '--port', '0', '--locale', 'en', ...where],
    { env: { STYRKIT_ADMIN: ADMIN } },
  );
  try {
    const { token } = await createToken(url, await signIn(url, ADMIN), 'soak');
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const kindPath = `${url}/api/kinds/${KIND}`;
    const list = (await (await fetch(`${kindPath}/documents`, { headers: auth })).json()) as {
      documents: { id: string }[];
    };
    const docId = list.documents[0]?.id;
    if (docId === undefined) throw new Error(`no ${KIND} document to read`);
    const doc = (await (
      await fetch(`${kindPath}/documents/${docId}`, { headers: auth })
    ).json()) as {
      document: unknown;
    };
    // One copy per connection, so each connection's saves build on its own versions.
    const copies: string[] = [];
    for (let i = 0; i < CONNECTIONS; i++) {
      const id = `soak-${String(i)}`;
      const r = await fetch(`${kindPath}/documents`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ id, document: doc.document }),
      });
      if (r.status !== 201 && r.status !== 409) throw new Error(`copy ${id}: ${String(r.status)}`);
      copies.push(id);
    }
    let nextCopy = 0;
    const samples: { t: number; rss: number }[] = [];
    const t0 = Date.now();
    const pid = child.pid ?? 0;
    samples.push({ t: 0, rss: rssMb(pid) });
    const sampler = setInterval(() => {
      samples.push({ t: (Date.now() - t0) / 1000, rss: rssMb(pid) });
    }, 10_000);
    const body = JSON.stringify(doc.document);
    const result = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: DURATION,
      headers: auth,
      initialContext: {},
      requests: [
        {
          method: 'GET',
          path: `/api/kinds/${KIND}/documents/${docId}`,
          setupRequest: (req, ctx: object) => {
            const context = ctx as Record<string, unknown>;
            if (context.copy === undefined) {
              context.copy = copies[nextCopy++ % copies.length];
              context.version = 0;
            }
            return req;
          },
        },
        { method: 'GET', path: `/api/kinds/${KIND}/documents/${docId}/tables?format=json` },
        { method: 'GET', path: `/api/kinds/${KIND}/documents/${docId}/checks` },
        { method: 'GET', path: `/api/kinds/${KIND}/documents?limit=20` },
        {
          method: 'GET',
          setupRequest: (req, ctx: object) => ({
            ...req,
            path: `/api/kinds/${KIND}/documents/${String((ctx as Record<string, unknown>).copy)}`,
          }),
          onResponse: (_status, text, ctx: object) => {
            const context = ctx as Record<string, unknown>;
            try {
              context.version = (JSON.parse(text) as { version: number }).version;
            } catch {
              context.version = 0;
            }
          },
        },
        {
          method: 'PUT',
          setupRequest: (req, ctx: object) => ({
            ...req,
            path: `/api/kinds/${KIND}/documents/${String((ctx as Record<string, unknown>).copy)}`,
            body: `{"baseVersion":${String((ctx as Record<string, unknown>).version)},"message":"soak","document":${body}}`,
          }),
        },
      ],
    });
    clearInterval(sampler);
    samples.push({ t: (Date.now() - t0) / 1000, rss: rssMb(pid) });
    const status: Record<string, number> = {};
    for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) {
      status[code] = (stat as { count: number }).count;
    }
    const points = samples.map((s) => ({ x: s.t / 60, y: s.rss }));
    const late = points.filter((p) => p.x >= DURATION / 120);
    return {
      engine,
      started,
      // The host loaded its code at the start; later commits by others do not change it.
      ended: runInfo(false),
      requests: result.requests.total,
      rps: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      status,
      errors: result.errors + result.timeouts,
      rssStart: Math.round(samples[0]?.rss ?? 0),
      rssEnd: Math.round(samples[samples.length - 1]?.rss ?? 0),
      rssMax: Math.round(Math.max(...samples.map((s) => s.rss))),
      slopeAll: Number(slope(points).toFixed(2)),
      slopeLate: Number(slope(late).toFixed(2)),
      rssMaxThirds: [0, 1, 2].map((third) =>
        Math.round(
          Math.max(
            ...samples
              .filter((s) => Math.min(2, Math.floor((3 * s.t) / DURATION)) === third)
              .map((s) => s.rss),
          ),
        ),
      ),
      samples: samples.map((s) => ({ t: Math.round(s.t), rss: Math.round(s.rss) })),
    };
  } finally {
    child.kill('SIGTERM');
  }
}

const results: SoakResult[] = [];
if (process.env.SOAK_ENGINES !== 'postgres') results.push(await soak('pglite'));
const pgUrl = process.env.SOAK_DATABASE_URL;
if (pgUrl !== undefined && pgUrl !== '') results.push(await soak('postgres', pgUrl));
for (const r of results) console.error(JSON.stringify(r));
for (const r of results) console.log(`${r.engine}: started ${r.started}; ended ${r.ended}`);
console.log(
  `\n| Engine | Duration | Conn. | Requests | req/s | p50 ms | p99 ms | Status counts | 5xx | Errors | RSS start → end (max) MB | RSS slope MB/min (all / 2nd half) | RSS max per third MB |`,
);
console.log(
  '| :--- | ---: | ---: | ---: | ---: | ---: | ---: | :--- | ---: | ---: | :--- | :--- | :--- |',
);
for (const r of results) {
  const fivexx = Object.entries(r.status)
    .filter(([code]) => code.startsWith('5'))
    .reduce((s, [, n]) => s + n, 0);
  console.log(
    `| ${r.engine} | ${String(DURATION)} s | ${String(CONNECTIONS)} | ${String(r.requests)} | ${String(r.rps)} | ${String(r.p50)} | ${String(r.p99)} | ${Object.entries(
      r.status,
    )
      .map(([c, n]) => `${c}: ${String(n)}`)
      .join(
        ', ',
      )} | ${String(fivexx)} | ${String(r.errors)} | ${String(r.rssStart)} → ${String(r.rssEnd)} (${String(r.rssMax)}) | ${String(r.slopeAll)} / ${String(r.slopeLate)} | ${r.rssMaxThirds.join(' / ')} |`,
  );
}
