import { type Exact, type LocalizedText, type PartialSum } from '@styrkit/core';
import { activityTitle } from './activities.js';
import { cellForSum } from './cell.js';
import { pm3Codes, type Pm3Finding } from './codes.js';
import { totalsOfParsedMatrix } from './matrix.js';
import { matrixUnit, type MatrixTarget } from './messages.js';
import { MATRIX_COLUMN_INFO, MATRIX_COLUMNS, type Matrix, type Objektplan } from './model.js';

type MatrixName = 'budget' | 'fte';

/** Whether a stated total differs from its computed sum or the sum has unknown cells. */
function differs(stated: Exact | null | undefined, computed: PartialSum): stated is Exact {
  if (stated === null || stated === undefined) return false;
  return computed.unknownCount > 0 || !computed.known.equals(stated);
}

/**
 * The finding for a stated total that {@link differs} from its computed partial sum; unknown
 * cells give an info. Called only for such a total, so the target (a row's activity title)
 * and the path are made only for a finding.
 */
function totalFinding(
  code: 'pm3/row-sum-mismatch' | 'pm3/column-sum-mismatch' | 'pm3/grand-total-mismatch',
  name: MatrixName,
  matrix: Matrix,
  target: MatrixTarget,
  stated: Exact,
  computed: PartialSum,
  path: (string | number)[],
): Pm3Finding {
  const unit = matrixUnit(matrix.unit);
  if (computed.unknownCount > 0) {
    return pm3Codes.create('pm3/total-has-unknown', {
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
    });
  }
  return pm3Codes.create(code, {
    path,
    expected: computed.known,
    actual: stated,
    data: { matrix: name, target, unit, stated, computed: computed.known },
  });
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
  const rows = matrix.rows;
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] as Matrix['rows'][number];
    const computed = totals.rows[i];
    if (computed === undefined || !differs(row.statedTotal, computed)) continue;
    const target = { kind: 'row', activity: activityTitle(plan, row.activity) } as const;
    const path = [name, 'rows', i, 'statedTotal'];
    findings.push(
      totalFinding('pm3/row-sum-mismatch', name, matrix, target, row.statedTotal, computed, path),
    );
  }
  for (const column of MATRIX_COLUMNS) {
    const stated = matrix.statedColumnTotals?.[column];
    const computed = totals.columns[column];
    if (!differs(stated, computed)) continue;
    const path = [name, 'statedColumnTotals', column];
    findings.push(
      totalFinding(
        'pm3/column-sum-mismatch',
        name,
        matrix,
        { kind: 'column', column },
        stated,
        computed,
        path,
      ),
    );
  }
  const stated = matrix.statedGrandTotal;
  if (differs(stated, totals.grand)) {
    const path = [name, 'statedGrandTotal'];
    findings.push(
      totalFinding(
        'pm3/grand-total-mismatch',
        name,
        matrix,
        { kind: 'grand' },
        stated,
        totals.grand,
        path,
      ),
    );
  }
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
