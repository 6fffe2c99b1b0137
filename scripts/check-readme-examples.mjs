#!/usr/bin/env node
// Runs every ```ts block of every package README, so "a README with a runnable example" stays
// true. Blocks import the packages by name; tsx resolves @styrkit/* to the workspace sources
// through tsconfig paths. A block preceded by `<!-- no-run -->` is skipped (e.g. config shapes).
// Writes test-results/readme-examples.json for scripts/count-tests.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, '.cache/readme-examples');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
mkdirSync(join(root, 'test-results'), { recursive: true });

const blocks = [];
for (const group of ['packages', 'apps']) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).sort()) {
    const readme = join(dir, name, 'README.md');
    if (!existsSync(readme)) continue;
    const text = readFileSync(readme, 'utf8');
    const pattern = /(<!-- no-run -->\s*)?```ts\n([\s\S]*?)```/g;
    let match;
    let index = 0;
    while ((match = pattern.exec(text)) !== null) {
      index += 1;
      if (match[1]) continue;
      blocks.push({
        id: `${group}/${name}#${index}`,
        file: join(work, `${group}-${name}-${index}.ts`),
        code: match[2],
      });
    }
  }
}

let passed = 0;
let failed = 0;
for (const block of blocks) {
  writeFileSync(block.file, block.code);
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), block.file],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  if (run.status === 0) {
    passed += 1;
    console.log(`✓ ${block.id}`);
  } else {
    failed += 1;
    console.log(`✗ ${block.id}\n${run.stderr || run.stdout}`);
  }
}
writeFileSync(
  join(root, 'test-results/readme-examples.json'),
  JSON.stringify({ numPassedTests: passed, numFailedTests: failed, success: failed === 0 }),
);
console.log(`README examples: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
