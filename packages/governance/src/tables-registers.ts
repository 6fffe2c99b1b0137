import { exact, type Table, type TableRow } from '@styrkit/core';
import type { MilestonePlan } from './milestone-model.js';
import { milestoneStatus, type MilestoneState } from './milestones.js';
import type { RiskRegister, RiskStatus } from './risk-model.js';
import { riskLevel, riskScore } from './risks.js';
import { requireMilestonePlan, requireRiskRegister } from './parsed-guard.js';

const statusLabels: Record<RiskStatus, { sv: string; en: string }> = {
  open: { sv: 'Identifierad', en: 'Open' },
  handling: { sv: 'Hanteras', en: 'Being handled' },
  accepted: { sv: 'Accepterad', en: 'Accepted' },
  closed: { sv: 'Stängd', en: 'Closed' },
  occurred: { sv: 'Inträffad', en: 'Occurred' },
};

const stateLabels: Record<MilestoneState, { sv: string; en: string }> = {
  'on-time': { sv: 'I tid', en: 'On time' },
  early: { sv: 'Före plan', en: 'Early' },
  late: { sv: 'Försenad', en: 'Late' },
  overdue: { sv: 'Passerad utan beslut', en: 'Overdue' },
  pending: { sv: 'Kommande', en: 'Pending' },
  unplanned: { sv: 'Ej planerad', en: 'Unplanned' },
};

function steps(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/**
 * The risks as a list: probability, consequence, computed score (probability × consequence;
 * the stated score beside it when the document gives one), level on the scale, owner, number
 * of measures and status. Unassessed values are "–".
 *
 * @example
 * ```ts
 * import { riskRegisterTable } from '@styrkit/governance';
 * riskRegisterTable({ name: 'R', scale: { probability: { min: 1, max: 4 }, consequence: { min: 1, max: 4 } }, risks: [] }).rows; // []
 * ```
 */
export function riskRegisterTable(register: RiskRegister): Table {
  requireRiskRegister(register, 'riskRegisterTable');
  return {
    id: 'governance/risk-register',
    title: { sv: `Riskregister: ${register.name}`, en: `Risk register: ${register.name}` },
    columns: [
      { key: 'risk', title: { sv: 'Risk', en: 'Risk' }, kind: 'text' },
      { key: 'probability', title: { sv: 'Sannolikhet', en: 'Probability' }, kind: 'integer' },
      { key: 'consequence', title: { sv: 'Konsekvens', en: 'Consequence' }, kind: 'integer' },
      { key: 'score', title: { sv: 'Riskvärde', en: 'Score' }, kind: 'integer' },
      {
        key: 'statedScore',
        title: { sv: 'Angivet riskvärde', en: 'Stated score' },
        kind: 'integer',
      },
      { key: 'level', title: { sv: 'Nivå', en: 'Level' }, kind: 'text' },
      { key: 'owner', title: { sv: 'Ägare', en: 'Owner' }, kind: 'text' },
      { key: 'measures', title: { sv: 'Åtgärder', en: 'Measures' }, kind: 'integer' },
      { key: 'status', title: { sv: 'Status', en: 'Status' }, kind: 'text' },
    ],
    rows: register.risks.map((r) => {
      const score = riskScore(r);
      return {
        id: r.id,
        cells: {
          risk: r.title,
          probability: r.probability === undefined ? null : exact(r.probability),
          consequence: r.consequence === undefined ? null : exact(r.consequence),
          score: score === null ? null : exact(score),
          statedScore: r.statedScore === undefined ? null : exact(r.statedScore),
          level: riskLevel(score, register.scale) ?? null,
          owner: r.owner ?? null,
          measures: exact(r.measures.length),
          status: statusLabels[r.status],
        },
      };
    }),
    notes: [
      {
        sv: `Riskvärde = sannolikhet (${register.scale.probability.min}–${register.scale.probability.max}) × konsekvens (${register.scale.consequence.min}–${register.scale.consequence.max}), beräknat.`,
        en: `Score = probability (${register.scale.probability.min}–${register.scale.probability.max}) × consequence (${register.scale.consequence.min}–${register.scale.consequence.max}), computed.`,
      },
    ],
  };
}

/**
 * The probability × consequence matrix (riskmatris): one row per probability step from the
 * highest down, one column per consequence step from the lowest up, each cell the ids of the
 * risks there (empty: `null`); risks without an assessment are named in a note.
 *
 * @example
 * ```ts
 * import { riskMatrixTable } from '@styrkit/governance';
 * const t = riskMatrixTable({ name: 'R', scale: { probability: { min: 1, max: 3 }, consequence: { min: 1, max: 3 } }, risks: [{ id: 'r1', title: 'R1', probability: 3, consequence: 2, measures: [], status: 'open' }] });
 * t.rows[0]?.cells['c2']; // 'r1'
 * ```
 */
export function riskMatrixTable(register: RiskRegister): Table {
  requireRiskRegister(register, 'riskMatrixTable');
  const { probability, consequence } = register.scale;
  const label = (labels: string[] | undefined, min: number, v: number) =>
    labels?.[v - min] === undefined ? String(v) : `${v} ${labels[v - min]}`;
  const rows: TableRow[] = steps(probability.min, probability.max)
    .reverse()
    .map((p) => ({
      id: `p${p}`,
      cells: {
        probability: label(probability.labels, probability.min, p),
        ...Object.fromEntries(
          steps(consequence.min, consequence.max).map((c) => {
            const here = register.risks.filter((r) => r.probability === p && r.consequence === c);
            return [`c${c}`, here.length === 0 ? null : here.map((r) => r.id).join(', ')];
          }),
        ),
      },
    }));
  const unassessed = register.risks.filter((r) => riskScore(r) === null).map((r) => r.id);
  return {
    id: 'governance/risk-matrix',
    title: {
      sv: 'Riskmatris: sannolikhet × konsekvens',
      en: 'Risk matrix: probability × consequence',
    },
    columns: [
      {
        key: 'probability',
        title: { sv: 'Sannolikhet \\ konsekvens', en: 'Probability \\ consequence' },
        kind: 'text',
      },
      ...steps(consequence.min, consequence.max).map((c) => ({
        key: `c${c}`,
        title: {
          sv: label(consequence.labels, consequence.min, c),
          en: label(consequence.labels, consequence.min, c),
        },
        kind: 'text' as const,
      })),
    ],
    rows,
    notes:
      unassessed.length === 0
        ? []
        : [
            {
              sv: `Ej bedömda (saknas i matrisen): ${unassessed.join(', ')}.`,
              en: `Not assessed (not in the matrix): ${unassessed.join(', ')}.`,
            },
          ],
  };
}

/**
 * Milestones and gates with the planned date beside the decided one: replanned date, days
 * late (decided − planned, or reporting date − planned when overdue; negative when early) and
 * state at the plan's reporting date.
 *
 * @example
 * ```ts
 * import { milestoneTable } from '@styrkit/governance';
 * milestoneTable({ name: 'T', milestones: [] }).id; // 'governance/milestones'
 * ```
 */
export function milestoneTable(plan: MilestonePlan): Table {
  requireMilestonePlan(plan, 'milestoneTable');
  return {
    id: 'governance/milestones',
    title: { sv: `Milstolpar: ${plan.name}`, en: `Milestones: ${plan.name}` },
    columns: [
      { key: 'milestone', title: { sv: 'Milstolpe', en: 'Milestone' }, kind: 'text' },
      { key: 'kind', title: { sv: 'Typ', en: 'Kind' }, kind: 'text' },
      { key: 'planned', title: { sv: 'Planerat', en: 'Planned' }, kind: 'date' },
      { key: 'replanned', title: { sv: 'Omplanerat', en: 'Replanned' }, kind: 'date' },
      { key: 'decided', title: { sv: 'Beslutat', en: 'Decided' }, kind: 'date' },
      { key: 'daysLate', title: { sv: 'Dagar sent', en: 'Days late' }, kind: 'integer' },
      { key: 'state', title: { sv: 'Läge', en: 'State' }, kind: 'text' },
    ],
    rows: plan.milestones.map((m) => {
      const s = milestoneStatus(m, plan.asOf);
      return {
        id: m.id,
        cells: {
          milestone: m.title,
          kind:
            m.kind === 'gate'
              ? { sv: 'Beslutspunkt', en: 'Gate' }
              : { sv: 'Milstolpe', en: 'Milestone' },
          planned: m.planned ?? null,
          replanned: m.replanned ?? null,
          decided: m.decided ?? null,
          daysLate: s.daysLate === null ? null : exact(s.daysLate),
          state: stateLabels[s.state],
        },
      };
    }),
    notes: [
      plan.asOf === undefined
        ? {
            sv: 'Inget rapportdatum: ej beslutade milstolpar visas som kommande.',
            en: 'No reporting date: undecided milestones show as pending.',
          }
        : { sv: `Läge per ${plan.asOf}.`, en: `State at ${plan.asOf}.` },
    ],
  };
}
