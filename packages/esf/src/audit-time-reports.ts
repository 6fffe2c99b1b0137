import { Exact } from '@styrkit/core';
import { esfCodes, type EsfFinding } from './codes.js';
import type { Project, TimeReports } from './model.js';
import { monthsOfRange } from './months.js';
import { participantRates } from './cofinancing-value.js';
import { ANNUAL_HOURS } from './staff-rate.js';
import { requireProject, requireTimeReports } from './parsed-guard.js';

/** Monthly cap for a participant valued at an hourly rate: 1 720 / 12 hours. */
const MONTHLY_CAP = Exact.of(ANNUAL_HOURS).dividedBy(12);

/**
 * Every rule for time reports: duplicate or unknown participants, months outside the
 * project or outside the reported phase, participant time in the closing phase, unsigned
 * reports, and monthly hours above the 1 720 / 12 cap for participants valued at an hourly
 * rate (their own or their employment type's). Without a project only the register rules run.
 *
 * @example
 * ```ts
 * import { auditTimeReports, timeReportsSchema } from '@styrkit/esf';
 * const t = timeReportsSchema.parse({ projectId: 'p', participants: [],
 *   reports: [{ participant: 'x', month: '2022-03', phase: 'implementation', activity: 'a', hours: 2, signed: false }] });
 * auditTimeReports(t).map((f) => f.code); // ['esf/unknown-participant', 'esf/unsigned-time-report']
 * ```
 */
export function auditTimeReports(
  t: TimeReports,
  context: { project?: Project } = {},
): EsfFinding[] {
  requireTimeReports(t, 'auditTimeReports');
  if (context.project !== undefined) requireProject(context.project, 'auditTimeReports');
  const out: EsfFinding[] = [];
  const participants = new Map<string, TimeReports['participants'][number]>();
  t.participants.forEach((p, i) => {
    const first = participants.get(p.id);
    if (first === undefined) {
      // The first entry of a duplicate id counts everywhere (hours, rates, values).
      participants.set(p.id, p);
      return;
    }
    out.push(
      esfCodes.create('esf/duplicate-participant', {
        path: ['participants', i, 'id'],
        data: { participant: p.id },
      }),
    );
    if (first.gender !== p.gender) {
      out.push(
        esfCodes.create('esf/participant-gender-conflict', {
          path: ['participants', i, 'gender'],
          expected: first.gender,
          actual: p.gender,
          data: { participant: p.id, first: first.gender, here: p.gender },
        }),
      );
    }
  });
  const monthsOfPhase = new Map<string, ReadonlySet<string>>();
  const projectMonths = new Set<string>();
  for (const ph of context.project?.phases ?? []) {
    const months = monthsOfRange(ph);
    monthsOfPhase.set(ph.phase, new Set(months));
    for (const m of months) projectMonths.add(m);
  }
  const rates = participantRates(t);
  const perParticipantMonth = new Map<string, { hours: number; index: number }>();
  t.reports.forEach((r, i) => {
    const participant = participants.get(r.participant);
    if (participant === undefined) {
      out.push(
        esfCodes.create('esf/unknown-participant', {
          path: ['reports', i, 'participant'],
          data: { participant: r.participant },
        }),
      );
    }
    if (r.phase === 'closing') {
      out.push(
        esfCodes.create('esf/participant-cofinancing-in-closing', {
          path: ['reports', i, 'phase'],
          data: { kind: 'reported', month: r.month },
        }),
      );
    }
    if (context.project !== undefined) {
      const phaseMonths = monthsOfPhase.get(r.phase);
      if (phaseMonths?.has(r.month) !== true) {
        out.push(
          esfCodes.create('esf/time-outside-project', {
            path: ['reports', i, 'month'],
            actual: r.month,
            data: projectMonths.has(r.month)
              ? { month: r.month, phase: r.phase }
              : { month: r.month },
          }),
        );
      }
    }
    if (!r.signed) {
      out.push(
        esfCodes.create('esf/unsigned-time-report', {
          path: ['reports', i, 'signed'],
          data: { participant: r.participant, month: r.month },
        }),
      );
    }
    if (rates.has(r.participant)) {
      const key = `${r.participant}|${r.month}`;
      const before = perParticipantMonth.get(key);
      perParticipantMonth.set(key, { hours: (before?.hours ?? 0) + r.hours, index: i });
    }
  });
  for (const [key, { hours, index }] of perParticipantMonth) {
    if (Exact.of(hours).lte(MONTHLY_CAP)) continue;
    const [who = '', month = ''] = key.split('|');
    out.push(
      esfCodes.create('esf/participant-hours-above-cap', {
        path: ['reports', index, 'hours'],
        expected: MONTHLY_CAP.round(2, 'floor'),
        actual: hours,
        data: { participant: who, month, hours, cap: MONTHLY_CAP },
      }),
    );
  }
  return out;
}
