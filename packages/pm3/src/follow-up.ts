import {
  ROUNDING_MODES,
  periodBudget,
  roundToUnit,
  sumKnown,
  type Exact,
  type MoneyUnit,
  type PartialSum,
  type RoundingMode,
} from '@styrkit/core';
import type { BudgetFollowUp, FollowUpColumn, FollowUpStatement } from './model.js';

/**
 * Sign convention of a follow-up statement: `income-positive` (income +, costs −; avvikelse =
 * utfall − budget) or `income-negative` (income −, costs +; avvikelse = budget − utfall).
 * In both, a negative deviation is unfavourable.
 *
 * @example
 * ```ts
 * import type { SignConvention } from '@styrkit/pm3';
 * const c: SignConvention = 'income-negative';
 * ```
 */
export type SignConvention = FollowUpStatement['convention'];

/**
 * The deviation (avvikelse) of an outcome or forecast against a budget under a sign
 * convention. Exact, unrounded.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { deviation } from '@styrkit/pm3';
 * deviation(exact('-62352'), exact('-72074'), 'income-positive').toString(); // '-9722'
 * deviation(exact('149646'), exact('166022'), 'income-negative').toString(); // '-16376'
 * ```
 */
export function deviation(budget: Exact, actual: Exact, convention: SignConvention): Exact {
  return convention === 'income-positive' ? actual.minus(budget) : budget.minus(actual);
}

/**
 * The deviation a row implies from its own figures: period outcome against period budget for
 * a `period` statement, annual forecast against annual budget for a `forecast` statement.
 * `undefined` when either figure is missing or unknown.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { impliedDeviation } from '@styrkit/pm3';
 * impliedDeviation({ convention: 'income-positive', basis: 'period' }, { periodBudget: exact('723'), periodOutcome: exact('274') })?.toString(); // '-449'
 * ```
 */
export function impliedDeviation(
  statement: Pick<FollowUpStatement, 'convention' | 'basis'>,
  row: { readonly [K in FollowUpColumn]?: Exact | null | undefined },
): Exact | undefined {
  const budget = statement.basis === 'period' ? row.periodBudget : row.annualBudget;
  const actual = statement.basis === 'period' ? row.periodOutcome : row.annualForecast;
  if (budget === undefined || budget === null || actual === undefined || actual === null) {
    return undefined;
  }
  return deviation(budget, actual, statement.convention);
}

/**
 * The linear period budget of a follow-up: annual × months / 12, unrounded. Round it
 * explicitly when presenting it.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { linearPeriodBudget } from '@styrkit/pm3';
 * linearPeriodBudget(exact('149646'), 5).toString(); // '62352.5'
 * ```
 */
export function linearPeriodBudget(annual: Exact, months: number): Exact {
  return periodBudget(annual, months);
}

/**
 * Sums one column over the rows a sum row names (`sumOf`), from their stated figures. Rows
 * without a figure in that column add nothing; "?" figures are counted as unknown.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { sumOfRows } from '@styrkit/pm3';
 * const rows = [{ id: 'a', periodOutcome: exact('-9722') }, { id: 'b', periodOutcome: exact('-5687') }];
 * sumOfRows(rows, ['a', 'b'], 'periodOutcome').known.toString(); // '-15409'
 * ```
 */
export function sumOfRows(
  rows: readonly ({ readonly id: string } & {
    readonly [K in FollowUpColumn]?: Exact | null | undefined;
  })[],
  ids: readonly string[],
  column: FollowUpColumn,
): PartialSum {
  const values: (Exact | null)[] = [];
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    const value = row?.[column];
    if (value !== undefined) values.push(value);
  }
  return sumKnown(values);
}

/**
 * Rescales an amount between money units and rounds it with a named mode; e.g. −16 376 tkr
 * is −16,3 mnkr truncated but −16,4 mnkr half-up.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { rescale } from '@styrkit/pm3';
 * rescale(exact('-16376'), { from: 'tkr', to: 'mnkr', decimals: 1, mode: 'truncate' }).toString(); // '-16.3'
 * ```
 */
export function rescale(
  value: Exact,
  options: { from: MoneyUnit; to: MoneyUnit; decimals: number; mode: RoundingMode },
): Exact {
  return roundToUnit(value, options);
}

/**
 * The rounding modes under which a value rescales to a stated figure; empty when none does.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { modesGiving } from '@styrkit/pm3';
 * modesGiving(exact('-16376'), exact('-16.3'), { from: 'tkr', to: 'mnkr', decimals: 1 }); // ['truncate', 'ceil']
 * ```
 */
export function modesGiving(
  value: Exact,
  stated: Exact,
  options: { from: MoneyUnit; to: MoneyUnit; decimals: number },
): RoundingMode[] {
  return ROUNDING_MODES.filter((mode) => rescale(value, { ...options, mode }).equals(stated));
}

/**
 * Looks up a figure of a follow-up by statement, row and column; `undefined` when any of them
 * is missing, `null` when the figure is written as unknown.
 *
 * @example
 * ```ts
 * import { budgetFollowUpSchema, followUpFigure } from '@styrkit/pm3';
 * const f = budgetFollowUpSchema.parse({ id: 'f', title: 'F', organisation: 'N', year: 2023, months: 5, unit: 'tkr',
 *   statements: [{ id: 's', title: 'S', convention: 'income-negative', basis: 'forecast', rows: [{ id: 'r', label: 'R', deviation: -16376 }] }] });
 * followUpFigure(f, 's', 'r', 'deviation')?.toString(); // '-16376'
 * ```
 */
export function followUpFigure(
  followUp: BudgetFollowUp,
  statement: string,
  row: string,
  column: FollowUpColumn,
): Exact | null | undefined {
  return followUp.statements.find((s) => s.id === statement)?.rows.find((r) => r.id === row)?.[
    column
  ];
}
