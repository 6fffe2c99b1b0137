/**
 * @styrkit/statements: multi-year statements, cost estimates, budgets and outcomes that are
 * not a pm3 objektplan, as data: rows × any columns (years, phases, scenarios), blocks with
 * subtotals, stated totals at every level, derived columns (totals, differences, shares),
 * checked exactly; tables and id-keyed diffs.
 *
 * @packageDocumentation
 */
export {
  statementCellForSum,
  statementCellsEqual,
  cellToText,
  statementCellSchema,
  type StatementCell,
} from './cell.js';
export {
  blockSchema,
  columnSchema,
  rowSchema,
  statementSchema,
  totalRowSchema,
  type ColumnRole,
  type Statement,
  type StatementBlock,
  type StatementColumn,
  type StatementInput,
  type StatementRow,
  type StatementTotalRow,
} from './model.js';
export { parseStatement } from './parse.js';
export {
  mismatchFinding,
  roundingFinding,
  statementCodes,
  structureFinding,
  unknownPartsFinding,
  type MismatchCode,
  type MismatchData,
  type StatementCode,
  type StatementFinding,
} from './codes.js';
export type {
  StatementConflictData,
  StatementFigurePlace,
  StatementInvalidInputData,
  StatementMismatchData,
  StatementRoundingData,
  StatementUnknownPartsData,
  StructureProblem,
} from './messages.js';
export {
  compareShare,
  compareWithParts,
  type ComparisonPlace,
  type SignedPart,
} from './compare.js';
export { cellOf, statementLines, type StatementLine } from './lines.js';
export { checkStructure } from './structure.js';
export { auditDerivedColumns } from './audit-derived.js';
export { auditBlockTotals } from './audit-blocks.js';
export { auditStatement } from './audit.js';
export { compareStatements } from './cross-check.js';
export { statementTable } from './tables.js';
export { diffStatements, diffTable, type StatementChange } from './diff.js';
export { statementFromTable } from './from-table.js';
