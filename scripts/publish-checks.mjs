// The checks of scripts/check-publish.mjs as functions, so a test can run them on a fixture
// package (scripts/__tests__/check-publish.test.mjs) without publishing the workspace.

export const REPOSITORY = 'git+https://github.com/styrkit/styrkit.git';
export const WEB = 'https://github.com/styrkit/styrkit';

/**
 * name@version → { id, files, dryRun } from npm's notices in the output of `pnpm publish
 * --dry-run` (or `npm pack --dry-run`): the "Tarball Contents" lines, and whether the run
 * said "(dry-run)".
 */
export function readTarballs(output) {
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
  return tarballs;
}

/** Every file path a manifest points at (exports targets, main, module, types, bin). */
export function manifestTargets(manifest) {
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

/**
 * What is wrong with one package about to be published: `path` is its folder in the
 * repository (packages/pm3), `tarball` what readTarballs found for it (undefined: not in the
 * run). An empty list means it may be published.
 */
export function packageProblems({ path, manifest, tarball }) {
  const problems = [];
  if (tarball === undefined) {
    problems.push(`not in the dry run at ${manifest.version}`);
  } else {
    if (!tarball.dryRun) problems.push('the run did not say "(dry-run)"');
    const files = new Set(tarball.files);
    for (const needed of ['package.json', 'README.md', 'LICENSE', ...manifestTargets(manifest)]) {
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
  return problems;
}
