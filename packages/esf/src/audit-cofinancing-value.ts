import { esfCodes, type EsfFinding } from './codes.js';
import { cofinancingValueVsPlan } from './cofinancing-value.js';
import type { Project, TimeReports } from './model.js';
import { requireProject, requireTimeReports } from './parsed-guard.js';

/**
 * Checks the value of the reported participant time against the budgeted in-kind
 * co-financing of the project's participant-time sources:
 * - `esf/cofinancing-value-unknown` (info) when some hours have no hourly rate: the value is
 *   unknown, never taken as 0, and no comparison is made (expected: the reported hours,
 *   actual: the hours with a rate);
 * - `esf/cofinancing-value-vs-plan` when the value differs from the budget: a warning when the
 *   valued hours fall short of it, information when they exceed it.
 *
 * Runs only when the project has participant-time co-financing. Paths point into the time
 * reports.
 *
 * @example
 * ```ts
 * import { auditCofinancingValue, projectSchema, timeReportsSchema } from '@styrkit/esf';
 * const p = projectSchema.parse({ id: 'p', name: 'P', owner: 'K',
 *   phases: [{ phase: 'implementation', start: '2025-04-01', end: '2025-05-31' }],
 *   cofinancing: [{ id: 't', label: 'Tid', sector: 'public', form: 'in-kind', amount: '2500',
 *     participantTime: { plannedHours: 10 } }] });
 * const t = timeReportsSchema.parse({ projectId: 'p',
 *   participants: [{ id: 'a', gender: 'woman', employment: 'permanent', hourlyRate: '250' }],
 *   reports: [{ participant: 'a', month: '2025-04', phase: 'implementation', activity: 'x', hours: 4, signed: true }] });
 * auditCofinancingValue(p, t).map((f) => [f.code, f.severity]); // [['esf/cofinancing-value-vs-plan', 'warning']]
 * ```
 */
export function auditCofinancingValue(project: Project, t: TimeReports): EsfFinding[] {
  requireProject(project, 'auditCofinancingValue');
  requireTimeReports(t, 'auditCofinancingValue');
  const v = cofinancingValueVsPlan(project, t);
  if (v.plannedValue === undefined) return [];
  if (v.value === undefined) {
    const rated = v.hours - v.unratedHours;
    return [
      esfCodes.create('esf/cofinancing-value-unknown', {
        path: ['participants'],
        expected: v.hours,
        actual: rated,
        data: {
          unratedHours: v.unratedHours,
          hours: v.hours,
          unratedParticipants: v.unratedParticipants,
          planned: v.plannedValue,
        },
      }),
    ];
  }
  if (v.value.equals(v.plannedValue)) return [];
  const below = v.value.lt(v.plannedValue);
  return [
    esfCodes.create('esf/cofinancing-value-vs-plan', {
      path: ['reports'],
      severity: below ? 'warning' : 'info',
      expected: v.plannedValue,
      actual: v.value,
      data: {
        value: v.value,
        planned: v.plannedValue,
        ...(v.percentOfPlan === undefined ? {} : { share: v.percentOfPlan }),
      },
    }),
  ];
}
