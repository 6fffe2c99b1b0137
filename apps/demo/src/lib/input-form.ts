import { MATRIX_COLUMNS } from '@styrkit/pm3';

/**
 * Stored documents are the kind's parsed value serialised to JSON. For most kinds that is also
 * valid input, but a statements cell is stored as `{ kind: 'value', value: '1000', estimate:
 * false }`, which the kind's own parser does not read back. The editor therefore shows and
 * sends such cells the way a document writes them: "1000", "ca 150", "?" and "-". Likewise a
 * pm3 matrix cell is stored as a number text, `'unknown'` or `'empty'`: the editor shows "?" for
 * the unknown and an empty input for the empty one (the field's help says what it may hold),
 * never the stored word.
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
 * toInputForm({ activity: 'a', businessVm: '1200', itVm: 'unknown', itVu: 'empty' });
 * // { activity: 'a', businessVm: '1200', itVm: '?' }
 * ```
 */
export function toInputForm(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toInputForm);
  if (typeof value !== 'object' || value === null) return value;
  const v = value as Record<string, unknown>;
  const cell = asCellText(v);
  if (cell !== undefined) return cell;
  const row = isMatrixRow(v);
  return Object.fromEntries(
    Object.entries(v).flatMap(([k, x]) => {
      if (!row || !MATRIX_COLUMN_KEYS.has(k)) return [[k, toInputForm(x)]];
      if (x === 'empty') return []; // an omitted cell is empty to pm3 (an empty input here)
      return [[k, x === 'unknown' ? '?' : x]];
    }),
  );
}

const MATRIX_COLUMN_KEYS: ReadonlySet<string> = new Set(MATRIX_COLUMNS);

/** A pm3 budget or FTE matrix row: its activity and cells under the matrix column names. */
function isMatrixRow(v: Record<string, unknown>): boolean {
  return typeof v.activity === 'string' && Object.keys(v).some((k) => MATRIX_COLUMN_KEYS.has(k));
}
