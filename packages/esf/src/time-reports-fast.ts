import type { Phase, TimeReport } from './model.js';

/**
 * A hand-written check of time-report rows beside the zod schema, for registers with
 * millions of rows. The zod schema in model.ts stays the definition of the format: this
 * accepts only rows the schema accepts and builds exactly the row the schema would return
 * (known fields only, in the schema's order, texts trimmed). Whatever it does not accept goes
 * to zod, so findings and their messages come from zod alone.
 */

const PHASES: ReadonlySet<string> = new Set<Phase>(['analysis', 'implementation', 'closing']);

/** `z.string().trim().min(1)`: the trimmed text, or undefined. */
function trimmedId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text.length > 0 ? text : undefined;
}

/** `/^\d{4}-(0[1-9]|1[0-2])$/` without a regular expression. */
function isMonth(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 7 || value.charCodeAt(4) !== 45) return false;
  for (let i = 0; i < 4; i += 1) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const tens = value.charCodeAt(5);
  const ones = value.charCodeAt(6);
  if (tens === 48) return ones >= 49 && ones <= 57; // 01–09
  return tens === 49 && ones >= 48 && ones <= 50; // 10–12
}

/**
 * @internal One row as the schema would return it, or undefined when the schema must decide
 * (it may accept the row after all, or report why not).
 */
export function fastTimeReportRow(row: unknown): TimeReport | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const prototype: unknown = Object.getPrototypeOf(row);
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  const r = row as Record<string, unknown>;
  const participant = trimmedId(r.participant);
  if (participant === undefined) return undefined;
  const month = r.month;
  if (!isMonth(month)) return undefined;
  const phase = r.phase;
  if (typeof phase !== 'string' || !PHASES.has(phase)) return undefined;
  const activity = trimmedId(r.activity);
  if (activity === undefined) return undefined;
  const hours = r.hours;
  if (typeof hours !== 'number' || !Number.isSafeInteger(hours) || hours < 0 || hours > 744) {
    return undefined;
  }
  const signed = r.signed;
  if (typeof signed !== 'boolean') return undefined;
  return { participant, month, phase: phase as Phase, activity, hours, signed };
}

/**
 * @internal Every row through {@link fastTimeReportRow}, or undefined as soon as one needs
 * the schema.
 */
export function fastTimeReportRows(rows: readonly unknown[]): TimeReport[] | undefined {
  const out = new Array<TimeReport>(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const row = fastTimeReportRow(rows[i]);
    if (row === undefined) return undefined;
    out[i] = row;
  }
  return out;
}
