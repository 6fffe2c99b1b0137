import { Exact, percentShare } from '@styrkit/core';
import {
  cofinancingValueVsPlan,
  hoursVsPlan,
  parseProject,
  parseTimeReports,
  participantStatistics,
} from '@styrkit/esf';
import type { Finding } from './api.js';

/** One month of an ESF project: hours and their value against the plan, participants by gender. */
export interface MonthSummary {
  readonly month: string;
  readonly hours: number;
  readonly plannedHours: number;
  /** Value of the month's hours (kr); undefined when some hour has no rate. */
  readonly value: Exact | undefined;
  readonly plannedValue: Exact;
  /** Hours as a share of the month's plan, percent with two decimals; undefined without a plan. */
  readonly hoursPercent: Exact | undefined;
  readonly valuePercent: Exact | undefined;
  readonly women: number;
  readonly men: number;
  readonly unspecified: number;
  readonly participants: number;
}

/**
 * A month's figures from the stored project and time reports, computed by @styrkit/esf: the
 * monthly plan spreads planned hours and value evenly over the phase months (largest
 * remainder), the value is whole hours × each participant's rate truncated to öre per row,
 * and participants count those with hours in the month. Findings when a document does not parse.
 *
 * @example
 * ```ts
 * const r = monthSummary({ id: 'p', name: 'P', owner: 'K',
 *   phases: [{ phase: 'implementation', start: '2025-04-01', end: '2025-05-31' }],
 *   cofinancing: [{ id: 't', label: 'Tid', sector: 'public', form: 'in-kind',
 *     participantTime: { plannedHours: 10, hourlyRate: '250' } }] },
 *   { projectId: 'p', participants: [{ id: 'a', gender: 'woman', employment: 'permanent', hourlyRate: '250' }],
 *     reports: [{ participant: 'a', month: '2025-04', phase: 'implementation', activity: 'x', hours: 4, signed: true }] },
 *   '2025-04');
 * r.ok && r.value.plannedHours; // 5
 * ```
 */
export function monthSummary(
  projectDoc: unknown,
  reportsDoc: unknown,
  month: string,
): { ok: true; value: MonthSummary } | { ok: false; findings: Finding[] } {
  const project = parseProject(projectDoc);
  if (!project.ok) return { ok: false, findings: project.error };
  const reports = parseTimeReports(reportsDoc);
  if (!reports.ok) return { ok: false, findings: reports.error };
  const hoursPlan = hoursVsPlan(project.value, reports.value).months.find((m) => m.month === month);
  const valuePlan = cofinancingValueVsPlan(project.value, reports.value).rows.filter(
    (r) => r.month === month,
  );
  let value: Exact | undefined = Exact.ZERO;
  let plannedValue = Exact.ZERO;
  for (const r of valuePlan) {
    plannedValue = plannedValue.plus(r.planned);
    value = value === undefined || r.value === undefined ? undefined : value.plus(r.value);
  }
  const ofMonth = {
    ...reports.value,
    reports: reports.value.reports.filter((r) => r.month === month),
  };
  const hours = ofMonth.reports.reduce((s, r) => s + r.hours, 0);
  if (valuePlan.length === 0 && hours === 0) value = Exact.ZERO;
  const stats = participantStatistics(ofMonth);
  const plannedHours = hoursPlan?.planned ?? 0;
  const share = (a: Exact, b: Exact): Exact | undefined =>
    b.isZero() ? undefined : percentShare(a, b, { decimals: 2, mode: 'half-up' });
  return {
    ok: true,
    value: {
      month,
      hours,
      plannedHours,
      value,
      plannedValue,
      hoursPercent: share(Exact.of(hours), Exact.of(plannedHours)),
      valuePercent: value === undefined ? undefined : share(value, plannedValue),
      women: stats.women,
      men: stats.men,
      unspecified: stats.unspecified,
      participants: stats.total,
    },
  };
}
