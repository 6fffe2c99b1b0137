import {
  Exact,
  formatPartialSum,
  type IsoDate,
  type Table,
  type TableCell,
  type TableColumn,
  type TableRow,
} from '@styrkit/core';
import { rankBacklog } from './backlog.js';
import { initiativeCostTotal, reachedFrom } from './initiatives.js';
import { goalMatrix, MATRIX_HORIZONS, MATRIX_TIERS } from './matrix.js';
import {
  MEASURABILITY_LABELS,
  missingForMeasurability,
  type MeasurabilityField,
} from './measurability.js';
import type { Backlog, EffectPlan, Goal, Measurement } from './model.js';
import { evaluateStatuses, STATUS_LABELS } from './status.js';
import { termText, vocabularyText } from './vocabulary-labels.js';

// Table views are what reports, exports and the web UI render. Text cells carry the Swedish
// words (the users' language), a goal's status label both languages; column titles carry both
// languages.

const text = (key: string, sv: string, en: string): TableColumn => ({
  key,
  title: { sv, en },
  kind: 'text',
});

/**
 * Goals with their status at a reporting date: level, status, reason, latest value, target
 * and progress in percent (1 decimal, half-up, for display). The status cell is the label in
 * both languages.
 *
 * @example
 * ```ts
 * import { goalStatusTable, parseGoalTree } from '@styrkit/effects';
 * const parsed = parseGoalTree({ title: 'Mål', goals: [{ id: 'g', level: 'effect-goal', title: 'Mål' }] });
 * if (!parsed.ok) throw new Error('invalid');
 * const tree = parsed.value;
 * goalStatusTable(tree.goals, []).rows[0]?.cells.status; // { sv: 'ej mätbart', en: 'not measurable' }
 * ```
 */
export function goalStatusTable(
  goals: readonly Goal[],
  measurements: readonly Measurement[],
  options: { asOf?: IsoDate } = {},
): Table {
  const statuses = evaluateStatuses(goals, measurements, options);
  const rows: TableRow[] = goals
    .filter((g) => g.level === 'effect-goal')
    .map((g) => {
      const s = statuses.get(g.id);
      return {
        id: g.id,
        cells: {
          goal: g.title,
          status: s === undefined ? null : STATUS_LABELS[s.status],
          reason: s?.reason ?? null,
          latest: s?.latest?.value ?? null,
          target: g.target?.value ?? null,
          unit: g.indicator?.unit ?? null,
          progress: s?.progress?.round(1, 'half-up') ?? null,
        },
      };
    });
  return {
    id: 'effects/goal-status',
    title: { sv: 'Effektmål och status', en: 'Effect goals and status' },
    columns: [
      text('goal', 'Effektmål', 'Effect goal'),
      text('status', 'Status', 'Status'),
      text('reason', 'Skäl', 'Reason'),
      { key: 'latest', title: { sv: 'Senaste värde', en: 'Latest value' }, kind: 'quantity' },
      { key: 'target', title: { sv: 'Målvärde', en: 'Target' }, kind: 'quantity' },
      text('unit', 'Enhet', 'Unit'),
      {
        key: 'progress',
        title: { sv: 'Andel av vägen', en: 'Progress' },
        kind: 'percent',
        decimals: 1,
      },
    ],
    rows,
    ...(options.asOf === undefined
      ? {}
      : { notes: [{ sv: `Status per ${options.asOf}.`, en: `Status as of ${options.asOf}.` }] }),
  };
}

/**
 * Measurability gaps: one row per effect goal, "saknas" (missing) in each of indicator,
 * baseline, target, target date and owner that the goal lacks, and the number of gaps.
 *
 * @example
 * ```ts
 * import { goalSchema, measurabilityTable } from '@styrkit/effects';
 * const t = measurabilityTable([goalSchema.parse({ id: 'g', level: 'effect-goal', title: 'Mål' })]);
 * t.rows[0]?.cells.gaps?.toString(); // '5'
 * ```
 */
export function measurabilityTable(goals: readonly Goal[]): Table {
  const fields: readonly MeasurabilityField[] = [
    'indicator',
    'baseline',
    'target',
    'target-date',
    'owner',
  ];
  const rows: TableRow[] = goals
    .filter((g) => g.level === 'effect-goal')
    .map((g) => {
      const missing = new Set(missingForMeasurability(g));
      const cells: Record<string, TableCell> = {
        goal: g.title,
        gaps: Exact.of(missing.size),
      };
      for (const f of fields) cells[f] = missing.has(f) ? { sv: 'saknas', en: 'missing' } : '';
      return { id: g.id, cells };
    });
  return {
    id: 'effects/measurability',
    title: { sv: 'Mätbarhet: vad som saknas', en: 'Measurability: what is missing' },
    columns: [
      text('goal', 'Effektmål', 'Effect goal'),
      ...fields.map((f) => {
        const label = MEASURABILITY_LABELS[f];
        const sv = label.sv.charAt(0).toUpperCase() + label.sv.slice(1);
        const en = label.en.charAt(0).toUpperCase() + label.en.slice(1);
        return text(f, sv, en);
      }),
      { key: 'gaps', title: { sv: 'Antal luckor', en: 'Gaps' }, kind: 'integer' },
    ],
    rows,
  };
}

/**
 * The ranked backlog: rank, item, mandatory flag, weighted score (weighted method) and the
 * reason for each rank.
 *
 * @example
 * ```ts
 * import { backlogSchema, backlogTable } from '@styrkit/effects';
 * const b = backlogSchema.parse({ title: 'B', method: 'ordered', items: [{ id: 'a', title: 'A' }] });
 * backlogTable(b).rows[0]?.cells.rank?.toString(); // '1'
 * ```
 */
export function backlogTable(backlog: Backlog): Table {
  const rows: TableRow[] = rankBacklog(backlog).map((r) => ({
    id: r.item.id,
    cells: {
      rank: Exact.of(r.rank),
      item: r.item.title,
      mandatory: r.item.mandatory ? { sv: 'ja', en: 'yes' } : { sv: 'nej', en: 'no' },
      score: r.score ?? null,
      owner: r.item.owner ?? null,
      reason: r.reason,
    },
  }));
  return {
    id: 'effects/backlog',
    title: { sv: 'Prioriterad backlog', en: 'Ranked backlog' },
    columns: [
      { key: 'rank', title: { sv: 'Rang', en: 'Rank' }, kind: 'integer' },
      text('item', 'Post', 'Item'),
      text('mandatory', 'Tvingande', 'Mandatory'),
      { key: 'score', title: { sv: 'Poäng', en: 'Score' }, kind: 'quantity' },
      text('owner', 'Ansvarig', 'Owner'),
      text('reason', 'Skäl', 'Reason'),
    ],
    rows,
  };
}

/**
 * Initiatives with their effect classification and the committee goals they reach, and a total
 * row whose cost is the known part; a note says how many costs are unknown.
 *
 * @example
 * ```ts
 * import { effectPlanSchema, effectInitiativesTable } from '@styrkit/effects';
 * const plan = effectPlanSchema.parse({ title: 'P', initiatives: [{ id: 'a', title: 'A', cost: '?' }] });
 * effectInitiativesTable(plan).rows[0]?.cells.cost; // null
 * ```
 */
export function effectInitiativesTable(plan: EffectPlan): Table {
  const goalsById = new Map(plan.goals.map((g) => [g.id, g]));
  const total = initiativeCostTotal(plan.initiatives);
  const unit = plan.initiatives[0]?.costUnit ?? 'tkr';
  const rows: TableRow[] = plan.initiatives.map((i) => ({
    id: i.id,
    cells: {
      initiative: i.title,
      strategic: i.strategic ? { sv: 'ja', en: 'yes' } : { sv: 'nej', en: 'no' },
      cost: i.cost ?? null,
      effectTypes: vocabularyText(i.effectTypes),
      perspectives: vocabularyText(i.perspectives),
      timeToEffect: termText(i.timeToEffect),
      effectScope: termText(i.effectScope),
      committeeGoals: reachedFrom(i, goalsById)
        .map((id) => goalsById.get(id)?.title ?? id)
        .join('; '),
    },
  }));
  rows.push({
    kind: 'total',
    cells: {
      initiative: { sv: 'Summa kända kostnader', en: 'Total of known costs' },
      strategic: '',
      cost: total.known,
      effectTypes: '',
      perspectives: '',
      timeToEffect: '',
      effectScope: '',
      committeeGoals: '',
    },
  });
  const sum = formatPartialSum(total, { unit });
  return {
    id: 'effects/initiatives',
    title: { sv: 'Initiativ och effektklassning', en: 'Initiatives and effect classification' },
    columns: [
      text('initiative', 'Initiativ', 'Initiative'),
      text('strategic', 'Strategiskt', 'Strategic'),
      { key: 'cost', title: { sv: 'Kostnad', en: 'Cost' }, kind: 'money', unit },
      text('effectTypes', 'Effekttyp', 'Effect type'),
      text('perspectives', 'Perspektiv', 'Perspective'),
      text('timeToEffect', 'Tid till effekt', 'Time to effect'),
      text('effectScope', 'Effektomfattning', 'Effect scope'),
      text('committeeGoals', 'Nämndmål', 'Committee goals'),
    ],
    rows,
    notes: [{ sv: `Kostnad totalt: ${sum.sv}.`, en: `Total cost: ${sum.en}.` }],
  };
}

/**
 * The level × horizon matrix: effect goals per level (individ, projekt, organisation) and
 * horizon (kort, medellång, lång sikt), with row and column totals.
 *
 * @example
 * ```ts
 * import { goalMatrixTable } from '@styrkit/effects';
 * // Three levels and the total:
 * goalMatrixTable([]).rows.length; // 4
 * ```
 */
export function goalMatrixTable(goals: readonly Goal[]): Table {
  const m = goalMatrix(goals);
  const tierName = {
    individual: { sv: 'Individnivå', en: 'Individual level' },
    project: { sv: 'Projektnivå', en: 'Project level' },
    organisation: { sv: 'Organisationsnivå', en: 'Organisation level' },
  } as const;
  const rows: TableRow[] = MATRIX_TIERS.map((t) => ({
    id: t,
    cells: {
      level: tierName[t],
      short: Exact.of(m.counts[t].short),
      medium: Exact.of(m.counts[t].medium),
      long: Exact.of(m.counts[t].long),
      total: Exact.of(m.byTier[t]),
    },
  }));
  rows.push({
    kind: 'total',
    cells: {
      level: { sv: 'Summa', en: 'Total' },
      ...Object.fromEntries(MATRIX_HORIZONS.map((h) => [h, Exact.of(m.byHorizon[h])])),
      total: Exact.of(m.total),
    },
  });
  const count = (key: string, sv: string, en: string): TableColumn => ({
    key,
    title: { sv, en },
    kind: 'integer',
  });
  return {
    id: 'effects/goal-matrix',
    title: { sv: 'Effektmål per nivå och tidsperspektiv', en: 'Effect goals by level and horizon' },
    columns: [
      text('level', 'Nivå', 'Level'),
      count('short', 'Kort sikt', 'Short term'),
      count('medium', 'Medellång sikt', 'Medium term'),
      count('long', 'Lång sikt', 'Long term'),
      count('total', 'Summa', 'Total'),
    ],
    rows,
    ...(m.unplaced > 0
      ? {
          notes: [
            {
              sv: `${String(m.unplaced)} effektmål saknar nivå eller tidsperspektiv.`,
              en:
                m.unplaced === 1
                  ? '1 effect goal lacks a level or horizon.'
                  : `${String(m.unplaced)} effect goals lack a level or horizon.`,
            },
          ],
        }
      : {}),
  };
}
