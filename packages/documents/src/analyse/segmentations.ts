/**
 * Every way to split a run of space-separated figures into cells, where a space is either a
 * column gap or a thousands separator ("1 376" or "1 | 376"). A group of three digits after a
 * single space may join the figure before it, if that figure opens with one to three digits
 * (not 0) and has no decimals yet. An extra space stands for an empty cell. A figure such as
 * "096" cannot stand alone, so it must join the one before.
 */
const GROUP = /^\d{3}(?:,\d+)?%?$/;
const HEAD = /^[-−–]?[1-9]\d{0,2}$/;
const STANDALONE = /^(?:[-−–]?\d+(?:,\d+)?%?|[-−–?])$/;
const LEADING_ZERO = /^[-−–]?0\d/;

/**
 * Most readings enumerated for one row; beyond it the row is reported, not guessed.
 *
 * @example
 * ```ts
 * import { MAX_ROW_READINGS } from '@styrkit/documents';
 * MAX_ROW_READINGS; // 512
 * ```
 */
export const MAX_ROW_READINGS = 512;

/**
 * The readings of one row's figures, or undefined when there are more than
 * {@link MAX_ROW_READINGS} (then the row is too ambiguous to decide and is reported).
 *
 * @example
 * ```ts
 * segmentations('1 376'); // [['1', '376'], ['1 376']]
 * ```
 */
export function segmentations(rest: string, limit = MAX_ROW_READINGS): string[][] | undefined {
  const tokens = rest.split(' ');
  const out: string[][] = [];
  const current: string[] = [];
  const state = { overflow: false };
  const walk = (i: number, canJoin: boolean): void => {
    if (state.overflow) return;
    if (i === tokens.length) {
      if (out.length >= limit) {
        state.overflow = true;
        return;
      }
      out.push([...current]);
      return;
    }
    const token = tokens[i] ?? '';
    if (token === '') {
      current.push('');
      walk(i + 1, false);
      current.pop();
      return;
    }
    if (STANDALONE.test(token) && !LEADING_ZERO.test(token)) {
      current.push(token);
      walk(i + 1, HEAD.test(token));
      current.pop();
    }
    if (canJoin && GROUP.test(token) && current.length > 0) {
      const last = current.pop() ?? '';
      current.push(`${last} ${token}`);
      walk(i + 1, !token.includes(',') && !token.endsWith('%'));
      current.pop();
      current.push(last);
    }
  };
  walk(0, false);
  return state.overflow ? undefined : out;
}
