#!/usr/bin/env node
// The packages as another municipality gets them: every published package packed with
// `pnpm pack` (workspace ranges rewritten), installed with `npm install` from the tarballs in
// a folder outside the repository, then
//   - `npx styrkit check <objektplan.yaml>`, `npx styrkit audit <a .docx>` and
//     `npx styrkit serve --port <free>` answering GET /api/health;
//   - an ESM project (module NodeNext) and a CJS project (type commonjs) that import every
//     entry of every package and type-check with `skipLibCheck: false`; both also run (every
//     entry loads, exact amounts add up);
//   - every package's LICENSE is the root LICENSE (the copies are committed, docs/releasing.md).
// Needs `pnpm build` first and the npm registry (or npm's cache) for third-party packages.
// Writes test-results/packed-cli.json for scripts/count-tests.mjs.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const results = [];
const keep = process.argv.includes('--keep');

function step(name, fn) {
  const t0 = performance.now();
  try {
    const detail = fn();
    results.push({ name, ok: true });
    console.log(
      `✓ ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)${detail ? `: ${detail}` : ''}`,
    );
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`✗ ${name}\n${error instanceof Error ? error.message : String(error)}`);
  }
}
function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 240_000, ...options });
  if (r.status !== (options.expectStatus ?? 0)) {
    throw new Error(
      `${cmd} ${args.join(' ')} exited ${r.status}\n${(r.stdout ?? '').slice(-3000)}\n${(r.stderr ?? '').slice(-3000)}`,
    );
  }
  return r.stdout;
}

/** Published workspace packages: every package.json under packages/ and apps/ not private. */
const published = [];
for (const group of ['packages', 'apps']) {
  for (const name of readdirSync(join(root, group)).sort()) {
    const file = join(root, group, name, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    if (manifest.private !== true) published.push({ dir: join(root, group, name), manifest });
  }
}

const outside = mkdtempSync(join(tmpdir(), 'styrkit-outside-'));
const tarballs = join(outside, 'tarballs');
mkdirSync(tarballs);

step('LICENSE copies equal the root LICENSE', () => {
  const licence = readFileSync(join(root, 'LICENSE'), 'utf8');
  for (const { dir, manifest } of published) {
    const copy = join(dir, 'LICENSE');
    if (!existsSync(copy) || readFileSync(copy, 'utf8') !== licence)
      throw new Error(`${manifest.name}: LICENSE missing or different from the root LICENSE`);
    if (!manifest.files?.includes('LICENSE'))
      throw new Error(`${manifest.name}: LICENSE not in files`);
  }
  return `${published.length} packages`;
});

step('pnpm pack every published package', () => {
  for (const { dir } of published)
    run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: dir });
  const files = readdirSync(tarballs).filter((f) => f.endsWith('.tgz'));
  if (files.length !== published.length)
    throw new Error(`${files.length} tarballs for ${published.length} packages`);
  return files.join(', ');
});

const cli = join(outside, 'cli');
mkdirSync(cli);
step('npm install the tarballs outside the repository', () => {
  writeFileSync(
    join(cli, 'package.json'),
    JSON.stringify({ name: 'outside-cli', private: true, type: 'module' }),
  );
  const files = readdirSync(tarballs).map((f) => join(tarballs, f));
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      ...files,
      'zod@^4.1.12',
      'typescript@~5.9.3',
      '@types/node@^20.19.0',
    ],
    { cwd: cli, timeout: 600_000 },
  );
  return cli;
});

// Inputs copied out of the repository, so nothing can be found relative to it.
const objektplan = join(cli, 'objektplan.yaml');
const docx = join(cli, 'linkoping-a.docx');
copyFileSync(join(root, 'docs/examples/linkoping-vso-2021/objektplan-a.yaml'), objektplan);
copyFileSync(join(root, 'packages/documents/fixtures/docx/linkoping-a.docx'), docx);
const npx = (args, options = {}) =>
  run('npx', ['--no-install', 'styrkit', ...args], { cwd: cli, ...options });

step('npx styrkit check objektplan.yaml', () => {
  // One plan alone: its references to the forum set and the organisation are unresolved
  // (2 errors, exit 1); what matters is that the installed pm3 plugin checked it.
  const r = spawnSync(
    'npx',
    ['--no-install', 'styrkit', 'check', basename(objektplan), '--locale', 'en'],
    {
      cwd: cli,
      encoding: 'utf8',
      timeout: 240_000,
    },
  );
  if ((r.status !== 0 && r.status !== 1) || !r.stdout.includes('[pm3/objektplan]'))
    throw new Error(`exit ${r.status}\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  return r.stdout.trim().split('\n').slice(-1)[0];
});
step('npx styrkit audit linkoping-a.docx', () => {
  // The seed document's tables hold figures that do not add up: exit 1 with a JSON report.
  const r = spawnSync('npx', ['--no-install', 'styrkit', 'audit', basename(docx), '--json'], {
    cwd: cli,
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}\n${r.stderr}`);
  const report = JSON.parse(r.stdout);
  const tables = JSON.stringify(report).match(/"tables?"/g)?.length ?? 0;
  if (tables === 0) throw new Error(`no tables in the report: ${r.stdout.slice(0, 500)}`);
  return `exit ${r.status}, ${r.stdout.length} bytes of JSON`;
});

async function freePort() {
  for (;;) {
    const port = 4100 + Math.floor(Math.random() * 900);
    const ok = await new Promise((res) => {
      const s = createServer().once('error', () => res(false));
      s.listen(port, '127.0.0.1', () => s.close(() => res(true)));
    });
    if (ok) return port;
  }
}
{
  const t0 = performance.now();
  const port = await freePort();
  const child = spawn(
    'npx',
    ['--no-install', 'styrkit', 'serve', '--port', String(port), '--data-dir', join(cli, '.data')],
    { cwd: cli, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let health;
  for (let i = 0; i < 240 && health === undefined; i += 1) {
    await new Promise((r) => setTimeout(r, 500));
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) health = await res.json();
    } catch {
      // not listening yet
    }
  }
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (health !== undefined) {
    results.push({ name: 'npx styrkit serve answers /api/health', ok: true });
    console.log(
      `✓ npx styrkit serve answers /api/health (${seconds} s): ${JSON.stringify(health).slice(0, 200)}`,
    );
  } else {
    results.push({ name: 'npx styrkit serve answers /api/health', ok: false });
    console.log(`✗ npx styrkit serve answers /api/health\n${log.slice(-3000)}`);
  }
}

// Type-check projects: one import per entry of every library.
const libraries = published.filter(({ manifest }) => manifest.exports !== undefined);
const entries = libraries.flatMap(({ manifest }) =>
  Object.keys(manifest.exports)
    .filter((key) => key !== './package.json')
    .map((key) => `${manifest.name}${key.slice(1)}`),
);
const importLines = entries.map((spec, i) => `import * as m${i} from '${spec}';`).join('\n');
const useLine = `export const loaded: number = [${entries.map((_, i) => `m${i}`).join(', ')}].length;\n`;
const tsc = join(cli, 'node_modules/typescript/bin/tsc');
for (const flavour of ['esm', 'cjs']) {
  step(
    `${flavour.toUpperCase()} project type-checks against the packed packages (skipLibCheck: false)`,
    () => {
      const dir = join(cli, `typecheck-${flavour}`);
      mkdirSync(dir);
      writeFileSync(
        join(dir, 'package.json'),
        JSON.stringify({ private: true, type: flavour === 'esm' ? 'module' : 'commonjs' }),
      );
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            target: 'ES2022',
            strict: true,
            skipLibCheck: false,
            noEmit: true,
            types: ['node'],
            typeRoots: [join(cli, 'node_modules/@types')],
          },
          include: ['index.ts'],
        }),
      );
      writeFileSync(join(dir, 'index.ts'), `${importLines}\n${useLine}`);
      run(process.execPath, [tsc, '-p', dir]);
      return `${entries.length} entries`;
    },
  );
}
step('CJS project runs: require every entry, sum exact amounts', () => {
  const script = `${entries.map((spec) => `require(${JSON.stringify(spec)});`).join('\n')}
const { sum, exact } = require('@styrkit/core');
const total = sum(['0.10', '0.20'].map((t) => exact(t))).toString();
if (total !== '0.3' && total !== '0.30') throw new Error('sum gave ' + total);
console.log(total);`;
  writeFileSync(join(cli, 'typecheck-cjs', 'run.cjs'), script);
  return run(process.execPath, [join(cli, 'typecheck-cjs', 'run.cjs')], { cwd: cli }).trim();
});

step('ESM project runs: import every entry, sum exact amounts', () => {
  const script = `${entries.map((spec, i) => `import * as m${i} from ${JSON.stringify(spec)};`).join('\n')}
import { sum, exact } from '@styrkit/core';
const loaded = [${entries.map((_, i) => `m${i}`).join(', ')}].filter((m) => Object.keys(m).length > 0).length;
if (loaded !== ${entries.length}) throw new Error(loaded + ' of ${entries.length} entries export something');
const total = sum(['0.10', '0.20'].map((t) => exact(t))).toString();
if (total !== '0.3' && total !== '0.30') throw new Error('sum gave ' + total);
console.log(total);`;
  writeFileSync(join(cli, 'typecheck-esm', 'run.mjs'), script);
  return run(process.execPath, [join(cli, 'typecheck-esm', 'run.mjs')], { cwd: cli }).trim();
});

if (!keep) rmSync(outside, { recursive: true, force: true });
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(
  join(root, 'test-results/packed-cli.json'),
  JSON.stringify({ numPassedTests: passed, numFailedTests: failed, success: failed === 0 }),
);
console.log(
  `Packed packages outside the repository: ${passed} passed, ${failed} failed (${((performance.now() - started) / 1000).toFixed(0)} s)${keep ? `, kept in ${outside}` : ''}`,
);
process.exitCode = failed === 0 ? 0 : 1;
