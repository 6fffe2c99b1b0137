import type { DocumentBlock, DocumentTable } from './model.js';

/**
 * A caption's opening words in Swedish and English committee documents: "Tabell 2 …",
 * "Tab. 2", "Figur 7 …", "Diagram 3", "Table 1", "Figure 1".
 */
const CAPTION_TEXT = /^(?:tabell|tab\.|figur|fig\.|diagram|bild|table|figure)\s*\d+/i;

/**
 * Whether a paragraph's text opens like a caption.
 *
 * @example
 * ```ts
 * looksLikeCaption('Tabell 2 Inköpt utrustning'); // true
 * ```
 */
export function looksLikeCaption(text: string): boolean {
  return CAPTION_TEXT.test(text.trim());
}

/**
 * Gives each table the caption paragraph next to it. A caption first claims the table right
 * after it (captions of tables usually stand above them), else the table right before it.
 * The caption paragraphs stay in the blocks, so the reading order is kept.
 */
export function attachCaptions(blocks: readonly DocumentBlock[]): DocumentBlock[] {
  const out = [...blocks];
  for (let i = 0; i < out.length; i++) {
    const block = out[i];
    if (block?.type !== 'paragraph' || block.caption !== true) continue;
    const next = out[i + 1];
    const previous = out[i - 1];
    if (next?.type === 'table' && next.caption === undefined) {
      out[i + 1] = withCaption(next, block.text);
    } else if (previous?.type === 'table' && previous.caption === undefined) {
      out[i - 1] = withCaption(previous, block.text);
    }
  }
  return out;
}

function withCaption(table: DocumentTable, caption: string): DocumentTable {
  return { ...table, caption: caption.trim() };
}
