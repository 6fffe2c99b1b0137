import type { GateDefinition, GateItem, GateProcess, Organisation } from './model.js';

/**
 * One allowed move of a gated process.
 *
 * @example
 * ```ts
 * import type { GateTransition } from '@styrkit/governance';
 * const t: GateTransition = { from: 'insamling', to: 'grovsallning', outcome: 'advance', gate: 'bp1' };
 * ```
 */
export type GateTransition = GateProcess['transitions'][number];

/**
 * The transitions a process allows out of a state (empty for terminal or unknown states).
 *
 * @example
 * ```ts
 * allowedTransitions(NEEDS_PROCESS, 'grovsallning').map((t) => t.outcome); // ['backlog', 'advance', 'sort-out']
 * ```
 */
export function allowedTransitions(process: GateProcess, state: string): GateTransition[] {
  return process.transitions.filter((t) => t.from === state);
}

/**
 * The state an item is in: where its last recorded move went, or the process's initial state.
 *
 * @example
 * ```ts
 * currentState(NEEDS_PROCESS, { id: 'n1', title: 'Ny idé', history: [] }); // 'insamling'
 * ```
 */
export function currentState(process: GateProcess, item: GateItem): string {
  return item.history.at(-1)?.to ?? process.initial;
}

/**
 * The next allowed transitions of an item: what the next decision point may decide.
 *
 * @example
 * ```ts
 * nextTransitions(NEEDS_PROCESS, { id: 'n1', title: 'Ny idé', history: [] }).map((t) => t.to);
 * // ['grovsallning', 'bortsorterad']
 * ```
 */
export function nextTransitions(process: GateProcess, item: GateItem): GateTransition[] {
  return allowedTransitions(process, currentState(process, item));
}

/**
 * Finds the process transition that a recorded move used, if the process allows it.
 *
 * @example
 * ```ts
 * findTransition(NEEDS_PROCESS, 'insamling', 'grovsallning')?.gate; // 'bp1'
 * ```
 */
export function findTransition(
  process: GateProcess,
  from: string,
  to: string,
): GateTransition | undefined {
  return process.transitions.find((t) => t.from === from && t.to === to);
}

/**
 * The definition of a decision point of a process (its name and deciders), if the process
 * defines it.
 *
 * @example
 * ```ts
 * gateDefinition(PPS_PHASE_PROCESS, 'pps-slutrapport')?.deciderRoles; // ['projektagare', 'styrgrupp']
 * ```
 */
export function gateDefinition(process: GateProcess, gate: string): GateDefinition | undefined {
  return process.gates?.find((g) => g.id === gate);
}

/**
 * Who may decide a gate: the role ids the process names, plus, with an organisation, its roles
 * that carry one of the gate's role tags (an organisation's roles first, then the process's
 * own names that the organisation lacks). Empty when the process names no deciders.
 *
 * @example
 * ```ts
 * import { gateDeciders, parseOrganisation, PPS_PHASE_PROCESS } from '@styrkit/governance';
 * const parsed = parseOrganisation({
 *   name: 'Projekt',
 *   parties: [],
 *   roles: [{ id: 'projektagare-ku', name: 'Projektägare KU', tags: ['project-owner'] }],
 *   people: [],
 *   assignments: [],
 * });
 * if (!parsed.ok) throw new Error('invalid');
 * const org = parsed.value;
 * gateDeciders(PPS_PHASE_PROCESS, 'pps-direktiv'); // ['projektagare']
 * gateDeciders(PPS_PHASE_PROCESS, 'pps-direktiv', org); // ['projektagare-ku']
 * ```
 */
export function gateDeciders(process: GateProcess, gate: string, org?: Organisation): string[] {
  const definition = gateDefinition(process, gate);
  if (definition === undefined) return [];
  const byRole = definition.deciderRoles ?? [];
  if (org === undefined) return [...byRole];
  const tags = definition.deciderTags ?? [];
  const inOrg = org.roles
    .filter((r) => byRole.includes(r.id) || (r.tags ?? []).some((t) => tags.includes(t)))
    .map((r) => r.id);
  return inOrg.length > 0 ? inOrg : [...byRole];
}

/**
 * Whether a role may decide a gate by the process's own definition: `true` when the role is
 * named or (with an organisation) carries one of the gate's role tags, `false` when it is not,
 * `undefined` when the process does not say who decides (then only mandates and decision rules
 * apply).
 *
 * @example
 * ```ts
 * mayDecideGate(PPS_PHASE_PROCESS, 'pps-avslut', 'styrgrupp'); // true
 * mayDecideGate(PPS_PHASE_PROCESS, 'pps-avslut', 'projektledare'); // false
 * mayDecideGate(NEEDS_PROCESS, 'bp1', 'avdelningschef'); // undefined
 * ```
 */
export function mayDecideGate(
  process: GateProcess,
  gate: string,
  role: string,
  org?: Organisation,
): boolean | undefined {
  const definition = gateDefinition(process, gate);
  const byRole = definition?.deciderRoles ?? [];
  const tags = definition?.deciderTags ?? [];
  if (byRole.length === 0 && tags.length === 0) return undefined;
  if (byRole.includes(role)) return true;
  const held = org?.roles.find((r) => r.id === role)?.tags ?? [];
  return held.some((t) => tags.includes(t));
}
