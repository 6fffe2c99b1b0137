import type { IsoDate } from '@styrkit/core';
import type { Milestone } from './milestone-model.js';

/**
 * Where a milestone stands at a reporting date:
 * - `on-time` / `early` / `late`: decided on, before or after its planned date;
 * - `overdue`: not decided and the reporting date is past its (re)planned date;
 * - `pending`: not decided, not yet due (or no reporting date given);
 * - `unplanned`: no planned date.
 *
 * @example
 * ```ts
 * import type { MilestoneState } from '@styrkit/governance';
 * const s: MilestoneState = 'late';
 * ```
 */
export type MilestoneState = 'on-time' | 'early' | 'late' | 'overdue' | 'pending' | 'unplanned';

/**
 * A milestone's planned date beside its decided one: `daysLate` is decided − planned (negative
 * when early) or, when undecided and overdue, reporting date − planned; `slipDays` is
 * replanned − planned. Days are calendar days.
 *
 * @example
 * ```ts
 * import type { MilestoneStatus } from '@styrkit/governance';
 * const s: MilestoneStatus = { id: 'bp1', state: 'late', planned: '2025-01-10', decided: '2025-01-24', daysLate: 14, slipDays: null };
 * ```
 */
export interface MilestoneStatus {
  readonly id: string;
  readonly state: MilestoneState;
  readonly planned?: IsoDate;
  readonly replanned?: IsoDate;
  readonly decided?: IsoDate;
  readonly daysLate: number | null;
  readonly slipDays: number | null;
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * import { daysBetween } from '@styrkit/governance';
 * daysBetween('2025-02-20', '2025-03-06'); // 14
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The status of a milestone at a reporting date (optional: without it an undecided milestone
 * is `pending`, never `overdue`, since the library reads no clock).
 *
 * @example
 * ```ts
 * import { milestoneStatus } from '@styrkit/governance';
 * milestoneStatus({ id: 'bp1', title: 'BP1', kind: 'gate', planned: '2025-01-10', decided: '2025-01-24' }).daysLate; // 14
 * milestoneStatus({ id: 'bp2', title: 'BP2', kind: 'gate', planned: '2025-03-01' }, '2025-03-31').state; // 'overdue'
 * ```
 */
export function milestoneStatus(milestone: Milestone, asOf?: IsoDate): MilestoneStatus {
  const { id, planned, replanned, decided } = milestone;
  const dates = {
    ...(planned === undefined ? {} : { planned }),
    ...(replanned === undefined ? {} : { replanned }),
    ...(decided === undefined ? {} : { decided }),
  };
  const slipDays =
    planned !== undefined && replanned !== undefined ? daysBetween(planned, replanned) : null;
  if (planned === undefined) return { id, state: 'unplanned', ...dates, daysLate: null, slipDays };
  if (decided !== undefined) {
    const days = daysBetween(planned, decided);
    const state = days > 0 ? 'late' : days < 0 ? 'early' : 'on-time';
    return { id, state, ...dates, daysLate: days, slipDays };
  }
  const due = replanned ?? planned;
  if (asOf !== undefined && asOf > due) {
    return { id, state: 'overdue', ...dates, daysLate: daysBetween(planned, asOf), slipDays };
  }
  return { id, state: 'pending', ...dates, daysLate: null, slipDays };
}
