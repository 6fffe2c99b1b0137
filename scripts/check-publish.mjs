#!/usr/bin/env node
// What `pnpm release` would publish, without publishing: runs `pnpm publish -r --dry-run
// --no-git-checks` (`--no-git-checks` because the test command runs on uncommitted trees too)
// and checks, for every published workspace package (packages/*, apps/* not private):
//   - it is in the dry run, at its package.json version, and the run said "(dry-run)";
//   - its tarball holds package.json, README.md and LICENSE, every file its manifest points at
//     (main, module, types, bin, every exports target) and nothing outside dist/ besides
//     those (no sources, tests, fixtures or configs), and no test files inside dist/;
//   - its metadata is the one docs/releasing.md names: repository (this repository, with the
//     package's directory), homepage, bugs, license MIT, author, keywords, public access.
// Needs `pnpm build` first. Writes test-results/publish-dry-run.json for
// scripts/count-tests.mjs (one test per package).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const REPOSITORY = 'git+https://github.com/styrkit/styrkit.git';
const WEB = 'https://github.com/styrkit/styrkit';

const published = [];
for (const group of ['packages', 'apps']) {
  for (const dir of readdirSync(join(root, group)).sort()) {
    const file = join(root, group, dir, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    if (manifest.private !== true) published.push({ path: `${group}/${dir}`, manifest });
  }
}

const run = spawnSync('pnpm', ['publish', '-r', '--dry-run', '--no-git-checks'], {
  cwd: root,
  encoding: 'utf8',
  timeout: 600_000,
  // npm's notices (the tarball contents) go to stderr.
  maxBuffer: 64 * 1024 * 1024,
});
const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`;
if (run.status !== 0) {
  console.error(output.slice(-4000));
  console.error(`✗ pnpm publish -r --dry-run --no-git-checks exited ${run.status}`);
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(
    join(root, 'test-results/publish-dry-run.json'),
    JSON.stringify({ numPassedTests: 0, numFailedTests: 1, success: false }),
  );
  process.exit(1);
}

/** name@version → the files of its tarball, from npm's "Tarball Contents" notices. */
const tarballs = new Map();
let current;
let inContents = false;
for (const line of output.split('\n')) {
  const header = /npm notice 📦\s+(\S+)$/.exec(line);
  if (header) {
    current = { id: header[1], files: [], dryRun: false };
    tarballs.set(current.id, current);
    inContents = false;
    continue;
  }
  if (current === undefined) continue;
  if (/npm notice Tarball Contents/.test(line)) inContents = true;
  else if (/npm notice Tarball Details/.test(line)) inContents = false;
  else if (inContents) {
    const file = /npm notice [\d.]+[kMG]?B (.+)$/.exec(line);
    if (file) current.files.push(file[1]);
  } else if (/\(dry-run\)/.test(line)) current.dryRun = true;
}

/** Every file path a manifest points at (exports targets, main, module, types, bin). */
function targets(manifest) {
  const out = new Set();
  const walk = (value) => {
    if (typeof value === 'string') out.add(value);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(manifest.exports);
  walk(manifest.bin);
  for (const field of ['main', 'module', 'types']) walk(manifest[field]);
  return [...out].map((p) => p.replace(/^\.\//, ''));
}

const results = [];
for (const { path, manifest } of published) {
  const problems = [];
  const id = `${manifest.name}@${manifest.version}`;
  const tarball = tarballs.get(id);
  if (tarball === undefined) {
    problems.push(`not in the dry run at ${manifest.version}`);
  } else {
    if (!tarball.dryRun) problems.push('the run did not say "(dry-run)"');
    const files = new Set(tarball.files);
    for (const needed of ['package.json', 'README.md', 'LICENSE', ...targets(manifest)]) {
      if (!files.has(needed)) problems.push(`${needed} is not in the tarball`);
    }
    for (const file of files) {
      const allowed =
        file.startsWith('dist/') ||
        ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(file);
      if (!allowed) problems.push(`${file} is in the tarball (only dist/, README.md, LICENSE)`);
      if (/__tests__|\.test\.|\.spec\./.test(file))
        problems.push(`${file}: a test file in the tarball`);
    }
  }
  const m = manifest;
  if (m.repository?.url !== REPOSITORY || m.repository?.directory !== path)
    problems.push(`repository must be { url: '${REPOSITORY}', directory: '${path}' }`);
  if (m.homepage !== `${WEB}/tree/main/${path}#readme`)
    problems.push(`homepage must be ${WEB}/tree/main/${path}#readme`);
  if (m.bugs?.url !== `${WEB}/issues`) problems.push(`bugs.url must be ${WEB}/issues`);
  if (m.license !== 'MIT') problems.push('license must be MIT');
  if (typeof m.author !== 'string' || m.author === '') problems.push('author is missing');
  if (!Array.isArray(m.keywords) || m.keywords.length === 0) problems.push('keywords are missing');
  if (m.publishConfig?.access !== 'public') problems.push('publishConfig.access must be public');
  results.push({ id, problems, files: tarball?.files.length ?? 0 });
}
// Nothing else may be published (the portal and the root are private).
const expected = new Set(results.map((r) => r.id));
const extra = [...tarballs.keys()].filter((id) => !expected.has(id));

for (const r of results) {
  if (r.problems.length === 0) console.log(`✓ ${r.id}: ${r.files} files`);
  else for (const p of r.problems) console.error(`✗ ${r.id}: ${p}`);
}
for (const id of extra)
  console.error(`✗ ${id} would be published but is not a published workspace package`);
const failed = results.filter((r) => r.problems.length > 0).length + extra.length;
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(
  join(root, 'test-results/publish-dry-run.json'),
  JSON.stringify({
    numPassedTests: results.length - results.filter((r) => r.problems.length > 0).length,
    numFailedTests: failed,
    success: failed === 0,
  }),
);
console.log(
  `Publish dry run: ${results.length} packages, ${failed} failed (${((performance.now() - started) / 1000).toFixed(0)} s)`,
);
process.exitCode = failed === 0 ? 0 : 1;
