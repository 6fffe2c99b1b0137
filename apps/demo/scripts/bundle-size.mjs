// First-load JavaScript of the portal, gzipped: the entry script of dist/index.html and every
// chunk it preloads or imports statically. Pages, charts and exceljs are loaded on demand and
// reported separately. Run after `vite build` (builds first when dist is missing).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const BUDGET_KB = 300;

if (!existsSync(join(dist, 'index.html'))) {
  const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const raw = (file) => readFileSync(join(dist, file)).length;

/** Files plus their static imports, transitively (`import("./x.js")` is on demand: left out). */
function closure(files) {
  const seen = new Set(files);
  const queue = [...seen];
  while (queue.length > 0) {
    const file = queue.pop();
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\s}])import(?:[^("'`]*?from)?\s*["'](\.\/[^"']+\.js)["']/g,
    )) {
      const dep = join('assets', m[1].slice(2));
      if (!seen.has(dep)) {
        seen.add(dep);
        queue.push(dep);
      }
    }
  }
  return seen;
}

// Entry scripts and modulepreloads named in index.html, then their static imports.
const first = closure([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
const css = [...html.matchAll(/href="\/(assets\/[^"]+\.css)"/g)].map((m) => m[1]);
const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
const kb = (n) => (n / 1024).toFixed(1);
const firstGz = [...first].reduce((s, f) => s + gz(f), 0);
const firstRaw = [...first].reduce((s, f) => s + raw(f), 0);
const lazy = all
  .map((f) => join('assets', f))
  .filter((f) => !first.has(f))
  .map((f) => ({ file: f, gz: gz(f) }))
  .sort((a, b) => b.gz - a.gz);

console.log(`first-load JS: ${[...first].join(', ')}`);
console.log(
  `first-load JS gzipped: ${kb(firstGz)} kB (raw ${kb(firstRaw)} kB; budget ${BUDGET_KB} kB)`,
);
console.log(`first-load CSS gzipped: ${kb(css.reduce((s, f) => s + gz(f), 0))} kB`);
console.log('each page as first opened (entry + page chunk + its static imports, gzipped):');
for (const page of all.filter(
  (f) =>
    /^[A-Z]/.test(f) &&
    !f.startsWith('Chart') &&
    !f.startsWith('DocPicker') &&
    !f.startsWith('Findings'),
)) {
  const files = closure([...first, join('assets', page)]);
  const total = [...files].reduce((s, f) => s + gz(f), 0);
  console.log(`  ${page.replace(/-[\w-]+\.js$/, '').padEnd(16)} ${kb(total).padStart(7)} kB`);
}
console.log('loaded on demand (gzipped):');
for (const l of lazy) console.log(`  ${l.file.padEnd(44)} ${kb(l.gz).padStart(7)} kB`);
if (firstGz > BUDGET_KB * 1024) {
  console.error(`first-load JS exceeds ${BUDGET_KB} kB gzipped`);
  process.exit(1);
}
