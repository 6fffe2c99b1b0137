// The publish check must fail on a broken package (issue 15: it had never been seen to). Each
// fixture is a real folder packed by `npm pack --dry-run` (no registry, no network), whose
// notices are the ones `pnpm publish --dry-run` prints; the check's functions then judge it.
// Run by scripts/check-publish.mjs before the workspace's dry run, and counted with it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPOSITORY, WEB, packageProblems, readTarballs } from '../publish-checks.mjs';

const path = 'packages/fixture';
const good = {
  name: '@styrkit/fixture',
  version: '1.2.3',
  description: 'A package the publish check must accept.',
  keywords: ['styrkit'],
  homepage: `${WEB}/tree/main/${path}#readme`,
  bugs: { url: `${WEB}/issues` },
  repository: { type: 'git', url: REPOSITORY, directory: path },
  license: 'MIT',
  author: 'The styrkit contributors',
  type: 'module',
  main: './dist/index.cjs',
  module: './dist/index.js',
  types: './dist/index.d.cts',
  exports: {
    '.': {
      import: { types: './dist/index.d.ts', default: './dist/index.js' },
      require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
    },
  },
  files: ['dist', 'README.md', 'LICENSE'],
  publishConfig: { access: 'public' },
};
const distFiles = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts'];

const folders = [];
after(() => folders.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Packs a fixture folder with `manifest` and `extra` files; the check's problems with it. */
function check(manifest, { dist = distFiles, extra = {}, dryRun = true, license = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'styrkit-publish-fixture-'));
  folders.push(dir);
  mkdirSync(join(dir, 'dist'));
  for (const f of dist) writeFileSync(join(dir, 'dist', f), 'export {};\n');
  writeFileSync(join(dir, 'README.md'), '# fixture\n');
  if (license) writeFileSync(join(dir, 'LICENSE'), 'MIT\n');
  for (const [file, text] of Object.entries(extra)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  const run = spawnSync('npm', ['pack', '--dry-run', '--ignore-scripts'], {
    cwd: dir,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  // `npm pack` does not publish, so it does not print the publish line the real run ends with.
  const tail = dryRun ? `\n+ ${manifest.name}@${manifest.version} (dry-run)\n` : '';
  const tarball = readTarballs(`${run.stdout}\n${run.stderr}${tail}`).get(
    `${manifest.name}@${manifest.version}`,
  );
  return packageProblems({ path, manifest, tarball });
}

describe('the publish check', () => {
  it('passes a good package', () => {
    assert.deepEqual(check(good), []);
  });

  it('fails when the package has no LICENSE', () => {
    // npm packs LICENSE whatever `files` says, so a missing file is the way it goes missing.
    assert.deepEqual(check(good, { license: false }), ['LICENSE is not in the tarball']);
  });

  it('fails when main or an exports target is not in the tarball', () => {
    assert.deepEqual(check(good, { dist: ['index.js', 'index.d.ts'] }).sort(), [
      'dist/index.cjs is not in the tarball',
      'dist/index.d.cts is not in the tarball',
    ]);
  });

  it('fails when the repository metadata is missing or names another folder', () => {
    const { repository: _, ...bare } = good;
    const problem = `repository must be { url: '${REPOSITORY}', directory: '${path}' }`;
    assert.deepEqual(check(bare), [problem]);
    assert.deepEqual(check({ ...good, repository: { ...good.repository, directory: 'x' } }), [
      problem,
    ]);
  });

  it('fails on sources or tests in the tarball', () => {
    const problems = check(
      { ...good, files: [...good.files, 'src'] },
      { dist: [...distFiles, 'index.test.js'], extra: { 'src/index.ts': 'export {};\n' } },
    );
    assert.deepEqual(problems.sort(), [
      'dist/index.test.js: a test file in the tarball',
      'src/index.ts is in the tarball (only dist/, README.md, LICENSE)',
    ]);
  });

  it('fails on missing license, author, keywords, homepage, bugs and access', () => {
    const { license: _l, author: _a, keywords: _k, homepage: _h, bugs: _b, ...rest } = good;
    assert.deepEqual(check({ ...rest, publishConfig: {} }), [
      `homepage must be ${WEB}/tree/main/${path}#readme`,
      `bugs.url must be ${WEB}/issues`,
      'license must be MIT',
      'author is missing',
      'keywords are missing',
      'publishConfig.access must be public',
    ]);
  });

  it('fails when the package is not in the run, or the run was not a dry run', () => {
    assert.deepEqual(packageProblems({ path, manifest: good, tarball: undefined }), [
      'not in the dry run at 1.2.3',
    ]);
    assert.deepEqual(check(good, { dryRun: false }), ['the run did not say "(dry-run)"']);
  });
});
