/**
 * @styrkit/pm3: förvaltningsstyrning after the pm3 model. Förvaltningsobjekt, objektplan with
 * budget and FTE matrices (huvudaktivitet × verksamhetsnära/IT-nära × VM/VU), initiatives and
 * goal linkage, version diffs, portfolio roll-up, budget follow-up, and an audit that finds
 * the arithmetic and completeness errors real plans contain.
 *
 * @packageDocumentation
 */
export {
  DEFAULT_MAIN_ACTIVITIES,
  DEFAULT_VOCABULARIES,
  FOLLOW_UP_COLUMNS,
  MATRIX_COLUMNS,
  MATRIX_COLUMN_INFO,
  budgetFollowUpSchema,
  committeeGoalSchema,
  costBreakdownSchema,
  followUpStatementSchema,
  forvaltningsobjektSchema,
  goalLinkSchema,
  initiativeSchema,
  mainActivitySchema,
  matrixRowSchema,
  matrixSchema,
  objektplanSchema,
  planGoalSchema,
  planRoleSchema,
  planVersionSchema,
  statedFigureSchema,
  vocabulariesSchema,
  type ActivityType,
  type BudgetFollowUp,
  type CostBreakdown,
  type FollowUpColumn,
  type FollowUpStatement,
  type Forvaltningsobjekt,
  type GoalLink,
  type Initiative,
  type MainActivity,
  type Matrix,
  type MatrixColumn,
  type MatrixRow,
  type Objektplan,
  type Side,
  type StatedFigure,
} from './model.js';
export {
  cellForSum,
  cellsEqual,
  matrixCellSchema,
  statedAmountSchema,
  type MatrixCell,
  type StatedAmount,
} from './cell.js';
export { parseBudgetFollowUp, parseForvaltningsobjekt, parseObjektplan } from './parse.js';
export { activityTitle, mainActivitiesOf } from './activities.js';
export {
  activityTypeShares,
  costPerFte,
  matrixTotals,
  rowCells,
  selectSum,
  sumCells,
  type MatrixTotals,
} from './matrix.js';
export {
  committeeGoalsOf,
  effectScopeRange,
  initiativeCosts,
  strategicWithoutGoal,
} from './initiatives.js';
export {
  diffPlans,
  type CellChange,
  type ChangeKind,
  type EntryChange,
  type PlanDiff,
  type TotalChange,
} from './diff.js';
export { rollUpPortfolio, type PortfolioRollUp, type PortfolioTotals } from './portfolio.js';
export {
  deviation,
  followUpFigure,
  impliedDeviation,
  linearPeriodBudget,
  modesGiving,
  rescale,
  sumOfRows,
  type SignConvention,
} from './follow-up.js';
export { pm3Codes, type Pm3Code, type Pm3Finding } from './codes.js';
export { canonicalRoleTitle } from './roles.js';
export { auditForvaltningsobjekt, auditObjektplan, auditPortfolio } from './audit.js';
export { auditBudgetFollowUp } from './audit-follow-up.js';
export {
  DEFAULT_ACTIVITY_NAMES,
  recogniseObjektplan,
  type ActivityNames,
  type ObjektplanRecogniserOptions,
} from './recognise.js';
export {
  budgetMatrixTable,
  componentsTable,
  followUpTables,
  fteMatrixTable,
  goalLinkageTable,
  initiativesTable,
  planDiffTables,
  planOrganisationTable,
  portfolioTable,
} from './tables.js';
export { objektplanReport, type ObjektplanReportOptions } from './report.js';
export { checkObjektplan, parseObjektplanPartial, type PartialObjektplan } from './partial.js';
// The data each finding code's messages are worded from (codes.ts), for typed catalogues.
export type {
  FollowUpPlace,
  IdList,
  MatrixTarget,
  ReferenceTarget,
  TableRef,
  UnitText,
  CostItemsData,
  CostWithoutFteData,
  DecidedWithoutDeciderData,
  DraftNeedsInputData,
  DraftNotMappedData,
  DraftReadingData,
  DraftRowAddedData,
  DuplicateIdData,
  DuplicatePlanData,
  FollowUpCompareData,
  FteWithoutCostData,
  InvalidInputData,
  InvalidValidityData,
  NameData,
  PeriodBudgetData,
  RoundingData,
  ShareData,
  StatedFigureData,
  TotalHasUnknownData,
  TotalMismatchData,
  UnknownCostsData,
  UnknownReferenceData,
  ValidityOutsideYearData,
  ValueData,
} from './messages.js';
