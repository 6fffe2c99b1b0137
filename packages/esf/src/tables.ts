import { Exact, type NumberLocale, type Table, type TableRow } from '@styrkit/core';
import { budgetVersions, phaseTotals } from './change-requests.js';
import { cofinancingShortfall, computeFinancing } from './financing.js';
import { aggregateCofinancingValue, cofinancingValueVsPlan } from './cofinancing-value.js';
import { computeCosts } from './flat-rates.js';
import { aggregateHours, hoursVsPlan } from './hours.js';
import type { Call, ChangeRequest, FinalReport, Phase, Project, TimeReports } from './model.js';
import { participantStatistics } from './participants.js';
import { CATEGORY_NAMES, FLAT_RATE_NAMES, PHASE_NAMES, nameOf } from './text.js';
import {
  requireCall,
  requireChangeRequests,
  requireFinalReport,
  requireProject,
  requireTimeReports,
} from './parsed-guard.js';

/**
 * Options of every table view: the locale of text cells (numbers are formatted by the
 * renderer). Swedish by default.
 *
 * @example
 * ```ts
 * import type { TableOptions } from '@styrkit/esf';
 * const o: TableOptions = { locale: 'en' };
 * ```
 */
export interface TableOptions {
  /** Locale of labels in text cells. */
  readonly locale?: NumberLocale;
}

const t = (o: TableOptions, text: { sv: string; en: string }): string => text[o.locale ?? 'sv'];
const e = (n: number): Exact => Exact.of(n);

/**
 * The financing table (finansieringstabell): total eligible cost, co-financing by kind, the
 * ESF grant, the shares and, with a call, the requirement and any shortfall.
 *
 * @example
 * ```ts
 * import { financingTable, projectSchema } from '@styrkit/esf';
 * const p = projectSchema.parse({ id: 'p', name: 'P', owner: 'K', statedTotalEligibleCost: 100,
 *   phases: [{ phase: 'implementation', start: '2024-01-01', end: '2024-12-31' }],
 *   cofinancing: [{ id: 'c', label: 'Kommunen', sector: 'public', form: 'cash', amount: 40 }] });
 * financingTable(p).rows.length; // 6
 * ```
 */
export function financingTable(project: Project, call?: Call, o: TableOptions = {}): Table {
  requireProject(project, 'financingTable');
  requireCall(call, 'financingTable');
  const f = computeFinancing(project);
  const row = (
    id: string,
    label: { sv: string; en: string },
    amount: Exact | undefined,
    share?: Exact,
    kind?: TableRow['kind'],
  ): TableRow => ({
    id,
    cells: { item: t(o, label), amount: amount ?? null, share: share ?? null },
    ...(kind === undefined ? {} : { kind }),
  });
  const rows: TableRow[] = [
    row(
      'total',
      { sv: 'Total stödberättigande kostnad', en: 'Total eligible cost' },
      f.totalEligibleCost,
      undefined,
      'total',
    ),
    row(
      'public',
      { sv: 'Offentlig medfinansiering', en: 'Public co-financing' },
      f.publicCofinancing,
    ),
    row(
      'private',
      { sv: 'Privat medfinansiering', en: 'Private co-financing' },
      f.privateCofinancing,
    ),
    row('in-kind', { sv: 'varav i annat än pengar', en: 'of which in kind' }, f.inKind),
    row(
      'cofinancing',
      { sv: 'Summa medfinansiering', en: 'Total co-financing' },
      f.cofinancing,
      f.cofinancingPercent,
      'subtotal',
    ),
    row('grant', { sv: 'ESF-stöd', en: 'ESF grant' }, f.grant, f.grantPercent, 'subtotal'),
  ];
  if (call !== undefined) {
    rows.push(
      row(
        'required',
        { sv: 'Krav på medfinansiering', en: 'Required co-financing' },
        undefined,
        call.requiredCofinancingPercent,
      ),
    );
    const s = cofinancingShortfall({
      total: f.totalEligibleCost,
      cofinancing: f.cofinancing,
      requiredPercent: call.requiredCofinancingPercent,
    });
    if (s !== undefined) {
      rows.push(
        row(
          'shortfall',
          { sv: 'Saknad medfinansiering', en: 'Co-financing shortfall' },
          s.amount.round(0, 'half-up'),
          s.points.round(2, 'half-up'),
        ),
      );
    }
  }
  return {
    id: 'esf/financing',
    title: { sv: 'Finansiering', en: 'Financing' },
    columns: [
      { key: 'item', title: { sv: 'Post', en: 'Item' }, kind: 'text' },
      { key: 'amount', title: { sv: 'Belopp', en: 'Amount' }, kind: 'money', unit: 'kr' },
      { key: 'share', title: { sv: 'Andel', en: 'Share' }, kind: 'percent', decimals: 2 },
    ],
    rows,
    notes: [
      {
        sv: 'Andelar beräknas ur beloppen och avrundas till två decimaler (half-up). Saknad medfinansiering avrundas till hela kronor (half-up).',
        en: 'Shares are computed from the amounts and rounded to two decimals (half-up). The shortfall is rounded to whole kronor (half-up).',
      },
    ],
  };
}

/**
 * Costs and flat rates: every budget line (covered lines marked), every flat-rate amount and
 * the total eligible cost.
 *
 * @example
 * ```ts
 * import { costsTable, projectSchema } from '@styrkit/esf';
 * const p = projectSchema.parse({ id: 'p', name: 'P', owner: 'K',
 *   phases: [{ phase: 'implementation', start: '2024-01-01', end: '2024-12-31' }],
 *   budgetLines: [{ id: 's', label: 'PL', category: 'staff', phase: 'implementation', amount: 100 }],
 *   flatRates: [{ option: 'other-40-staff', percent: 40 }] });
 * costsTable(p).rows.at(-1)?.cells.amount?.toString(); // '140'
 * ```
 */
export function costsTable(project: Project, o: TableOptions = {}): Table {
  requireProject(project, 'costsTable');
  const costs = computeCosts(project);
  const labels = new Map(project.budgetLines.map((l) => [l.id, l.label]));
  const rows: TableRow[] = costs.lines.map((l) => ({
    id: l.id,
    cells: {
      item: labels.get(l.id) ?? l.id,
      phase: t(o, nameOf(PHASE_NAMES, l.phase)),
      category: t(o, nameOf(CATEGORY_NAMES, l.category)),
      amount: l.amount,
      covered: l.coveredBy === undefined ? '' : t(o, nameOf(FLAT_RATE_NAMES, l.coveredBy)),
    },
  }));
  for (const f of costs.flatRates) {
    rows.push({
      id: f.option,
      cells: {
        item: t(o, nameOf(FLAT_RATE_NAMES, f.option)),
        phase: '',
        category: '',
        amount: f.amount,
        covered: '',
      },
      kind: 'subtotal',
    });
  }
  rows.push({
    id: 'total',
    cells: {
      item: t(o, { sv: 'Total stödberättigande kostnad', en: 'Total eligible cost' }),
      phase: '',
      category: '',
      amount: costs.totalEligibleCost,
      covered: '',
    },
    kind: 'total',
  });
  return {
    id: 'esf/costs',
    title: { sv: 'Kostnader och schabloner', en: 'Costs and flat rates' },
    columns: [
      { key: 'item', title: { sv: 'Post', en: 'Item' }, kind: 'text' },
      { key: 'phase', title: { sv: 'Fas', en: 'Phase' }, kind: 'text' },
      { key: 'category', title: { sv: 'Kostnadsslag', en: 'Category' }, kind: 'text' },
      { key: 'amount', title: { sv: 'Belopp', en: 'Amount' }, kind: 'money', unit: 'kr' },
      {
        key: 'covered',
        title: { sv: 'Täcks av schablon', en: 'Covered by flat rate' },
        kind: 'text',
      },
    ],
    rows,
    notes: [
      {
        sv: 'Schablonbelopp räknas på oavrundade baser och avkortas till hela ören. Deltagarkostnader ligger utanför alla schablonbaser.',
        en: 'Flat-rate amounts use unrounded bases and are truncated to whole öre. Participant costs are outside every flat-rate base.',
      },
    ],
  };
}

/**
 * Budget by phase and cost category, one amount column per budget version: the original and
 * the budget after each approved change request.
 *
 * @example
 * ```ts
 * import { budgetByPhaseTable, projectSchema } from '@styrkit/esf';
 * const p = projectSchema.parse({ id: 'p', name: 'P', owner: 'K',
 *   phases: [{ phase: 'analysis', start: '2022-01-01', end: '2022-02-28' }],
 *   budgetLines: [{ id: 'a', label: 'PL', category: 'staff', phase: 'analysis', amount: 100 }] });
 * budgetByPhaseTable(p, []).columns.length; // 3
 * ```
 */
export function budgetByPhaseTable(
  project: Project,
  changeRequests: readonly ChangeRequest[],
  o: TableOptions = {},
): Table {
  requireProject(project, 'budgetByPhaseTable');
  requireChangeRequests(changeRequests, 'budgetByPhaseTable');
  const { versions } = budgetVersions(project, changeRequests);
  const keys = new Map<string, { phase: Phase; category: string }>();
  for (const v of versions) for (const c of v.cells) keys.set(`${c.phase}|${c.category}`, c);
  const phases: Phase[] = ['analysis', 'implementation', 'closing'];
  const rows: TableRow[] = [];
  const amountOf = (vi: number, key: string): Exact | null => {
    const cell = versions[vi]?.cells.find((c) => `${c.phase}|${c.category}` === key);
    return cell?.amount ?? null;
  };
  for (const phase of phases) {
    const inPhase = [...keys.entries()].filter(([, c]) => c.phase === phase);
    if (inPhase.length === 0) continue;
    for (const [key, c] of inPhase) {
      const cells: Record<string, Exact | string | null> = {
        phase: t(o, nameOf(PHASE_NAMES, phase)),
        category: t(o, nameOf(CATEGORY_NAMES, c.category)),
      };
      versions.forEach((_, vi) => (cells[`v${String(vi)}`] = amountOf(vi, key)));
      rows.push({ id: key, cells });
    }
    const sub: Record<string, Exact | string | null> = {
      phase: t(o, nameOf(PHASE_NAMES, phase)),
      category: t(o, { sv: 'Summa fas', en: 'Phase total' }),
    };
    versions.forEach(
      (v, vi) =>
        (sub[`v${String(vi)}`] =
          phaseTotals(v.cells).find((p) => p.phase === phase)?.amount ?? null),
    );
    rows.push({ id: `${phase}|total`, cells: sub, kind: 'subtotal' });
  }
  const total: Record<string, Exact | string | null> = {
    phase: t(o, { sv: 'Totalt', en: 'Total' }),
    category: '',
  };
  versions.forEach(
    (v, vi) =>
      (total[`v${String(vi)}`] = v.cells.reduce((acc, c) => acc.plus(c.amount), Exact.ZERO)),
  );
  rows.push({ id: 'total', cells: total, kind: 'total' });
  return {
    id: 'esf/budget-by-phase',
    title: { sv: 'Budget per fas och kostnadsslag', en: 'Budget by phase and category' },
    columns: [
      { key: 'phase', title: { sv: 'Fas', en: 'Phase' }, kind: 'text' },
      { key: 'category', title: { sv: 'Kostnadsslag', en: 'Category' }, kind: 'text' },
      ...versions.map((v, vi) => ({
        key: `v${String(vi)}`,
        title:
          v.changeRequestId === undefined
            ? { sv: 'Ursprunglig budget', en: 'Original budget' }
            : { sv: `Efter ${v.changeRequestId}`, en: `After ${v.changeRequestId}` },
        kind: 'money' as const,
        unit: 'kr',
      })),
    ],
    rows,
  };
}

/**
 * Co-financing hours against the plan, month by month, with cumulative figures.
 *
 * @example
 * ```ts
 * import { hoursVsPlanTable, projectSchema, timeReportsSchema } from '@styrkit/esf';
 * const p = projectSchema.parse({ id: 'p', name: 'P', owner: 'K',
 *   phases: [{ phase: 'implementation', start: '2022-03-01', end: '2022-04-30' }] });
 * const tr = timeReportsSchema.parse({ projectId: 'p', participants: [], reports: [] });
 * hoursVsPlanTable(p, tr).rows.length; // 1 (the total row)
 * ```
 */
export function hoursVsPlanTable(
  project: Project,
  reports: TimeReports,
  o: TableOptions = {},
): Table {
  requireProject(project, 'hoursVsPlanTable');
  requireTimeReports(reports, 'hoursVsPlanTable');
  const h = hoursVsPlan(project, reports);
  const rows: TableRow[] = h.months.map((m) => ({
    id: m.month,
    cells: {
      month: m.month,
      planned: e(m.planned),
      reported: e(m.reported),
      cumulativePlanned: e(m.cumulativePlanned),
      cumulativeReported: e(m.cumulativeReported),
    },
  }));
  rows.push({
    id: 'total',
    kind: 'total',
    cells: {
      month: t(o, { sv: 'Totalt', en: 'Total' }),
      planned: e(h.planned),
      reported: e(h.reported),
      cumulativePlanned: null,
      cumulativeReported: h.percentOfPlan ?? null,
    },
  });
  return {
    id: 'esf/hours-vs-plan',
    title: { sv: 'Medfinansieringstimmar mot plan', en: 'Co-financing hours against plan' },
    columns: [
      { key: 'month', title: { sv: 'Månad', en: 'Month' }, kind: 'text' },
      { key: 'planned', title: { sv: 'Planerat', en: 'Planned' }, kind: 'integer', unit: 'h' },
      { key: 'reported', title: { sv: 'Rapporterat', en: 'Reported' }, kind: 'integer', unit: 'h' },
      {
        key: 'cumulativePlanned',
        title: { sv: 'Ackumulerat plan', en: 'Cumulative plan' },
        kind: 'integer',
        unit: 'h',
      },
      {
        key: 'cumulativeReported',
        title: { sv: 'Ackumulerat utfall', en: 'Cumulative reported' },
        kind: 'integer',
        unit: 'h',
      },
    ],
    rows,
    notes: [
      {
        sv: 'Planen fördelas jämnt över månaderna i deltagartidens faser (största rest). Totalraden visar utfall i procent av plan i sista kolumnen.',
        en: "The plan is spread evenly over the months of the participant time's phases (largest remainder). The total row shows reported as percent of plan in the last column.",
      },
    ],
  };
}

/**
 * Co-financing value of participant time by month × phase, with the value per gender, the
 * planned value and cumulative value against cumulative plan ("are we on track in kronor?").
 * An unknown value (hours without an hourly rate) is an empty cell, never 0; the cumulative
 * value stays unknown from then on. Aggregates only, no person.
 *
 * @example
 * ```ts
 * import { cofinancingValueTable, projectSchema, timeReportsSchema } from '@styrkit/esf';
 * const p = projectSchema.parse({ id: 'p', name: 'P', owner: 'K',
 *   phases: [{ phase: 'implementation', start: '2025-04-01', end: '2025-04-30' }],
 *   cofinancing: [{ id: 't', label: 'Tid', sector: 'public', form: 'in-kind', amount: '1000',
 *     participantTime: { plannedHours: 4 } }] });
 * const tr = timeReportsSchema.parse({ projectId: 'p',
 *   participants: [{ id: 'a', gender: 'man', employment: 'permanent', hourlyRate: '250' }],
 *   reports: [{ participant: 'a', month: '2025-04', phase: 'implementation', activity: 'x', hours: 4, signed: true }] });
 * cofinancingValueTable(p, tr).rows[0]?.cells.cumulativeValue?.toString(); // '1000'
 * ```
 */
export function cofinancingValueTable(
  project: Project,
  reports: TimeReports,
  o: TableOptions = {},
): Table {
  requireProject(project, 'cofinancingValueTable');
  requireTimeReports(reports, 'cofinancingValueTable');
  const v = cofinancingValueVsPlan(project, reports);
  const genders = ['woman', 'man', 'unspecified', 'unregistered'] as const;
  const byKey = new Map<string, Map<string, Exact | undefined>>();
  const genderTotals = new Map<string, Exact | undefined>(genders.map((g) => [g, Exact.ZERO]));
  for (const c of aggregateCofinancingValue(reports)) {
    const key = `${c.month}|${c.phase}`;
    const rec = byKey.get(key) ?? new Map<string, Exact | undefined>();
    rec.set(c.gender, c.value);
    byKey.set(key, rec);
    const before = genderTotals.get(c.gender);
    genderTotals.set(
      c.gender,
      before === undefined || c.value === undefined ? undefined : before.plus(c.value),
    );
  }
  const rows: TableRow[] = v.rows.map((r) => {
    const key = `${r.month}|${r.phase}`;
    const rec = byKey.get(key);
    const cells: Record<string, Exact | string | null> = {
      month: r.month,
      phase: t(o, nameOf(PHASE_NAMES, r.phase)),
      hours: e(r.hours),
    };
    // a gender without hours in the row is a known zero; an unrated cell is unknown (null)
    for (const g of genders) cells[g] = rec?.has(g) === true ? (rec.get(g) ?? null) : Exact.ZERO;
    cells.value = r.value ?? null;
    cells.planned = r.planned;
    cells.cumulativeValue = r.cumulativeValue ?? null;
    cells.cumulativePlanned = r.cumulativePlanned;
    return { id: key, cells };
  });
  const total: Record<string, Exact | string | null> = {
    month: t(o, { sv: 'Totalt', en: 'Total' }),
    phase: '',
    hours: e(v.hours),
  };
  for (const g of genders) total[g] = genderTotals.get(g) ?? null;
  total.value = v.value ?? null;
  total.planned = v.plannedValue ?? null;
  total.cumulativeValue = v.value ?? null;
  total.cumulativePlanned = v.plannedValue ?? null;
  rows.push({ id: 'total', cells: total, kind: 'total' });
  const money = (key: string, sv: string, en: string) => ({
    key,
    title: { sv, en },
    kind: 'money' as const,
    unit: 'kr',
  });
  return {
    id: 'esf/cofinancing-value',
    title: {
      sv: 'Medfinansiering i deltagartid: timmar och värde mot plan',
      en: 'Participant-time co-financing: hours and value against plan',
    },
    columns: [
      { key: 'month', title: { sv: 'Månad', en: 'Month' }, kind: 'text' },
      { key: 'phase', title: { sv: 'Fas', en: 'Phase' }, kind: 'text' },
      { key: 'hours', title: { sv: 'Timmar', en: 'Hours' }, kind: 'integer', unit: 'h' },
      money('woman', 'Värde kvinnor', 'Value, women'),
      money('man', 'Värde män', 'Value, men'),
      money('unspecified', 'Värde kön ej angivet', 'Value, gender not given'),
      money('unregistered', 'Värde ej i registret', 'Value, not in register'),
      money('value', 'Värde', 'Value'),
      money('planned', 'Planerat värde', 'Planned value'),
      money('cumulativeValue', 'Ackumulerat värde', 'Cumulative value'),
      money('cumulativePlanned', 'Ackumulerad plan', 'Cumulative plan'),
    ],
    rows,
    notes: [
      {
        sv: 'Värde per tidrapportrad = hela timmar × timpris (deltagarens eget, annars anställningsformens; årlig bruttolönekostnad / (1 720 h × sysselsättningsgrad)), avkortat till hela ören; timpriset avrundas inte. Tom cell = okänt värde (timpris saknas), aldrig 0. Planen är deltagartidens budgeterade värde fördelat jämnt över fasernas månader (största rest, ören).',
        en: "Value per time-report row = whole hours × hourly rate (the participant's own, else the employment type's; annual gross employment cost / (1 720 h × share)), truncated to whole öre; the rate is not rounded. An empty cell is an unknown value (no rate), never 0. The plan is the budgeted value of participant time spread evenly over the months of its phases (largest remainder, öre).",
      },
    ],
  };
}

/**
 * Hours by month × phase × gender: aggregates only, no person.
 *
 * @example
 * ```ts
 * import { hoursByGenderTable, timeReportsSchema } from '@styrkit/esf';
 * const tr = timeReportsSchema.parse({ projectId: 'p', participants: [], reports: [] });
 * hoursByGenderTable(tr).rows.length; // 1 (the total row)
 * ```
 */
export function hoursByGenderTable(reports: TimeReports, o: TableOptions = {}): Table {
  requireTimeReports(reports, 'hoursByGenderTable');
  const cells = aggregateHours(reports);
  const byKey = new Map<string, Record<string, number>>();
  for (const c of cells) {
    const key = `${c.month}|${c.phase}`;
    const rec = byKey.get(key) ?? {};
    rec[c.gender] = (rec[c.gender] ?? 0) + c.hours;
    byKey.set(key, rec);
  }
  const genders = ['woman', 'man', 'unspecified', 'unregistered'] as const;
  const sums: Record<string, number> = {};
  const rows: TableRow[] = [...byKey.entries()].map(([key, rec]) => {
    const [month = '', phase = ''] = key.split('|');
    const row: Record<string, Exact | string | null> = {
      month,
      phase: t(o, nameOf(PHASE_NAMES, phase)),
    };
    let total = 0;
    for (const g of genders) {
      const v = rec[g] ?? 0;
      row[g] = e(v);
      sums[g] = (sums[g] ?? 0) + v;
      total += v;
    }
    row.total = e(total);
    return { id: key, cells: row };
  });
  const totalRow: Record<string, Exact | string | null> = {
    month: t(o, { sv: 'Totalt', en: 'Total' }),
    phase: '',
  };
  let grand = 0;
  for (const g of genders) {
    totalRow[g] = e(sums[g] ?? 0);
    grand += sums[g] ?? 0;
  }
  totalRow.total = e(grand);
  rows.push({ id: 'total', cells: totalRow, kind: 'total' });
  return {
    id: 'esf/hours-by-gender',
    title: { sv: 'Timmar per månad, fas och kön', en: 'Hours by month, phase and gender' },
    columns: [
      { key: 'month', title: { sv: 'Månad', en: 'Month' }, kind: 'text' },
      { key: 'phase', title: { sv: 'Fas', en: 'Phase' }, kind: 'text' },
      { key: 'woman', title: { sv: 'Kvinnor', en: 'Women' }, kind: 'integer', unit: 'h' },
      { key: 'man', title: { sv: 'Män', en: 'Men' }, kind: 'integer', unit: 'h' },
      {
        key: 'unspecified',
        title: { sv: 'Ej angivet', en: 'Not given' },
        kind: 'integer',
        unit: 'h',
      },
      {
        key: 'unregistered',
        title: { sv: 'Ej i registret', en: 'Not in register' },
        kind: 'integer',
        unit: 'h',
      },
      { key: 'total', title: { sv: 'Totalt', en: 'Total' }, kind: 'integer', unit: 'h' },
    ],
    rows,
  };
}

/**
 * Participants by gender and employment: aggregates only.
 *
 * @example
 * ```ts
 * import { participantsTable, timeReportsSchema } from '@styrkit/esf';
 * const tr = timeReportsSchema.parse({ projectId: 'p', participants: [], reports: [] });
 * participantsTable(tr).rows.length; // 5
 * ```
 */
export function participantsTable(reports: TimeReports, o: TableOptions = {}): Table {
  requireTimeReports(reports, 'participantsTable');
  const s = participantStatistics(reports);
  const row = (
    id: string,
    label: { sv: string; en: string },
    n: number,
    kind?: TableRow['kind'],
  ): TableRow => ({
    id,
    cells: { item: t(o, label), count: e(n) },
    ...(kind === undefined ? {} : { kind }),
  });
  return {
    id: 'esf/participants',
    title: { sv: 'Deltagare per kön', en: 'Participants by gender' },
    columns: [
      { key: 'item', title: { sv: 'Grupp', en: 'Group' }, kind: 'text' },
      { key: 'count', title: { sv: 'Antal', en: 'Count' }, kind: 'integer' },
    ],
    rows: [
      row('women', { sv: 'Kvinnor', en: 'Women' }, s.women),
      row('men', { sv: 'Män', en: 'Men' }, s.men),
      row('unspecified', { sv: 'Kön ej angivet', en: 'Gender not given' }, s.unspecified),
      row('total', { sv: 'Deltagare totalt', en: 'Participants in total' }, s.total, 'total'),
      row(
        'hourly',
        { sv: 'varav timanställda vikarier', en: 'of which hourly-paid substitutes' },
        s.hourlySubstitutes,
      ),
    ],
    notes: [
      {
        sv: 'Deltagare = personer i registret med minst en rapporterad timme.',
        en: 'Participants = people in the register with at least one reported hour.',
      },
    ],
  };
}

/**
 * Key figures of the final report as stated; with the time reports also the figures
 * recomputed from them.
 *
 * @example
 * ```ts
 * import { finalReportTable, finalReportSchema } from '@styrkit/esf';
 * const r = finalReportSchema.parse({ projectId: 'p', figures: { reportedHours: 10 } });
 * finalReportTable(r).rows.find((row) => row.id === 'reportedHours')?.cells.stated?.toString(); // '10'
 * ```
 */
export function finalReportTable(
  report: FinalReport,
  context: { project?: Project; timeReports?: TimeReports } = {},
  o: TableOptions = {},
): Table {
  requireFinalReport(report, 'finalReportTable');
  if (context.project !== undefined) requireProject(context.project, 'finalReportTable');
  requireTimeReports(context.timeReports, 'finalReportTable');
  const f = report.figures;
  const fin = context.project === undefined ? undefined : computeFinancing(context.project);
  const stats =
    context.timeReports === undefined ? undefined : participantStatistics(context.timeReports);
  const hours =
    context.timeReports === undefined || context.project === undefined
      ? undefined
      : hoursVsPlan(context.project, context.timeReports);
  const n = (v: number | undefined): Exact | null => (v === undefined ? null : e(v));
  const rows: [string, { sv: string; en: string }, Exact | null, Exact | null][] = [
    [
      'totalFinancing',
      { sv: 'Total finansiering (kr)', en: 'Total financing (SEK)' },
      f.totalFinancing ?? null,
      fin?.totalEligibleCost ?? null,
    ],
    [
      'cofinancing',
      { sv: 'Medfinansiering (kr)', en: 'Co-financing (SEK)' },
      f.cofinancing ?? null,
      fin?.cofinancing ?? null,
    ],
    [
      'grantPercent',
      { sv: 'ESF-stöd (%)', en: 'ESF grant (%)' },
      f.grantPercent ?? null,
      fin?.grantPercent ?? null,
    ],
    [
      'cofinancingPercent',
      { sv: 'Medfinansiering (%)', en: 'Co-financing (%)' },
      f.cofinancingPercent ?? null,
      fin?.cofinancingPercent ?? null,
    ],
    [
      'plannedHours',
      { sv: 'Planerade timmar', en: 'Planned hours' },
      n(f.plannedHours),
      hours === undefined ? null : e(hours.planned),
    ],
    [
      'reportedHours',
      { sv: 'Rapporterade timmar', en: 'Reported hours' },
      n(f.reportedHours),
      hours === undefined ? null : e(hours.reported),
    ],
    [
      'hoursPercent',
      { sv: 'Timmar i % av plan', en: 'Hours in % of plan' },
      null,
      hours?.percentOfPlan ?? null,
    ],
    [
      'participants',
      { sv: 'Deltagare', en: 'Participants' },
      n(f.participants?.total),
      n(stats?.total),
    ],
    ['women', { sv: 'Kvinnor', en: 'Women' }, n(f.participants?.women), n(stats?.women)],
    ['men', { sv: 'Män', en: 'Men' }, n(f.participants?.men), n(stats?.men)],
    [
      'hourlySubstitutes',
      { sv: 'Timanställda vikarier', en: 'Hourly-paid substitutes' },
      n(f.participants?.hourlySubstitutes),
      n(stats?.hourlySubstitutes),
    ],
    [
      'expectedParticipants',
      { sv: 'Förväntade deltagare', en: 'Expected participants' },
      n(f.expectedParticipants),
      null,
    ],
  ];
  for (const s of f.staffCounts) {
    rows.push([
      `staff-${s.date}-women`,
      { sv: `Anställda kvinnor ${s.date}`, en: `Staff, women, ${s.date}` },
      e(s.women),
      null,
    ]);
    rows.push([
      `staff-${s.date}-men`,
      { sv: `Anställda män ${s.date}`, en: `Staff, men, ${s.date}` },
      e(s.men),
      null,
    ]);
  }
  return {
    id: 'esf/final-report',
    title: { sv: 'Slutrapportens nyckeltal', en: 'Final report key figures' },
    columns: [
      { key: 'item', title: { sv: 'Nyckeltal', en: 'Key figure' }, kind: 'text' },
      { key: 'stated', title: { sv: 'Enligt rapporten', en: 'As stated' }, kind: 'quantity' },
      { key: 'computed', title: { sv: 'Beräknat', en: 'Computed' }, kind: 'quantity' },
    ],
    rows: rows.map(([id, label, stated, computed]) => ({
      id,
      cells: { item: t(o, label), stated, computed },
    })),
  };
}
