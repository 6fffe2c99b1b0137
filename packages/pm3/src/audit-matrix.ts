import { type Exact, type LocalizedText, type PartialSum } from '@styrkit/core';
import { activityTitle } from './activities.js';
import { cellForSum } from './cell.js';
import { pm3Codes, type Pm3Finding } from './codes.js';
import { totalsOfParsedMatrix } from './matrix.js';
import { matrixUnit, type MatrixTarget } from './messages.js';
import { MATRIX_COLUMN_INFO, MATRIX_COLUMNS, type Matrix, type Objektplan } from './model.js';

type MatrixName = 'budget' | 'fte';

/**
 * Compares one stated total with its computed partial sum; unknown cells give an info. The
 * target (a row's activity title) is looked up only for a finding.
 */
function compareTotal(
  findings: Pm3Finding[],
  code: 'pm3/row-sum-mismatch' | 'pm3/column-sum-mismatch' | 'pm3/grand-total-mismatch',
  name: MatrixName,
  matrix: Matrix,
  target: () => MatrixTarget,
  stated: Exact | null | undefined,
  computed: PartialSum,
  path: () => (string | number)[],
): void {
  if (stated === null || stated === undefined) return;
  if (computed.unknownCount === 0 && computed.known.equals(stated)) return;
  const unit = matrixUnit(matrix.unit);
  if (computed.unknownCount > 0) {
    findings.push(
      pm3Codes.create('pm3/total-has-unknown', {
        path: path(),
        expected: computed.known,
        actual: stated,
        data: {
          where: { matrix: name, target: target() },
          of: 'cells',
          unit,
          stated,
          sum: computed,
        },
      }),
    );
    return;
  }
  findings.push(
    pm3Codes.create(code, {
      path: path(),
      expected: computed.known,
      actual: stated,
      data: { matrix: name, target: target(), unit, stated, computed: computed.known },
    }),
  );
}

/**
 * Appends stated vs computed totals for every row, column and the grand total of one matrix
 * of a plan.
 */
export function auditMatrixTotals(
  findings: Pm3Finding[],
  plan: Objektplan,
  name: MatrixName,
  matrix: Matrix,
): void {
  // The plan was checked by the audit's entry: the totals need no second check.
  const totals = totalsOfParsedMatrix(matrix);
  matrix.rows.forEach((row, i) => {
    const computed = totals.rows[i];
    if (computed === undefined) return;
    compareTotal(
      findings,
      'pm3/row-sum-mismatch',
      name,
      matrix,
      () => ({ kind: 'row', activity: activityTitle(plan, row.activity) }),
      row.statedTotal,
      computed,
      () => [name, 'rows', i, 'statedTotal'],
    );
  });
  for (const column of MATRIX_COLUMNS) {
    compareTotal(
      findings,
      'pm3/column-sum-mismatch',
      name,
      matrix,
      () => ({ kind: 'column', column }),
      matrix.statedColumnTotals?.[column],
      totals.columns[column],
      () => [name, 'statedColumnTotals', column],
    );
  }
  compareTotal(
    findings,
    'pm3/grand-total-mismatch',
    name,
    matrix,
    () => ({ kind: 'grand' }),
    matrix.statedGrandTotal,
    totals.grand,
    () => [name, 'statedGrandTotal'],
  );
}

/**
 * Appends cells with budget but no FTE, and FTE but no budget (both informational). Compared per
 * main activity and column; a zero and an empty cell both count as "none".
 */
export function auditCostVersusFte(findings: Pm3Finding[], plan: Objektplan): void {
  const fte = plan.fte;
  if (fte === undefined) return;
  const unit = matrixUnit(plan.budget.unit);
  plan.budget.rows.forEach((budgetRow, i) => {
    const fteIndex = fte.rows.findIndex((r) => r.activity === budgetRow.activity);
    const fteRow = fte.rows[fteIndex];
    if (fteRow === undefined) return;
    let title: LocalizedText | undefined;
    for (const column of MATRIX_COLUMNS) {
      const cost = cellForSum(budgetRow[column]);
      const people = cellForSum(fteRow[column]);
      // An unknown cell on either side says nothing about the other.
      if (cost === null || people === null) continue;
      const noPeople = people === undefined || people.isZero();
      const noCost = cost === undefined || cost.isZero();
      if (cost !== undefined && !cost.isZero() && noPeople) {
        title ??= activityTitle(plan, budgetRow.activity);
        findings.push(
          pm3Codes.create('pm3/cost-without-fte', {
            path: ['fte', 'rows', fteIndex, column],
            data: { activity: title, column: MATRIX_COLUMN_INFO[column].title, unit, cost },
          }),
        );
      }
      if (people !== undefined && !people.isZero() && noCost) {
        title ??= activityTitle(plan, budgetRow.activity);
        findings.push(
          pm3Codes.create('pm3/fte-without-cost', {
            path: ['budget', 'rows', i, column],
            data: { activity: title, column: MATRIX_COLUMN_INFO[column].title, fte: people },
          }),
        );
      }
    }
  });
}
