import { Exact } from '@styrkit/core';
import type { ChangeRequest, CostCategory, Phase, Project } from './model.js';
import { lineAmount } from './flat-rates.js';
import { requireChangeRequests, requireProject } from './parsed-guard.js';

/**
 * The amount of one phase × category cell of the budget.
 *
 * @example
 * ```ts
 * import type { BudgetCellAmount } from '@styrkit/esf';
 * const key = (c: BudgetCellAmount) => `${c.phase}/${c.category}`;
 * ```
 */
export interface BudgetCellAmount {
  /** Phase. */
  readonly phase: Phase;
  /** Cost category. */
  readonly category: CostCategory;
  /** Amount (SEK). */
  readonly amount: Exact;
}

/**
 * One version of the budget: the original, or the budget after one approved change request.
 *
 * @example
 * ```ts
 * import type { BudgetVersion } from '@styrkit/esf';
 * const label = (v: BudgetVersion) => v.changeRequestId ?? 'original';
 * ```
 */
export interface BudgetVersion {
  /** 0 for the original budget, then 1, 2, … */
  readonly version: number;
  /** The change request that produced this version. */
  readonly changeRequestId?: string;
  /** The date the change took effect (decided, else submitted). */
  readonly date?: string;
  /** Non-empty cells sorted by phase order then category. */
  readonly cells: readonly BudgetCellAmount[];
}

/**
 * A move that takes more than its source cell holds; it is applied anyway (history is kept
 * as written) and reported.
 *
 * @example
 * ```ts
 * import type { Overdraw } from '@styrkit/esf';
 * const where = (o: Overdraw) => `${o.changeRequestId} move ${o.moveIndex}`;
 * ```
 */
export interface Overdraw {
  /** The change request. */
  readonly changeRequestId: string;
  /** Index of the move inside it. */
  readonly moveIndex: number;
  /** Amount the cell held before the move. */
  readonly available: Exact;
  /** Amount moved. */
  readonly moved: Exact;
}

const PHASE_ORDER: readonly Phase[] = ['analysis', 'implementation', 'closing'];
const cellKey = (phase: Phase, category: CostCategory): string => `${phase}|${category}`;

function toCells(map: ReadonlyMap<string, BudgetCellAmount>): BudgetCellAmount[] {
  return [...map.values()].sort(
    (a, b) =>
      PHASE_ORDER.indexOf(a.phase) - PHASE_ORDER.indexOf(b.phase) ||
      a.category.localeCompare(b.category),
  );
}

/**
 * The budget by phase × cost category from the budget lines as written (covered lines
 * included: a flat rate does not change what was budgeted).
 *
 * @example
 * ```ts
 * import { budgetByPhaseAndCategory, projectSchema } from '@styrkit/esf';
 * const p = projectSchema.parse({ id: 'p', name: 'P', owner: 'K',
 *   phases: [{ phase: 'analysis', start: '2022-01-01', end: '2022-02-28' }],
 *   budgetLines: [{ id: 'a', label: 'PL', category: 'staff', phase: 'analysis', amount: '100' }] });
 * budgetByPhaseAndCategory(p)[0]?.amount.toString(); // '100'
 * ```
 */
export function budgetByPhaseAndCategory(project: Project): BudgetCellAmount[] {
  requireProject(project, 'budgetByPhaseAndCategory');
  const map = new Map<string, BudgetCellAmount>();
  for (const line of project.budgetLines) {
    const key = cellKey(line.phase, line.category);
    const before = map.get(key)?.amount ?? Exact.ZERO;
    map.set(key, {
      phase: line.phase,
      category: line.category,
      amount: before.plus(lineAmount(line)),
    });
  }
  return toCells(map);
}

/**
 * Sums cells per phase, in phase order.
 *
 * @example
 * ```ts
 * import { Exact } from '@styrkit/core';
 * import { phaseTotals } from '@styrkit/esf';
 * phaseTotals([{ phase: 'analysis', category: 'staff', amount: Exact.of(5) }])[0]?.amount.toString(); // '5'
 * ```
 */
export function phaseTotals(cells: readonly BudgetCellAmount[]): { phase: Phase; amount: Exact }[] {
  return PHASE_ORDER.flatMap((phase) => {
    const inPhase = cells.filter((c) => c.phase === phase);
    if (inPhase.length === 0) return [];
    return [{ phase, amount: inPhase.reduce((acc, c) => acc.plus(c.amount), Exact.ZERO) }];
  });
}

/**
 * Replays approved change requests for this project in date order (decided date, else
 * submitted; then id) and returns every budget version. Rejected and pending requests and
 * those for other projects change nothing. A move never changes the total.
 *
 * @example
 * ```ts
 * import { budgetVersions, projectSchema, changeRequestSchema } from '@styrkit/esf';
 * const p = projectSchema.parse({ id: 'p', name: 'P', owner: 'K',
 *   phases: [{ phase: 'analysis', start: '2022-01-01', end: '2022-02-28' }],
 *   budgetLines: [{ id: 'a', label: 'PL', category: 'staff', phase: 'analysis', amount: '100' }] });
 * const cr = changeRequestSchema.parse({ id: 'c', projectId: 'p', submitted: '2022-06-01',
 *   reason: 'late', decision: 'approved', moves: [{ from: { phase: 'analysis', category: 'staff' },
 *   to: { phase: 'implementation', category: 'staff' }, amount: '40' }] });
 * budgetVersions(p, [cr]).versions.length; // 2
 * ```
 */
export function budgetVersions(
  project: Project,
  requests: readonly ChangeRequest[],
): { versions: BudgetVersion[]; overdraws: Overdraw[] } {
  requireProject(project, 'budgetVersions');
  requireChangeRequests(requests, 'budgetVersions');
  const map = new Map<string, BudgetCellAmount>();
  for (const c of budgetByPhaseAndCategory(project)) map.set(cellKey(c.phase, c.category), c);
  const versions: BudgetVersion[] = [{ version: 0, cells: toCells(map) }];
  const overdraws: Overdraw[] = [];
  const effective = (r: ChangeRequest): string => r.decided ?? r.submitted;
  const applicable = requests
    .filter((r) => r.decision === 'approved' && r.projectId === project.id)
    .sort((a, b) => effective(a).localeCompare(effective(b)) || a.id.localeCompare(b.id));
  for (const request of applicable) {
    request.moves.forEach((move, moveIndex) => {
      const fromKey = cellKey(move.from.phase, move.from.category);
      const available = map.get(fromKey)?.amount ?? Exact.ZERO;
      if (move.amount.gt(available)) {
        overdraws.push({ changeRequestId: request.id, moveIndex, available, moved: move.amount });
      }
      map.set(fromKey, { ...move.from, amount: available.minus(move.amount) });
      const toKey = cellKey(move.to.phase, move.to.category);
      const target = map.get(toKey)?.amount ?? Exact.ZERO;
      map.set(toKey, { ...move.to, amount: target.plus(move.amount) });
    });
    versions.push({
      version: versions.length,
      changeRequestId: request.id,
      date: effective(request),
      cells: toCells(map),
    });
  }
  return { versions, overdraws };
}
