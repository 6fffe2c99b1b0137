import type { Span } from '../model.js';
import { pushSpan, spanText } from '../spans.js';

/**
 * Text as PDF extraction and Markdown write emphasis: `<b>…</b>`, `<strong>`, `<i>`, `<em>`
 * and Markdown `**…**`. Other tags (`<input …/>`, `<sup>`) are dropped; their text stays.
 */
const TOKEN = /<\/?(b|strong|i|em)\s*>|\*\*|<\/?[a-z][^<>]{0,200}>/gi;

/** A line or cell with its emphasis read and its markup removed. */
export interface InlineText {
  /** The text without markup. */
  readonly text: string;
  /** The text with emphasis. */
  readonly spans: readonly Span[];
}

/**
 * Reads inline emphasis markup into spans. Unbalanced markup never throws: an opening tag
 * without its closing one simply lasts to the end of the text.
 */
export function readInlineMarkup(raw: string): InlineText {
  const spans: Span[] = [];
  let bold = 0;
  let italic = 0;
  let markdownBold = false;
  let at = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(raw); m !== null; m = TOKEN.exec(raw)) {
    pushSpan(spans, raw.slice(at, m.index), bold > 0 || markdownBold, italic > 0);
    at = m.index + m[0].length;
    const tag = m[1]?.toLowerCase();
    const closing = m[0].startsWith('</');
    if (m[0] === '**') markdownBold = !markdownBold;
    else if (tag === 'b' || tag === 'strong') bold = Math.max(0, bold + (closing ? -1 : 1));
    else if (tag === 'i' || tag === 'em') italic = Math.max(0, italic + (closing ? -1 : 1));
  }
  pushSpan(spans, raw.slice(at), bold > 0 || markdownBold, italic > 0);
  return { text: spanText(spans), spans };
}
