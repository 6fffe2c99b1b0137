import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { StyrkitPlugin } from '@styrkit/plugin';
import { Users, DEMO_USERS, type Principal } from './auth.js';
import { importEnvelope } from './app.js';
import { openDatabase, type Database, type DatabaseOptions } from './db.js';
import { HostError } from './errors.js';
import { parseText, readEnvelopes } from './envelope.js';
import { repositoryRoot } from './plugins.js';
import { createRegistry, scopeExists } from './registry.js';
import { isZip, readWorkbook } from './xlsx-import.js';
import { DocumentStore } from './store.js';

/** A running host's parts. */
export interface Host {
  readonly db: Database;
  readonly store: DocumentStore;
  readonly users: Users;
  /** Closes the database. */
  close(): Promise<void>;
}

/**
 * Validates the plugins (refusing to start when they do not fit), opens the database and runs
 * its migrations.
 *
 * @example
 * ```ts
 * const host = await openHost({ plugins: [myPlugin] }); // in-memory PGlite
 * ```
 */
export async function openHost(
  options: DatabaseOptions & { plugins: readonly StyrkitPlugin[] },
): Promise<Host> {
  const registry = createRegistry(options.plugins);
  const db = await openDatabase(options);
  return {
    db,
    store: new DocumentStore(db, registry),
    users: new Users(db, { scopeExists: (scope) => scopeExists(registry, scope) }),
    close: () => db.close(),
  };
}

/** The principal the CLI and seeding act as. */
export const SYSTEM: Principal = {
  username: 'system',
  via: 'local',
  grants: [{ scope: '*', role: 'admin' }],
};

/**
 * Every `.yaml`, `.yml` and `.json` file under a directory (and `.xlsx` with `xlsx: true`),
 * sorted.
 *
 * @example
 * ```ts
 * envelopeFiles('docs/examples');
 * ```
 */
export function envelopeFiles(dir: string, options: { xlsx?: boolean } = {}): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return [dir];
  const pattern = options.xlsx === true ? /\.(ya?ml|json|xlsx)$/i : /\.(ya?ml|json)$/i;
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return envelopeFiles(path, options);
      // `~$name.xlsx` is the lock file Excel keeps beside an open workbook.
      return pattern.test(name) && !name.startsWith('~$') ? [path] : [];
    });
}

/** One file's (or, for a workbook, one sheet's) import outcome. */
export interface ImportOutcome {
  readonly file: string;
  /** The workbook sheet the document came from (XLSX files). */
  readonly sheet?: string;
  readonly kind?: string;
  readonly id?: string;
  readonly version?: number;
  readonly created?: boolean;
  readonly error?: HostError;
}

async function importOne(
  store: DocumentStore,
  file: string,
  name: string,
  principal: Principal,
): Promise<ImportOutcome[]> {
  const bytes = new Uint8Array(readFileSync(file));
  if (/\.xlsx$/i.test(file) || isZip(bytes)) {
    const outcomes: ImportOutcome[] = [];
    for (const entry of await readWorkbook(bytes)) {
      if (!entry.ok) {
        outcomes.push({ file: name, sheet: entry.sheet, error: new HostError(422, entry.error) });
        continue;
      }
      try {
        const r = await importEnvelope(store, entry.value, principal);
        outcomes.push({
          file: name,
          sheet: entry.sheet,
          kind: entry.value.kind,
          id: entry.value.id,
          version: r.version,
          created: r.created,
        });
      } catch (error) {
        if (!(error instanceof HostError)) throw error;
        outcomes.push({ file: name, sheet: entry.sheet, error });
      }
    }
    return outcomes;
  }
  const text = new TextDecoder().decode(bytes);
  const entries = readEnvelopes(parseText(text, /\.json$/i.test(file) ? 'json' : 'yaml'));
  const first = entries[0];
  if (first === undefined) throw new HostError(422, []);
  if (!first.ok) throw new HostError(422, first.error);
  const r = await importEnvelope(store, first.value, principal);
  return [
    {
      file: name,
      kind: first.value.kind,
      id: first.value.id,
      version: r.version,
      created: r.created,
    },
  ];
}

/**
 * Imports envelope files (YAML, JSON, or XLSX workbooks by the convention in
 * `readWorkbook`) into the store (create, or a new version when changed), reporting each
 * document to `progress`. A file or sheet that fails is reported and the rest go on.
 *
 * @example
 * ```ts
 * await importFiles(host.store, envelopeFiles('docs/examples'), SYSTEM);
 * ```
 */
export async function importFiles(
  store: DocumentStore,
  files: readonly string[],
  principal: Principal,
  progress: (done: number, total: number, outcome: ImportOutcome) => void = () => undefined,
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const [index, file] of files.entries()) {
    const name = relative(process.cwd(), file);
    let these: ImportOutcome[];
    try {
      these = await importOne(store, file, name, principal);
    } catch (error) {
      if (!(error instanceof HostError)) throw error;
      these = [{ file: name, error }];
    }
    for (const outcome of these) {
      outcomes.push(outcome);
      progress(index + 1, files.length, outcome);
    }
  }
  return outcomes;
}

/**
 * The reference data: `docs/examples` of the repository when the host runs from a clone,
 * undefined in an installed host (it ships no data; `styrkit seed --from <dir>` loads some).
 *
 * @example
 * ```ts
 * defaultExamplesDir(); // '/…/styrkit/docs/examples' in a clone
 * ```
 */
export function defaultExamplesDir(): string | undefined {
  const root = repositoryRoot();
  const dir = root === undefined ? undefined : join(root, 'docs', 'examples');
  return dir !== undefined && existsSync(dir) ? dir : undefined;
}

/**
 * Loads the reference data (docs/examples) and the demo users into an empty host. Returns
 * undefined when the host already has documents or users (seeding happens on first start only).
 *
 * @example
 * ```ts
 * await seedHost(host);
 * ```
 */
export async function seedHost(
  host: Host,
  options: {
    examplesDir?: string;
    force?: boolean;
    progress?: (done: number, total: number, outcome: ImportOutcome) => void;
  } = {},
): Promise<{ outcomes: ImportOutcome[]; users: string[] } | undefined> {
  const docs = await host.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM documents');
  if (options.force !== true && ((docs[0]?.n ?? 0) > 0 || (await host.users.count()) > 0))
    return undefined;
  const files = envelopeFiles(options.examplesDir ?? defaultExamplesDir() ?? '');
  const outcomes = await importFiles(host.store, files, SYSTEM, options.progress);
  const created: string[] = [];
  const existing = new Set((await host.users.list()).map((u) => u.username));
  for (const user of DEMO_USERS) {
    if (existing.has(user.username)) continue;
    await host.users.create(user, SYSTEM.username);
    created.push(user.username);
  }
  return { outcomes, users: created };
}

/**
 * Creates the administrator named in `STYRKIT_ADMIN` (`username:password`) when it does not
 * exist: how a production host gets its first account without demo users.
 *
 * @example
 * ```ts
 * await bootstrapAdmin(host, 'kommunadmin:a-long-secret-phrase');
 * ```
 */
export async function bootstrapAdmin(
  host: Host,
  spec: string | undefined,
): Promise<string | undefined> {
  if (spec === undefined || spec === '') return undefined;
  const at = spec.indexOf(':');
  const username = spec.slice(0, at);
  const password = spec.slice(at + 1);
  if (at < 1) return undefined;
  const exists = (await host.users.list()).some((u) => u.username === username);
  if (exists) return undefined;
  await host.users.create({ username, password, role: 'admin' }, SYSTEM.username);
  return username;
}
