import type { TimeReports } from './model.js';
import { requireTimeReports } from './parsed-guard.js';

/**
 * Participant statistics: aggregates only, never a person.
 *
 * @example
 * ```ts
 * import type { ParticipantStatistics } from '@styrkit/esf';
 * const share = (s: ParticipantStatistics) => s.women / s.total;
 * ```
 */
export interface ParticipantStatistics {
  /** Participants with at least one reported hour. */
  readonly total: number;
  /** Of them, women. */
  readonly women: number;
  /** Of them, men. */
  readonly men: number;
  /** Of them, gender not given. */
  readonly unspecified: number;
  /** Of them, hourly-paid substitutes (timanställda vikarier). */
  readonly hourlySubstitutes: number;
  /** Everyone in the register, whether they reported time or not. */
  readonly registered: number;
}

/**
 * Counts participants: a participant is someone in the register who reported at least one
 * hour.
 *
 * @example
 * ```ts
 * import { participantStatistics, timeReportsSchema } from '@styrkit/esf';
 * const t = timeReportsSchema.parse({ projectId: 'p',
 *   participants: [{ id: 'a', gender: 'man', employment: 'hourly-substitute' },
 *                  { id: 'b', gender: 'woman', employment: 'permanent' }],
 *   reports: [{ participant: 'a', month: '2022-03', phase: 'implementation', activity: 'x', hours: 2, signed: true }] });
 * participantStatistics(t).men; // 1
 * ```
 */
export function participantStatistics(t: TimeReports): ParticipantStatistics {
  requireTimeReports(t, 'participantStatistics');
  const active = new Set<string>();
  for (const r of t.reports) if (r.hours > 0) active.add(r.participant);
  let women = 0;
  let men = 0;
  let unspecified = 0;
  let hourlySubstitutes = 0;
  let total = 0;
  const counted = new Set<string>();
  for (const p of t.participants) {
    if (!active.has(p.id) || counted.has(p.id)) continue;
    counted.add(p.id);
    total += 1;
    if (p.gender === 'woman') women += 1;
    else if (p.gender === 'man') men += 1;
    else unspecified += 1;
    if (p.employment === 'hourly-substitute') hourlySubstitutes += 1;
  }
  return {
    total,
    women,
    men,
    unspecified,
    hourlySubstitutes,
    registered: new Set(t.participants.map((p) => p.id)).size,
  };
}
