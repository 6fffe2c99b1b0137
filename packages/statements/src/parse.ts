import { safeParseWith } from '@styrkit/core';
import type { Finding, Result } from '@styrkit/core';
import { statementSchema, type Statement } from './model.js';

/**
 * Parses a statement from JSON or YAML data. Never throws; every problem comes back at once
 * as `statements/invalid-input` findings with paths.
 *
 * @example
 * ```ts
 * import { parseStatement } from '@styrkit/statements';
 * const r = parseStatement({ title: 'Kalkyl', unit: 'tkr', columns: [{ id: 'a', label: '2025' }], blocks: [] });
 * r.ok; // true
 * ```
 */
export function parseStatement(input: unknown): Result<Statement, Finding[]> {
  return safeParseWith(statementSchema, input, { code: 'statements/invalid-input' });
}
