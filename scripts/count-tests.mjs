#!/usr/bin/env node
// Adds up every test runner's report into one closing line, `N passed, N failed`, so that a
// run that tested nothing is visible. Reads vitest JSON reports (.vitest-report.json in each
// workspace package) and any *.json report under test-results/ with the same shape.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = [];
for (const group of ['packages', 'apps']) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, '.vitest-report.json');
    if (existsSync(file)) reports.push({ name: `${group}/${name}`, file });
  }
}
// Other runners (README examples, browser end-to-end tests) write vitest-shaped JSON reports
// into a test-results folder at the root or in an app.
const appsDir = join(root, 'apps');
const resultDirs = [
  'test-results',
  ...(existsSync(appsDir) ? readdirSync(appsDir).sort() : []).map(
    (app) => `apps/${app}/test-results`,
  ),
];
for (const dir of resultDirs) {
  if (!existsSync(join(root, dir))) continue;
  for (const name of readdirSync(join(root, dir)).sort()) {
    if (name.endsWith('.json'))
      reports.push({ name: `${dir}/${name}`, file: join(root, dir, name) });
  }
}
let passed = 0;
let failed = 0;
let skipped = 0;
for (const { name, file } of reports) {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    const p = r.numPassedTests ?? 0;
    const f =
      (r.numFailedTests ?? 0) + (r.success === false && (r.numFailedTests ?? 0) === 0 ? 1 : 0);
    const s = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    passed += p;
    failed += f;
    skipped += s;
    console.log(`  ${name}: ${p} passed, ${f} failed${s ? `, ${s} skipped` : ''}`);
  } catch {
    failed += 1;
    console.log(`  ${name}: unreadable report`);
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
