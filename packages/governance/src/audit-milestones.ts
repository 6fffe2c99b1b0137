import type { Finding } from '@styrkit/core';
import { governanceCodes } from './codes.js';
import type { MilestonePlan } from './milestone-model.js';
import type { GateLog } from './model.js';
import { milestoneStatus } from './milestones.js';
import { checkReference, duplicateIds, idSet } from './references.js';
import { checkStatedCounts } from './stated-counts.js';
import { requireMilestonePlan } from './parsed-guard.js';

/**
 * Audits a milestone plan: milestones without a planned date, decided after the planned date
 * (with the days late), past their (re)planned date at the reporting date without a decision,
 * replanned to a later date (info), planned before a milestone they follow, unknown `after`
 * references, duplicate ids, and the counts the text states (milestones; gates for those of
 * kind `gate`). With the gate log, a milestone's `decision` must exist there and its date must be
 * the milestone's decided date.
 *
 * @example
 * ```ts
 * import { auditMilestonePlan, parseMilestonePlan } from '@styrkit/governance';
 * const r = parseMilestonePlan({ name: 'T', milestones: [{ id: 'bp1', title: 'BP1', planned: '2025-01-10', decided: '2025-01-24' }] });
 * // expected: the planned date; actual: the decided date as stated; the days are in the message
 * r.ok && auditMilestonePlan(r.value)[0]?.actual; // '2025-01-24'
 * r.ok && auditMilestonePlan(r.value)[0]?.message.en.endsWith('14 days late.'); // true
 * ```
 */
export function auditMilestonePlan(plan: MilestonePlan, log?: GateLog): Finding[] {
  requireMilestonePlan(plan, 'auditMilestonePlan');
  const findings: Finding[] = [...duplicateIds(plan.milestones, ['milestones'])];
  const ids = idSet(plan.milestones);
  const byId = new Map(plan.milestones.map((m) => [m.id, m]));
  plan.milestones.forEach((m, i) => {
    const at = ['milestones', i];
    const s = milestoneStatus(m, plan.asOf);
    if (s.state === 'unplanned') {
      findings.push(
        governanceCodes.create('governance/milestone-without-date', {
          path: [...at, 'planned'],
          data: { title: m.title },
        }),
      );
    }
    if (s.state === 'late') {
      findings.push(
        governanceCodes.create('governance/milestone-late', {
          path: [...at, 'decided'],
          data: {
            title: m.title,
            planned: m.planned ?? '',
            decided: m.decided ?? '',
            days: s.daysLate ?? 0,
          },
          // expected = the planned date, actual = the decided date the document states
          expected: m.planned ?? '',
          actual: m.decided ?? '–',
        }),
      );
    }
    if (s.state === 'overdue') {
      findings.push(
        governanceCodes.create('governance/milestone-overdue', {
          path: [...at, 'decided'],
          data: {
            title: m.title,
            planned: m.replanned ?? m.planned ?? '',
            asOf: plan.asOf ?? '',
            days: s.daysLate ?? 0,
          },
          expected: m.replanned ?? m.planned ?? '',
          actual: '–',
        }),
      );
    }
    if (s.slipDays !== null && s.slipDays > 0) {
      findings.push(
        governanceCodes.create('governance/milestone-replanned', {
          path: [...at, 'replanned'],
          data: {
            title: m.title,
            planned: m.planned ?? '',
            replanned: m.replanned ?? '',
            days: s.slipDays,
          },
          expected: m.planned ?? '',
          actual: m.replanned ?? '',
        }),
      );
    }
    const decision =
      log === undefined || m.decision === undefined
        ? undefined
        : log.decisions.find((d) => d.id === m.decision);
    if (log !== undefined && m.decision !== undefined) {
      findings.push(
        ...checkReference(m.decision, idSet(log.decisions), 'decision', [...at, 'decision']),
      );
    }
    if (decision !== undefined && decision.date !== m.decided) {
      findings.push(
        governanceCodes.create('governance/milestone-decision-date', {
          path: [...at, 'decided'],
          data: { title: m.title, decided: m.decided ?? '–', id: decision.id, date: decision.date },
          expected: decision.date,
          actual: m.decided ?? '–',
        }),
      );
    }
    (m.after ?? []).forEach((before, j) => {
      const ref = checkReference(before, ids, 'milestone', [...at, 'after', j]);
      findings.push(...ref);
      const first = byId.get(before);
      const mine = m.replanned ?? m.planned;
      const theirs = first?.replanned ?? first?.planned;
      if (first === undefined || mine === undefined || theirs === undefined || mine >= theirs)
        return;
      findings.push(
        governanceCodes.create('governance/milestone-order', {
          path: [...at, 'planned'],
          data: { title: m.title, mine, before: first.title, theirs },
          expected: `>= ${theirs}`,
          actual: mine,
        }),
      );
    });
  });
  findings.push(
    ...checkStatedCounts(plan.statedCounts, {
      milestones: plan.milestones.length,
      gates: plan.milestones.filter((m) => m.kind === 'gate').length,
    }),
  );
  return findings;
}
