/**
 * Stored documents are the kind's parsed value serialised to JSON. For most kinds that is also
 * valid input, but a statements cell is stored as `{ kind: 'value', value: '1000', estimate:
 * false }`, which the kind's own parser does not read back. The editor therefore shows and
 * sends such cells the way a document writes them: "1000", "ca 150", "?" and "-".
 */

const CELL_KEYS = new Set(['kind', 'value', 'estimate']);

function asCellText(v: Record<string, unknown>): string | undefined {
  if (!Object.keys(v).every((k) => CELL_KEYS.has(k))) return undefined;
  if (v.kind === 'unknown') return '?';
  if (v.kind === 'none') return '-';
  if (v.kind === 'value' && typeof v.value === 'string')
    return v.estimate === true ? `ca ${v.value}` : v.value;
  return undefined;
}

/**
 * The document in its input form: every stored figure cell (`{ kind: 'value' | 'unknown' |
 * 'none', … }`) as its text; everything else unchanged.
 *
 * @example
 * ```ts
 * toInputForm({ values: { a: { kind: 'value', value: '150', estimate: true }, b: { kind: 'none' } } });
 * // { values: { a: 'ca 150', b: '-' } }
 * ```
 */
export function toInputForm(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toInputForm);
  if (typeof value !== 'object' || value === null) return value;
  const v = value as Record<string, unknown>;
  const cell = asCellText(v);
  if (cell !== undefined) return cell;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toInputForm(x)]));
}
