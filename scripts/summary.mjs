#!/usr/bin/env node
// The README's main job until the host exists: load every domain plugin (built dist), validate
// them together, read every reference document in docs/examples and print its audit.
//   node scripts/summary.mjs [--locale en] [--json]
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const locale = args.includes('--locale')
  ? args[args.indexOf('--locale') + 1] === 'en'
    ? 'en'
    : 'sv'
  : 'sv';
const asJson = args.includes('--json');
const t = (text) => text[locale];

const { validatePlugins } = await import(
  pathToFileURL(join(root, 'packages/plugin/dist/index.js')).href
);
const { migrateDocument } = await import(
  pathToFileURL(join(root, 'packages/plugin/dist/index.js')).href
);
const core = await import(pathToFileURL(join(root, 'packages/core/dist/index.js')).href);
const hostVersion = JSON.parse(
  readFileSync(join(root, 'packages/plugin/package.json'), 'utf8'),
).version;

const plugins = [];
for (const name of readdirSync(join(root, 'packages')).sort()) {
  const entry = join(root, 'packages', name, 'dist/plugin.js');
  if (!existsSync(entry)) continue;
  const mod = await import(pathToFileURL(entry).href);
  plugins.push(mod.default);
}
const validation = validatePlugins(plugins, { hostVersion });
const kinds = new Map();
for (const plugin of validation.order)
  for (const kind of plugin.kinds) kinds.set(kind.name, { plugin, kind });

function yamlFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}

const documents = [];
const report = [];
for (const file of yamlFiles(join(root, 'docs/examples'))) {
  const rel = relative(root, file);
  let envelope;
  try {
    envelope = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    report.push({
      file: rel,
      findings: [
        {
          code: 'summary/invalid-yaml',
          severity: 'error',
          path: [],
          message: { sv: String(error), en: String(error) },
        },
      ],
    });
    continue;
  }
  const entry = kinds.get(envelope?.kind);
  if (!entry) {
    report.push({
      file: rel,
      kind: envelope?.kind,
      findings: [
        {
          code: 'summary/unknown-kind',
          severity: 'error',
          path: ['kind'],
          message: {
            sv: `Okänd dokumenttyp ${envelope?.kind}`,
            en: `Unknown document kind ${envelope?.kind}`,
          },
        },
      ],
    });
    continue;
  }
  const parsed = migrateDocument(
    entry.kind,
    envelope.document,
    envelope.schemaVersion ?? entry.kind.schemaVersion,
  );
  documents.push({ file: rel, id: envelope.id ?? rel, kind: entry.kind.name, entry, parsed });
}

const context = {
  locale,
  documents: (kind) =>
    documents
      .filter((d) => d.kind === kind && d.parsed.ok)
      .map((d) => ({ id: d.id, kind: d.kind, document: d.parsed.value })),
};
for (const d of documents) {
  const findings = d.parsed.ok
    ? d.entry.plugin.checks
        .filter((c) => c.kind === d.kind)
        .flatMap((c) => c.run(d.parsed.value, context))
    : d.parsed.error;
  report.push({ file: d.file, id: d.id, kind: d.kind, findings: core.sortFindings(findings) });
}

if (asJson) {
  console.log(
    JSON.stringify(
      {
        plugins: validation.order.map((p) => p.manifest),
        pluginFindings: validation.findings,
        documents: report,
      },
      null,
      2,
    ),
  );
} else {
  const line = '─'.repeat(78);
  console.log(
    locale === 'sv'
      ? 'styrkit – granskning av referensdata i docs/examples'
      : 'styrkit – audit of the reference data in docs/examples',
  );
  console.log(line);
  console.log(
    `${locale === 'sv' ? 'Plugins' : 'Plugins'}: ${validation.order.map((p) => `${p.manifest.name}@${p.manifest.version}`).join(', ') || '–'}`,
  );
  for (const f of validation.findings) console.log(`  ✗ ${f.code} ${t(f.message)}`);
  let totals = { error: 0, warning: 0, info: 0 };
  for (const r of report) {
    const counts = core.countBySeverity(r.findings);
    totals = {
      error: totals.error + counts.error,
      warning: totals.warning + counts.warning,
      info: totals.info + counts.info,
    };
    console.log(line);
    console.log(
      `${r.file}  [${r.kind ?? '?'}]  ${counts.error} fel/errors, ${counts.warning} varningar/warnings, ${counts.info} info`,
    );
    for (const f of r.findings) {
      const mark = f.severity === 'error' ? '✗' : f.severity === 'warning' ? '!' : 'i';
      const figures =
        f.expected !== undefined || f.actual !== undefined
          ? ` (${locale === 'sv' ? 'väntat' : 'expected'} ${f.expected ?? '–'}, ${locale === 'sv' ? 'faktiskt' : 'actual'} ${f.actual ?? '–'})`
          : '';
      console.log(
        `  ${mark} ${f.code} @ ${core.pathToString(f.path) || '/'}: ${t(f.message)}${figures}`,
      );
    }
  }
  console.log(line);
  console.log(
    `${report.length} ${locale === 'sv' ? 'dokument' : 'documents'}: ${totals.error} fel/errors, ${totals.warning} varningar/warnings, ${totals.info} info`,
  );
}
