import { sumKnown, type PartialSum } from '@styrkit/core';
import type { Goal, EffectInitiative } from './model.js';

/**
 * Total cost of initiatives: the known part and the number of unknown ("?" or missing) costs.
 * Unknown never becomes 0. Costs are summed as written, so all initiatives should share one
 * unit (the audit does not convert).
 *
 * @example
 * ```ts
 * import { initiativeCostTotal, effectInitiativeSchema } from '@styrkit/effects';
 * const list = [
 *   effectInitiativeSchema.parse({ id: 'a', title: 'A', cost: '2 000' }),
 *   effectInitiativeSchema.parse({ id: 'b', title: 'B', cost: '?' }),
 * ];
 * const t = initiativeCostTotal(list); // known 2000, unknownCount 1
 * ```
 */
export function initiativeCostTotal(initiatives: readonly EffectInitiative[]): PartialSum {
  return sumKnown(initiatives.map((i) => i.cost));
}

/**
 * The committee goals (nämndmål) and visions an initiative reaches by following its goal
 * links upwards through `parents`. Empty means the initiative serves no committee goal.
 *
 * @example
 * ```ts
 * import { goalSchema, effectInitiativeSchema, reachedCommitteeGoals } from '@styrkit/effects';
 * const goals = [
 *   goalSchema.parse({ id: 'n1', level: 'committee-goal', title: 'Nämndmål' }),
 *   goalSchema.parse({ id: 'o1', level: 'objective', title: 'Delmål', parents: ['n1'] }),
 * ];
 * const i = effectInitiativeSchema.parse({ id: 'i', title: 'I', goals: ['o1'] });
 * reachedCommitteeGoals(i, goals); // ['n1']
 * ```
 */
export function reachedCommitteeGoals(
  initiative: EffectInitiative,
  goals: readonly Goal[],
): string[] {
  return reachedFrom(initiative, new Map(goals.map((g) => [g.id, g])));
}

/** The same walk over a prepared id → goal map. Internal: the audit reuses one map. */
export function reachedFrom(
  initiative: EffectInitiative,
  byId: ReadonlyMap<string, Goal>,
): string[] {
  const seen = new Set<string>();
  const reached: string[] = [];
  const todo = [...initiative.goals];
  // Effect goals may name the initiative instead of the initiative naming a goal.
  for (const g of byId.values()) if (g.initiatives.includes(initiative.id)) todo.push(g.id);
  while (todo.length > 0) {
    const id = todo.pop();
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    const goal = byId.get(id);
    if (goal === undefined) continue;
    if (goal.level === 'committee-goal' || goal.level === 'vision') reached.push(id);
    todo.push(...goal.parents);
  }
  return reached.sort();
}
