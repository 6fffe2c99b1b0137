// Load test of the host on loopback with what users do (issue 18), bounded in time.
//   pnpm --filter @styrkit/host bench            (or: tsx bench/load.ts)
// Starts the host as a child process (PGlite in a temp dir, or BENCH_DATABASE_URL's PostgreSQL
// database, which it fills: use a throwaway one), seeds docs/examples, adds DOCS documents
// (default 1 000: copies of the reference objektplan, ESF project and effect plan under their
// own ids) and a bare Hono server as the framework's ceiling. Then ROUNDS rounds (default 3) of:
//   health   GET /api/health                                    50 conn   same-run baseline
//   document GET …/documents/<id>                               50 conn   + one writer saving
//   tables   GET …/documents/<id>/tables?format=json            50 conn   + one writer saving
//   checks   GET …/documents/<id>/checks                        50 conn   + one writer saving
//   put      PUT on 50 distinct documents, each its own editor  50 conn
//   list     GET …/documents?limit=100&offset=<random page>      50 conn
//   portfolio GET /api/portfolio (every document), after a save  1 conn, 5 requests
// each DURATION seconds (default 15). The writer saves another objektplan back to back while
// the 50 readers run: its latencies are the "save p99 under read load". Reported as
// min/median/max over the rounds, with the load average of the machine before each scenario.
// HOST_DIR runs another checkout's host (the "before" figures); scenarios it lacks are skipped.
// SCENARIOS (comma-separated: health,document,tables,checks,put,list,portfolio) runs only those;
// HOST_NODE_ARGS are passed to the host's node (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
// Beside latency, each scenario reports the host process's CPU time per answered request
// (user + system from /proc, Linux): on a shared machine that figure moves far less with the
// load than req/s or p99 do, so it is what a before/after comparison in one run rests on.
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { benchCopies, PORTFOLIO_KINDS, TEMPLATES } from './bench-documents.js';
import { createToken, HOST_DIR, json, signIn, startHost, stopChildren } from './start-host.js';

const hostDir = process.env.HOST_DIR ?? HOST_DIR;
const DURATION = Number(process.env.DURATION ?? 15);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const DOCS = Number(process.env.DOCS ?? 1000);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const DATABASE_URL = process.env.BENCH_DATABASE_URL;
const SCENARIOS = new Set(
  (process.env.SCENARIOS ?? 'health,document,tables,checks,put,list,portfolio').split(','),
);
const HOST_NODE_ARGS = (process.env.HOST_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
const ADMIN = 'bench-admin:bench-admin-password';
const READ_KIND = 'pm3/objektplan';
const READ_ID = 'linkoping-vso-2021-a';

const load = () => loadavg()[0]?.toFixed(1) ?? '?';
const TICKS_PER_MS = 100 / 1000; // USER_HZ, 100 on Linux

/** CPU time (user + system) a process has used so far, in ms; NaN where /proc is missing. */
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_MS;
  } catch {
    return Number.NaN;
  }
}
const pct = (sorted: readonly number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN);

interface Figure {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  other: number;
  load: string;
  /** Host CPU ms per answered request (NaN when not measured). */
  cpu: number;
}

async function cannon(o: autocannon.Options, pid?: number): Promise<Figure> {
  const before = load();
  const cpu0 = pid === undefined ? Number.NaN : cpuMs(pid);
  const r = await autocannon({ duration: DURATION, connections: CONNECTIONS, ...o });
  const cpu = pid === undefined ? Number.NaN : cpuMs(pid) - cpu0;
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    ok: r['2xx'],
    other: r.non2xx + r.errors + r.timeouts,
    load: before,
    cpu: r['2xx'] === 0 ? Number.NaN : cpu / r['2xx'],
  };
}

/** One editor saving a document again and again on top of the version it saved last. */
async function editor(
  url: string,
  headers: Record<string, string>,
  document: unknown,
  until: number,
  latencies: number[],
): Promise<{ saved: number; refused: number }> {
  let version = Number(
    ((await fetch(url, { headers })).headers.get('etag') ?? '').replace(/"/g, ''),
  );
  let saved = 0;
  let refused = 0;
  while (Date.now() < until) {
    const t0 = performance.now();
    const res = await fetch(url, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ baseVersion: version, document, message: 'bench' }),
    });
    const body = (await res.json()) as { version?: number };
    latencies.push(performance.now() - t0);
    if (res.status === 200 && body.version !== undefined) {
      version = body.version;
      saved++;
    } else if (res.status === 409) {
      refused++;
      version = Number(
        ((await fetch(url, { headers })).headers.get('etag') ?? '').replace(/"/g, ''),
      );
    } else throw new Error(`save answered ${String(res.status)}`);
  }
  return { saved, refused };
}

function summary(values: readonly number[]): string {
  const s = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (s.length === 0) return 'n/a';
  const med = s[Math.floor((s.length - 1) / 2)] ?? 0;
  return `${fmt(s[0] ?? 0)} / ${fmt(med)} / ${fmt(s[s.length - 1] ?? 0)}`;
}
/** CPU ms per request to two decimals (they are often below 1 ms). */
function cpuSummary(values: readonly number[]): string {
  const s = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (s.length === 0) return '–';
  const f = (n: number) => n.toFixed(2);
  return `${f(s[0] ?? 0)} / ${f(s[Math.floor((s.length - 1) / 2)] ?? 0)} / ${f(s[s.length - 1] ?? 0)}`;
}
const fmt = (n: number) => (n >= 100 ? String(Math.round(n)) : String(Math.round(n * 10) / 10));

async function main(): Promise<void> {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'styrkit-bench-')), 'data');
  const storage =
    DATABASE_URL === undefined ? ['--data-dir', dataDir] : ['--database-url', DATABASE_URL];
  const [{ url: bare }, { url: host, child }] = await Promise.all([
    startHost([fileURLToPath(new URL('./bare.ts', import.meta.url))], { cwd: hostDir }),
    startHost(['src/cli.ts', 'serve', '--port', '0', ...storage, '--locale', 'en'], {
      cwd: hostDir,
      env: { STYRKIT_ADMIN: ADMIN },
      nodeArgs: HOST_NODE_ARGS,
    }),
  ]);
  const hostPid = child.pid ?? 0;
  const { token } = await createToken(host, await signIn(host, ADMIN), 'bench');
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const docUrl = (kind: string, id: string) => `${host}/api/kinds/${kind}/documents/${id}`;

  // DOCS documents beside the reference data, created by 10 concurrent clients.
  const t0 = performance.now();
  const plan: { kind: string; id: string; document: unknown }[] = [];
  for (const t of TEMPLATES) {
    const { document } = await json<{ document: unknown }>(
      await fetch(docUrl(t.kind, t.id), { headers: auth }),
    );
    plan.push(...benchCopies(t, document, DOCS));
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (next < plan.length) {
        const p = plan[next++];
        if (p === undefined) break;
        const res = await fetch(`${host}/api/kinds/${p.kind}/documents`, {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({ id: p.id, document: p.document }),
        });
        if (res.status !== 201)
          throw new Error(`create ${p.id}: ${res.status} ${await res.text()}`);
        await res.arrayBuffer();
      }
    }),
  );
  console.error(`created ${plan.length} documents in ${Math.round(performance.now() - t0)} ms`);
  const objektplans = plan.filter((p) => p.kind === READ_KIND);
  const writerDoc = objektplans[0];
  if (writerDoc === undefined) throw new Error('no objektplan to write');
  const putDocs = objektplans.slice(1, 1 + CONNECTIONS);

  const hasPortfolio =
    (await fetch(`${host}/api/portfolio?kinds=${READ_KIND}`, { headers: auth })).status === 200;
  const firstList = await json<{ documents: unknown[]; total?: number }>(
    await fetch(`${host}/api/kinds/${READ_KIND}/documents?limit=100`, { headers: auth }),
  );
  const listTotal = firstList.total ?? objektplans.length + 2;

  const results = new Map<string, Figure[]>();
  const saves = new Map<string, number[]>();
  const add = (name: string, f: Figure) => {
    results.set(name, [...(results.get(name) ?? []), f]);
    console.error(`${new Date().toISOString()} ${name}: ${JSON.stringify(f)}`);
  };
  const portfolioTimes: number[] = [];
  const portfolioWarm: number[] = [];
  let portfolioRows = 0;
  let putAcknowledged = 0;

  /** A read scenario at CONNECTIONS connections while one writer saves another objektplan. */
  const withWriter = async (name: string, url: string) => {
    const latencies: number[] = [];
    const until = Date.now() + DURATION * 1000;
    const [figure, written] = await Promise.all([
      cannon({ url, headers: auth }, hostPid),
      editor(docUrl(writerDoc.kind, writerDoc.id), auth, writerDoc.document, until, latencies),
    ]);
    add(name, figure);
    latencies.sort((a, b) => a - b);
    saves.set(name, [...(saves.get(name) ?? []), pct(latencies, 0.99)]);
    saves.set(`${name} saves/s`, [
      ...(saves.get(`${name} saves/s`) ?? []),
      written.saved / DURATION,
    ]);
  };

  for (let round = 1; round <= ROUNDS; round++) {
    console.error(`— round ${round} of ${ROUNDS} at ${new Date().toISOString()}`);
    if (SCENARIOS.has('health')) {
      add('bare Hono (GET /bare)', await cannon({ url: `${bare}/bare` }));
      add('health (GET /api/health)', await cannon({ url: `${host}/api/health` }, hostPid));
    }
    if (SCENARIOS.has('document'))
      await withWriter('one objektplan (GET document)', docUrl(READ_KIND, READ_ID));
    if (SCENARIOS.has('tables'))
      await withWriter(
        'tables (JSON) of one objektplan',
        `${docUrl(READ_KIND, READ_ID)}/tables?format=json`,
      );
    if (SCENARIOS.has('checks'))
      await withWriter('checks of one objektplan', `${docUrl(READ_KIND, READ_ID)}/checks`);

    if (SCENARIOS.has('put')) {
      // PUT on distinct documents: each connection is the editor of its own objektplan.
      const putLatencies: number[] = [];
      const loadBefore = load();
      const cpu0 = cpuMs(hostPid);
      const until = Date.now() + DURATION * 1000;
      const counts = await Promise.all(
        putDocs.map((d) => editor(docUrl(d.kind, d.id), auth, d.document, until, putLatencies)),
      );
      putLatencies.sort((a, b) => a - b);
      const saved = counts.reduce((s, c) => s + c.saved, 0);
      putAcknowledged += saved;
      add(`save (PUT) on ${putDocs.length} distinct objektplans`, {
        rps: Math.round(saved / DURATION),
        p50: Math.round(pct(putLatencies, 0.5)),
        p99: Math.round(pct(putLatencies, 0.99)),
        ok: saved,
        other: counts.reduce((s, c) => s + c.refused, 0),
        load: loadBefore,
        cpu: (cpuMs(hostPid) - cpu0) / Math.max(1, saved),
      });
    }

    const pages = Math.max(1, Math.ceil(listTotal / 100));
    if (SCENARIOS.has('list'))
      add(
        `document list, a random page of 100 (of ${listTotal})`,
        await cannon(
          {
            url: `${host}/api/kinds/${READ_KIND}/documents`,
            headers: auth,
            requests: [
              {
                setupRequest: (req) => ({
                  ...req,
                  path: `/api/kinds/${READ_KIND}/documents?limit=100&offset=${String(100 * Math.floor(Math.random() * pages))}`,
                }),
              },
            ],
          },
          hostPid,
        ),
      );

    if (hasPortfolio && SCENARIOS.has('portfolio')) {
      // After a save (what changed is recomputed), then warm.
      const { version } = await json<{ version: number }>(
        await fetch(docUrl(writerDoc.kind, writerDoc.id), { headers: auth }),
      );
      await json(
        await fetch(docUrl(writerDoc.kind, writerDoc.id), {
          method: 'PUT',
          headers: auth,
          body: JSON.stringify({ baseVersion: version, document: writerDoc.document }),
        }),
      );
      for (let i = 0; i < 5; i++) {
        const s = performance.now();
        const body = await json<{ total: number }>(
          await fetch(`${host}/api/portfolio?kinds=${PORTFOLIO_KINDS.join(',')}`, {
            headers: auth,
          }),
        );
        (i === 0 ? portfolioTimes : portfolioWarm).push(performance.now() - s);
        portfolioRows = body.total;
      }
    }
  }

  // Lost-write check: every acknowledged save is one more version.
  let versions = 0;
  for (const d of putDocs) {
    const v = await json<{ versions: unknown[] }>(
      await fetch(`${docUrl(d.kind, d.id)}/versions`, { headers: auth }),
    );
    versions += v.versions.length - 1;
  }

  const engine = DATABASE_URL === undefined ? 'PGlite' : 'PostgreSQL';
  console.log(
    `\n${engine}, ${plan.length} bench documents + docs/examples, ${ROUNDS} rounds of ${DURATION} s, ${CONNECTIONS} connections; min / median / max over the rounds\n`,
  );
  console.log(
    '| Scenario | req/s | p50 ms | p99 ms | host CPU ms per 2xx | 2xx (last round) | other | load average |',
  );
  console.log('| :--- | ---: | ---: | ---: | ---: | ---: | ---: | :--- |');
  for (const [name, fs] of results) {
    const last = fs[fs.length - 1];
    console.log(
      `| ${name} | ${summary(fs.map((f) => f.rps))} | ${summary(fs.map((f) => f.p50))} | ${summary(fs.map((f) => f.p99))} | ${cpuSummary(fs.map((f) => f.cpu))} | ${last?.ok ?? 0} | ${last?.other ?? 0} | ${fs.map((f) => f.load).join(', ')} |`,
    );
  }
  console.log('\n| Writer beside the readers | save p99 ms | saves/s |');
  console.log('| :--- | ---: | ---: |');
  for (const name of [
    'one objektplan (GET document)',
    'tables (JSON) of one objektplan',
    'checks of one objektplan',
  ]) {
    console.log(
      `| while 50 read ${name} | ${summary(saves.get(name) ?? [])} | ${summary(saves.get(`${name} saves/s`) ?? [])} |`,
    );
  }
  if (hasPortfolio) {
    console.log(
      `\nPortfolio (${portfolioRows} rows, one request): first after a save ${summary(portfolioTimes)} ms, then ${summary(portfolioWarm)} ms (min / median / max).`,
    );
  }
  console.log(
    `Saves on distinct documents: ${putAcknowledged} acknowledged, ${versions} versions added (${versions === putAcknowledged ? 'none lost' : 'MISMATCH'}).`,
  );
  const health = results.get('health (GET /api/health)')?.map((f) => f.rps) ?? [];
  const tables = results.get('tables (JSON) of one objektplan')?.map((f) => f.rps) ?? [];
  if (health.length > 0 && tables.length > 0) {
    const ratio = tables.map((t, i) => t / (health[i] ?? 1));
    console.log(
      `tables req/s ÷ health req/s in the same round: ${summary(ratio.map((r) => r * 100))} %`,
    );
  }
  console.log(
    `host ${(JSON.parse(readFileSync(join(hostDir, 'package.json'), 'utf8')) as { version: string }).version} from ${hostDir}`,
  );
}

try {
  await main();
} finally {
  stopChildren();
}
