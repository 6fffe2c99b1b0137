import { Exact, checkStatedTotal, percentShare, sumKnown, type Finding } from '@styrkit/core';
import { esfCodes, type EsfFinding } from './codes.js';
import { cofinancingShortfall, computeFinancing } from './financing.js';
import { totalHours } from './hours.js';
import type { Call, FinalReport, Project, StatedTable, TimeReports } from './model.js';
import type { EsfReportedFigure } from './messages.js';
import { participantStatistics } from './participants.js';
import {
  requireCall,
  requireFinalReport,
  requireProject,
  requireTimeReports,
} from './parsed-guard.js';

const SHARE = { decimals: 2, mode: 'half-up' } as const;

/**
 * What a final report is checked against besides itself.
 *
 * @example
 * ```ts
 * import type { FinalReportAuditContext } from '@styrkit/esf';
 * const ctx: FinalReportAuditContext = {};
 * ```
 */
export interface FinalReportAuditContext {
  /** The project the report closes. */
  readonly project?: Project;
  /** The call (required co-financing share). */
  readonly call?: Call;
  /** The time reports behind the hours and participant figures. */
  readonly timeReports?: TimeReports;
}

/**
 * Checks every column of a stated table against its rows: a difference is an
 * `esf/table-total-mismatch` worded by the catalogue; a column with an unknown (empty) cell
 * gets core's `core/total-has-unknown` instead, since its sum cannot be known.
 */
export function auditStatedTable(
  table: StatedTable,
  path: readonly (string | number)[],
): Finding[] {
  return table.columns.flatMap((column, c): Finding[] => {
    const items = table.rows.map((r) => {
      const v = r.values[c] ?? null;
      return v === null && table.emptyMeans === 'zero' ? Exact.ZERO : v;
    });
    const stated = table.statedTotals[c];
    if (stated === null || stated === undefined) return [];
    const total = sumKnown(items);
    const at = [...path, 'statedTotals', c];
    const label = `${table.title}, ${column}`;
    if (total.unknownCount > 0) {
      return checkStatedTotal({ items, stated, path: at, label: { sv: label, en: label } });
    }
    if (total.known.equals(stated)) return [];
    return [
      esfCodes.create('esf/table-total-mismatch', {
        path: at,
        expected: total.known,
        actual: stated,
        data: { label, stated, computed: total.known },
      }),
    ];
  });
}

function figureMismatch(
  path: readonly (string | number)[],
  figure: EsfReportedFigure,
  stated: Exact,
  computed: Exact,
  from: 'budget' | 'call' | 'time-reports',
): EsfFinding[] {
  if (stated.equals(computed)) return [];
  return [
    esfCodes.create('esf/reported-figure-mismatch', {
      path,
      expected: computed,
      actual: stated,
      data: { kind: 'records', figure, from, stated, computed },
    }),
  ];
}

function auditStatedShares(report: FinalReport): Finding[] {
  const out: Finding[] = [];
  const { totalFinancing: total, cofinancing } = report.figures;
  if (total === undefined || cofinancing === undefined || total.isZero()) return out;
  const shares: [keyof FinalReport['figures'], Exact | undefined, Exact][] = [
    ['grantPercent', report.figures.grantPercent, total.minus(cofinancing)],
    ['cofinancingPercent', report.figures.cofinancingPercent, cofinancing],
  ];
  for (const [key, stated, part] of shares) {
    const computed = percentShare(part, total, SHARE);
    if (stated === undefined || computed === undefined || stated.equals(computed)) continue;
    out.push(
      esfCodes.create('esf/stated-share-mismatch', {
        path: ['figures', key],
        expected: computed,
        actual: stated,
        data: { stated, computed },
      }),
    );
  }
  const required = report.figures.requiredCofinancingPercent;
  if (required !== undefined) {
    const shortfall = cofinancingShortfall({ total, cofinancing, requiredPercent: required });
    if (shortfall !== undefined) {
      const have = percentShare(cofinancing, total, SHARE) ?? Exact.ZERO;
      out.push(
        esfCodes.create('esf/cofinancing-below-required', {
          path: ['figures', 'cofinancing'],
          expected: required,
          actual: have,
          data: {
            in: 'report',
            share: have,
            required,
            points: shortfall.points,
            amount: shortfall.amount,
          },
        }),
      );
    }
  }
  return out;
}

function auditAgainstRecords(report: FinalReport, ctx: FinalReportAuditContext): Finding[] {
  const out: Finding[] = [];
  const f = report.figures;
  const budget = 'budget';
  if (ctx.project !== undefined) {
    const fin = computeFinancing(ctx.project);
    if (f.totalFinancing !== undefined && fin.totalEligibleCost !== undefined) {
      out.push(
        ...figureMismatch(
          ['figures', 'totalFinancing'],
          'totalFinancing',
          f.totalFinancing,
          fin.totalEligibleCost,
          budget,
        ),
      );
    }
    if (f.cofinancing !== undefined) {
      out.push(
        ...figureMismatch(
          ['figures', 'cofinancing'],
          'cofinancing',
          f.cofinancing,
          fin.cofinancing,
          budget,
        ),
      );
    }
    const planned = ctx.project.cofinancing.reduce(
      (acc, s) => acc.plus(s.participantTime?.plannedHours ?? Exact.ZERO),
      Exact.ZERO,
    );
    if (f.plannedHours !== undefined) {
      out.push(
        ...figureMismatch(
          ['figures', 'plannedHours'],
          'plannedHours',
          Exact.of(f.plannedHours),
          planned,
          budget,
        ),
      );
    }
  }
  if (ctx.call !== undefined && f.requiredCofinancingPercent !== undefined) {
    out.push(
      ...figureMismatch(
        ['figures', 'requiredCofinancingPercent'],
        'requiredCofinancingPercent',
        f.requiredCofinancingPercent,
        ctx.call.requiredCofinancingPercent,
        'call',
      ),
    );
  }
  if (ctx.timeReports !== undefined) {
    const records = 'time-reports';
    if (f.reportedHours !== undefined) {
      out.push(
        ...figureMismatch(
          ['figures', 'reportedHours'],
          'reportedHours',
          Exact.of(f.reportedHours),
          Exact.of(totalHours(ctx.timeReports)),
          records,
        ),
      );
    }
    const stats = participantStatistics(ctx.timeReports);
    const p = f.participants;
    const pairs: [
      keyof NonNullable<FinalReport['figures']['participants']>,
      number | undefined,
      number,
      EsfReportedFigure,
    ][] = [
      ['total', p?.total, stats.total, 'participants'],
      ['women', p?.women, stats.women, 'women'],
      ['men', p?.men, stats.men, 'men'],
      ['hourlySubstitutes', p?.hourlySubstitutes, stats.hourlySubstitutes, 'hourlySubstitutes'],
    ];
    for (const [key, stated, computed, what] of pairs) {
      if (stated === undefined) continue;
      out.push(
        ...figureMismatch(
          ['figures', 'participants', key],
          what,
          Exact.of(stated),
          Exact.of(computed),
          records,
        ),
      );
    }
  }
  return out;
}

function auditProgress(report: FinalReport): Finding[] {
  const out: Finding[] = [];
  const f = report.figures;
  if (
    f.participants?.total !== undefined &&
    f.participants.women !== undefined &&
    f.participants.men !== undefined
  ) {
    const computed = Exact.of(f.participants.women).plus(Exact.of(f.participants.men));
    const stated = Exact.of(f.participants.total);
    if (!computed.equals(stated)) {
      out.push(
        esfCodes.create('esf/reported-figure-mismatch', {
          path: ['figures', 'participants', 'total'],
          expected: computed,
          actual: stated,
          data: { kind: 'women-and-men', stated, computed },
        }),
      );
    }
  }
  if (f.plannedHours !== undefined && f.reportedHours !== undefined && f.plannedHours > 0) {
    const share =
      percentShare(Exact.of(f.reportedHours), Exact.of(f.plannedHours), SHARE) ?? Exact.ZERO;
    if (f.reportedHours !== f.plannedHours) {
      const below = f.reportedHours < f.plannedHours;
      out.push(
        esfCodes.create('esf/hours-vs-plan', {
          path: ['figures', 'reportedHours'],
          severity: below ? 'warning' : 'info',
          expected: f.plannedHours,
          actual: f.reportedHours,
          data: { reported: f.reportedHours, planned: f.plannedHours, share },
        }),
      );
    }
  }
  if (
    f.expectedParticipants !== undefined &&
    f.participants?.total !== undefined &&
    f.participants.total !== f.expectedParticipants
  ) {
    out.push(
      esfCodes.create('esf/participants-vs-expected', {
        path: ['figures', 'participants', 'total'],
        expected: f.expectedParticipants,
        actual: f.participants.total,
        data: { participants: f.participants.total, expected: f.expectedParticipants },
      }),
    );
  }
  return out;
}

/**
 * Every rule for a final report: stated shares against stated amounts, the co-financing
 * requirement on the report's own figures, stated table totals (the Sala equipment table),
 * key figures against the project, the call and the time reports, and hours and
 * participants against plan and expectation.
 *
 * @example
 * ```ts
 * import { auditFinalReport, finalReportSchema } from '@styrkit/esf';
 * const r = finalReportSchema.parse({ projectId: 'p', figures: {}, tables: [{
 *   id: 't', title: 'Surfplattor', columns: ['Antal'], rows: [{ label: 'A', values: [16] }], statedTotals: [14] }] });
 * auditFinalReport(r)[0]?.code; // 'esf/table-total-mismatch'
 * ```
 */
export function auditFinalReport(
  report: FinalReport,
  context: FinalReportAuditContext = {},
): Finding[] {
  requireFinalReport(report, 'auditFinalReport');
  if (context.project !== undefined) requireProject(context.project, 'auditFinalReport');
  requireCall(context.call, 'auditFinalReport');
  requireTimeReports(context.timeReports, 'auditFinalReport');
  return [
    ...auditStatedShares(report),
    ...report.tables.flatMap((t, i) => auditStatedTable(t, ['tables', i])),
    ...auditAgainstRecords(report, context),
    ...auditProgress(report),
  ];
}
