#!/usr/bin/env node
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import {
  countBySeverity,
  pathToString,
  sortFindings,
  type Finding,
  type NumberLocale,
  type Table,
} from '@styrkit/core';
import {
  migrateDocument,
  readWithKind,
  type PluginContext,
  type StyrkitPlugin,
} from '@styrkit/plugin';
import { DEFAULT_READ_LIMITS } from '@styrkit/documents';
import { Command, Option } from 'commander';
import { stringify as stringifyYaml } from 'yaml';
import { ROLES, type Role } from './auth.js';
import {
  auditReportToHtml,
  auditReportToMarkdown,
  auditReportToText,
  auditUpload,
  type AuditReport,
} from './document-audit.js';
import { findingLine, messageAfterPath } from './cli-format.js';
import { HostError, hostFinding } from './errors.js';
import { parseText, readEnvelopes, type Envelope } from './envelope.js';
import {
  bootstrapAdmin,
  defaultExamplesDir,
  envelopeFiles,
  importFiles,
  openHost,
  seedHost,
  SYSTEM,
  type Host,
  type ImportOutcome,
} from './host.js';
import { discoverPlugins, loadConfig, importPlugin } from './plugins.js';
import { createRegistry, describePluginFindings, type Registry } from './registry.js';
import { renderTables, TABLE_FORMATS, type TableFormat } from './render.js';
import { startServer } from './server.js';
import { isZip, readWorkbook } from './xlsx-import.js';
import { HOST_VERSION } from './version.js';

interface Common {
  config?: string;
  plugin?: string[];
  dataDir?: string;
  databaseUrl?: string;
  locale: NumberLocale;
}

const say = (locale: NumberLocale, sv: string, en: string): string => (locale === 'sv' ? sv : en);

async function pluginsFor(
  o: Common,
): Promise<{ plugins: StyrkitPlugin[]; config: Awaited<ReturnType<typeof loadConfig>>['config'] }> {
  const extra = await Promise.all(
    (o.plugin ?? []).map((p) =>
      importPlugin(p.startsWith('.') || p.startsWith('/') ? resolve(p) : p),
    ),
  );
  if (o.config !== undefined) {
    const { config, plugins } = await loadConfig(o.config);
    return {
      plugins: [...(plugins ?? (extra.length > 0 ? [] : await discoverPlugins())), ...extra],
      config,
    };
  }
  return { plugins: extra.length > 0 ? extra : await discoverPlugins(), config: {} };
}

function registryOrExit(plugins: readonly StyrkitPlugin[], locale: NumberLocale): Registry {
  try {
    return createRegistry(plugins);
  } catch (error) {
    if (!(error instanceof HostError)) throw error;
    console.error(
      say(
        locale,
        'styrkit startar inte: pluginen passar inte ihop',
        'styrkit will not start: the plugins do not fit together',
      ),
    );
    console.error(
      describePluginFindings(
        error.findings,
        plugins.map((p) => p.manifest.name),
        locale,
      ),
    );
    process.exit(1);
  }
}

function storage(
  o: Common,
  config: { dataDir?: string; databaseUrl?: string },
): { dataDir?: string; databaseUrl?: string } {
  const url = o.databaseUrl ?? process.env.STYRKIT_DATABASE_URL ?? config.databaseUrl;
  if (url !== undefined && url !== '') return { databaseUrl: url };
  return {
    dataDir: resolve(
      o.dataDir ?? process.env.STYRKIT_DATA_DIR ?? config.dataDir ?? '.data/styrkit',
    ),
  };
}

async function withHost<T>(o: Common, fn: (host: Host) => Promise<T>): Promise<T> {
  const { plugins, config } = await pluginsFor(o);
  registryOrExit(plugins, o.locale);
  const where = storage(o, config);
  if (where.dataDir !== undefined) mkdirSync(where.dataDir, { recursive: true });
  const host = await openHost({ ...where, plugins });
  try {
    return await fn(host);
  } finally {
    await host.close();
  }
}

function printProgress(
  locale: NumberLocale,
): (done: number, total: number, o: ImportOutcome) => void {
  return (done, total, o) => {
    const width = 20;
    const filled = Math.round((done / total) * width);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
    const what = o.error
      ? `✗ ${o.file}${o.sheet === undefined ? '' : ` [${o.sheet}]`}: ${o.error.findings
          .map((f) => `${f.code} @ ${pathToString(f.path) || '/'} ${messageAfterPath(f, locale)}`)
          .slice(0, 3)
          .join('; ')}`
      : `✓ ${o.kind ?? ''} ${o.id ?? ''} v${o.version ?? 0}${o.created === true ? '' : say(locale, ' (fanns)', ' (existing)')}`;
    console.log(`${bar} ${what}`);
  };
}

function printFindings(findings: readonly Finding[], locale: NumberLocale): void {
  for (const f of findings) console.log(`  ${findingLine(f, locale)}`);
}

interface LoadedFile {
  file: string;
  /** The workbook sheet the document came from (XLSX files). */
  sheet?: string;
  kind?: string;
  id?: string;
  value?: unknown;
  findings: Finding[];
}

/**
 * Validates one envelope through its kind. With `partial`, a document with invalid fields is
 * read as far as its kind can read it (`readWithKind`: the kind's `parsePartial`), so `check`
 * still runs every check that does not depend on the invalid fields; commands that render or
 * store a document keep refusing it.
 */
function loadEnvelope(
  registry: Registry,
  file: string,
  envelope: Envelope,
  partial: boolean,
  sheet?: string,
): LoadedFile {
  const where = { file, ...(sheet === undefined ? {} : { sheet }) };
  const kind = registry.kinds.get(envelope.kind);
  if (kind === undefined) {
    return {
      ...where,
      kind: envelope.kind,
      id: envelope.id,
      findings: [
        hostFinding(
          'host/unknown-kind',
          { kind: envelope.kind },
          { path: ['kind'], expected: [...registry.kinds.keys()].join(', ') },
        ),
      ],
    };
  }
  const parsed = migrateDocument(
    kind.kind,
    envelope.document,
    envelope.schemaVersion ?? kind.kind.schemaVersion,
  );
  if (parsed.ok) {
    return { ...where, kind: envelope.kind, id: envelope.id, value: parsed.value, findings: [] };
  }
  const current = (envelope.schemaVersion ?? kind.kind.schemaVersion) === kind.kind.schemaVersion;
  if (partial && current && kind.kind.parsePartial !== undefined) {
    const reading = readWithKind(kind.kind, envelope.document);
    return {
      ...where,
      kind: envelope.kind,
      id: envelope.id,
      ...(reading.value === undefined ? {} : { value: reading.value }),
      findings: [...reading.findings],
    };
  }
  return { ...where, kind: envelope.kind, id: envelope.id, findings: parsed.error };
}

/**
 * Reads envelope files (YAML/JSON) and XLSX workbooks (one document per sheet) and validates each
 * document through its kind (no database).
 */
async function loadFiles(
  registry: Registry,
  files: readonly string[],
  options: { partial?: boolean } = {},
): Promise<LoadedFile[]> {
  const partial = options.partial === true;
  const loaded: LoadedFile[][] = [];
  for (const file of files) {
    try {
      const bytes = new Uint8Array(readFileSync(file));
      if (/\.xlsx$/i.test(file) || isZip(bytes)) {
        loaded.push(
          (await readWorkbook(bytes)).map((entry) =>
            entry.ok
              ? loadEnvelope(registry, file, entry.value, partial, entry.sheet)
              : { file, sheet: entry.sheet, findings: entry.error },
          ),
        );
        continue;
      }
      const text = new TextDecoder().decode(bytes);
      const [entry] = readEnvelopes(parseText(text, /\.json$/i.test(file) ? 'json' : 'yaml'));
      loaded.push([
        entry === undefined || !entry.ok
          ? { file, findings: entry?.error ?? [] }
          : loadEnvelope(registry, file, entry.value, partial),
      ]);
    } catch (error) {
      if (error instanceof HostError) {
        loaded.push([{ file, findings: [...error.findings] }]);
        continue;
      }
      const message = error instanceof Error ? error.message : String(error);
      loaded.push([
        {
          file,
          findings: [hostFinding('host/unreadable-file', { detail: message })],
        },
      ]);
    }
  }
  return loaded.flat();
}

function contextOf(loaded: readonly LoadedFile[], locale: NumberLocale): PluginContext {
  return {
    locale,
    documents: (kind) =>
      loaded
        .filter((l) => l.kind === kind && l.value !== undefined)
        .map((l) => ({ id: l.id ?? l.file, kind, document: l.value })),
  };
}

const program = new Command()
  .name('styrkit')
  .description(
    'styrkit host: versioned documents of the loaded plugins, HTTP API, checks and reports',
  )
  .version(HOST_VERSION)
  .showHelpAfterError();

function common(cmd: Command): Command {
  return cmd
    .option('-c, --config <file>', 'host config file (YAML, JSON or TS) listing plugins')
    .option('--plugin <module...>', 'load these plugin modules instead of the default set')
    .addOption(
      new Option('--locale <locale>', 'output language').choices(['sv', 'en']).default('sv'),
    );
}
function database(cmd: Command): Command {
  return cmd
    .option(
      '-d, --data-dir <dir>',
      'PGlite data directory (default .data/styrkit, env STYRKIT_DATA_DIR)',
    )
    .option('--database-url <url>', 'PostgreSQL server URL (env STYRKIT_DATABASE_URL)');
}

database(common(program.command('serve')))
  .description('start the HTTP API; on first start loads docs/examples and the demo users')
  .option(
    '-p, --port <port>',
    'port (0 = any free port)',
    (v) => Number(v),
    Number(process.env.PORT ?? 3000),
  )
  .option('--hostname <address>', 'address to listen on', '127.0.0.1')
  .option('--no-seed', 'do not load docs/examples and the demo users on first start')
  .option('--secure-cookies', 'mark session cookies Secure (behind HTTPS)')
  .option('--trust-proxy', 'take client addresses from X-Forwarded-For (behind your proxy)')
  .option(
    '--allow-self-approval',
    'let the author of a version approve it (default: four eyes, another approver)',
  )
  .option(
    '--errors-block-approval',
    'refuse to approve a version whose checks report errors (409 host/open-errors)',
  )
  .option(
    '--cors-origin <origin...>',
    'browser origins allowed to call the API (a separate web UI)',
  )
  .option('--max-body <bytes>', 'largest request body', (v) => Number(v), 2 * 1024 * 1024)
  .option(
    '--static <dir>',
    'serve a built web app (e.g. apps/demo/dist) at / beside the API',
    process.env.STYRKIT_STATIC_DIR,
  )
  .action(
    async (
      o: Common & {
        port: number;
        hostname: string;
        seed: boolean;
        secureCookies?: boolean;
        trustProxy?: boolean;
        allowSelfApproval?: boolean;
        errorsBlockApproval?: boolean;
        corsOrigin?: string[];
        maxBody: number;
        static?: string;
      },
    ) => {
      const { plugins, config } = await pluginsFor(o);
      registryOrExit(plugins, o.locale);
      const where = storage(o, config);
      if (where.dataDir !== undefined) mkdirSync(where.dataDir, { recursive: true });
      const host = await openHost({ ...where, plugins });
      // An installed host has no reference data, so it creates no demo users either.
      if (o.seed && defaultExamplesDir() !== undefined) {
        const seeded = await seedHost(host);
        if (seeded !== undefined) {
          const failed = seeded.outcomes.filter((x) => x.error !== undefined);
          console.log(
            say(
              o.locale,
              `Laddade ${seeded.outcomes.length - failed.length} exempeldokument från docs/examples`,
              `Loaded ${seeded.outcomes.length - failed.length} example documents from docs/examples`,
            ),
          );
          for (const f of failed)
            console.log(`  ✗ ${f.file}: ${f.error?.findings.map((x) => x.code).join(', ') ?? ''}`);
          if (seeded.users.length > 0)
            console.log(
              say(
                o.locale,
                `Demoanvändare (lösenord demo-<namn>-2026): ${seeded.users.join(', ')}`,
                `Demo users (password demo-<name>-2026): ${seeded.users.join(', ')}`,
              ),
            );
        }
      }
      const admin = await bootstrapAdmin(host, process.env.STYRKIT_ADMIN);
      if (admin !== undefined)
        console.log(
          say(o.locale, `Skapade administratören ${admin}`, `Created administrator ${admin}`),
        );
      const server = await startServer(host, {
        port: config.port ?? o.port,
        hostname: o.hostname,
        secureCookies: o.secureCookies ?? false,
        trustProxy: o.trustProxy ?? false,
        allowSelfApproval: o.allowSelfApproval ?? false,
        errorsBlockApproval: o.errorsBlockApproval ?? false,
        corsOrigins: o.corsOrigin ?? [],
        maxBodyBytes: o.maxBody,
        ...(o.static === undefined ? {} : { staticDir: resolve(o.static) }),
      });
      console.log(
        `styrkit ${HOST_VERSION} (${host.db.engine}; ${plugins.map((p) => `${p.manifest.name}@${p.manifest.version}`).join(', ')})`,
      );
      console.log(
        say(
          o.locale,
          `Lyssnar på ${server.url}  (API-dokumentation: ${server.url}/docs)${o.static === undefined ? '' : `; portalen: ${server.url}/`}`,
          `Listening on ${server.url}  (API docs: ${server.url}/docs)${o.static === undefined ? '' : `; portal: ${server.url}/`}`,
        ),
      );
      const stop = () => {
        void server.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
  );

database(common(program.command('seed')))
  .description('load docs/examples (or --from) and the demo users into the database')
  .option('--from <dir>', 'directory of envelopes')
  .option('--force', 'also when the database already has documents')
  .action(async (o: Common & { from?: string; force?: boolean }) => {
    await withHost(o, async (host) => {
      const seeded = await seedHost(host, {
        ...(o.from === undefined ? {} : { examplesDir: resolve(o.from) }),
        force: o.force ?? false,
        progress: printProgress(o.locale),
      });
      if (seeded === undefined)
        console.log(
          say(
            o.locale,
            'Databasen har redan innehåll; använd --force',
            'The database already has content; use --force',
          ),
        );
      else if (seeded.outcomes.some((x) => x.error !== undefined)) process.exitCode = 1;
    });
  });

database(common(program.command('import')))
  .description('import envelope files (YAML/JSON) and XLSX workbooks into the database')
  .argument('<files...>', 'files or directories')
  .action(async (files: string[], o: Common) => {
    await withHost(o, async (host) => {
      const all = files.flatMap((f) => envelopeFiles(resolve(f), { xlsx: true }));
      const outcomes = await importFiles(host.store, all, SYSTEM, printProgress(o.locale));
      if (outcomes.some((x) => x.error !== undefined)) process.exitCode = 1;
    });
  });

database(common(program.command('export')))
  .description('write every live document as a YAML envelope')
  .requiredOption('-o, --out <dir>', 'output directory')
  .option('--kind <kind>', 'only this kind')
  .action(async (o: Common & { out: string; kind?: string }) => {
    await withHost(o, async (host) => {
      let count = 0;
      for (const kind of host.store.registry.kinds.keys()) {
        if (o.kind !== undefined && kind !== o.kind) continue;
        for (const doc of await host.store.list(kind, { limit: 100_000 })) {
          const record = await host.store.getVersion(kind, doc.id);
          const dir = join(resolve(o.out), ...kind.split('/'));
          mkdirSync(dir, { recursive: true });
          const envelope = {
            kind,
            schemaVersion: record.schemaVersion,
            id: doc.id,
            document: record.document,
          };
          writeFileSync(
            join(dir, `${doc.id}.yaml`),
            `# version ${record.version} by ${record.author} at ${record.createdAt}\n${stringifyYaml(envelope)}`,
          );
          count++;
        }
      }
      console.log(
        say(
          o.locale,
          `Skrev ${count} dokument till ${o.out}`,
          `Wrote ${count} documents to ${o.out}`,
        ),
      );
    });
  });

common(program.command('check'))
  .description(
    'validate envelope files (YAML/JSON) and XLSX workbooks and run their checks; exit code 1 when any error is found',
  )
  .argument('<files...>', 'files or directories')
  .option('--json', 'machine-readable output')
  .action(async (files: string[], o: Common & { json?: boolean }) => {
    const { plugins } = await pluginsFor(o);
    const registry = registryOrExit(plugins, o.locale);
    const all = files.flatMap((f) => envelopeFiles(resolve(f), { xlsx: true }));
    const loaded = await loadFiles(registry, all, { partial: true });
    const context = contextOf(loaded, o.locale);
    const results = loaded.map((l) => {
      const checks =
        l.value === undefined || l.kind === undefined
          ? []
          : (registry.kinds.get(l.kind)?.checks ?? []);
      const findings = sortFindings([
        ...l.findings,
        ...checks.flatMap((c) => c.run(l.value, context)),
      ]);
      return {
        file: relative(process.cwd(), l.file),
        ...(l.sheet === undefined ? {} : { sheet: l.sheet }),
        kind: l.kind ?? null,
        id: l.id ?? null,
        counts: countBySeverity(findings),
        findings,
      };
    });
    if (files.length > 0 && all.length === 0) {
      console.error(
        say(
          o.locale,
          'Inga YAML-, JSON- eller XLSX-filer hittades',
          'No YAML, JSON or XLSX files found',
        ),
      );
      process.exitCode = 2;
      return;
    }
    const errors = results.reduce((n, r) => n + r.counts.error, 0);
    if (o.json === true) {
      console.log(JSON.stringify({ ok: errors === 0, results }, null, 2));
    } else {
      for (const r of results) {
        console.log(
          `${r.file}${r.sheet === undefined ? '' : ` [${r.sheet}]`}  [${r.kind ?? '?'}]  ${r.counts.error} ${say(o.locale, 'fel', 'errors')}, ${r.counts.warning} ${say(o.locale, 'varningar', 'warnings')}, ${r.counts.info} info`,
        );
        printFindings(r.findings, o.locale);
      }
      console.log(
        say(
          o.locale,
          `${all.length} filer, ${errors} fel`,
          `${all.length} files, ${errors} errors`,
        ),
      );
    }
    if (errors > 0) process.exitCode = 1;
  });

const AUDIT_FORMATS = ['text', 'md', 'html'] as const;

/** A document id from a file name: what the store accepts, readable, unique per draft. */
function draftId(file: string, kind: string, index: number): string {
  const stem = basename(file)
    .replace(/\.[^.]+$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 80);
  return `${stem || 'dokument'}-${kind.split('/')[1] ?? 'utkast'}-${String(index + 1)}`;
}

function reportErrors(report: AuditReport): number {
  const findings = [
    ...report.findings,
    ...report.audit.findings,
    ...report.recognitions.flatMap((r) => (r.fallback === true ? [] : r.findings)),
  ];
  return findings.filter((f) => f.severity === 'error').length;
}

database(common(program.command('audit')))
  .description(
    'audit Word, Excel, PDF, HTML, Markdown or text documents as they are: every table and stated total, text claims, and the drafts the plugins recognise; exit code 1 when an error is found',
  )
  .argument('<files...>', 'documents to audit')
  .option('--json', 'print only the JSON report on stdout (an array for several files)')
  .addOption(
    new Option('--format <format>', 'report format').choices([...AUDIT_FORMATS]).default('text'),
  )
  .option('--import', 'store the recognised drafts in the host database as new documents')
  .action(
    async (
      files: string[],
      o: Common & { json?: boolean; format: (typeof AUDIT_FORMATS)[number]; import?: boolean },
    ) => {
      const { plugins } = await pluginsFor(o);
      registryOrExit(plugins, o.locale);
      const audited: { file: string; report: AuditReport }[] = [];
      for (const file of files) {
        const path = resolve(file);
        let size: number;
        try {
          size = statSync(path).size;
        } catch {
          console.error(say(o.locale, `Filen finns inte: ${file}`, `No such file: ${file}`));
          process.exitCode = 2;
          continue;
        }
        // The reader refuses larger input with a finding; not reading it at all keeps the
        // process small.
        const bytes =
          size > DEFAULT_READ_LIMITS.maxInputBytes
            ? new Uint8Array(DEFAULT_READ_LIMITS.maxInputBytes + 1)
            : new Uint8Array(readFileSync(path));
        const report = await auditUpload(
          { bytes, file: basename(file), locale: o.locale },
          plugins,
        );
        audited.push({ file, report });
      }
      if (o.json === true) {
        const reports = audited.map((a) => a.report);
        console.log(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
      } else {
        const render =
          o.format === 'md'
            ? auditReportToMarkdown
            : o.format === 'html'
              ? auditReportToHtml
              : auditReportToText;
        for (const { report } of audited) process.stdout.write(`${render(report, o.locale)}\n`);
      }
      if (o.import === true) {
        await withHost(o, async (host) => {
          for (const { file, report } of audited) {
            for (const [index, r] of report.recognitions.entries()) {
              const id = draftId(file, r.kind, index);
              try {
                await host.store.create({
                  kind: r.kind,
                  id,
                  document: r.document,
                  author: SYSTEM.username,
                  message: say(
                    o.locale,
                    `Utkast från ${basename(file)}`,
                    `Draft from ${basename(file)}`,
                  ),
                });
                console.error(say(o.locale, `Sparade ${r.kind} ${id}`, `Stored ${r.kind} ${id}`));
              } catch (error) {
                const findings = error instanceof HostError ? error.findings : [];
                console.error(
                  say(
                    o.locale,
                    `Kunde inte spara ${r.kind} ${id}`,
                    `Could not store ${r.kind} ${id}`,
                  ),
                );
                printFindings(findings, o.locale);
                process.exitCode = 1;
              }
            }
          }
        });
      }
      if (audited.some((a) => reportErrors(a.report) > 0)) process.exitCode ??= 1;
    },
  );

common(program.command('report'))
  .description("render a document's tables (from a file) as Markdown, CSV, HTML, JSON or XLSX")
  .argument('<file>', 'envelope file')
  .addOption(
    new Option('-f, --format <format>', 'output format').choices([...TABLE_FORMATS]).default('md'),
  )
  .option('--view <id>', 'only this table view')
  .option('-o, --out <file>', 'write to a file (required for xlsx)')
  .action(
    async (file: string, o: Common & { format: TableFormat; view?: string; out?: string }) => {
      const { plugins } = await pluginsFor(o);
      const registry = registryOrExit(plugins, o.locale);
      const [loaded] = await loadFiles(registry, [resolve(file)]);
      if (loaded?.value === undefined || loaded.kind === undefined) {
        printFindings(loaded?.findings ?? [], o.locale);
        process.exitCode = 1;
        return;
      }
      const context = contextOf([loaded], o.locale);
      const views = (registry.kinds.get(loaded.kind)?.tables ?? []).filter(
        (v) => o.view === undefined || v.id === o.view,
      );
      const tables: Table[] = views.flatMap((v) => v.render(loaded.value, context));
      const output = await renderTables(
        tables,
        o.format,
        o.locale,
        `${loaded.kind} ${loaded.id ?? ''}`,
      );
      if (o.out !== undefined) writeFileSync(o.out, output);
      // A CSV file starts with a BOM for Excel; a pipe to another program gets the plain text.
      else if (typeof output === 'string') process.stdout.write(output.replace(/^\uFEFF/, ''));
      else {
        console.error(say(o.locale, 'XLSX kräver --out <fil>', 'XLSX needs --out <file>'));
        process.exitCode = 2;
      }
    },
  );

const user = program.command('user').description('manage local accounts');
database(common(user.command('add')))
  .description('create a user (password from STYRKIT_PASSWORD or --password)')
  .argument('<username>')
  .addOption(new Option('--role <role>', 'role').choices([...ROLES]).default('viewer'))
  .option('--scope <scope>', "'*', a plugin name, a kind or kind/document-id", '*')
  .option('--password <password>', 'password (prefer the STYRKIT_PASSWORD variable)')
  .action(
    async (username: string, o: Common & { role: Role; scope: string; password?: string }) => {
      const password = o.password ?? process.env.STYRKIT_PASSWORD ?? '';
      await withHost(o, async (host) => {
        await host.users.create(
          { username, password, role: o.role, scope: o.scope },
          SYSTEM.username,
        );
        console.log(
          say(
            o.locale,
            `Skapade ${username} (${o.role}, ${o.scope})`,
            `Created ${username} (${o.role}, ${o.scope})`,
          ),
        );
      });
    },
  );
database(common(program.command('token')))
  .description('issue an API token for a user (printed once)')
  .argument('<username>')
  .option('--name <name>', 'what the token is for', 'cli')
  .option('--expires-days <days>', 'days the token lives (1–365)', (v) => Number(v), 90)
  .action(async (username: string, o: Common & { name: string; expiresDays: number }) => {
    await withHost(o, async (host) => {
      console.log(
        await host.users.createToken(username, o.name, SYSTEM.username, {
          expiresInDays: o.expiresDays,
        }),
      );
    });
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof HostError) {
    console.error(
      error.findings.map((f) => `✗ ${f.code}: ${f.message.sv} / ${f.message.en}`).join('\n'),
    );
    process.exit(1);
  }
  throw error;
}
