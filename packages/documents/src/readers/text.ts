import type { DocumentModel, ReadOptions } from '../model.js';
import { readLinesAs } from './read-lines.js';

/**
 * Reads plain text as PDF extraction gives it: `#` headings and numbered headings ("2.1 Syfte"),
 * tab-separated rows with `<b>`/`<i>` markup (layout `grid`), pipe tables, lines of
 * space-separated figures where a space may also be a thousands separator (layout `spaced`:
 * the label and the untouched figures, split later by the table's own totals), row labels
 * broken over several lines, captions ("Tabell 2 …"), bullets ("•") and paragraphs of wrapped
 * lines. Every block and cell carries its source line. Never throws.
 *
 * @example
 * ```ts
 * import { readText } from '@styrkit/documents';
 * const model = readText('Post\tBelopp\nA\t1 200\nSumma\t1 200\n');
 * model.blocks[0]?.type; // 'table'
 * ```
 */
export function readText(text: string, options: ReadOptions = {}): DocumentModel {
  return readLinesAs(text, options, 'text', 'text');
}
