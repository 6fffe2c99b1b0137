import {
  type Exact,
  type Finding,
  type LocalizedText,
  type Path,
  type RoundingMode,
} from '@styrkit/core';
import { pm3Codes } from './codes.js';
import {
  followUpFigure,
  impliedDeviation,
  linearPeriodBudget,
  modesGiving,
  rescale,
  sumOfRows,
} from './follow-up.js';
import { FOLLOW_UP_COLUMNS, type BudgetFollowUp, type FollowUpStatement } from './model.js';
import { num, numFixed, pct } from './text.js';

const columnTitle: Record<(typeof FOLLOW_UP_COLUMNS)[number], LocalizedText> = {
  annualBudget: { sv: 'årsbudget', en: 'annual budget' },
  annualForecast: { sv: 'årsprognos', en: 'annual forecast' },
  periodBudget: { sv: 'periodbudget', en: 'period budget' },
  periodOutcome: { sv: 'periodutfall', en: 'period outcome' },
  deviation: { sv: 'avvikelse', en: 'deviation' },
};

const modeName: Record<RoundingMode, LocalizedText> = {
  'half-up': { sv: 'halvt uppåt', en: 'half-up' },
  'half-even': { sv: 'halvt till jämnt', en: 'half-even' },
  truncate: { sv: 'trunkering', en: 'truncation' },
  floor: { sv: 'nedåt', en: 'floor' },
  ceil: { sv: 'uppåt', en: 'ceiling' },
};

/** A stated figure against a computed one: nothing, a rounding difference or a mismatch. */
function compare(
  code: 'pm3/follow-up-sum-mismatch' | 'pm3/deviation-mismatch',
  stated: Exact,
  computed: Exact,
  tolerance: Exact,
  path: Path,
  where: LocalizedText,
  unit: string,
): Finding[] {
  const difference = stated.minus(computed);
  if (difference.isZero()) return [];
  const withinTolerance = difference.abs().lte(tolerance);
  const text = {
    sv: `${where.sv}: angivet ${num(stated)} ${unit}, beräknat ${num(computed)} ${unit} (skillnad ${num(difference)})`,
    en: `${where.en}: stated ${num(stated, 'en')} ${unit}, computed ${num(computed, 'en')} ${unit} (difference ${num(difference, 'en')})`,
  };
  return [
    pm3Codes.create(withinTolerance ? 'pm3/follow-up-rounding-difference' : code, {
      path,
      expected: computed,
      actual: stated,
      message: withinTolerance
        ? {
            sv: `${text.sv}; inom avrundningstoleransen`,
            en: `${text.en}; within the rounding tolerance`,
          }
        : text,
    }),
  ];
}

function auditStatement(
  followUp: BudgetFollowUp,
  statement: FollowUpStatement,
  s: number,
): Finding[] {
  const findings: Finding[] = [];
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
          message: {
            sv: `${statement.title}: raden "${row.id}" förekommer mer än en gång`,
            en: `${statement.title}: row "${row.id}" occurs more than once`,
          },
        }),
      );
    }
    ids.add(row.id);
    const label = {
      sv: `${statement.title}, ${row.label}`,
      en: `${statement.title}, ${row.label}`,
    };

    const sumOf = row.sumOf ?? [];
    sumOf.forEach((id, k) => {
      if (!statement.rows.some((other) => other.id === id)) {
        findings.push(
          pm3Codes.create('pm3/unknown-reference', {
            path: [...rowPath, 'sumOf', k],
            actual: id,
            message: {
              sv: `${label.sv}: summerar raden "${id}" som inte finns`,
              en: `${label.en}: sums the row "${id}", which does not exist`,
            },
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
            {
              sv: `${label.sv}, ${columnTitle[column].sv}`,
              en: `${label.en}, ${columnTitle[column].en}`,
            },
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
          { sv: `${label.sv}, avvikelse`, en: `${label.en}, deviation` },
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
            message: {
              sv: `${label.sv}: periodbudget ${num(period)} ${unit}, men årsbudget × ${String(followUp.months)}/12 ger ${numFixed(linear, 2)}`,
              en: `${label.en}: period budget ${num(period, 'en')} ${unit}, but annual budget × ${String(followUp.months)}/12 gives ${numFixed(linear, 2, 'en')}`,
            },
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
            message: {
              sv: `${label.sv}: andel av årsbudget anges ${pct(share)}, utfallet ger ${pct(computed)}`,
              en: `${label.en}: share of annual budget stated as ${pct(share, 'en')}, the outcome gives ${pct(computed, 'en')}`,
            },
          }),
        );
      }
    }
  });
  return findings;
}

function auditRoundedFigures(followUp: BudgetFollowUp): Finding[] {
  const findings: Finding[] = [];
  followUp.roundedFigures.forEach((figure, i) => {
    const path: Path = ['roundedFigures', i];
    const source = followUpFigure(followUp, figure.statement, figure.row, figure.column);
    if (source === undefined) {
      findings.push(
        pm3Codes.create('pm3/unknown-reference', {
          path,
          actual: `${figure.statement}/${figure.row}/${figure.column}`,
          message: {
            sv: `${figure.label}: källan ${figure.statement}/${figure.row}/${figure.column} finns inte`,
            en: `${figure.label}: the source ${figure.statement}/${figure.row}/${figure.column} does not exist`,
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
    const explain: LocalizedText =
      matching.length === 0
        ? {
            sv: 'inget avrundningssätt ger den angivna siffran',
            en: 'no rounding mode gives the stated figure',
          }
        : {
            sv: `den angivna siffran motsvarar ${matching.map((m) => modeName[m].sv).join(' eller ')}`,
            en: `the stated figure matches ${matching.map((m) => modeName[m].en).join(' or ')}`,
          };
    findings.push(
      pm3Codes.create('pm3/rounding-changes-figure', {
        path: [...path, 'stated'],
        expected,
        actual: stated,
        message: {
          sv: `${figure.label}: ${num(source)} ${followUp.unit} blir ${num(expected)} ${figure.unit} avrundat ${modeName[mode].sv}, men ${num(stated)} ${figure.unit} anges; ${explain.sv}`,
          en: `${figure.label}: ${num(source, 'en')} ${followUp.unit} is ${num(expected, 'en')} ${figure.unit} rounded ${modeName[mode].en}, but ${num(stated, 'en')} ${figure.unit} is stated; ${explain.en}`,
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
export function auditBudgetFollowUp(followUp: BudgetFollowUp): Finding[] {
  const findings: Finding[] = [];
  const ids = new Set<string>();
  followUp.statements.forEach((statement, s) => {
    if (ids.has(statement.id)) {
      findings.push(
        pm3Codes.create('pm3/duplicate-id', {
          path: ['statements', s, 'id'],
          actual: statement.id,
          message: {
            sv: `Uppställningen "${statement.id}" förekommer mer än en gång`,
            en: `Statement "${statement.id}" occurs more than once`,
          },
        }),
      );
    }
    ids.add(statement.id);
    findings.push(...auditStatement(followUp, statement, s));
  });
  findings.push(...auditRoundedFigures(followUp));
  return findings;
}
