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
// First runs its own tests on fixture packages (scripts/__tests__/check-publish.test.mjs; the
// checks live in scripts/publish-checks.mjs). Needs `pnpm build` first. Writes
// test-results/publish-dry-run.json for scripts/count-tests.mjs (one test per package, and
// one per own test).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { packageProblems, readTarballs } from './publish-checks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();

// The check's own tests first (scripts/__tests__/check-publish.test.mjs): broken fixture
// packages it must fail and a good one it must pass. A check never seen to fail proves nothing.
const selfTest = spawnSync(
  process.execPath,
  ['--test', '--test-reporter=tap', join(root, 'scripts/__tests__/check-publish.test.mjs')],
  { cwd: root, encoding: 'utf8', timeout: 300_000 },
);
const tapCount = (name) =>
  Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(selfTest.stdout ?? '')?.[1] ?? 0);
const selfPassed = tapCount('pass');
const selfFailed = selfTest.status === 0 ? tapCount('fail') : Math.max(1, tapCount('fail'));
if (selfFailed > 0) {
  console.error(`${selfTest.stdout ?? ''}\n${selfTest.stderr ?? ''}`.slice(-4000));
  console.error(`✗ the publish check's own tests: ${selfFailed} failed`);
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(
    join(root, 'test-results/publish-dry-run.json'),
    JSON.stringify({ numPassedTests: selfPassed, numFailedTests: selfFailed, success: false }),
  );
  process.exit(1);
}
console.log(`✓ the publish check's own tests: ${selfPassed} passed`);

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
    JSON.stringify({ numPassedTests: selfPassed, numFailedTests: 1, success: false }),
  );
  process.exit(1);
}

const tarballs = readTarballs(output);

const results = [];
for (const { path, manifest } of published) {
  const id = `${manifest.name}@${manifest.version}`;
  const tarball = tarballs.get(id);
  const problems = packageProblems({ path, manifest, tarball });
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
    numPassedTests:
      selfPassed + results.length - results.filter((r) => r.problems.length > 0).length,
    numFailedTests: failed,
    success: failed === 0,
  }),
);
console.log(
  `Publish dry run: ${results.length} packages, ${failed} failed (${((performance.now() - started) / 1000).toFixed(0)} s)`,
);
process.exitCode = failed === 0 ? 0 : 1;
