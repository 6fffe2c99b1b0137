import type { DocumentModel, ReadOptions } from '../model.js';
import { readLinesAs } from './read-lines.js';

/**
 * Reads Markdown: headings, pipe tables (rows above the `|---|` line are the header), bold and
 * italic, bullets, captions and paragraphs. Space-separated figures are not guessed at: in
 * Markdown a table is written as one. Never throws.
 *
 * @example
 * ```ts
 * import { readMarkdown } from '@styrkit/documents';
 * const model = readMarkdown('| Post | Belopp |\n|---|---|\n| A | 1 200 |\n');
 * model.blocks[0]?.type; // 'table'
 * ```
 */
export function readMarkdown(text: string, options: ReadOptions = {}): DocumentModel {
  return readLinesAs(text, options, 'markdown', 'markdown');
}
