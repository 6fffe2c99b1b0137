#!/usr/bin/env node
// Runs every ```ts block of every TSDoc @example in packages/*/src, so an example can never
// lie. Like Effect's doctests, with two conveniences so examples stay short:
// - a block that uses a name its own package exports (or @styrkit/core exports) without
//   importing it gets the import added;
// - a line `expression; // <literal>` (a string, number, boolean, null, array or object
//   literal) is an assertion: the expression must equal the literal. Exact values compare by
//   their text, objects as a subset (the comment may leave keys out). Any other comment
//   (`// 1 (row 2 states 8 …)`) stays a comment.
// All blocks run in one tsx process, one module each; results go to
// test-results/tsdoc-examples.json for scripts/count-tests.mjs. `--list` prints the failures
// with their file and line only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// One folder per run, so two runs at the same time do not remove each other's files.
const work = join(root, `.cache/tsdoc-examples-${process.pid}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
mkdirSync(join(root, 'test-results'), { recursive: true });
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');

function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__tests__' && entry.name !== 'templates-data')
        out.push(...sourceFiles(path));
    } else if (
      entry.name.endsWith('.ts') &&
      !entry.name.endsWith('.test.ts') &&
      !entry.name.endsWith('.d.ts')
    ) {
      out.push(path);
    }
  }
  return out.sort();
}

/** Every ```ts block inside a TSDoc comment, with the line it starts on. */
function examplesOf(file) {
  const text = readFileSync(file, 'utf8');
  const blocks = [];
  const comment = /\/\*\*[\s\S]*?\*\//g;
  let match;
  while ((match = comment.exec(text)) !== null) {
    const startLine = text.slice(0, match.index).split('\n').length;
    const lines = match[0].split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, ''));
    let inBlock = false;
    let code = [];
    let blockLine = 0;
    lines.forEach((line, i) => {
      if (!inBlock && /^```ts\s*$/.test(line.trim())) {
        inBlock = true;
        code = [];
        blockLine = startLine + i + 1;
      } else if (inBlock && line.trim().startsWith('```')) {
        inBlock = false;
        blocks.push({ line: blockLine, code: code.join('\n') });
      } else if (inBlock) code.push(line);
    });
  }
  return blocks;
}

const packagesDir = join(root, 'packages');
const packages = readdirSync(packagesDir)
  .filter((name) => existsSync(join(packagesDir, name, 'src/index.ts')))
  .sort();

// Runtime export names of every entry, read once in one process.
const entries = packages.flatMap((name) =>
  existsSync(join(packagesDir, name, 'src/plugin.ts'))
    ? [`@styrkit/${name}`, `@styrkit/${name}/plugin`]
    : [`@styrkit/${name}`],
);
const probeFile = join(work, 'exports-probe.ts');
writeFileSync(
  probeFile,
  `const names: Record<string, string[]> = {};\n${entries
    .map((e, i) => `import * as m${i} from '${e}';\nnames['${e}'] = Object.keys(m${i});`)
    .join('\n')}\nconsole.log(JSON.stringify(names));\n`,
);
const probe = spawnSync(process.execPath, [tsx, probeFile], { cwd: root, encoding: 'utf8' });
if (probe.status !== 0) {
  console.error(probe.stderr);
  process.exit(1);
}
const exportsOf = JSON.parse(probe.stdout.trim().split('\n').pop());

const literalStart = /^(['"`\d[{-]|true\b|false\b|null\b|undefined\b)/;
function isLiteral(text) {
  if (!literalStart.test(text)) return false;
  try {
    // Evaluated only to see whether it is a literal; examples are the project's own code.
    new Function(`return (${text});`)();
    return true;
  } catch {
    return false;
  }
}

/** Bracket depth change of one line, strings and comments left out. */
function depthChange(line) {
  const code = line
    .replace(/\/\/.*$/, '')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '');
  let d = 0;
  for (const ch of code) {
    if ('([{'.includes(ch)) d += 1;
    else if (')]}'.includes(ch)) d -= 1;
  }
  return d;
}

const notExpression =
  /^(?:const|let|var|import|export|return|if|for|while|type|interface|function|class|declare)\b/;

/**
 * Turns `expr; // literal` into checks; the expression may start lines above (a call spread
 * over several lines). Every other line stays as it is.
 */
function withAssertions(code, where) {
  const lines = code.split('\n');
  const depthBefore = [];
  let depth = 0;
  for (const line of lines) {
    depthBefore.push(depth);
    depth += depthChange(line);
  }
  let count = 0;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const m = /^(.*?);\s*\/\/\s*(.+?)\s*$/.exec(lines[i]);
    if (!m || !isLiteral(m[2])) continue;
    let k = i;
    // A statement spreads over lines inside brackets, and over lines that continue a chain.
    while (k > 0 && (depthBefore[k] > 0 || lines[k].trim().startsWith('.'))) k -= 1;
    if (depthBefore[k] !== 0) continue;
    const head = lines.slice(k, i).join('\n');
    const expression = `${head}${head === '' ? '' : '\n'}${m[1]}`;
    const indent = /^\s*/.exec(lines[k])[0];
    if (notExpression.test(expression.trim()) || expression.trim() === '') continue;
    count += 1;
    lines.splice(
      k,
      i - k + 1,
      `${indent}__check(() => (${expression.trim()}), (${m[2]}), ${JSON.stringify(`${where}+${k}`)});`,
    );
    i = k;
  }
  return { code: lines.join('\n'), count };
}

/** Names a source file exports itself (`export function x`, `export const x`, `export class X`). */
function fileExports(file) {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(
      /^export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/gm,
    ),
  ].map((m) => m[1]);
}

/**
 * Adds imports for names the block uses without importing: from its own package's entries,
 * then from the file the example documents (internal helpers), then from @styrkit/core. The
 * file comes before core, so an internal helper that shares a name with a core export (the
 * XLSX reader's `formatNumber`) is the function its example documents.
 */
function withImports(code, ownEntries, file) {
  const imported = new Set();
  for (const m of code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from/g)) {
    for (const part of m[1].split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.replace(/^type\s+/, '');
      if (name) imported.add(name);
    }
  }
  for (const m of code.matchAll(/import\s+(\w+)\s+from/g)) imported.add(m[1]);
  for (const m of code.matchAll(/import\s+\*\s+as\s+(\w+)/g)) imported.add(m[1]);
  const declared = new Set(
    [...code.matchAll(/\b(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)].map((m) => m[1]),
  );
  const used = new Set(code.match(/\b[A-Za-z_$][\w$]*\b/g) ?? []);
  const additions = [];
  const taken = new Set();
  const local = relative(work, file).replace(/\\/g, '/');
  const sources = [
    ...ownEntries.map((entry) => ({ entry, names: exportsOf[entry] ?? [] })),
    { entry: local.startsWith('.') ? local : `./${local}`, names: fileExports(file) },
    { entry: '@styrkit/core', names: exportsOf['@styrkit/core'] ?? [] },
  ];
  for (const { entry, names: exported } of sources) {
    const names = exported.filter(
      (n) =>
        n !== 'default' && used.has(n) && !imported.has(n) && !declared.has(n) && !taken.has(n),
    );
    names.forEach((n) => taken.add(n));
    if (names.length > 0) additions.push(`import { ${names.join(', ')} } from '${entry}';`);
  }
  return [...additions, code].join('\n');
}

const blocks = [];
for (const name of packages) {
  const own = entries.filter((e) => e === `@styrkit/${name}` || e === `@styrkit/${name}/plugin`);
  for (const file of sourceFiles(join(packagesDir, name, 'src'))) {
    for (const example of examplesOf(file)) {
      const where = `${relative(root, file)}:${example.line}`;
      const asserted = withAssertions(example.code, where);
      const code = withImports(asserted.code, own, file);
      const path = join(work, `${blocks.length}.ts`);
      writeFileSync(
        path,
        `import { __check } from './check.js';\nvoid __check;\n${code}\nexport {};\n`,
      );
      blocks.push({ where, path, assertions: asserted.count });
    }
  }
}

writeFileSync(
  join(work, 'check.ts'),
  `function plain(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON(): unknown }).toJSON();
  }
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}
// A comment cannot show a no-break space, so text compares with every kind of space as one.
const spaces = /[\\s\\u00a0\\u202f\\u2009\\u2007]+/g;
function matches(actual: unknown, expected: unknown): boolean {
  const a = plain(actual);
  if (typeof expected === 'string' && typeof a === 'string') {
    return a.replace(spaces, ' ') === expected.replace(spaces, ' ');
  }
  if (typeof expected === 'number' && typeof a === 'string') return a === String(expected);
  if (Array.isArray(expected)) {
    return Array.isArray(a) && a.length === expected.length && expected.every((e, i) => matches(a[i], e));
  }
  if (expected !== null && typeof expected === 'object') {
    if (a === null || typeof a !== 'object') return false;
    return Object.entries(expected).every(([k, v]) => matches((a as Record<string, unknown>)[k], v));
  }
  return Object.is(a, expected);
}
export function __check(compute: () => unknown, expected: unknown, where: string): void {
  const actual = compute();
  if (!matches(actual, expected)) {
    throw new Error(\`\${where}: expected \${JSON.stringify(expected)}, got \${JSON.stringify(plain(actual))}\`);
  }
}
`,
);
writeFileSync(
  join(work, 'run.ts'),
  `import { writeFileSync } from 'node:fs';
const blocks: { where: string; path: string }[] = ${JSON.stringify(blocks.map(({ where, path }) => ({ where, path })))};
const failures: { where: string; error: string }[] = [];
const log = console.log;
for (const block of blocks) {
  console.log = () => {};
  console.warn = () => {};
  try {
    await import(block.path);
  } catch (error) {
    failures.push({ where: block.where, error: error instanceof Error ? error.message.split('\\n')[0] ?? '' : String(error) });
  }
  console.log = log;
}
writeFileSync(${JSON.stringify(join(work, 'result.json'))}, JSON.stringify(failures));
`,
);
const run = spawnSync(process.execPath, [tsx, join(work, 'run.ts')], {
  cwd: root,
  encoding: 'utf8',
  timeout: 600_000,
});
if (run.status !== 0 || !existsSync(join(work, 'result.json'))) {
  console.error(run.stderr || run.stdout);
  process.exit(1);
}
const failures = JSON.parse(readFileSync(join(work, 'result.json'), 'utf8'));
const failed = failures.length;
const passed = blocks.length - failed;
for (const f of failures) console.log(`✗ ${f.where}\n    ${f.error}`);
const assertions = blocks.reduce((n, b) => n + b.assertions, 0);
writeFileSync(
  join(root, 'test-results/tsdoc-examples.json'),
  JSON.stringify({ numPassedTests: passed, numFailedTests: failed, success: failed === 0 }),
);
console.log(`TSDoc examples: ${passed} passed, ${failed} failed (${assertions} checked results)`);
rmSync(work, { recursive: true, force: true });
process.exitCode = failed === 0 ? 0 : 1;
