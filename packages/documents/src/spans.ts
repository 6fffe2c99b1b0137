import type { Span } from './model.js';

/** Appends text to spans, merging with the last span when the emphasis is the same. */
export function pushSpan(spans: Span[], text: string, bold: boolean, italic: boolean): void {
  if (text === '') return;
  const last = spans[spans.length - 1];
  if (last !== undefined && (last.bold ?? false) === bold && (last.italic ?? false) === italic) {
    spans[spans.length - 1] = { ...last, text: last.text + text };
    return;
  }
  spans.push({ text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) });
}

/** Spans with leading and trailing whitespace removed, empty spans dropped. */
export function trimSpans(spans: readonly Span[]): Span[] {
  const out = spans.map((s) => ({ ...s }));
  while (out.length > 0 && (out[0]?.text.trim() ?? '') === '') out.shift();
  while (out.length > 0 && (out[out.length - 1]?.text.trim() ?? '') === '') out.pop();
  const first = out[0];
  if (first !== undefined) out[0] = { ...first, text: first.text.trimStart() };
  const last = out[out.length - 1];
  if (last !== undefined) out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  return out;
}

/** Whether every span that has visible text has the given emphasis. */
export function allSpans(spans: readonly Span[], key: 'bold' | 'italic'): boolean {
  const visible = spans.filter((s) => s.text.trim() !== '');
  return visible.length > 0 && visible.every((s) => s[key] === true);
}

/** The spans' text joined. */
export function spanText(spans: readonly Span[]): string {
  return spans.map((s) => s.text).join('');
}
