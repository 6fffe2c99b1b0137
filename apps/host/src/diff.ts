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

/** The ids of a list whose elements all carry a unique `id`, or undefined when it is not one. */
function idsOf(list: readonly unknown[]): (string | number)[] | undefined {
  const ids: (string | number)[] = [];
  for (const item of list) {
    if (!isObject(item)) return undefined;
    const id = item.id;
    if (typeof id !== 'string' && typeof id !== 'number') return undefined;
    ids.push(id);
  }
  return new Set(ids).size === ids.length ? ids : undefined;
}

/**
 * The generic structural diff of two JSON values: objects by key, leaves by value, and lists
 * by element id where every element of both lists has a unique `id` (goals, initiatives,
 * rows), else by index. Matching by id means a reordered list is no change, and an element
 * moved and edited shows only its edit. Paths use the element's index in `after` (in `before`
 * for a removed one). Used when a plugin offers no domain differ.
 *
 * @example
 * ```ts
 * jsonDiff({ a: 1, b: [1] }, { a: 2, b: [1, 2] });
 * // [{ op: 'replace', path: ['a'], before: 1, after: 2 }, { op: 'add', path: ['b', 1], after: 2 }]
 * jsonDiff({ goals: [{ id: 'g1' }, { id: 'g2' }] }, { goals: [{ id: 'g2' }, { id: 'g1' }] }); // []
 * ```
 */
export function jsonDiff(before: unknown, after: unknown, limit = 5000): JsonChange[] {
  const out: JsonChange[] = [];
  const walkListById = (
    a: readonly unknown[],
    b: readonly unknown[],
    aIds: readonly (string | number)[],
    bIds: readonly (string | number)[],
    path: (string | number)[],
  ): void => {
    const inBefore = new Map(aIds.map((id, i) => [id, i]));
    const inAfter = new Set(bIds);
    aIds.forEach((id, i) => {
      if (!inAfter.has(id)) out.push({ op: 'remove', path: [...path, i], before: a[i] });
    });
    bIds.forEach((id, j) => {
      const i = inBefore.get(id);
      if (i === undefined) out.push({ op: 'add', path: [...path, j], after: b[j] });
      else walk(a[i], b[j], [...path, j]);
    });
  };
  const walk = (a: unknown, b: unknown, path: (string | number)[]): void => {
    if (out.length >= limit) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      const aIds = idsOf(a);
      const bIds = idsOf(b);
      if (aIds !== undefined && bIds !== undefined) {
        walkListById(a, b, aIds, bIds, path);
        return;
      }
      const n = Math.max(a.length, b.length);
      for (let i = 0; i < n; i++) {
        if (i >= a.length) out.push({ op: 'add', path: [...path, i], after: b[i] });
        else if (i >= b.length) out.push({ op: 'remove', path: [...path, i], before: a[i] });
        else walk(a[i], b[i], [...path, i]);
      }
      return;
    }
    if (isObject(a) && isObject(b)) {
      // Own keys only: a document key such as "constructor" must not meet Object.prototype.
      for (const key of Object.keys(a)) {
        if (!Object.hasOwn(b, key))
          out.push({ op: 'remove', path: [...path, key], before: a[key] });
        else walk(a[key], b[key], [...path, key]);
      }
      for (const key of Object.keys(b)) {
        if (!Object.hasOwn(a, key)) out.push({ op: 'add', path: [...path, key], after: b[key] });
      }
      return;
    }
    if (JSON.stringify(a) !== JSON.stringify(b))
      out.push({ op: 'replace', path, before: a, after: b });
  };
  walk(before, after, []);
  return out.slice(0, limit);
}
