/**
 * documents benchmark (not a unit test): a synthetic 100-page committee document built from
 * the seed shapes (tab-separated budget and FTE matrices, space-separated matrices with broken
 * labels, a period table with bold subtotals, side-by-side equipment tables, pipe tables, a
 * table of contents, prose with a stated total and its parts), audited from its text.
 * Baseline in the same run: splitting the text into lines and scanning each once.
 * Prints min / median / max of several runs; the budget comes from issue 12 (≤ 2 s).
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { auditText } from '../src/index.js';

const seeds = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const seed = (name: string) => readFileSync(`${seeds}${name}`, 'utf8').split('\n');
const a = seed('linkoping-vso-objektplan-2021.txt');
const b = seed('linkoping-vso-objektplan-2021-version-b.txt');
const sala = seed('sala-san-kallelse-2023-06-15.txt');
const gbg = seed('goteborg-avo-digitaliseringsplan-2024.txt');
const lines = (from: string[], first: number, last: number) =>
  from.slice(first - 1, last).join('\n');

/** The seed shapes, each with the prose around it (line ranges cite the seeds). */
const shapes = [
  lines(a, 173, 195), // budget and FTE matrices, tab-separated
  lines(b, 387, 441), // the same, space-separated with broken labels
  lines(sala, 29, 47), // period table with bold subtotals and a deviation column
  lines(sala, 822, 844), // side-by-side equipment tables and the text restating them
  lines(sala, 64, 77), // forecast table with a percentage column
  lines(gbg, 184, 202), // pipe table of applications
  lines(a, 67, 73), // prose with a total and its parts
  lines(gbg, 41, 71), // table of contents
];

/** Scales every figure of a shape, so each page differs but its totals still hold. */
function scaled(text: string, factor: number): string {
  return text.replace(/(?<![\d,.])(\d{1,3}(?: \d{3})+|\d+)(?![\d,.])/g, (m) => {
    const n = Number(m.replace(/ /g, '')) * factor;
    return m.includes(' ') || n >= 10_000
      ? n.toLocaleString('sv-SE').replace(/\u00a0/g, ' ')
      : String(n);
  });
}

const PAGES = 100;
const pages: string[] = [];
for (let p = 0; p < PAGES; p += 1) {
  const shape = shapes[p % shapes.length] ?? '';
  pages.push(`# Sida ${p + 1}\n\n${lines(a, 30, 38)}\n\n${scaled(shape, 1 + (p % 5))}\n`);
}
const text = pages.join('\n');

function time<T>(run: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function stats(runs: number, run: () => unknown): { min: number; median: number; max: number } {
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) ms.push(time(run).ms);
  ms.sort((x, y) => x - y);
  return {
    min: ms[0] ?? 0,
    median: ms[Math.floor(ms.length / 2)] ?? 0,
    max: ms[ms.length - 1] ?? 0,
  };
}

const RUNS = 5;
const baseline = stats(
  RUNS,
  () => text.split(/\r\n|\r|\n/).filter((l) => l.includes('\t') || /\d/.test(l)).length,
);
const audit = auditText(text, { file: 'bench.txt' });
const full = stats(RUNS, () => auditText(text, { file: 'bench.txt' }));
const fmt = (s: { min: number; median: number; max: number }) =>
  `${s.min.toFixed(1)} / ${s.median.toFixed(1)} / ${s.max.toFixed(1)} ms`;

console.log(
  `documents benchmark, node ${process.version}, ${cpus().length} cores, ${new Date().toISOString()}`,
);
console.log(
  `document: ${PAGES} pages, ${text.split('\n').length} lines, ${(text.length / 1024).toFixed(0)} KiB, ${audit.tables.length} tables, ${audit.findings.length} findings`,
);
console.log(`${'baseline: split lines + one scan'.padEnd(36)} min/median/max ${fmt(baseline)}`);
console.log(
  `${'auditText (read + analyse)'.padEnd(36)} min/median/max ${fmt(full)}   budget ≤ 2000 ms`,
);
console.log(full.max <= 2000 ? 'within budget' : 'OVER BUDGET');
