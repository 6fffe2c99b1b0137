#!/usr/bin/env node
// No two packages export the same name from their main entries: an application importing
// `roleSchema` from one package and `organisationTable` from another must never have to alias
// one of them, nor pick up the wrong one from an auto-import. Reads every published
// workspace package's built main-entry declarations (`exports['.'].import.types`, e.g.
// dist/index.d.ts) with the TypeScript compiler API, lists each entry's exports
// (`checker.getExportsOfModule`, values and types alike) and fails on every name that two
// packages declare. A name one package re-exports from another (a domain package passing
// core's `Finding` on) is the same declaration, not a clash. `default` is left out (a main
// entry's default is imported under the caller's own name). A package without a main entry
// (a bin-only application) has nothing to clash with and is listed as such.
// Needs `pnpm build` first. `--source` reads each package's src/index.ts instead (no build
// needed, through the workspace paths of tsconfig.base.json; writes no report).
// Writes test-results/export-names.json for scripts/count-tests.mjs.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const fromSource = process.argv.includes('--source');

/** Published workspace packages (packages/*, apps/*) with their main-entry declaration file. */
const packages = [];
for (const group of ['packages', 'apps']) {
  for (const dir of readdirSync(join(root, group)).sort()) {
    const manifestPath = join(root, group, dir, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.private === true) continue;
    const main = manifest.exports?.['.'];
    const types = typeof main === 'object' ? (main.import?.types ?? main.types) : manifest.types;
    const source = join(root, group, dir, 'src/index.ts');
    packages.push({
      name: manifest.name,
      types:
        typeof types !== 'string'
          ? undefined
          : fromSource
            ? source
            : resolve(root, group, dir, types),
    });
  }
}

/** The report scripts/count-tests.mjs adds up (vitest's shape). */
function writeReport(passed, failed) {
  if (fromSource) return;
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(
    join(root, 'test-results/export-names.json'),
    JSON.stringify({ numPassedTests: passed, numFailedTests: failed, success: failed === 0 }),
  );
}

const problems = [];
const withEntry = packages.filter((p) => p.types !== undefined);
for (const p of withEntry) {
  if (!existsSync(p.types)) problems.push(`${p.name}: ${relative(root, p.types)} is not built`);
}
if (problems.length > 0) {
  for (const p of problems) console.error(`✗ ${p}`);
  console.error('Run `pnpm build` first.');
  writeReport(0, problems.length);
  process.exit(1);
}

// One program over all entries: `@styrkit/core` inside a domain package's declarations then
// resolves (through node_modules) to the same core declaration file, so re-exports compare equal.
const program = ts.createProgram(
  withEntry.map((p) => p.types),
  fromSource
    ? {
        ...ts.parseJsonConfigFileContent(
          ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile).config,
          ts.sys,
          root,
        ).options,
        noEmit: true,
        types: [],
      }
    : {
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        target: ts.ScriptTarget.ES2022,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
);
const checker = program.getTypeChecker();

/** Where a symbol is finally declared: `file:position` of its first declaration. */
function origin(symbol) {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const declaration = target.declarations?.[0];
  if (declaration === undefined) return `${target.name}@unknown`;
  const file = realpathSync(declaration.getSourceFile().fileName);
  return `${file}:${declaration.getStart()}`;
}

/** name → [{ pkg, origin }] over every main entry. */
const byName = new Map();
let exportCount = 0;
for (const p of withEntry) {
  const source = program.getSourceFile(p.types);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) {
    problems.push(`${p.name}: ${relative(root, p.types)} is not a module`);
    continue;
  }
  const names = checker.getExportsOfModule(moduleSymbol).filter((s) => s.name !== 'default');
  p.count = names.length;
  exportCount += names.length;
  for (const symbol of names) {
    const list = byName.get(symbol.name) ?? [];
    list.push({ pkg: p.name, origin: origin(symbol) });
    byName.set(symbol.name, list);
  }
}

const clashes = [];
for (const [name, list] of [...byName].sort((a, b) => a[0].localeCompare(b[0]))) {
  const origins = new Set(list.map((e) => e.origin));
  if (origins.size > 1) clashes.push({ name, packages: [...new Set(list.map((e) => e.pkg))] });
}

for (const p of packages) {
  console.log(
    p.types === undefined
      ? `  ${p.name}: no main entry (nothing exported to clash)`
      : `  ${p.name}: ${p.count ?? 0} exports`,
  );
}
for (const problem of problems) console.error(`✗ ${problem}`);
for (const c of clashes)
  console.error(`✗ \`${c.name}\` is exported by ${c.packages.join(' and ')}: rename one of them`);
const failed = problems.length + clashes.length;
// One test per exported name: it is unique, or it clashes.
writeReport(byName.size - clashes.length, failed);
console.log(
  `Export names: ${exportCount} exports of ${withEntry.length} main entries, ${byName.size} names, ${clashes.length} exported by two packages (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
process.exitCode = failed === 0 ? 0 : 1;
