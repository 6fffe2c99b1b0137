import * as z from 'zod';
import { fieldText } from './field-text.js';

/**
 * How serious a finding is: `error` (the document is wrong), `warning` (probably wrong, or an
 * estimate that does not add up), `info` (worth knowing).
 *
 * @example
 * ```ts
 * import type { Severity } from '@styrkit/core';
 * const s: Severity = 'warning';
 * ```
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Where in a document a finding points: property names and array indexes from the root.
 *
 * @example
 * ```ts
 * import { pathToString, type Path } from '@styrkit/core';
 * const p: Path = ['budget', 'rows', 2, 'itVm'];
 * pathToString(p); // 'budget.rows[2].itVm'
 * ```
 */
export type Path = readonly (string | number)[];

/**
 * Text in Swedish (the users' language) and English.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from '@styrkit/core';
 * const t: LocalizedText = { sv: 'Radsumma stämmer inte', en: 'Row total does not match' };
 * ```
 */
export interface LocalizedText {
  /** Swedish. */
  readonly sv: string;
  /** English. */
  readonly en: string;
}

/**
 * Where a figure came from: a source file and line, a page, sheet, cell or paragraph (as the
 * document readers know them), or a free note. Every field is optional.
 *
 * @example
 * ```ts
 * import type { SourceRef } from '@styrkit/core';
 * const s: SourceRef = { file: 'linkoping-vso-objektplan-2021.txt', line: 120 };
 * const cell: SourceRef = { file: 'budget.xlsx', sheet: 'Budget', cell: 'C7' };
 * ```
 */
export interface SourceRef {
  /** The source document's file name. */
  readonly file?: string;
  /** The line in that file, 1-based. */
  readonly line?: number;
  /** The page of a PDF, 1-based. */
  readonly page?: number;
  /** The worksheet of a workbook. */
  readonly sheet?: string;
  /** A cell address: "C7" in a workbook, "R3C2" (row, column, 1-based) in other tables. */
  readonly cell?: string;
  /** The paragraph or block number in a Word document, 1-based. */
  readonly paragraph?: number;
  /** Free text. */
  readonly note?: string;
}

/**
 * One thing a check or parser found: a stable code, a severity, the path to the offending
 * value, a message in Swedish and English, and the expected and actual figures when numeric.
 *
 * `expected` and `actual` mean the same in every package:
 * - `expected` is what the rule computes or requires: for a total, the sum the figures give;
 *   for a type or format error, the type or format the schema asks for;
 * - `actual` is what the document says: the stated total, the value as written.
 *
 * @example
 * ```ts
 * import type { Finding } from '@styrkit/core';
 * // The items add up to 22.9; the document states 22.7.
 * const f: Finding = {
 *   code: 'core/total-mismatch',
 *   severity: 'error',
 *   path: ['items'],
 *   message: { sv: 'Summan stämmer inte', en: 'The total does not match' },
 *   expected: '22.9',
 *   actual: '22.7',
 * };
 * ```
 */
export interface Finding {
  /** Stable, documented code, `<package>/<kebab-name>`. */
  readonly code: string;
  /** How serious. */
  readonly severity: Severity;
  /** Path from the document root to the value concerned. */
  readonly path: Path;
  /** What is wrong, for a person. */
  readonly message: LocalizedText;
  /**
   * What the rule computes or requires: for totals the computed sum of the figures, for
   * schema errors the required type or format.
   */
  readonly expected?: string;
  /** What the document says: for totals the stated figure, otherwise the value as written. */
  readonly actual?: string;
  /** Where the offending figure came from. */
  readonly source?: SourceRef;
}

/**
 * zod schema for {@link LocalizedText}.
 *
 * @example
 * ```ts
 * import { localizedTextSchema } from '@styrkit/core';
 * localizedTextSchema.parse({ sv: 'Hej', en: 'Hello' });
 * ```
 */
export const localizedTextSchema = z.object({
  sv: z.string().meta(fieldText('Texten på svenska', 'The text in Swedish')),
  en: z.string().meta(fieldText('Texten på engelska', 'The text in English')),
});

/**
 * zod schema for {@link Finding}, for APIs that send findings.
 *
 * @example
 * ```ts
 * import { findingSchema } from '@styrkit/core';
 * findingSchema.safeParse({}).success; // false
 * ```
 */
export const findingSchema = z.object({
  code: z.string().min(1),
  severity: z.enum(['error', 'warning', 'info']),
  path: z.array(z.union([z.string(), z.number()])).readonly(),
  message: localizedTextSchema,
  expected: z.string().optional(),
  actual: z.string().optional(),
  source: z
    .object({
      file: z.string().optional(),
      line: z.number().int().optional(),
      page: z.number().int().optional(),
      sheet: z.string().optional(),
      cell: z.string().optional(),
      paragraph: z.number().int().optional(),
      note: z.string().optional(),
    })
    .optional(),
});

/**
 * Renders a path as `a.b[2].c`.
 *
 * @example
 * ```ts
 * import { pathToString } from '@styrkit/core';
 * pathToString(['rows', 0, 'total']); // 'rows[0].total'
 * ```
 */
export function pathToString(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders paths part by part: indexes numerically (goals[2] before goals[10]), names by text. */
function comparePaths(a: Path, b: Path): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return String(x).localeCompare(String(y));
  }
  return a.length - b.length;
}

/**
 * Whether any finding is an error.
 *
 * @example
 * ```ts
 * import { hasErrors } from '@styrkit/core';
 * hasErrors([]); // false
 * ```
 */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/**
 * Findings ordered by severity (errors first), then path (array indexes in numeric order),
 * then code. Returns a new array.
 *
 * @example
 * ```ts
 * import { sortFindings } from '@styrkit/core';
 * sortFindings([]); // []
 * ```
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] ||
      comparePaths(a.path, b.path) ||
      a.code.localeCompare(b.code),
  );
}

/**
 * Counts findings per severity.
 *
 * @example
 * ```ts
 * import { countBySeverity } from '@styrkit/core';
 * countBySeverity([]); // { error: 0, warning: 0, info: 0 }
 * ```
 */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
