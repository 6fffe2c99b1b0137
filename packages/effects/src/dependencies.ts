import { adjacency, findCycles } from './graph.js';

/**
 * A start order that respects dependencies, and the cycles that prevent one. Items caught in a
 * cycle (or depending on one) are left out of `order` and listed in `blocked`.
 *
 * @example
 * ```ts
 * import type { DependencyOrder } from '@styrkit/effects';
 * const d: DependencyOrder = { order: ['a', 'b'], cycles: [], blocked: [] };
 * ```
 */
export interface DependencyOrder {
  /** Ids in an order where every item comes after what it depends on. */
  readonly order: readonly string[];
  /** Each cycle as the ids in it. */
  readonly cycles: readonly (readonly string[])[];
  /** Ids that cannot be placed because of a cycle. */
  readonly blocked: readonly string[];
}

/**
 * Orders items so each comes after the items it depends on (Kahn's algorithm). Among items that
 * are free to start, `priority` (lower first) decides; by default the input order. Unknown
 * dependency ids are ignored here (the audit reports them).
 *
 * @example
 * ```ts
 * import { dependencyOrder } from '@styrkit/effects';
 * dependencyOrder([
 *   { id: 'a', dependsOn: ['b'] },
 *   { id: 'b', dependsOn: [] },
 * ]).order; // ['b', 'a']
 * ```
 */
export function dependencyOrder(
  items: readonly { id: string; dependsOn: readonly string[] }[],
  priority?: ReadonlyMap<string, number>,
): DependencyOrder {
  const ids = items.map((i) => i.id);
  const rank = priority ?? new Map(ids.map((id, i) => [id, i]));
  // Edge dependency → dependent: the dependency must come first.
  const edges = items.flatMap((i) => i.dependsOn.map((d) => ({ from: d, to: i.id })));
  const graph = adjacency(ids, edges);
  const indegree = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const targets of graph.values()) {
    for (const t of targets) indegree.set(t, (indegree.get(t) ?? 0) + 1);
  }
  const ready = ids.filter((id) => indegree.get(id) === 0);
  const order: string[] = [];
  const byRank = (a: string, b: string): number => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  while (ready.length > 0) {
    ready.sort(byRank);
    const next = ready.shift();
    if (next === undefined) break;
    order.push(next);
    for (const t of graph.get(next) ?? []) {
      const left = (indegree.get(t) ?? 0) - 1;
      indegree.set(t, left);
      if (left === 0) ready.push(t);
    }
  }
  const placed = new Set(order);
  return {
    order,
    cycles: findCycles(graph),
    blocked: ids.filter((id) => !placed.has(id)),
  };
}
