/**
 * A line of extracted text whose columns are separated by spaces: a row label and a trailing
 * run of figures ("Förvaltningsstyrning 917 0 459 0 1 376"), or the run alone when the label
 * stood on lines of its own ("11 463 0 21 758 0 33 221").
 */
export interface SpacedLine {
  /** The row label, '' when the line holds figures only. */
  readonly label: string;
  /**
   * The figures as written, untouched except for trailing white space. A leading space is kept
   * when the label was followed by two or more spaces: in extracted text each extra space
   * stands for an empty cell ("Användarstöd 3,4 1,0   4,4").
   */
  readonly rest: string;
}

/** A figure, a percentage, or a mark for "nothing" or "unknown" ("-", "–", "?"). */
const FIGURE_TOKEN = /^(?:[-−–]?\d+(?:,\d+)?%?|[-−–?])$/;
const HAS_DIGIT = /\d/;

/**
 * Splits a line into its label and its trailing run of figures, or returns undefined when the
 * line does not end in at least two figure tokens (prose that ends in one number, a page
 * number in a table of contents, a heading).
 *
 * @example
 * ```ts
 * splitSpacedLine('Summa 21 131 3 432'); // { label: 'Summa', rest: '21 131 3 432' }
 * ```
 */
export function splitSpacedLine(line: string): SpacedLine | undefined {
  const text = line.replace(/\s+$/u, '').replace(/\u00a0|\u202f/g, ' ');
  // Token start positions, right to left, while the tokens are figures.
  const tokens = [...text.matchAll(/\S+/g)];
  let first = tokens.length;
  let digits = 0;
  while (first > 0) {
    const token = tokens[first - 1]?.[0] ?? '';
    if (!FIGURE_TOKEN.test(token)) break;
    if (HAS_DIGIT.test(token)) digits += 1;
    first -= 1;
  }
  const count = tokens.length - first;
  if (count < 2 || digits < 1) return undefined;
  const start = tokens[first]?.index ?? 0;
  const labelText = text.slice(0, start);
  const label = labelText.trim();
  if (label === '') return { label: '', rest: text.slice(start) };
  // The single space that separates the label from the figures is not a cell; more are.
  const gap = labelText.length - labelText.trimEnd().length;
  return { label, rest: ' '.repeat(Math.max(0, gap - 1)) + text.slice(start) };
}
