import type { Goal, GoalTier, Horizon } from './model.js';
import { requireGoals } from './parsed-guard.js';

/**
 * Effect goals counted by level (individ, projekt, organisation) × horizon (kort, medellång,
 * lång sikt), with totals; goals without a tier or horizon are counted as unplaced.
 *
 * @example
 * ```ts
 * import type { GoalMatrix } from '@styrkit/effects';
 * const m: GoalMatrix | undefined = undefined;
 * ```
 */
export interface GoalMatrix {
  /** counts[tier][horizon]. */
  readonly counts: Readonly<Record<GoalTier, Readonly<Record<Horizon, number>>>>;
  /** Goals per horizon. */
  readonly byHorizon: Readonly<Record<Horizon, number>>;
  /** Goals per tier. */
  readonly byTier: Readonly<Record<GoalTier, number>>;
  /** Effect goals placed in the matrix. */
  readonly total: number;
  /** Effect goals lacking a tier or a horizon. */
  readonly unplaced: number;
}

const TIERS: readonly GoalTier[] = ['individual', 'project', 'organisation'];
const HORIZONS: readonly Horizon[] = ['short', 'medium', 'long'];

/**
 * Counts effect goals in the level × horizon matrix (the Sala change theory's shape).
 *
 * @example
 * ```ts
 * import { goalMatrix, goalSchema } from '@styrkit/effects';
 * const g = goalSchema.parse({ id: 'g', level: 'effect-goal', title: 'M', tier: 'project', horizon: 'short' });
 * goalMatrix([g]).byHorizon.short; // 1
 * ```
 */
export function goalMatrix(goals: readonly Goal[]): GoalMatrix {
  requireGoals(goals, 'goalMatrix');
  const zeroRow = (): Record<Horizon, number> => ({ short: 0, medium: 0, long: 0 });
  const counts: Record<GoalTier, Record<Horizon, number>> = {
    individual: zeroRow(),
    project: zeroRow(),
    organisation: zeroRow(),
  };
  const byHorizon = zeroRow();
  const byTier: Record<GoalTier, number> = { individual: 0, project: 0, organisation: 0 };
  let total = 0;
  let unplaced = 0;
  for (const g of goals) {
    if (g.level !== 'effect-goal') continue;
    if (g.tier === undefined || g.horizon === undefined) {
      unplaced += 1;
      continue;
    }
    counts[g.tier][g.horizon] += 1;
    byHorizon[g.horizon] += 1;
    byTier[g.tier] += 1;
    total += 1;
  }
  return { counts, byHorizon, byTier, total, unplaced };
}

/** Matrix axes in display order. Internal. */
export const MATRIX_TIERS = TIERS;
/** Matrix axes in display order. Internal. */
export const MATRIX_HORIZONS = HORIZONS;
