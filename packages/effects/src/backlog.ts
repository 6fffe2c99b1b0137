import { Exact, type LocalizedText } from '@styrkit/core';
import { dependencyOrder } from './dependencies.js';
import type { Backlog, BacklogItem, Criterion } from './model.js';
import { rankReason } from './messages.js';
import { requireBacklog } from './parsed-guard.js';

/**
 * One ranked backlog item: its rank (1 = first), its score where the method computes one, and
 * the reason for its place.
 *
 * @example
 * ```ts
 * import type { RankedItem } from '@styrkit/effects';
 * const r: RankedItem | undefined = undefined;
 * ```
 */
export interface RankedItem {
  /** 1-based rank. */
  readonly rank: number;
  /** The item. */
  readonly item: BacklogItem;
  /** Weighted total (weighted method) when every score is known. */
  readonly score?: Exact;
  /** Criteria the item has no value for. */
  readonly missing: readonly string[];
  /** Why the item is where it is. */
  readonly reason: LocalizedText;
}

/**
 * The value of a criterion for an item, or undefined when unknown: a score, benefit ÷ cost,
 * 1/0 for the mandatory flag. Criteria of source `dependency-order` have no value.
 *
 * @example
 * ```ts
 * import { backlogItemSchema, criterionSchema, criterionValue } from '@styrkit/effects';
 * const c = criterionSchema.parse({ id: 'kn', title: 'Kostnad mot nytta', source: 'benefit-cost-ratio' });
 * const item = backlogItemSchema.parse({ id: 'b', title: 'B', cost: '100', benefit: '250' });
 * criterionValue(c, item)?.toString(); // '2.5'
 * ```
 */
export function criterionValue(criterion: Criterion, item: BacklogItem): Exact | undefined {
  switch (criterion.source) {
    case 'score':
      return item.scores[criterion.id];
    case 'mandatory':
      return item.mandatory ? Exact.ONE : Exact.ZERO;
    case 'benefit-cost-ratio': {
      const { cost, benefit } = item;
      if (cost === undefined || cost === null || benefit === undefined || benefit === null) {
        return undefined;
      }
      return cost.isZero() ? undefined : benefit.dividedBy(cost);
    }
    case 'dependency-order':
      return undefined;
  }
}

function scoredCriteria(backlog: Backlog): Criterion[] {
  return backlog.criteria.filter((c) => c.source !== 'dependency-order');
}

/**
 * An item's weighted total: the sum of criterion value × weight (missing weights count as 1),
 * or undefined when any value is unknown (unknown never counts as 0).
 *
 * @example
 * ```ts
 * import { backlogSchema, weightedScore } from '@styrkit/effects';
 * const b = backlogSchema.parse({
 *   title: 'B', method: 'weighted',
 *   criteria: [{ id: 'nytta', title: 'Nytta', weight: '2' }, { id: 'lag', title: 'Lag', source: 'mandatory' }],
 *   items: [{ id: 'a', title: 'A', scores: { nytta: '3' } }],
 * });
 * weightedScore(b, b.items[0]!)?.toString(); // '6'
 * ```
 */
export function weightedScore(backlog: Backlog, item: BacklogItem): Exact | undefined {
  let total = Exact.ZERO;
  for (const c of scoredCriteria(backlog)) {
    const v = criterionValue(c, item);
    if (v === undefined) return undefined;
    total = total.plus(v.times(c.weight ?? Exact.ONE));
  }
  return total;
}

/** Compares two items (negative: a first). Mandatory first, complete before incomplete. */
function compareItems(backlog: Backlog, a: BacklogItem, b: BacklogItem): number {
  if (a.mandatory !== b.mandatory) return a.mandatory ? -1 : 1;
  const criteria = scoredCriteria(backlog);
  const missA = criteria.some((c) => criterionValue(c, a) === undefined);
  const missB = criteria.some((c) => criterionValue(c, b) === undefined);
  if (missA !== missB) return missA ? 1 : -1;
  if (missA) return 0;
  if (backlog.method === 'weighted') {
    const sa = weightedScore(backlog, a) ?? Exact.ZERO;
    const sb = weightedScore(backlog, b) ?? Exact.ZERO;
    return sb.compare(sa);
  }
  for (const c of criteria) {
    const va = criterionValue(c, a) ?? Exact.ZERO;
    const vb = criterionValue(c, b) ?? Exact.ZERO;
    const cmp = vb.compare(va);
    if (cmp !== 0) return cmp;
  }
  return 0;
}

/**
 * Ranks a backlog. Mandatory (legal) items always come first, whatever the scores; then items
 * with every criterion known, by weighted total (method `weighted`, missing weights = 1) or by
 * the criteria in order of importance (method `ordered`); then items with unknown values, in
 * input order. Ties keep input order. Finally dependencies are honoured: an item never ranks
 * above what it depends on; items in a dependency cycle go last.
 *
 * @example
 * ```ts
 * import { backlogSchema, rankBacklog } from '@styrkit/effects';
 * const backlog = backlogSchema.parse({
 *   title: 'B', method: 'weighted',
 *   criteria: [{ id: 'nytta', title: 'Nytta', weight: '2' }],
 *   items: [
 *     { id: 'a', title: 'A', scores: { nytta: '1' } },
 *     { id: 'b', title: 'B', scores: { nytta: '3' } },
 *     { id: 'c', title: 'Lagkrav', mandatory: true, scores: { nytta: '0' } },
 *   ],
 * });
 * rankBacklog(backlog).map((r) => r.item.id); // ['c', 'b', 'a']
 * ```
 */
export function rankBacklog(backlog: Backlog): RankedItem[] {
  requireBacklog(backlog, 'rankBacklog');
  const indexed = backlog.items.map((item, index) => ({ item, index }));
  indexed.sort((x, y) => compareItems(backlog, x.item, y.item) || x.index - y.index);
  const preferred = new Map(indexed.map((x, i) => [x.item.id, i]));
  const deps = dependencyOrder(backlog.items, preferred);
  const byId = new Map(backlog.items.map((i) => [i.id, i]));
  const blocked = new Set(deps.blocked);
  const finalOrder = [
    ...deps.order,
    ...indexed.map((x) => x.item.id).filter((id) => blocked.has(id)),
  ];
  const criteria = scoredCriteria(backlog);

  return finalOrder.flatMap((id, position) => {
    const item = byId.get(id);
    if (item === undefined) return [];
    const missing = criteria.filter((c) => criterionValue(c, item) === undefined).map((c) => c.id);
    const score = backlog.method === 'weighted' ? weightedScore(backlog, item) : undefined;
    const moved = (preferred.get(id) ?? position) < position && item.dependsOn.length > 0;
    const reason = rankReason(
      blocked.has(id)
        ? { kind: 'cycle' }
        : moved
          ? { kind: 'after-dependencies', dependsOn: item.dependsOn }
          : item.mandatory
            ? { kind: 'mandatory' }
            : missing.length > 0
              ? { kind: 'not-scored', missing }
              : backlog.method === 'weighted'
                ? { kind: 'weighted', score }
                : { kind: 'criteria', values: criteria.map((c) => criterionValue(c, item)) },
    );
    return [
      {
        rank: position + 1,
        item,
        ...(score === undefined ? {} : { score }),
        missing,
        reason,
      },
    ];
  });
}
