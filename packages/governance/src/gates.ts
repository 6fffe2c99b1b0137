import type { GateItem, GateProcess } from './model.js';

/**
 * One allowed move of a gated process.
 *
 * @example
 * ```ts
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
