import { type Exact, type Path } from '@styrkit/core';
import { pm3Codes, type Pm3Finding } from './codes.js';
import {
  followUpFigure,
  impliedDeviation,
  linearPeriodBudget,
  modesGiving,
  rescale,
  sumOfRows,
} from './follow-up.js';
import type { FollowUpPlace } from './messages.js';
import { FOLLOW_UP_COLUMNS, type BudgetFollowUp, type FollowUpStatement } from './model.js';
import { requireBudgetFollowUp } from './parsed-guard.js';

/** A stated figure against a computed one: nothing, a rounding difference or a mismatch. */
function compare(
  code: 'pm3/follow-up-sum-mismatch' | 'pm3/deviation-mismatch',
  stated: Exact,
  computed: Exact,
  tolerance: Exact,
  path: Path,
  where: FollowUpPlace,
  unit: string,
): Pm3Finding[] {
  const difference = stated.minus(computed);
  if (difference.isZero()) return [];
  const withinTolerance = difference.abs().lte(tolerance);
  return [
    pm3Codes.create(withinTolerance ? 'pm3/follow-up-rounding-difference' : code, {
      path,
      expected: computed,
      actual: stated,
      data: { where, unit, stated, computed },
    }),
  ];
}

function auditStatement(
  followUp: BudgetFollowUp,
  statement: FollowUpStatement,
  s: number,
): Pm3Finding[] {
  const findings: Pm3Finding[] = [];
  const ids = new Set<string>();
  const tolerance = followUp.roundingTolerance;
  const unit = followUp.unit;
  statement.rows.forEach((row, r) => {
    const rowPath: Path = ['statements', s, 'rows', r];
    if (ids.has(row.id)) {
      findings.push(
        pm3Codes.create('pm3/duplicate-id', {
          path: [...rowPath, 'id'],
          actual: row.id,
          data: { statement: statement.title, id: row.id },
        }),
      );
    }
    ids.add(row.id);
    const place: FollowUpPlace = { statement: statement.title, row: row.label };

    const sumOf = row.sumOf ?? [];
    sumOf.forEach((id, k) => {
      if (!statement.rows.some((other) => other.id === id)) {
        findings.push(
          pm3Codes.create('pm3/unknown-reference', {
            path: [...rowPath, 'sumOf', k],
            actual: id,
            data: { kind: 'sum-row', statement: statement.title, row: row.label, id },
          }),
        );
      }
    });
    if (sumOf.length > 0) {
      for (const column of FOLLOW_UP_COLUMNS) {
        const stated = row[column];
        if (stated === undefined || stated === null) continue;
        const computed = sumOfRows(statement.rows, sumOf, column);
        if (computed.unknownCount > 0) continue;
        findings.push(
          ...compare(
            'pm3/follow-up-sum-mismatch',
            stated,
            computed.known,
            tolerance,
            [...rowPath, column],
            { ...place, column },
            unit,
          ),
        );
      }
    }

    const implied = impliedDeviation(statement, row);
    if (row.deviation !== undefined && row.deviation !== null && implied !== undefined) {
      findings.push(
        ...compare(
          'pm3/deviation-mismatch',
          row.deviation,
          implied,
          tolerance,
          [...rowPath, 'deviation'],
          { ...place, column: 'deviation' },
          unit,
        ),
      );
    }

    const annual = row.annualBudget;
    const period = row.periodBudget;
    if (annual !== undefined && annual !== null && period !== undefined && period !== null) {
      const linear = linearPeriodBudget(annual, followUp.months);
      if (period.minus(linear).abs().gt(tolerance)) {
        findings.push(
          pm3Codes.create('pm3/period-budget-not-linear', {
            path: [...rowPath, 'periodBudget'],
            expected: linear.round(2, 'half-up'),
            actual: period,
            data: { where: place, unit, months: followUp.months, period, linear },
          }),
        );
      }
    }

    const share = row.shareOfAnnualBudget;
    const outcome = row.periodOutcome;
    if (
      share !== undefined &&
      share !== null &&
      annual !== undefined &&
      annual !== null &&
      !annual.isZero() &&
      outcome !== undefined &&
      outcome !== null
    ) {
      // Rounded half-up to the decimals the stated share is written with.
      const computed = outcome.times(100).dividedBy(annual).round(share.decimalPlaces(), 'half-up');
      if (!computed.equals(share)) {
        findings.push(
          pm3Codes.create('pm3/share-mismatch', {
            path: [...rowPath, 'shareOfAnnualBudget'],
            expected: computed,
            actual: share,
            data: { where: place, stated: share, computed },
          }),
        );
      }
    }
  });
  return findings;
}

function auditRoundedFigures(followUp: BudgetFollowUp): Pm3Finding[] {
  const findings: Pm3Finding[] = [];
  followUp.roundedFigures.forEach((figure, i) => {
    const path: Path = ['roundedFigures', i];
    const source = followUpFigure(followUp, figure.statement, figure.row, figure.column);
    if (source === undefined) {
      findings.push(
        pm3Codes.create('pm3/unknown-reference', {
          path,
          actual: `${figure.statement}/${figure.row}/${figure.column}`,
          data: {
            kind: 'source',
            label: figure.label,
            source: `${figure.statement}/${figure.row}/${figure.column}`,
          },
        }),
      );
      return;
    }
    const stated = figure.stated.value;
    if (source === null || stated === null) return;
    // Without a declared mode the figure is expected half-up: the common reading of "rounded".
    const mode = figure.mode ?? 'half-up';
    const units = { from: followUp.unit, to: figure.unit, decimals: figure.decimals };
    const expected = rescale(source, { ...units, mode });
    if (expected.equals(stated)) return;
    const matching = modesGiving(source, stated, units);
    findings.push(
      pm3Codes.create('pm3/rounding-changes-figure', {
        path: [...path, 'stated'],
        expected,
        actual: stated,
        data: {
          label: figure.label,
          source,
          fromUnit: followUp.unit,
          toUnit: figure.unit,
          mode,
          rounded: expected,
          stated,
          matching,
        },
      }),
    );
  });
  return findings;
}

/**
 * Audits a budget follow-up: every sum row against its rows, every deviation against budget,
 * outcome or forecast under the statement's sign convention, shares of the annual budget,
 * period budgets that are not annual × months / 12, and figures rescaled to another unit
 * whose rounding changes them (−16 376 tkr shown as −16,3 mnkr where half-up gives −16,4).
 * Differences within `roundingTolerance` are reported as info, not errors.
 *
 * @example
 * ```ts
 * import { auditBudgetFollowUp, budgetFollowUpSchema } from '@styrkit/pm3';
 * const f = budgetFollowUpSchema.parse({ id: 'f', title: 'F', organisation: 'N', year: 2023, months: 5, unit: 'tkr',
 *   statements: [{ id: 's', title: 'S', convention: 'income-negative', basis: 'forecast', rows: [{ id: 'r', label: 'R', annualBudget: 149646, annualForecast: 166022, deviation: -16376 }] }],
 *   roundedFigures: [{ id: 'x', label: 'Avvikelse', statement: 's', row: 'r', column: 'deviation', unit: 'mnkr', decimals: 1, stated: '-16,3' }] });
 * auditBudgetFollowUp(f).map((x) => x.code); // ['pm3/rounding-changes-figure']
 * ```
 */
export function auditBudgetFollowUp(followUp: BudgetFollowUp): Pm3Finding[] {
  requireBudgetFollowUp(followUp, 'auditBudgetFollowUp');
  const findings: Pm3Finding[] = [];
  const ids = new Set<string>();
  followUp.statements.forEach((statement, s) => {
    if (ids.has(statement.id)) {
      findings.push(
        pm3Codes.create('pm3/duplicate-id', {
          path: ['statements', s, 'id'],
          actual: statement.id,
          data: { list: 'statements', id: statement.id },
        }),
      );
    }
    ids.add(statement.id);
    findings.push(...auditStatement(followUp, statement, s));
  });
  findings.push(...auditRoundedFigures(followUp));
  return findings;
}
