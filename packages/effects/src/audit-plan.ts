import type { Path } from '@styrkit/core';
import { termFindings, unknownReference, wordFindings } from './audit-goals.js';
import { effectsCodes, type EffectsFinding } from './codes.js';
import { adjacency, findCycles } from './graph.js';
import { initiativeCostTotal, reachedFrom } from './initiatives.js';
import type { EffectChain, EffectPlan } from './model.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Audits the initiatives of a plan: unknown goal links, strategic initiatives that reach no
 * committee goal (nämndmål) or have no effect goal, missing effect types, partly unknown
 * costs (reported as the known part plus the count of unknowns) and words outside the
 * vocabulary.
 *
 * @example
 * ```ts
 * import { auditInitiatives, DEFAULT_VOCABULARY, parseEffectPlan } from '@styrkit/effects';
 * const parsed = parseEffectPlan({
 *   title: 'P',
 *   initiatives: [{ id: 'i', title: 'I', strategic: true, effectTypes: ['Tidsbesparande'], cost: '5' }],
 * });
 * if (!parsed.ok) throw new Error('invalid');
 * const plan = parsed.value;
 * auditInitiatives(plan, DEFAULT_VOCABULARY).map((f) => f.code);
 * // ['effects/strategic-without-committee-goal', 'effects/strategic-without-effect-goal']
 * ```
 */
export function auditInitiatives(plan: EffectPlan, vocabulary: Vocabulary): EffectsFinding[] {
  const findings: EffectsFinding[] = [];
  const goalsById = new Map(plan.goals.map((g) => [g.id, g]));
  const initiativeIds = new Set(plan.initiatives.map((i) => i.id));
  const withEffectGoal = new Set<string>();
  for (const [gi, goal] of plan.goals.entries()) {
    for (const [k, id] of goal.initiatives.entries()) {
      if (!initiativeIds.has(id)) {
        findings.push(unknownReference(['goals', gi, 'initiatives', k], id, 'initiative'));
      }
      if (goal.level === 'effect-goal') withEffectGoal.add(id);
    }
  }
  for (const [i, initiative] of plan.initiatives.entries()) {
    const path: Path = ['initiatives', i];
    for (const [k, id] of initiative.goals.entries()) {
      const goal = goalsById.get(id);
      if (goal === undefined) {
        findings.push(unknownReference([...path, 'goals', k], id, 'goal'));
      } else if (goal.level === 'effect-goal') {
        withEffectGoal.add(initiative.id);
      }
    }
    if (initiative.strategic && reachedFrom(initiative, goalsById).length === 0) {
      findings.push(
        effectsCodes.create('effects/strategic-without-committee-goal', {
          path: [...path, 'goals'],
          data: { title: initiative.title },
        }),
      );
    }
    if (initiative.strategic && !withEffectGoal.has(initiative.id)) {
      findings.push(
        effectsCodes.create('effects/strategic-without-effect-goal', {
          path,
          data: { title: initiative.title },
        }),
      );
    }
    if (initiative.effectTypes.length === 0) {
      findings.push(
        effectsCodes.create('effects/initiative-unclassified', {
          path: [...path, 'effectTypes'],
          data: { title: initiative.title },
        }),
      );
    }
    findings.push(
      ...wordFindings(
        [...path, 'effectTypes'],
        initiative.effectTypes,
        vocabulary.effectTypes,
        'effectTypes',
      ),
      ...wordFindings(
        [...path, 'perspectives'],
        initiative.perspectives,
        vocabulary.perspectives,
        'perspective',
      ),
      ...termFindings(
        [...path, 'effectScope'],
        initiative.effectScope,
        vocabulary.effectScopes,
        'effectScope',
      ),
      ...termFindings(
        [...path, 'timeToEffect'],
        initiative.timeToEffect,
        vocabulary.timesToEffect,
        'timeToEffect',
      ),
    );
  }
  const total = initiativeCostTotal(plan.initiatives);
  if (total.unknownCount > 0) {
    const units = new Set(plan.initiatives.map((i) => i.costUnit));
    const unit = units.size === 1 ? [...units][0] : undefined;
    findings.push(
      effectsCodes.create('effects/costs-partly-unknown', {
        path: ['initiatives'],
        data: { sum: total, ...(unit === undefined ? {} : { unit }) },
        // The computed total: expected, as every computed figure (the document states none)
        expected: `${total.known.toString()} + ${String(total.unknownCount)} unknown`,
      }),
    );
  }
  return findings;
}

/**
 * Audits an effect chain: links to unknown ids (nodes, goals and initiatives are valid ends)
 * and cycles (an effect chain must be acyclic).
 *
 * @example
 * ```ts
 * import { auditChain } from '@styrkit/effects';
 * const chain = { nodes: [], edges: [{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }] };
 * auditChain(chain, new Set(['a', 'b'])).map((f) => f.code); // ['effects/chain-cycle']
 * ```
 */
export function auditChain(chain: EffectChain, knownIds: ReadonlySet<string>): EffectsFinding[] {
  const findings: EffectsFinding[] = [];
  const ids = new Set([...knownIds, ...chain.nodes.map((n) => n.id)]);
  for (const [i, edge] of chain.edges.entries()) {
    for (const end of ['from', 'to'] as const) {
      if (!ids.has(edge[end])) {
        findings.push(unknownReference(['chain', 'edges', i, end], edge[end], 'chain-node'));
      }
    }
  }
  for (const cycle of findCycles(adjacency([...ids], chain.edges))) {
    const first = chain.edges.findIndex((e) => cycle.includes(e.from) && cycle.includes(e.to));
    findings.push(
      effectsCodes.create('effects/chain-cycle', {
        path: ['chain', 'edges', Math.max(first, 0)],
        data: { cycle },
        actual: cycle.join(' → '),
      }),
    );
  }
  return findings;
}

/**
 * Audits responsibilities: each names a known role, and each task has exactly one owner (the
 * same task under two roles is shared ownership and an error).
 *
 * @example
 * ```ts
 * import { auditResponsibilities, effectPlanSchema } from '@styrkit/effects';
 * const plan = effectPlanSchema.parse({
 *   title: 'P',
 *   roles: [{ id: 'a', title: 'A', side: 'project' }, { id: 'b', title: 'B', side: 'business' }],
 *   responsibilities: [{ task: 'Budget', owner: 'a' }, { task: 'budget', owner: 'b' }],
 * });
 * auditResponsibilities(plan).map((f) => f.code); // ['effects/responsibility-shared']
 * ```
 */
export function auditResponsibilities(plan: EffectPlan): EffectsFinding[] {
  const findings: EffectsFinding[] = [];
  const roles = new Set(plan.roles.map((r) => r.id));
  const owners = new Map<string, string>();
  for (const [i, r] of plan.responsibilities.entries()) {
    if (!roles.has(r.owner)) {
      findings.push(unknownReference(['responsibilities', i, 'owner'], r.owner, 'role'));
    }
    const key = r.task.trim().toLocaleLowerCase('sv');
    const first = owners.get(key);
    if (first !== undefined && first !== r.owner) {
      findings.push(
        effectsCodes.create('effects/responsibility-shared', {
          path: ['responsibilities', i],
          data: { task: r.task, first, owner: r.owner },
          expected: first,
          actual: r.owner,
        }),
      );
    } else if (first === undefined) {
      owners.set(key, r.owner);
    }
  }
  return findings;
}
