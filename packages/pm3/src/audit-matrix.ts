import { type Exact, type PartialSum } from '@styrkit/core';
import { activityTitle } from './activities.js';
import { cellForSum } from './cell.js';
import { pm3Codes, type Pm3Finding } from './codes.js';
import { matrixTotals } from './matrix.js';
import { matrixUnit, type MatrixTarget } from './messages.js';
import { MATRIX_COLUMN_INFO, MATRIX_COLUMNS, type Matrix, type Objektplan } from './model.js';

type MatrixName = 'budget' | 'fte';

/** Compares one stated total with its computed partial sum; unknown cells give an info. */
function compareTotal(
  code: 'pm3/row-sum-mismatch' | 'pm3/column-sum-mismatch' | 'pm3/grand-total-mismatch',
  name: MatrixName,
  matrix: Matrix,
  target: MatrixTarget,
  stated: Exact | null | undefined,
  computed: PartialSum,
  path: (string | number)[],
): Pm3Finding[] {
  if (stated === null || stated === undefined) return [];
  const unit = matrixUnit(matrix.unit);
  if (computed.unknownCount > 0) {
    return [
      pm3Codes.create('pm3/total-has-unknown', {
        path,
        expected: computed.known,
        actual: stated,
        data: {
          where: { matrix: name, target },
          of: 'cells',
          unit,
          stated,
          sum: computed,
        },
      }),
    ];
  }
  if (computed.known.equals(stated)) return [];
  return [
    pm3Codes.create(code, {
      path,
      expected: computed.known,
      actual: stated,
      data: { matrix: name, target, unit, stated, computed: computed.known },
    }),
  ];
}

/**
 * Stated vs computed totals for every row, column and the grand total of one matrix of a plan.
 */
export function auditMatrixTotals(
  plan: Objektplan,
  name: MatrixName,
  matrix: Matrix,
): Pm3Finding[] {
  const totals = matrixTotals(matrix);
  const findings: Pm3Finding[] = [];
  matrix.rows.forEach((row, i) => {
    const computed = totals.rows[i];
    if (computed === undefined) return;
    findings.push(
      ...compareTotal(
        'pm3/row-sum-mismatch',
        name,
        matrix,
        { kind: 'row', activity: activityTitle(plan, row.activity) },
        row.statedTotal,
        computed,
        [name, 'rows', i, 'statedTotal'],
      ),
    );
  });
  for (const column of MATRIX_COLUMNS) {
    findings.push(
      ...compareTotal(
        'pm3/column-sum-mismatch',
        name,
        matrix,
        { kind: 'column', column },
        matrix.statedColumnTotals?.[column],
        totals.columns[column],
        [name, 'statedColumnTotals', column],
      ),
    );
  }
  findings.push(
    ...compareTotal(
      'pm3/grand-total-mismatch',
      name,
      matrix,
      { kind: 'grand' },
      matrix.statedGrandTotal,
      totals.grand,
      [name, 'statedGrandTotal'],
    ),
  );
  return findings;
}

/**
 * Cells with budget but no FTE, and FTE but no budget (both informational). Compared per
 * main activity and column; a zero and an empty cell both count as "none".
 */
export function auditCostVersusFte(plan: Objektplan): Pm3Finding[] {
  const fte = plan.fte;
  if (fte === undefined) return [];
  const findings: Pm3Finding[] = [];
  const unit = matrixUnit(plan.budget.unit);
  plan.budget.rows.forEach((budgetRow, i) => {
    const fteIndex = fte.rows.findIndex((r) => r.activity === budgetRow.activity);
    const fteRow = fte.rows[fteIndex];
    if (fteRow === undefined) return;
    const title = activityTitle(plan, budgetRow.activity);
    for (const column of MATRIX_COLUMNS) {
      const cost = cellForSum(budgetRow[column]);
      const people = cellForSum(fteRow[column]);
      const columnTitle = MATRIX_COLUMN_INFO[column].title;
      // An unknown cell on either side says nothing about the other.
      if (cost === null || people === null) continue;
      const noPeople = people === undefined || people.isZero();
      const noCost = cost === undefined || cost.isZero();
      if (cost !== undefined && !cost.isZero() && noPeople) {
        findings.push(
          pm3Codes.create('pm3/cost-without-fte', {
            path: ['fte', 'rows', fteIndex, column],
            data: { activity: title, column: columnTitle, unit, cost },
          }),
        );
      }
      if (people !== undefined && !people.isZero() && noCost) {
        findings.push(
          pm3Codes.create('pm3/fte-without-cost', {
            path: ['budget', 'rows', i, column],
            data: { activity: title, column: columnTitle, fte: people },
          }),
        );
      }
    }
  });
  return findings;
}
