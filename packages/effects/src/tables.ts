import {
  Exact,
  formatPartialSum,
  type IsoDate,
  type LocalizedText,
  type Table,
  type TableCell,
  type TableColumn,
  type TableRow,
} from '@styrkit/core';
import { rankBacklog } from './backlog.js';
import { initiativeCostTotal, reachedFrom } from './initiatives.js';
import { effectsLabels as L, effectsNotes } from './labels.js';
import { goalMatrix, MATRIX_HORIZONS, MATRIX_TIERS } from './matrix.js';
import {
  MEASURABILITY_LABELS,
  missingForMeasurability,
  type MeasurabilityField,
} from './measurability.js';
import type { Backlog, EffectPlan, Goal, Measurement } from './model.js';
import { evaluateStatuses, STATUS_LABELS } from './status.js';
import { termText, vocabularyText } from './vocabulary-labels.js';
import {
  requireBacklog,
  requireEffectPlan,
  requireGoals,
  requireMeasurementList,
} from './parsed-guard.js';

// Table views are what reports, exports and the web UI render. Text cells carry the Swedish
// words (the users' language), a goal's status label both languages; column titles carry both
// languages. Every fixed word comes from the label catalogue (labels.ts).

const text = (key: string, title: LocalizedText): TableColumn => ({ key, title, kind: 'text' });

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
  requireGoals(goals, 'goalStatusTable');
  requireMeasurementList(measurements, 'goalStatusTable');
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
    title: L.goalStatusTitle,
    columns: [
      text('goal', L.effectGoal),
      text('status', L.status),
      text('reason', L.reason),
      { key: 'latest', title: L.latestValue, kind: 'quantity' },
      { key: 'target', title: L.targetValue, kind: 'quantity' },
      text('unit', L.unit),
      { key: 'progress', title: L.progress, kind: 'percent', decimals: 1 },
    ],
    rows,
    ...(options.asOf === undefined ? {} : { notes: [effectsNotes.statusAsOf(options.asOf)] }),
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
  requireGoals(goals, 'measurabilityTable');
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
      for (const f of fields) cells[f] = missing.has(f) ? L.missing : '';
      return { id: g.id, cells };
    });
  return {
    id: 'effects/measurability',
    title: L.measurabilityTitle,
    columns: [
      text('goal', L.effectGoal),
      ...fields.map((f) => {
        const label = MEASURABILITY_LABELS[f];
        const sv = label.sv.charAt(0).toUpperCase() + label.sv.slice(1);
        const en = label.en.charAt(0).toUpperCase() + label.en.slice(1);
        return text(f, { sv, en });
      }),
      { key: 'gaps', title: L.gaps, kind: 'integer' },
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
  requireBacklog(backlog, 'backlogTable');
  const rows: TableRow[] = rankBacklog(backlog).map((r) => ({
    id: r.item.id,
    cells: {
      rank: Exact.of(r.rank),
      item: r.item.title,
      mandatory: r.item.mandatory ? L.yes : L.no,
      score: r.score ?? null,
      owner: r.item.owner ?? null,
      reason: r.reason,
    },
  }));
  return {
    id: 'effects/backlog',
    title: L.backlogTitle,
    columns: [
      { key: 'rank', title: L.rank, kind: 'integer' },
      text('item', L.item),
      text('mandatory', L.mandatory),
      { key: 'score', title: L.score, kind: 'quantity' },
      text('owner', L.owner),
      text('reason', L.reason),
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
  requireEffectPlan(plan, 'effectInitiativesTable');
  const goalsById = new Map(plan.goals.map((g) => [g.id, g]));
  const total = initiativeCostTotal(plan.initiatives);
  const unit = plan.initiatives[0]?.costUnit ?? 'tkr';
  const rows: TableRow[] = plan.initiatives.map((i) => ({
    id: i.id,
    cells: {
      initiative: i.title,
      strategic: i.strategic ? L.yes : L.no,
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
      initiative: L.totalKnownCosts,
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
    title: L.initiativesTitle,
    columns: [
      text('initiative', L.initiative),
      text('strategic', L.strategic),
      { key: 'cost', title: L.cost, kind: 'money', unit },
      text('effectTypes', L.effectType),
      text('perspectives', L.perspective),
      text('timeToEffect', L.timeToEffect),
      text('effectScope', L.effectScope),
      text('committeeGoals', L.committeeGoals),
    ],
    rows,
    notes: [effectsNotes.totalCost(sum)],
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
  requireGoals(goals, 'goalMatrixTable');
  const m = goalMatrix(goals);
  const tierName = {
    individual: L.individualLevel,
    project: L.projectLevel,
    organisation: L.organisationLevel,
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
      level: L.total,
      ...Object.fromEntries(MATRIX_HORIZONS.map((h) => [h, Exact.of(m.byHorizon[h])])),
      total: Exact.of(m.total),
    },
  });
  const count = (key: string, title: LocalizedText): TableColumn => ({
    key,
    title,
    kind: 'integer',
  });
  return {
    id: 'effects/goal-matrix',
    title: L.goalMatrixTitle,
    columns: [
      text('level', L.level),
      count('short', L.shortTerm),
      count('medium', L.mediumTerm),
      count('long', L.longTerm),
      count('total', L.total),
    ],
    rows,
    ...(m.unplaced > 0 ? { notes: [effectsNotes.unplacedGoals(m.unplaced)] } : {}),
  };
}
