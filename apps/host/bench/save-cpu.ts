// Processor time of one save, end to end and split into its parts (issue 18).
//   pnpm exec tsx bench/save-cpu.ts            (in apps/host)
// Opens a host in this process on a fresh PGlite data directory (or SAVE_DATABASE_URL, a
// throwaway PostgreSQL database), seeds docs/examples, adds DOCS (default 1 000) documents as
// the load bench does, then runs ROUNDS (default 3) rounds of SAVES (default 500) saves of
// distinct documents through the HTTP app (`app.request`: routing, auth, body parsing, zod,
// the store, the response), one after another. Wall time means little on a shared machine, so
// it reports process.cpuUsage() per save (user + system, this process: PGlite runs in it), and
// the same for the parts measured alone over the same documents:
//   parse     JSON.parse of the request body
//   validate  store.validate: migration and validation by the kind, beforeSave hooks, serialise
//   store     store.save: validate + the SQL statement (no HTTP)
//   sql       the save's statement text run alone with the serialised body (PGlite: its cost)
// HOST_SRC points at another checkout's apps/host/src (the "before" figures, same run);
// PACKAGES_DIR at the packages whose plugins load (default: this checkout's).
// PROFILE=<file.cpuprofile> writes a CPU profile of the saves alone (not the seeding).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchCopies, TEMPLATES } from './bench-documents.js';

const SRC = resolve(process.env.HOST_SRC ?? fileURLToPath(new URL('../src', import.meta.url)));
const PACKAGES =
  process.env.PACKAGES_DIR ?? fileURLToPath(new URL('../../../packages', import.meta.url));
const DOCS = Number(process.env.DOCS ?? 1000);
const SAVES = Number(process.env.SAVES ?? 500);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const DATABASE_URL = process.env.SAVE_DATABASE_URL;
/** Which parts to measure (comma-separated); `http` alone gives a profile of the PUT path. */
const PHASES = new Set((process.env.PHASES ?? 'http,parse,validate,store,sql').split(','));
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-explicit-any -- the host is loaded from HOST_SRC at run time, so its modules are untyped here */
const load = async (file: string): Promise<any> => import(pathToFileURL(join(SRC, file)).href);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? Number.NaN;
};
const f2 = (n: number) => n.toFixed(2);
const triple = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${f2(s[0] ?? Number.NaN)} / ${f2(median(s))} / ${f2(s[s.length - 1] ?? Number.NaN)}`;
};

async function main(): Promise<void> {
  const { openHost, seedHost, bootstrapAdmin, SYSTEM } = await load('host.ts');
  const { discoverPlugins } = await load('plugins.ts');
  const { createApp } = await load('app.ts');
  const plugins = await discoverPlugins(PACKAGES);
  const dataDir = join(mkdtempSync(join(tmpdir(), 'styrkit-save-cpu-')), 'data');
  const host = await openHost(
    DATABASE_URL === undefined ? { dataDir, plugins } : { databaseUrl: DATABASE_URL, plugins },
  );
  await seedHost(host);
  await bootstrapAdmin(host, 'bench-admin:bench-admin-password');
  const token: string = await host.users.createToken('bench-admin', 'bench', SYSTEM.username);
  const app = createApp(host.store, host.users);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

  const docs: { kind: string; id: string; document: unknown; version: number }[] = [];
  for (const t of TEMPLATES) {
    const { document } = await host.store.getVersion(t.kind, t.id);
    for (const copy of benchCopies(t, document, DOCS)) {
      await host.store.create({ ...copy, author: 'bench' });
      docs.push({ ...copy, version: 1 });
    }
  }
  const targets = Array.from({ length: SAVES }, (_, i) => docs[i % docs.length]).filter(
    (d) => d !== undefined,
  );
  const bodyBytes = JSON.stringify({ baseVersion: 1, document: targets[0]?.document }).length;
  console.log(
    `${new Date().toISOString()} host src ${SRC}, ${host.db.engine}, ${docs.length} bench documents, ${SAVES} saves a round, first body ${bodyBytes} bytes, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );

  /** ms of CPU per save, by part, one entry a round. */
  const parts = new Map<string, number[]>();
  const add = (name: string, ms: number) => {
    parts.set(name, [...(parts.get(name) ?? []), ms / SAVES]);
    return f2(ms / SAVES);
  };
  // CPU spent inside the database's query calls (saves run one at a time, so it is theirs).
  let inQuery = 0;
  const query = host.db.query.bind(host.db);
  host.db.query = async (sql: string, params?: readonly unknown[]) => {
    const c = cpu();
    try {
      return await query(sql, params);
    } finally {
      inQuery += cpu() - c;
    }
  };
  const profiler = process.env.PROFILE === undefined ? undefined : new Session();
  if (profiler !== undefined) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  for (let round = 1; round <= ROUNDS; round++) {
    const line: string[] = [];
    // End to end: PUT through the app, each save on its document's last version.
    const bodies = targets.map((t) =>
      JSON.stringify({ baseVersion: t.version, document: t.document, message: 'bench' }),
    );
    let c0 = cpu();
    if (PHASES.has('http')) {
      for (const [i, t] of targets.entries()) {
        const res = await app.request(`/api/kinds/${t.kind}/documents/${t.id}`, {
          method: 'PUT',
          headers,
          body: bodies[i],
        });
        const out = (await res.json()) as { version?: number };
        if (res.status !== 200 || out.version === undefined)
          throw new Error(`PUT ${t.id}: ${res.status} ${JSON.stringify(out).slice(0, 300)}`);
        t.version = out.version;
      }
      line.push(`http ${add('http', cpu() - c0)}`);
    }
    if (PHASES.has('parse')) {
      c0 = cpu();
      for (const b of bodies) JSON.parse(b);
      line.push(`parse ${add('parse', cpu() - c0)}`);
    }
    if (PHASES.has('validate')) {
      c0 = cpu();
      for (const t of targets) host.store.validate(t.kind, t.id, t.document);
      line.push(`validate ${add('validate', cpu() - c0)}`);
    }
    if (PHASES.has('store')) {
      c0 = cpu();
      inQuery = 0;
      for (const t of targets) {
        const r = await host.store.save({
          kind: t.kind,
          id: t.id,
          document: t.document,
          baseVersion: t.version,
          author: 'bench',
          message: 'bench',
        });
        t.version = r.version;
      }
      line.push(`store.save ${add('store', cpu() - c0)}`);
      line.push(`(in its SQL ${add('sql in store.save', inQuery)})`);
    }
    if (PHASES.has('sql')) {
      // A body INSERT alone, on a scratch table with the column type of the store's schema:
      // what the database spends on the body of one version row.
      const rows = await host.db.query(
        `SELECT data_type FROM information_schema.columns WHERE table_name = 'versions' AND column_name = 'body' AND table_schema = current_schema()`,
      );
      const column = String(rows[0]?.data_type);
      await host.db.query(`CREATE TEMP TABLE IF NOT EXISTS scratch (n integer, body ${column})`);
      const texts = targets.map((t) => host.store.validate(t.kind, t.id, t.document).text);
      c0 = cpu();
      for (const [i, text] of texts.entries())
        await host.db.query(`INSERT INTO scratch (n, body) VALUES ($1, $2::${column})`, [i, text]);
      line.push(`body INSERT alone (${column}) ${add('body INSERT alone', cpu() - c0)}`);
      await host.db.query('DELETE FROM scratch');
    }
    console.log(
      `round ${round}: ms of CPU per save: ${line.join(', ')}; load ${loadavg()[0]?.toFixed(1) ?? '?'}`,
    );
  }
  if (profiler !== undefined && process.env.PROFILE !== undefined) {
    const { profile } = await profiler.post('Profiler.stop');
    writeFileSync(process.env.PROFILE, JSON.stringify(profile));
    profiler.disconnect();
  }
  console.log('min / median / max over the rounds, ms of CPU per save:');
  for (const [name, xs] of parts) console.log(`  ${name}: ${triple(xs)}`);
  await host.close();
}

await main();
