#!/usr/bin/env node
// Size budgets per package entry, on the built dist as a consumer's bundler sees it: every
// runtime export of every entry is bundled alone (`export { name } from '<entry>'`) with its
// real dependencies (big.js, date-fns, docx …, resolved from node_modules; zod, the peer
// dependency the application provides once, left out), minified by
// esbuild and gzipped at level 9, counting only code loaded up front (lazy `import()` chunks
// are left out). Budgets (1 kB = 1000 bytes):
//   - a function of @styrkit/core:                 15 kB
//   - any other export of @styrkit/core (schemas):  30 kB
//   - a function or value of a domain package:      40 kB
// and every source module is compiled into one output file per format, so `./plugin` shares
// the package's code with `.` instead of carrying a second copy (read from the source maps).
// The `./plugin` entries themselves carry every kind, exporter and report of their package;
// they are measured and printed, not budgeted. An export whose job is a heavy file format,
// where the format library is the payload, may have a named exception (EXCEPTIONS below, with
// its reason; recorded in docs/architecture.md and the package README). What an export may
// load later with `import()` is measured too (each chunk bundled alone, summed) and printed
// beside it, not budgeted. Needs `pnpm build` first.
// `--markdown` prints the summary table for docs/benchmarks.md.
// Writes test-results/bundle-size.json for scripts/count-tests.mjs.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1000;
const CORE_FUNCTION = 15 * KB;
const CORE_VALUE = 30 * KB;
const DOMAIN = 40 * KB;
/**
 * Exports allowed over their budget, each with the figure it may reach and why. Keep the
 * reason next to the figure; an exception that is no longer needed fails the check, so the
 * list cannot go stale. Empty since issue 15 moved core from decimal.js to big.js: the four
 * core functions that carried decimal.js (12.8 kB of their 15.2–16.1 kB) are 5.9–6.9 kB now.
 */
const EXCEPTIONS = {};
const started = performance.now();

/** Published packages with the dist files of their exports (import condition). */
function packages() {
  const out = [];
  for (const dir of readdirSync(join(root, 'packages')).sort()) {
    const pkgDir = join(root, 'packages', dir);
    const manifestPath = join(pkgDir, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.private === true) continue;
    const entries = [];
    for (const [key, value] of Object.entries(manifest.exports ?? {})) {
      const target = value?.import?.default;
      if (typeof target !== 'string' || !target.endsWith('.js')) continue;
      entries.push({ key, file: resolve(pkgDir, target) });
    }
    out.push({ name: manifest.name, dir: pkgDir, entries });
  }
  return out;
}

const failures = [];
const measured = [];
const all = packages();
for (const pkg of all) {
  for (const entry of pkg.entries) {
    if (!existsSync(entry.file)) {
      failures.push(`${pkg.name}${entry.key.slice(1)}: ${relative(root, entry.file)} is not built`);
      continue;
    }
    let mod;
    try {
      mod = await import(pathToFileURL(entry.file).href);
    } catch (error) {
      failures.push(
        `${pkg.name}${entry.key.slice(1)}: ${relative(root, entry.file)} does not load (${error.message})`,
      );
      continue;
    }
    for (const name of Object.keys(mod).sort()) {
      measured.push({
        pkg: pkg.name,
        entry: `${pkg.name}${entry.key.slice(1)}`,
        key: entry.key,
        file: entry.file,
        name,
        isFunction: typeof mod[name] === 'function',
      });
    }
  }
}
if (failures.length > 0) {
  for (const f of failures) console.error(`✗ ${f}`);
  console.error('Run `pnpm build` first.');
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(
    join(root, 'test-results/bundle-size.json'),
    JSON.stringify({ numPassedTests: 0, numFailedTests: failures.length, success: false }),
  );
  process.exit(1);
}

// One esbuild run for all exports: each is its own entry point, bundled on its own (no
// splitting), so its output is exactly the code that export needs. Modules loaded with a lazy
// `import()` (documents' PDF reader) stay outside: they cost nothing until used.
/** Importer (as the metafile names it) → files it loads with a lazy `import()`. */
const lazyImports = new Map();
const virtual = {
  name: 'one-export',
  setup(b) {
    b.onResolve({ filter: /^one-export:/ }, (args) => ({
      path: args.path.slice('one-export:'.length),
      namespace: 'one-export',
    }));
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const resolved = await b.resolve(args.path, {
        resolveDir: args.resolveDir,
        kind: 'import-statement',
      });
      if (resolved.errors.length === 0) {
        const list = lazyImports.get(relative(root, args.importer)) ?? new Set();
        list.add(resolved.path);
        lazyImports.set(relative(root, args.importer), list);
      }
      return { path: args.path, external: true };
    });
    b.onLoad({ filter: /.*/, namespace: 'one-export' }, (args) => {
      const item = measured[Number(args.path)];
      return {
        contents: `export { ${item.name} } from ${JSON.stringify(item.file)};`,
        resolveDir: dirname(item.file),
        loader: 'js',
      };
    });
  },
};
const options = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  // Node-only readers (documents' file access) keep their built-ins outside, as a browser
  // bundle would have to; they are not counted.
  // zod is a peer dependency: the application's one copy, shared by every package and its own
  // schemas (zod classic costs about 25 kB min+gzip once, whatever uses it). Budgets count
  // everything else an export pulls in.
  external: ['node:*', ...builtinModules, 'zod', 'zod/*'],
  minify: true,
  write: false,
  metafile: true,
  outdir: join(root, '.cache/bundle-size'),
  // No tsconfig: the workspace paths point at sources, a consumer resolves the dist.
  tsconfigRaw: {},
  logLevel: 'error',
  legalComments: 'none',
};
const result = await build({
  ...options,
  entryPoints: measured.map((_, i) => ({ in: `one-export:${i}`, out: `e${i}` })),
  plugins: [virtual],
});
// What each lazily imported module loads when it is first called, bundled the same way (its
// own lazy imports left out again).
const lazyTargets = [...new Set([...lazyImports.values()].flatMap((set) => [...set]))];
const lazySize = new Map();
if (lazyTargets.length > 0) {
  const lazy = await build({
    ...options,
    entryPoints: lazyTargets.map((path, i) => ({ in: path, out: `lazy${i}` })),
    plugins: [virtual],
  });
  for (const file of lazy.outputFiles) {
    const i = Number(/lazy(\d+)\.js$/.exec(file.path)?.[1]);
    lazySize.set(lazyTargets[i], gzipSync(file.contents, { level: 9 }).length);
  }
}
const contents = new Map(result.outputFiles.map((f) => [relative(root, f.path), f.contents]));
const outputs = result.metafile.outputs;
/** Which package a bundled input belongs to: `zod`, `@styrkit/core` … */
function owner(input) {
  const nm = input.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = input.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const match = /^packages\/([^/]+)\//.exec(input);
  return match ? `@styrkit/${match[1]}` : input;
}
const entryOutputs = new Map();
for (const [file, out] of Object.entries(outputs)) {
  if (out.entryPoint !== undefined) entryOutputs.set(out.entryPoint, file);
}
for (const [i, item] of measured.entries()) {
  const file = entryOutputs.get(`one-export:${i}`);
  const files = [file];
  const code = Buffer.from(contents.get(file));
  item.min = code.length;
  item.gzip = gzipSync(code, { level: 9 }).length;
  const by = {};
  for (const f of files) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[f].inputs)) {
      const who = owner(input);
      by[who] = (by[who] ?? 0) + bytesInOutput;
    }
  }
  const lazyFiles = new Set();
  for (const input of Object.keys(outputs[file].inputs)) {
    for (const target of lazyImports.get(input) ?? []) lazyFiles.add(target);
  }
  item.lazy = [...lazyFiles].reduce((total, target) => total + (lazySize.get(target) ?? 0), 0);
  item.parts = Object.entries(by)
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1]);
  item.budget =
    item.key === './plugin'
      ? undefined
      : item.pkg === '@styrkit/core'
        ? item.isFunction
          ? CORE_FUNCTION
          : CORE_VALUE
        : DOMAIN;
  const exception = EXCEPTIONS[`${item.entry}:${item.name}`];
  if (exception !== undefined) {
    item.exception = exception;
    item.normalBudget = item.budget;
    item.budget = exception.budget;
  }
}

// A source module compiled into two output files of one format is code shipped twice (the
// `./plugin` entry carrying its package again, or a CJS entry not using the shared chunk).
let duplicateChecks = 0;
let duplicateChecksFailed = 0;
for (const pkg of all) {
  const dist = join(pkg.dir, 'dist');
  for (const ext of ['.js.map', '.cjs.map']) {
    const seenIn = new Map();
    for (const name of readdirSync(dist).filter((n) => n.endsWith(ext))) {
      const map = JSON.parse(readFileSync(join(dist, name), 'utf8'));
      for (const source of map.sources ?? []) {
        const where = seenIn.get(source) ?? [];
        where.push(name);
        seenIn.set(source, where);
      }
    }
    duplicateChecks += 1;
    const twice = [...seenIn].filter(([, where]) => where.length > 1);
    if (twice.length > 0) duplicateChecksFailed += 1;
    for (const [source, where] of twice) {
      failures.push(
        `${pkg.name}: ${source} is compiled into ${where.join(' and ')} (${ext.slice(0, -4)} outputs must share one copy)`,
      );
    }
  }
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
let passed = 0;
let budgetFailures = 0;
for (const item of measured) {
  if (item.budget === undefined) continue;
  const top = item.parts
    .slice(0, 4)
    .map(([who, bytes]) => `${who} ${kb(bytes)} min`)
    .join(', ');
  if (
    item.exception !== undefined &&
    item.normalBudget !== undefined &&
    item.gzip <= item.normalBudget
  ) {
    budgetFailures += 1;
    failures.push(
      `${item.entry} { ${item.name} }: ${kb(item.gzip)} min+gzip fits the normal budget: remove its exception`,
    );
  } else if (item.gzip <= item.budget) passed += 1;
  else {
    budgetFailures += 1;
    failures.push(
      `${item.entry} { ${item.name} }: ${kb(item.gzip)} min+gzip, budget ${kb(item.budget)}${item.exception ? ' (exception)' : ''} (${top})`,
    );
  }
}
for (const key of Object.keys(EXCEPTIONS)) {
  if (!measured.some((m) => `${m.entry}:${m.name}` === key)) {
    budgetFailures += 1;
    failures.push(`exception ${key}: no such export (remove it)`);
  }
}

// Summary: per entry, the largest single export and the plugin entries' own size.
const rows = [];
for (const pkg of all) {
  for (const entry of pkg.entries) {
    const items = measured.filter((m) => m.file === entry.file);
    if (items.length === 0) continue;
    const largest = items.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    const fns = items.filter((m) => m.isFunction);
    const smallest = fns.length > 0 ? fns.reduce((a, b) => (b.gzip < a.gzip ? b : a)) : undefined;
    rows.push({
      entry: `${pkg.name}${entry.key.slice(1)}`,
      exports: items.length,
      largest: `\`${largest.name}\` ${kb(largest.gzip)}`,
      smallest: smallest === undefined ? '–' : `\`${smallest.name}\` ${kb(smallest.gzip)}`,
      budget: largest.budget === undefined ? 'measured only' : kb(largest.budget),
    });
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (process.argv.includes('--markdown')) {
  console.log('| entry | exports | largest single export | smallest function | budget |');
  console.log('| --- | ---: | --- | --- | --- |');
  for (const r of rows)
    console.log(`| \`${r.entry}\` | ${r.exports} | ${r.largest} | ${r.smallest} | ${r.budget} |`);
  const show = (pkg, name) => {
    const m = measured.find((x) => x.pkg === pkg && x.name === name);
    if (m)
      console.log(
        `\n\`import { ${name} } from '${m.entry}'\`: ${kb(m.gzip)} min+gzip (${kb(m.min)} min): ${m.parts
          .map(([who, bytes]) => `${who} ${kb(bytes)}`)
          .join(', ')}`,
      );
  };
  for (const arg of process.argv.filter((a) => a.includes(':') && !a.startsWith('-'))) {
    const [pkg, name] = arg.split(':');
    show(pkg, name);
  }
} else {
  for (const r of rows)
    console.log(
      `  ${r.entry}: ${r.exports} exports, largest ${r.largest}, smallest function ${r.smallest} (${r.budget})`,
    );
}
for (const m of measured.filter((x) => x.exception !== undefined))
  console.log(
    `  exception ${m.entry} { ${m.name} }: ${kb(m.gzip)} of ${kb(m.budget)}: ${m.exception.reason}`,
  );
for (const m of measured.filter((x) => x.lazy > 0 && x.key !== './plugin'))
  console.log(
    `  lazy: ${m.entry} { ${m.name} } ${kb(m.gzip)} up front, +${kb(m.lazy)} in the chunks it may load with import()`,
  );
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(
  join(root, 'test-results/bundle-size.json'),
  JSON.stringify({
    // One test per budgeted export and per (package, format) shared-code check; an unbuilt
    // entry or a stale exception is one failure each.
    numPassedTests: passed + duplicateChecks - duplicateChecksFailed,
    numFailedTests: budgetFailures + duplicateChecksFailed,
    success: failures.length === 0,
  }),
);
for (const f of failures) console.error(`✗ ${f}`);
console.log(
  `Bundle sizes: ${measured.length} exports measured, ${passed} within budget, ${failures.length} failed (${seconds} s)`,
);
process.exitCode = failures.length === 0 ? 0 : 1;
