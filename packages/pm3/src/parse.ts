import { ok, safeParseWith, type Finding, type Result } from '@styrkit/core';
import {
  budgetFollowUpSchema,
  forvaltningsobjektSchema,
  objektplanSchema,
  type BudgetFollowUp,
  type Forvaltningsobjekt,
  type Objektplan,
} from './model.js';
import { fastObjektplan } from './parse-fast.js';

/**
 * Reads an objektplan from plain data (parsed JSON or YAML). Never throws: every problem is
 * reported at once as a `pm3/invalid-input` finding with its path. Swedish number text
 * ("10 200", "1,5", "ca 3,5") is accepted wherever amounts are typed.
 *
 * @example
 * ```ts
 * import { parseObjektplan } from '@styrkit/pm3';
 * const r = parseObjektplan({ id: 'p', objectId: 'o', title: 'Plan', year: 2021,
 *   version: { label: 'A', status: 'draft' }, budget: { unit: 'kkr', rows: [] } });
 * r.ok; // true
 * ```
 */
export function parseObjektplan(input: unknown): Result<Objektplan, Finding[]> {
  // The hand-written reader takes the common, valid document; anything else goes to zod.
  const fast = fastObjektplan(input);
  if (fast !== undefined) return ok(fast);
  return safeParseWith(objektplanSchema, input, { code: 'pm3/invalid-input' });
}

/**
 * Reads a förvaltningsobjekt from plain data. Never throws; all problems come back as findings.
 *
 * @example
 * ```ts
 * import { parseForvaltningsobjekt } from '@styrkit/pm3';
 * parseForvaltningsobjekt({ id: 'o', name: 'O', municipality: 'M' }).ok; // true
 * ```
 */
export function parseForvaltningsobjekt(input: unknown): Result<Forvaltningsobjekt, Finding[]> {
  return safeParseWith(forvaltningsobjektSchema, input, { code: 'pm3/invalid-input' });
}

/**
 * Reads a budget follow-up from plain data. Never throws; all problems come back as findings.
 *
 * @example
 * ```ts
 * import { parseBudgetFollowUp } from '@styrkit/pm3';
 * parseBudgetFollowUp({ id: 'f' }).ok; // false
 * ```
 */
export function parseBudgetFollowUp(input: unknown): Result<BudgetFollowUp, Finding[]> {
  return safeParseWith(budgetFollowUpSchema, input, { code: 'pm3/invalid-input' });
}
