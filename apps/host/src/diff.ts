/** One change between two JSON values. */
export interface JsonChange {
  /** 'add' (only in after), 'remove' (only in before), 'replace' (both, different). */
  readonly op: 'add' | 'remove' | 'replace';
  /** Where, as keys and indexes from the root. */
  readonly path: readonly (string | number)[];
  readonly before?: unknown;
  readonly after?: unknown;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The generic structural diff of two JSON values: objects by key, arrays by index, leaves by
 * value. Used when a plugin offers no domain differ.
 *
 * @example
 * ```ts
 * jsonDiff({ a: 1, b: [1] }, { a: 2, b: [1, 2] });
 * // [{ op: 'replace', path: ['a'], before: 1, after: 2 }, { op: 'add', path: ['b', 1], after: 2 }]
 * ```
 */
export function jsonDiff(before: unknown, after: unknown, limit = 5000): JsonChange[] {
  const out: JsonChange[] = [];
  const walk = (a: unknown, b: unknown, path: (string | number)[]): void => {
    if (out.length >= limit) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      const n = Math.max(a.length, b.length);
      for (let i = 0; i < n; i++) {
        if (i >= a.length) out.push({ op: 'add', path: [...path, i], after: b[i] });
        else if (i >= b.length) out.push({ op: 'remove', path: [...path, i], before: a[i] });
        else walk(a[i], b[i], [...path, i]);
      }
      return;
    }
    if (isObject(a) && isObject(b)) {
      for (const key of Object.keys(a)) {
        if (!(key in b)) out.push({ op: 'remove', path: [...path, key], before: a[key] });
        else walk(a[key], b[key], [...path, key]);
      }
      for (const key of Object.keys(b)) {
        if (!(key in a)) out.push({ op: 'add', path: [...path, key], after: b[key] });
      }
      return;
    }
    if (JSON.stringify(a) !== JSON.stringify(b))
      out.push({ op: 'replace', path, before: a, after: b });
  };
  walk(before, after, []);
  return out;
}
