import { sumKnown, type Exact, type PartialSum } from '@styrkit/core';
import type { Initiative, Objektplan } from './model.js';

/**
 * Known cost plus the number of unknown costs of the initiatives of one category (or all).
 * An omitted or "?" cost is unknown: it is counted, never treated as 0.
 *
 * @example
 * ```ts
 * import { initiativeCosts, objektplanSchema } from '@styrkit/pm3';
 * const plan = objektplanSchema.parse({ id: 'p', objectId: 'o', title: 'P', year: 2021,
 *   version: { label: 'A', status: 'draft' }, budget: { unit: 'kkr', rows: [] },
 *   initiatives: [{ id: 'a', name: 'A', category: 'strategic', cost: 700 }, { id: 'b', name: 'B', category: 'strategic', cost: '?' }] });
 * initiativeCosts(plan, 'strategic').unknownCount; // 1
 * ```
 */
export function initiativeCosts(plan: Objektplan, category?: Initiative['category']): PartialSum {
  return sumKnown(
    plan.initiatives
      .filter((i) => category === undefined || i.category === category)
      .map((i): Exact | null => i.cost ?? null),
  );
}

/**
 * The nämndmål (committee goal ids) an initiative reaches through its objektplan goals and
 * the goal linkage table. Empty when the initiative has no link to any committee goal.
 *
 * @example
 * ```ts
 * import { committeeGoalsOf, objektplanSchema } from '@styrkit/pm3';
 * const plan = objektplanSchema.parse({ id: 'p', objectId: 'o', title: 'P', year: 2021,
 *   version: { label: 'A', status: 'draft' }, budget: { unit: 'kkr', rows: [] },
 *   goalLinks: [{ id: 'g', committees: ['SON'], committeeGoal: 'nojda', activity: 'x', planGoals: ['pg'] }],
 *   initiatives: [{ id: 'a', name: 'A', category: 'strategic', links: ['pg'] }] });
 * committeeGoalsOf(plan, plan.initiatives[0]!); // ['nojda']
 * ```
 */
export function committeeGoalsOf(plan: Objektplan, initiative: Initiative): string[] {
  const goals = new Set<string>();
  for (const link of plan.goalLinks) {
    if (link.planGoals.some((g) => initiative.links.includes(g))) goals.add(link.committeeGoal);
  }
  return [...goals];
}

/**
 * Strategic initiatives that reach no committee goal. By definition a strategic initiative
 * is tied to a nämndmål, so each one here is an audit finding.
 *
 * @example
 * ```ts
 * import { objektplanSchema, strategicWithoutGoal } from '@styrkit/pm3';
 * const plan = objektplanSchema.parse({ id: 'p', objectId: 'o', title: 'P', year: 2021,
 *   version: { label: 'A', status: 'draft' }, budget: { unit: 'kkr', rows: [] },
 *   initiatives: [{ id: 'a', name: 'A', category: 'strategic' }] });
 * strategicWithoutGoal(plan).map((i) => i.id); // ['a']
 * ```
 */
export function strategicWithoutGoal(plan: Objektplan): Initiative[] {
  return plan.initiatives.filter(
    (i) => i.category === 'strategic' && committeeGoalsOf(plan, i).length === 0,
  );
}

/**
 * Splits an effect scope written as a range ("Hög – Mycket hög") into its ends; a single
 * value gives `from` only.
 *
 * @example
 * ```ts
 * import { effectScopeRange } from '@styrkit/pm3';
 * effectScopeRange('Hög – Mycket hög'); // { from: 'Hög', to: 'Mycket hög' }
 * ```
 */
export function effectScopeRange(scope: string): { readonly from: string; readonly to?: string } {
  const parts = scope
    .split(/\s+[–—-]\s+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const [from, to] = parts;
  if (from === undefined) return { from: scope.trim() };
  return to === undefined || parts.length > 2 ? { from: parts.join(' – ') } : { from, to };
}
