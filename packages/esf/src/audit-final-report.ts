import {
  Exact,
  checkStatedTotal,
  percentShare,
  type Finding,
  type LocalizedText,
} from '@styrkit/core';
import { esfCodes } from './codes.js';
import { cofinancingShortfall, computeFinancing } from './financing.js';
import { totalHours } from './hours.js';
import type { Call, FinalReport, Project, StatedTable, TimeReports } from './model.js';
import { participantStatistics } from './participants.js';
import { num, pct } from './text.js';

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

/** Checks every column of a stated table against its rows. */
export function auditStatedTable(
  table: StatedTable,
  path: readonly (string | number)[],
): Finding[] {
  return table.columns.flatMap((column, c) => {
    const items = table.rows.map((r) => {
      const v = r.values[c] ?? null;
      return v === null && table.emptyMeans === 'zero' ? Exact.ZERO : v;
    });
    return checkStatedTotal({
      items,
      stated: table.statedTotals[c],
      path: [...path, 'statedTotals', c],
      code: 'esf/table-total-mismatch',
      label: { sv: `${table.title}, ${column}`, en: `${table.title}, ${column}` },
    });
  });
}

function figureMismatch(
  path: readonly (string | number)[],
  what: LocalizedText,
  stated: Exact,
  computed: Exact,
  from: LocalizedText,
): Finding[] {
  if (stated.equals(computed)) return [];
  return [
    esfCodes.create('esf/reported-figure-mismatch', {
      path,
      expected: computed,
      actual: stated,
      message: {
        sv: `${what.sv}: rapporten anger ${num(stated).sv}, ${from.sv} ger ${num(computed).sv}`,
        en: `${what.en}: the report states ${num(stated).en}, ${from.en} give ${num(computed).en}`,
      },
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
        message: {
          sv: `Angiven andel ${pct(stated).sv}, beloppen ger ${pct(computed).sv}`,
          en: `Stated share ${pct(stated).en}, the amounts give ${pct(computed).en}`,
        },
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
          message: {
            sv: `Rapportens egna siffror ger medfinansiering ${pct(have).sv} mot kravet ${pct(required).sv}: ${num(shortfall.points, 2).sv} procentenheter eller cirka ${num(shortfall.amount, 0).sv} kr för lite`,
            en: `The report's own figures give co-financing ${pct(have).en} against the required ${pct(required).en}: ${num(shortfall.points, 2).en} percentage points or about SEK ${num(shortfall.amount, 0).en} short`,
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
  const budget = { sv: 'projektets budget', en: 'the project budget' };
  if (ctx.project !== undefined) {
    const fin = computeFinancing(ctx.project);
    if (f.totalFinancing !== undefined && fin.totalEligibleCost !== undefined) {
      out.push(
        ...figureMismatch(
          ['figures', 'totalFinancing'],
          { sv: 'Total finansiering', en: 'Total financing' },
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
          { sv: 'Medfinansiering', en: 'Co-financing' },
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
          { sv: 'Planerade timmar', en: 'Planned hours' },
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
        { sv: 'Krav på medfinansiering', en: 'Required co-financing' },
        f.requiredCofinancingPercent,
        ctx.call.requiredCofinancingPercent,
        { sv: 'utlysningen', en: 'the call' },
      ),
    );
  }
  if (ctx.timeReports !== undefined) {
    const records = { sv: 'tidrapporterna', en: 'the time reports' };
    if (f.reportedHours !== undefined) {
      out.push(
        ...figureMismatch(
          ['figures', 'reportedHours'],
          { sv: 'Rapporterade timmar', en: 'Reported hours' },
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
      LocalizedText,
    ][] = [
      ['total', p?.total, stats.total, { sv: 'Deltagare', en: 'Participants' }],
      ['women', p?.women, stats.women, { sv: 'Kvinnor', en: 'Women' }],
      ['men', p?.men, stats.men, { sv: 'Män', en: 'Men' }],
      [
        'hourlySubstitutes',
        p?.hourlySubstitutes,
        stats.hourlySubstitutes,
        { sv: 'Timanställda', en: 'Hourly-paid' },
      ],
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
    out.push(
      ...checkStatedTotal({
        items: [Exact.of(f.participants.women), Exact.of(f.participants.men)],
        stated: Exact.of(f.participants.total),
        path: ['figures', 'participants', 'total'],
        code: 'esf/reported-figure-mismatch',
        label: { sv: 'Deltagare (kvinnor + män)', en: 'Participants (women + men)' },
      }),
    );
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
          message: {
            sv: `${String(f.reportedHours)} medfinansieringstimmar mot planerade ${String(f.plannedHours)} (${pct(share).sv})`,
            en: `${String(f.reportedHours)} co-financing hours against ${String(f.plannedHours)} planned (${pct(share).en})`,
          },
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
        message: {
          sv: `${String(f.participants.total)} deltagare mot förväntade ${String(f.expectedParticipants)}`,
          en: `${String(f.participants.total)} participants against ${String(f.expectedParticipants)} expected`,
        },
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
  return [
    ...auditStatedShares(report),
    ...report.tables.flatMap((t, i) => auditStatedTable(t, ['tables', i])),
    ...auditAgainstRecords(report, context),
    ...auditProgress(report),
  ];
}
