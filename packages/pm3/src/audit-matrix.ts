import { type Exact, type Finding, type LocalizedText, type PartialSum } from '@styrkit/core';
import { activityTitle } from './activities.js';
import { cellForSum } from './cell.js';
import { pm3Codes } from './codes.js';
import { matrixTotals } from './matrix.js';
import { MATRIX_COLUMN_INFO, MATRIX_COLUMNS, type Matrix, type Objektplan } from './model.js';
import { num, partialText } from './text.js';

type MatrixName = 'budget' | 'fte';

const unitText: Record<MatrixName, LocalizedText> = {
  budget: { sv: 'kkr', en: 'kkr' },
  fte: { sv: 'årsarbeten', en: 'FTE' },
};

const matrixTitle: Record<MatrixName, LocalizedText> = {
  budget: { sv: 'Budget', en: 'Budget' },
  fte: { sv: 'Årsarbeten', en: 'FTE' },
};

/** Compares one stated total with its computed partial sum; unknown cells give an info. */
function compareTotal(
  code: 'pm3/row-sum-mismatch' | 'pm3/column-sum-mismatch' | 'pm3/grand-total-mismatch',
  name: MatrixName,
  label: LocalizedText,
  stated: Exact | null | undefined,
  computed: PartialSum,
  path: (string | number)[],
): Finding[] {
  if (stated === null || stated === undefined) return [];
  const where = {
    sv: `${matrixTitle[name].sv}, ${label.sv}`,
    en: `${matrixTitle[name].en}, ${label.en}`,
  };
  if (computed.unknownCount > 0) {
    const partial = partialText(computed, unitText[name].sv);
    return [
      pm3Codes.create('pm3/total-has-unknown', {
        path,
        expected: stated,
        actual: computed.known,
        message: {
          sv: `${where.sv}: angivet ${num(stated)}, cellerna ger ${partial.sv}`,
          en: `${where.en}: stated ${num(stated, 'en')}, the cells give ${partial.en}`,
        },
      }),
    ];
  }
  if (computed.known.equals(stated)) return [];
  const difference = computed.known.minus(stated);
  return [
    pm3Codes.create(code, {
      path,
      expected: stated,
      actual: computed.known,
      message: {
        sv: `${where.sv}: angivet ${num(stated)} ${unitText[name].sv}, cellerna ger ${num(computed.known)} (skillnad ${num(difference)})`,
        en: `${where.en}: stated ${num(stated, 'en')} ${unitText[name].en}, the cells give ${num(computed.known, 'en')} (difference ${num(difference, 'en')})`,
      },
    }),
  ];
}

/**
 * Stated vs computed totals for every row, column and the grand total of one matrix of a plan.
 */
export function auditMatrixTotals(plan: Objektplan, name: MatrixName, matrix: Matrix): Finding[] {
  const totals = matrixTotals(matrix);
  const findings: Finding[] = [];
  matrix.rows.forEach((row, i) => {
    const computed = totals.rows[i];
    if (computed === undefined) return;
    findings.push(
      ...compareTotal(
        'pm3/row-sum-mismatch',
        name,
        activityTitle(plan, row.activity),
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
        MATRIX_COLUMN_INFO[column].title,
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
      { sv: 'totalt', en: 'total' },
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
export function auditCostVersusFte(plan: Objektplan): Finding[] {
  const fte = plan.fte;
  if (fte === undefined) return [];
  const findings: Finding[] = [];
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
            message: {
              sv: `${title.sv}, ${columnTitle.sv}: budget ${num(cost)} kkr men inga årsarbeten`,
              en: `${title.en}, ${columnTitle.en}: budget ${num(cost, 'en')} kkr but no FTE`,
            },
          }),
        );
      }
      if (people !== undefined && !people.isZero() && noCost) {
        findings.push(
          pm3Codes.create('pm3/fte-without-cost', {
            path: ['budget', 'rows', i, column],
            message: {
              sv: `${title.sv}, ${columnTitle.sv}: ${num(people)} årsarbeten men ingen budget`,
              en: `${title.en}, ${columnTitle.en}: ${num(people, 'en')} FTE but no budget`,
            },
          }),
        );
      }
    }
  });
  return findings;
}
