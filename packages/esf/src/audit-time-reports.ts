import { Exact, type Finding } from '@styrkit/core';
import { esfCodes } from './codes.js';
import type { Project, TimeReports } from './model.js';
import { monthsOfRange } from './months.js';
import { participantRates } from './cofinancing-value.js';
import { ANNUAL_HOURS } from './staff-rate.js';
import { PHASE_NAMES, nameOf, num } from './text.js';

/** The register's genders as a person reads them. */
const GENDER_SV: Readonly<Record<string, string>> = {
  woman: 'kvinna',
  man: 'man',
  unspecified: 'ej angivet',
};
const GENDER_EN: Readonly<Record<string, string>> = {
  woman: 'woman',
  man: 'man',
  unspecified: 'unspecified',
};

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
export function auditTimeReports(t: TimeReports, context: { project?: Project } = {}): Finding[] {
  const out: Finding[] = [];
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
        message: {
          sv: `Deltagaren ${p.id} finns två gånger`,
          en: `Participant ${p.id} is listed twice`,
        },
      }),
    );
    if (first.gender !== p.gender) {
      out.push(
        esfCodes.create('esf/participant-gender-conflict', {
          path: ['participants', i, 'gender'],
          expected: first.gender,
          actual: p.gender,
          message: {
            sv: `Deltagaren ${p.id} har kön ${GENDER_SV[first.gender]} i första raden men ${GENDER_SV[p.gender]} här; statistiken per kön räknar den första uppgiften`,
            en: `Participant ${p.id} has gender ${GENDER_EN[first.gender]} in the first entry but ${GENDER_EN[p.gender]} here; the statistics by gender count the first entry`,
          },
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
          message: {
            sv: `Deltagaren ${r.participant} finns inte i registret`,
            en: `Participant ${r.participant} is not in the register`,
          },
        }),
      );
    }
    if (r.phase === 'closing') {
      out.push(
        esfCodes.create('esf/participant-cofinancing-in-closing', {
          path: ['reports', i, 'phase'],
          message: {
            sv: `Deltagartid ${r.month} är rapporterad i avslutsfasen`,
            en: `Participant time for ${r.month} is reported in the closing phase`,
          },
        }),
      );
    }
    if (context.project !== undefined) {
      const phaseMonths = monthsOfPhase.get(r.phase);
      if (phaseMonths?.has(r.month) !== true) {
        const name = nameOf(PHASE_NAMES, r.phase);
        out.push(
          esfCodes.create('esf/time-outside-project', {
            path: ['reports', i, 'month'],
            actual: r.month,
            message: projectMonths.has(r.month)
              ? {
                  sv: `${r.month} ligger inte i fasen ${name.sv}`,
                  en: `${r.month} is not in the ${name.en} phase`,
                }
              : {
                  sv: `${r.month} ligger utanför projektperioden`,
                  en: `${r.month} is outside the project period`,
                },
          }),
        );
      }
    }
    if (!r.signed) {
      out.push(
        esfCodes.create('esf/unsigned-time-report', {
          path: ['reports', i, 'signed'],
          message: {
            sv: `Tidrapporten för ${r.participant} ${r.month} är inte signerad`,
            en: `The time report of ${r.participant} for ${r.month} is not signed`,
          },
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
        message: {
          sv: `${who} har ${String(hours)} ${hours === 1 ? 'timme' : 'timmar'} ${month}; timpriset medger högst ${num(MONTHLY_CAP, 2).sv}`,
          en: `${who} has ${String(hours)} ${hours === 1 ? 'hour' : 'hours'} in ${month}; the rate allows at most ${num(MONTHLY_CAP, 2).en}`,
        },
      }),
    );
  }
  return out;
}
