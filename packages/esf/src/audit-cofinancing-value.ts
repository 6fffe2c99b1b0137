import { Exact, type Finding } from '@styrkit/core';
import { esfCodes } from './codes.js';
import { cofinancingValueVsPlan } from './cofinancing-value.js';
import type { Project, TimeReports } from './model.js';
import { num, pct } from './text.js';

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
export function auditCofinancingValue(project: Project, t: TimeReports): Finding[] {
  const v = cofinancingValueVsPlan(project, t);
  if (v.plannedValue === undefined) return [];
  if (v.value === undefined) {
    const rated = v.hours - v.unratedHours;
    const unrated = num(Exact.of(v.unratedHours), 0);
    const all = num(Exact.of(v.hours), 0);
    const planned = num(v.plannedValue, 2);
    return [
      esfCodes.create('esf/cofinancing-value-unknown', {
        path: ['participants'],
        expected: v.hours,
        actual: rated,
        message: {
          sv: `${unrated.sv} av ${all.sv} rapporterade timmar (${String(v.unratedParticipants)} deltagare) saknar timpris: deltagartidens värde är okänt, inte 0, och kan inte jämföras med budgeterade ${planned.sv} kr`,
          en: `${unrated.en} of ${all.en} reported hours (${String(v.unratedParticipants)} participants) have no hourly rate: the value of participant time is unknown, not 0, and cannot be compared with the budgeted SEK ${planned.en}`,
        },
      }),
    ];
  }
  if (v.value.equals(v.plannedValue)) return [];
  const below = v.value.lt(v.plannedValue);
  const share = v.percentOfPlan;
  const shareText =
    share === undefined
      ? { sv: '', en: '' }
      : { sv: ` (${pct(share).sv})`, en: ` (${pct(share).en})` };
  const value = num(v.value, 2);
  const planned = num(v.plannedValue, 2);
  return [
    esfCodes.create('esf/cofinancing-value-vs-plan', {
      path: ['reports'],
      severity: below ? 'warning' : 'info',
      expected: v.plannedValue,
      actual: v.value,
      message: below
        ? {
            sv: `Deltagartiden är värd ${value.sv} kr${shareText.sv}, under budgeterad medfinansiering ${planned.sv} kr`,
            en: `Participant time is worth SEK ${value.en}${shareText.en}, below the budgeted co-financing of SEK ${planned.en}`,
          }
        : {
            sv: `Deltagartiden är värd ${value.sv} kr${shareText.sv}, över budgeterad medfinansiering ${planned.sv} kr`,
            en: `Participant time is worth SEK ${value.en}${shareText.en}, above the budgeted co-financing of SEK ${planned.en}`,
          },
    }),
  ];
}
