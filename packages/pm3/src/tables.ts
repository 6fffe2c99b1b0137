import {
  type ColumnKind,
  type LocalizedText,
  type PartialSum,
  type Table,
  type TableCell,
  type TableColumn,
  type TableRow,
} from '@styrkit/core';
import { activityTitle } from './activities.js';
import type { MatrixCell } from './cell.js';
import type { PlanDiff } from './diff.js';
import { committeeGoalsOf, initiativeCosts } from './initiatives.js';
import { matrixTotals } from './matrix.js';
import {
  FOLLOW_UP_COLUMNS,
  MATRIX_COLUMN_INFO,
  MATRIX_COLUMNS,
  type BudgetFollowUp,
  type Forvaltningsobjekt,
  type Objektplan,
} from './model.js';
import type { PortfolioRollUp } from './portfolio.js';
import { canonicalRoleTitle } from './roles.js';
import { partialText } from './text.js';
import {
  requireBudgetFollowUp,
  requireForvaltningsobjekt,
  requireObjektplan,
} from './parsed-guard.js';

/** The label of a total row, in the reader's language. */
const TOTAL: LocalizedText = { sv: 'Summa', en: 'Total' };
/** The label of a row of totals as the document states them. */
const STATED_TOTAL: LocalizedText = { sv: 'Angiven summa', en: 'Stated total' };

/** A cell for a table: unknown shows as "?", empty as – (null). */
function cellOut(cell: MatrixCell): TableCell {
  if (cell === 'empty') return null;
  if (cell === 'unknown') return '?';
  return cell;
}

/** A partial sum for a table: the number when complete, else "known + n okända" text. */
function sumOut(sum: PartialSum | undefined, unit?: string): TableCell {
  if (sum === undefined) return null;
  if (sum.unknownCount === 0) return sum.known;
  return partialText(sum, unit);
}

function unknownNote(sums: readonly (PartialSum | undefined)[]): LocalizedText[] {
  return sums.some((s) => s !== undefined && s.unknownCount > 0)
    ? [
        {
          sv: 'Summor med okända belopp visas som känd del + antal okända.',
          en: 'Totals with unknown amounts show the known part + the number of unknowns.',
        },
      ]
    : [];
}

function matrixTable(plan: Objektplan, name: 'budget' | 'fte'): Table | undefined {
  const matrix = name === 'budget' ? plan.budget : plan.fte;
  if (matrix === undefined) return undefined;
  const kind: ColumnKind = name === 'budget' ? 'money' : 'quantity';
  const unit = name === 'budget' ? 'kkr' : 'åa';
  const decimals = name === 'budget' ? 0 : 1;
  const totals = matrixTotals(matrix);
  const columns: TableColumn[] = [
    { key: 'activity', title: { sv: 'Huvudaktivitet', en: 'Main activity' }, kind: 'text' },
    ...MATRIX_COLUMNS.map((c) => ({
      key: c,
      title: MATRIX_COLUMN_INFO[c].title,
      kind,
      unit,
      decimals,
    })),
    { key: 'total', title: { sv: 'Summa', en: 'Total' }, kind, unit, decimals },
    { key: 'stated', title: { sv: 'Angiven summa', en: 'Stated total' }, kind, unit, decimals },
  ];
  const rows: TableRow[] = matrix.rows.map((row, i) => ({
    id: row.activity,
    cells: {
      activity: activityTitle(plan, row.activity),
      ...Object.fromEntries(MATRIX_COLUMNS.map((c) => [c, cellOut(row[c])])),
      total: sumOut(totals.rows[i]),
      stated: row.statedTotal ?? null,
    },
  }));
  rows.push({
    id: 'total',
    kind: 'total',
    cells: {
      activity: TOTAL,
      ...Object.fromEntries(MATRIX_COLUMNS.map((c) => [c, sumOut(totals.columns[c])])),
      total: sumOut(totals.grand),
      stated: matrix.statedGrandTotal ?? null,
    },
  });
  const stated = matrix.statedColumnTotals;
  if (stated !== undefined) {
    rows.push({
      id: 'stated',
      kind: 'subtotal',
      cells: {
        activity: STATED_TOTAL,
        ...Object.fromEntries(MATRIX_COLUMNS.map((c) => [c, stated[c] ?? null])),
        total: matrix.statedGrandTotal ?? null,
        stated: null,
      },
    });
  }
  return {
    id: name === 'budget' ? 'pm3/budget-matrix' : 'pm3/fte-matrix',
    title:
      name === 'budget'
        ? { sv: `Budget ${String(plan.year)} (kkr)`, en: `Budget ${String(plan.year)} (kkr)` }
        : { sv: `Årsarbeten ${String(plan.year)}`, en: `FTE ${String(plan.year)}` },
    columns,
    rows,
    notes: [
      {
        sv: 'VM = vidmakthållande, VU = vidareutveckling. – = inget belopp angivet, ? = okänt.',
        en: 'VM = maintain, VU = improve. – = nothing entered, ? = unknown.',
      },
      ...unknownNote([totals.grand]),
    ],
  };
}

/**
 * The budget matrix of a plan (huvudaktivitet × side × VM/VU, kkr) with computed row, column
 * and grand totals beside the stated ones.
 *
 * @example
 * ```ts
 * import { budgetMatrixTable, objektplanSchema } from '@styrkit/pm3';
 * import { tableToMarkdown } from '@styrkit/core';
 * const plan = objektplanSchema.parse({ id: 'p', objectId: 'o', title: 'P', year: 2021,
 *   version: { label: 'A', status: 'draft' }, budget: { unit: 'kkr', rows: [{ activity: 'anvandarstod', businessVm: 2000 }] } });
 * tableToMarkdown(budgetMatrixTable(plan));
 * ```
 */
export function budgetMatrixTable(plan: Objektplan): Table {
  requireObjektplan(plan, 'budgetMatrixTable');
  const table = matrixTable(plan, 'budget');
  if (table === undefined) throw new Error('unreachable: every plan has a budget');
  return table;
}

/**
 * The FTE matrix (årsarbeten) of a plan, or `undefined` when the plan has none.
 *
 * @example
 * ```ts
 * import { fteMatrixTable, objektplanSchema } from '@styrkit/pm3';
 * const plan = objektplanSchema.parse({ id: 'p', objectId: 'o', title: 'P', year: 2021,
 *   version: { label: 'A', status: 'draft' }, budget: { unit: 'kkr', rows: [] } });
 * fteMatrixTable(plan); // undefined
 * ```
 */
export function fteMatrixTable(plan: Objektplan): Table | undefined {
  requireObjektplan(plan, 'fteMatrixTable');
  return matrixTable(plan, 'fte');
}

const categoryTitle: Readonly<
  Record<Objektplan['initiatives'][number]['category'], LocalizedText>
> = {
  strategic: { sv: 'strategiskt', en: 'strategic' },
  prioritised: { sv: 'prioriterat', en: 'prioritised' },
  desirable: { sv: 'önskvärt', en: 'desirable' },
};

/**
 * The initiatives of a plan: category, cost (kkr, "?" when unknown), effect classification,
 * the nämndmål reached, and a total row that keeps unknown costs visible.
 *
 * @example
 * ```ts
 * import { initiativesTable, objektplanSchema } from '@styrkit/pm3';
 * const plan = objektplanSchema.parse({ id: 'p', objectId: 'o', title: 'P', year: 2021,
 *   version: { label: 'A', status: 'draft' }, budget: { unit: 'kkr', rows: [] },
 *   initiatives: [{ id: 'a', name: 'A', category: 'strategic', cost: '?' }] });
 * initiativesTable(plan).rows.length; // 2
 * ```
 */
export function initiativesTable(plan: Objektplan): Table {
  requireObjektplan(plan, 'initiativesTable');
  const rows: TableRow[] = plan.initiatives.map((i) => ({
    id: i.id,
    cells: {
      name: i.name,
      category: categoryTitle[i.category],
      cost: i.cost ?? '?',
      effectTypes: i.effectTypes.join(', '),
      perspectives: i.perspectives.join(', '),
      timeToEffect: i.timeToEffect ?? null,
      effectScope: i.effectScope ?? null,
      committeeGoals: committeeGoalsOf(plan, i).join(', ') || null,
    },
  }));
  const partial = initiativeCosts(plan);
  rows.push({ id: 'total', kind: 'total', cells: { name: TOTAL, cost: sumOut(partial, 'kkr') } });
  return {
    id: 'pm3/initiatives',
    title: { sv: 'Initiativ', en: 'Initiatives' },
    columns: [
      { key: 'name', title: { sv: 'Initiativ', en: 'Initiative' }, kind: 'text' },
      { key: 'category', title: { sv: 'Kategori', en: 'Category' }, kind: 'text' },
      {
        key: 'cost',
        title: { sv: 'Kostnad', en: 'Cost' },
        kind: 'money',
        unit: 'kkr',
        decimals: 0,
      },
      { key: 'effectTypes', title: { sv: 'Effekttyp', en: 'Effect type' }, kind: 'text' },
      { key: 'perspectives', title: { sv: 'Perspektiv', en: 'Perspective' }, kind: 'text' },
      { key: 'timeToEffect', title: { sv: 'Tidsperspektiv', en: 'Time to effect' }, kind: 'text' },
      { key: 'effectScope', title: { sv: 'Effektomfattning', en: 'Effect scope' }, kind: 'text' },
      { key: 'committeeGoals', title: { sv: 'Nämndmål', en: 'Committee goals' }, kind: 'text' },
    ],
    rows,
    notes: unknownNote([partial]),
  };
}

/**
 * The goal linkage table: nämnd → nämndmål → verksamhetsplan activity → objektplan goals.
 *
 * @example
 * ```ts
 * import { goalLinkageTable, objektplanSchema } from '@styrkit/pm3';
 * const plan = objektplanSchema.parse({ id: 'p', objectId: 'o', title: 'P', year: 2021,
 *   version: { label: 'A', status: 'draft' }, budget: { unit: 'kkr', rows: [] } });
 * goalLinkageTable(plan).rows.length; // 0
 * ```
 */
export function goalLinkageTable(plan: Objektplan): Table {
  requireObjektplan(plan, 'goalLinkageTable');
  const goalTitle = (id: string): string =>
    plan.committeeGoals.find((g) => g.id === id)?.title ?? id;
  const planGoalTitle = (id: string): string =>
    plan.planGoals.find((g) => g.id === id)?.title ?? id;
  return {
    id: 'pm3/goal-linkage',
    title: { sv: 'Målkoppling', en: 'Goal linkage' },
    columns: [
      { key: 'committees', title: { sv: 'Nämnd', en: 'Committee' }, kind: 'text' },
      { key: 'committeeGoal', title: { sv: 'Nämndmål', en: 'Committee goal' }, kind: 'text' },
      {
        key: 'activity',
        title: { sv: 'Aktivitet i verksamhetsplan', en: 'Operational plan activity' },
        kind: 'text',
      },
      {
        key: 'planGoals',
        title: { sv: 'Mål/aktivitet i objektplan', en: 'Objektplan goal/activity' },
        kind: 'text',
      },
    ],
    rows: plan.goalLinks.map((link) => ({
      id: link.id,
      cells: {
        committees: link.committees.join(', '),
        committeeGoal: goalTitle(link.committeeGoal),
        activity: link.activity,
        planGoals: link.planGoals.map(planGoalTitle).join('; '),
      },
    })),
  };
}

const changeTitle = {
  added: { sv: 'tillagd', en: 'added' },
  removed: { sv: 'borttagen', en: 'removed' },
  changed: { sv: 'ändrad', en: 'changed' },
} as const;

/**
 * Tables of a plan diff: changed cells (budget and FTE), changed row and column totals, and
 * changed initiatives and goal links; the summary sentences become notes.
 *
 * @example
 * ```ts
 * import { diffPlans, objektplanSchema, planDiffTables } from '@styrkit/pm3';
 * const plan = objektplanSchema.parse({ id: 'p', objectId: 'o', title: 'P', year: 2021,
 *   version: { label: 'A', status: 'draft' }, budget: { unit: 'kkr', rows: [] } });
 * planDiffTables(diffPlans(plan, plan)).length; // 3
 * ```
 */
export function planDiffTables(diff: PlanDiff, plan?: Pick<Objektplan, 'mainActivities'>): Table[] {
  const title = (id: string): LocalizedText => activityTitle(plan ?? {}, id);
  const matrixName = {
    budget: { sv: 'budget', en: 'budget' },
    fte: { sv: 'årsarbeten', en: 'FTE' },
  } as const;
  const cells: Table = {
    id: 'pm3/diff-cells',
    title: {
      sv: `Ändrade celler ${diff.from.label} → ${diff.to.label}`,
      en: `Changed cells ${diff.from.label} → ${diff.to.label}`,
    },
    columns: [
      { key: 'matrix', title: { sv: 'Matris', en: 'Matrix' }, kind: 'text' },
      { key: 'activity', title: { sv: 'Huvudaktivitet', en: 'Main activity' }, kind: 'text' },
      { key: 'column', title: { sv: 'Kolumn', en: 'Column' }, kind: 'text' },
      { key: 'before', title: { sv: 'Före', en: 'Before' }, kind: 'quantity' },
      { key: 'after', title: { sv: 'Efter', en: 'After' }, kind: 'quantity' },
      { key: 'delta', title: { sv: 'Förändring', en: 'Change' }, kind: 'quantity' },
      { key: 'change', title: { sv: 'Typ', en: 'Kind' }, kind: 'text' },
    ],
    rows: diff.cells.map((c) => ({
      cells: {
        matrix: matrixName[c.matrix],
        activity: title(c.activity),
        column: MATRIX_COLUMN_INFO[c.column].title,
        before: cellOut(c.before),
        after: cellOut(c.after),
        delta: c.delta ?? null,
        change: changeTitle[c.change],
      },
    })),
    notes: diff.summary,
  };
  const totals: Table = {
    id: 'pm3/diff-totals',
    title: { sv: 'Ändrade summor', en: 'Changed totals' },
    columns: [
      { key: 'matrix', title: { sv: 'Matris', en: 'Matrix' }, kind: 'text' },
      { key: 'key', title: { sv: 'Rad/kolumn', en: 'Row/column' }, kind: 'text' },
      { key: 'before', title: { sv: 'Före', en: 'Before' }, kind: 'quantity' },
      { key: 'after', title: { sv: 'Efter', en: 'After' }, kind: 'quantity' },
      { key: 'delta', title: { sv: 'Förändring', en: 'Change' }, kind: 'quantity' },
    ],
    rows: [...diff.rows, ...diff.columns, ...diff.totals].map((t) => ({
      kind: t.key === 'total' ? 'total' : 'data',
      cells: {
        matrix: matrixName[t.matrix],
        key:
          t.key === 'total'
            ? TOTAL
            : t.key in MATRIX_COLUMN_INFO
              ? MATRIX_COLUMN_INFO[t.key as keyof typeof MATRIX_COLUMN_INFO].title
              : title(t.key),
        before: sumOut(t.before),
        after: sumOut(t.after),
        delta: t.delta ?? null,
      },
    })),
  };
  const entries: Table = {
    id: 'pm3/diff-entries',
    title: { sv: 'Ändrade initiativ och mål', en: 'Changed initiatives and goals' },
    columns: [
      { key: 'list', title: { sv: 'Lista', en: 'List' }, kind: 'text' },
      { key: 'id', title: { sv: 'Id', en: 'Id' }, kind: 'text' },
      { key: 'change', title: { sv: 'Typ', en: 'Kind' }, kind: 'text' },
      { key: 'fields', title: { sv: 'Fält', en: 'Fields' }, kind: 'text' },
    ],
    rows: [
      ...diff.initiatives.map((e) => ({ list: { sv: 'initiativ', en: 'initiatives' }, e })),
      ...diff.planGoals.map((e) => ({
        list: { sv: 'objektplanens mål', en: 'objektplan goals' },
        e,
      })),
      ...diff.goalLinks.map((e) => ({ list: { sv: 'målkoppling', en: 'goal linkage' }, e })),
    ].map(({ list, e }) => ({
      id: e.id,
      cells: { list, id: e.id, change: changeTitle[e.change], fields: e.fields.join(', ') || null },
    })),
  };
  return [cells, totals, entries];
}

/**
 * The statements of a budget follow-up as tables, plus the rescaled figures.
 *
 * @example
 * ```ts
 * import { budgetFollowUpSchema, followUpTables } from '@styrkit/pm3';
 * const f = budgetFollowUpSchema.parse({ id: 'f', title: 'F', organisation: 'N', year: 2023, months: 5, unit: 'tkr', statements: [] });
 * followUpTables(f).length; // 1
 * ```
 */
export function followUpTables(followUp: BudgetFollowUp): Table[] {
  requireBudgetFollowUp(followUp, 'followUpTables');
  const titles = {
    annualBudget: { sv: 'Årsbudget', en: 'Annual budget' },
    annualForecast: { sv: 'Årsprognos', en: 'Annual forecast' },
    periodBudget: { sv: 'Periodbudget', en: 'Period budget' },
    periodOutcome: { sv: 'Periodutfall', en: 'Period outcome' },
    deviation: { sv: 'Avvikelse', en: 'Deviation' },
  } as const;
  const statements: Table[] = followUp.statements.map((statement) => {
    const used = FOLLOW_UP_COLUMNS.filter((c) => statement.rows.some((r) => r[c] !== undefined));
    const hasShare = statement.rows.some((r) => r.shareOfAnnualBudget !== undefined);
    return {
      id: `pm3/follow-up-${statement.id}`,
      title: { sv: statement.title, en: statement.title },
      columns: [
        { key: 'label', title: { sv: 'Rad', en: 'Row' }, kind: 'text' },
        ...used.map((c) => ({
          key: c,
          title: titles[c],
          kind: 'money' as const,
          unit: followUp.unit,
          decimals: 0,
        })),
        ...(hasShare
          ? [
              {
                key: 'share',
                title: { sv: '% av årsbudget', en: '% of annual budget' },
                kind: 'percent' as const,
                decimals: 0,
              },
            ]
          : []),
      ],
      rows: statement.rows.map((r) => ({
        id: r.id,
        kind: r.sumOf === undefined ? 'data' : 'subtotal',
        cells: {
          label: r.label,
          ...Object.fromEntries(used.map((c) => [c, r[c] ?? null])),
          ...(hasShare ? { share: r.shareOfAnnualBudget ?? null } : {}),
        },
      })),
      notes: [
        statement.convention === 'income-positive'
          ? {
              sv: 'Intäkter positiva, kostnader negativa; avvikelse = utfall − budget.',
              en: 'Income positive, costs negative; deviation = outcome − budget.',
            }
          : {
              sv: 'Intäkter negativa, kostnader positiva; avvikelse = budget − prognos.',
              en: 'Income negative, costs positive; deviation = budget − forecast.',
            },
      ],
    };
  });
  const rounded: Table = {
    id: 'pm3/follow-up-rounded',
    title: { sv: 'Omskalade siffror', en: 'Rescaled figures' },
    columns: [
      { key: 'label', title: { sv: 'Siffra', en: 'Figure' }, kind: 'text' },
      { key: 'stated', title: { sv: 'Angiven', en: 'Stated' }, kind: 'quantity', decimals: 1 },
      { key: 'unit', title: { sv: 'Enhet', en: 'Unit' }, kind: 'text' },
      { key: 'mode', title: { sv: 'Avrundning', en: 'Rounding' }, kind: 'text' },
    ],
    rows: followUp.roundedFigures.map((f) => ({
      id: f.id,
      cells: {
        label: f.label,
        stated: f.stated.value,
        unit: f.unit,
        mode: f.mode ?? { sv: 'ej angiven', en: 'not stated' },
      },
    })),
  };
  return [...statements, rounded];
}

/**
 * The components of a förvaltningsobjekt with their user counts.
 *
 * @example
 * ```ts
 * import { componentsTable, forvaltningsobjektSchema } from '@styrkit/pm3';
 * const o = forvaltningsobjektSchema.parse({ id: 'o', name: 'O', municipality: 'M', components: [{ id: 'c', name: 'C', kind: 'it-component', users: { count: 2500, atLeast: true } }] });
 * componentsTable(o).rows[0]?.cells.users; // { sv: 'minst 2500', en: 'at least 2500' }
 * ```
 */
export function componentsTable(object: Forvaltningsobjekt): Table {
  requireForvaltningsobjekt(object, 'componentsTable');
  return {
    id: 'pm3/components',
    title: { sv: `Komponenter i ${object.name}`, en: `Components of ${object.name}` },
    columns: [
      { key: 'name', title: { sv: 'Namn', en: 'Name' }, kind: 'text' },
      { key: 'kind', title: { sv: 'Typ', en: 'Kind' }, kind: 'text' },
      { key: 'users', title: { sv: 'Användare', en: 'Users' }, kind: 'text' },
      { key: 'operatedBy', title: { sv: 'Drivs av', en: 'Operated by' }, kind: 'text' },
    ],
    rows: object.components.map((c) => ({
      id: c.id,
      cells: {
        name: c.name,
        kind:
          c.kind === 'it-component'
            ? { sv: 'IT-komponent', en: 'IT component' }
            : { sv: 'verksamhetsprodukt', en: 'business product' },
        users:
          c.users === undefined
            ? null
            : c.users.atLeast === true
              ? { sv: `minst ${String(c.users.count)}`, en: `at least ${String(c.users.count)}` }
              : String(c.users.count),
        operatedBy: c.operatedBy ?? null,
      },
    })),
  };
}

/**
 * A portfolio roll-up per year: plans, objects, budget (VM, VU, total), FTE and initiatives.
 *
 * @example
 * ```ts
 * import { portfolioTable, rollUpPortfolio } from '@styrkit/pm3';
 * portfolioTable(rollUpPortfolio([])).rows.length; // 1
 * ```
 */
export function portfolioTable(rollUp: PortfolioRollUp): Table {
  const money = { kind: 'money' as const, unit: 'kkr', decimals: 0 };
  const row = (
    id: string,
    label: TableCell,
    t: PortfolioRollUp['total'],
    objects: number | undefined,
    kind?: 'total',
  ): TableRow => ({
    id,
    ...(kind === undefined ? {} : { kind }),
    cells: {
      year: label,
      plans: String(t.plans),
      objects: objects === undefined ? null : String(objects),
      vm: sumOut(t.vm, 'kkr'),
      vu: sumOut(t.vu, 'kkr'),
      budget: sumOut(t.budget, 'kkr'),
      fte: sumOut(t.fte),
      initiatives: sumOut(t.initiatives, 'kkr'),
    },
  });
  return {
    id: 'pm3/portfolio',
    title: { sv: 'Förvaltningsportfölj', en: 'Maintenance portfolio' },
    columns: [
      { key: 'year', title: { sv: 'År', en: 'Year' }, kind: 'text' },
      { key: 'plans', title: { sv: 'Planer', en: 'Plans' }, kind: 'text' },
      { key: 'objects', title: { sv: 'Objekt', en: 'Objects' }, kind: 'text' },
      { key: 'vm', title: { sv: 'VM', en: 'VM' }, ...money },
      { key: 'vu', title: { sv: 'VU', en: 'VU' }, ...money },
      { key: 'budget', title: { sv: 'Budget', en: 'Budget' }, ...money },
      { key: 'fte', title: { sv: 'Årsarbeten', en: 'FTE' }, kind: 'quantity', decimals: 1 },
      { key: 'initiatives', title: { sv: 'Initiativ', en: 'Initiatives' }, ...money },
    ],
    rows: [
      ...rollUp.years.map((y) => row(String(y.year), String(y.year), y, y.objects)),
      row('total', TOTAL, rollUp.total, rollUp.objects.length, 'total'),
    ],
    notes: unknownNote([rollUp.total.budget, rollUp.total.fte, rollUp.total.initiatives]),
  };
}

const levelTitle = {
  budget: { sv: 'Budgetnivå', en: 'Budget level' },
  decision: { sv: 'Beslutsnivå', en: 'Decision level' },
  operational: { sv: 'Operativ nivå', en: 'Operational level' },
} as const satisfies Record<string, LocalizedText>;

/**
 * The förvaltningsorganisation of a plan as a level × side grid (budgetnivå, beslutsnivå,
 * operativ nivå × verksamhetsnära, IT-nära), with role titles in their current pm3 names and
 * the people named.
 *
 * @example
 * ```ts
 * import { objektplanSchema, planOrganisationTable } from '@styrkit/pm3';
 * const plan = objektplanSchema.parse({ id: 'p', objectId: 'o', title: 'P', year: 2021,
 *   version: { label: 'A', status: 'draft' }, budget: { unit: 'kkr', rows: [] },
 *   roles: [{ level: 'decision', side: 'it', title: 'Teknisk förvaltningsledare', person: 'A. B.' }] });
 * planOrganisationTable(plan).rows[1]?.cells.it; // 'Objektledare IT A. B.'
 * ```
 */
export function planOrganisationTable(plan: Objektplan): Table {
  requireObjektplan(plan, 'planOrganisationTable');
  const text = (level: keyof typeof levelTitle, side: 'business' | 'it'): string | null => {
    const roles = plan.roles.filter((r) => r.level === level && r.side === side);
    if (roles.length === 0) return null;
    return roles
      .map((r) => `${canonicalRoleTitle(r.title)}${r.person === undefined ? '' : ` ${r.person}`}`)
      .join('; ');
  };
  return {
    id: 'pm3/organisation',
    title: { sv: 'Förvaltningsorganisation', en: 'Maintenance organisation' },
    columns: [
      { key: 'level', title: { sv: 'Nivå', en: 'Level' }, kind: 'text' },
      { key: 'business', title: { sv: 'Verksamhetsnära', en: 'Business side' }, kind: 'text' },
      { key: 'it', title: { sv: 'IT-nära', en: 'IT side' }, kind: 'text' },
    ],
    rows: (['budget', 'decision', 'operational'] as const).map((level) => ({
      id: level,
      cells: { level: levelTitle[level], business: text(level, 'business'), it: text(level, 'it') },
    })),
  };
}
