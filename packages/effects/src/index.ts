/**
 * @styrkit/effects: effect goals (effektmål), indicators, measurements, effect chains,
 * benefits calculations and prioritisation, with an audit that says exactly what is missing
 * or wrong.
 *
 * @packageDocumentation
 */
export {
  assessmentSchema,
  backlogItemSchema,
  backlogSchema,
  cashFlowSchema,
  cashFlowYearSchema,
  cashFlowLineSchema,
  paybackClaimSchema,
  scenarioSchema,
  vocabularySchema,
  goalDirectionSchema,
  chainEdgeSchema,
  chainNodeSchema,
  criterionSchema,
  datedValueSchema,
  dimensionSchema,
  directionSchema,
  effectChainSchema,
  effectPlanSchema,
  goalLevelSchema,
  goalSchema,
  goalTierSchema,
  goalTreeSchema,
  horizonSchema,
  indicatorSchema,
  effectInitiativeSchema,
  lifecycleStageSchema,
  measurementSchema,
  measurementsSchema,
  ownerSchema,
  effectResponsibilitySchema,
  effectRoleSchema,
  targetSchema,
  effectTermSchema,
  type Assessment,
  type Backlog,
  type BacklogItem,
  type CashFlow,
  type CashFlowYear,
  type CashFlowLine,
  type PaybackClaim,
  type Scenario,
  type DocumentVocabulary,
  type GoalDirection,
  type ChainEdge,
  type ChainNode,
  type Criterion,
  type DatedValue,
  type Dimension,
  type Direction,
  type EffectChain,
  type EffectPlan,
  type Goal,
  type GoalLevel,
  type GoalTier,
  type GoalTree,
  type Horizon,
  type Indicator,
  type EffectInitiative,
  type LifecycleStage,
  type Measurement,
  type Measurements,
  type Owner,
  type EffectResponsibility,
  type EffectRole,
  type Target,
  type Term,
} from './model.js';
export { parseBacklog, parseEffectPlan, parseGoalTree, parseMeasurements } from './parse.js';
export { readBacklog, readEffectPlan, readGoalTree, readMeasurements } from './read.js';
export { effectsCodes, type EffectsCode, type EffectsFinding } from './codes.js';
export { DEFAULT_VOCABULARY, formatTerm, type Vocabulary } from './vocabulary.js';
export { termText, vocabularyText } from './vocabulary-labels.js';
export {
  MEASURABILITY_LABELS,
  missingForMeasurability,
  type MeasurabilityField,
} from './measurability.js';
export { expectedValueAt, isAtLeastAsGood, plannedPath, progressToTarget } from './path.js';
export {
  GOAL_STATUSES,
  STATUS_LABELS,
  evaluateGoalStatus,
  evaluateStatuses,
  groupMeasurementsByGoal,
  type GoalStatus,
  type StatusResult,
} from './status.js';
export { rollUpGoalTree, rollUpStatuses, type StatusRollUp } from './rollup.js';
export { goalMatrix, type GoalMatrix } from './matrix.js';
export { initiativeCostTotal, reachedCommitteeGoals } from './initiatives.js';
export {
  analyseCashFlow,
  describePayback,
  type CashFlowAnalysis,
  type CashFlowRow,
  type Payback,
} from './cashflow.js';
export { dependencyOrder, type DependencyOrder } from './dependencies.js';
export { criterionValue, rankBacklog, weightedScore, type RankedItem } from './backlog.js';
export { auditGoals } from './audit-goals.js';
export { auditChain, auditInitiatives, auditResponsibilities } from './audit-plan.js';
export { auditMeasurementList } from './audit-measurements.js';
export { auditBacklog } from './audit-backlog.js';
export {
  auditEffectPlan,
  auditGoalTree,
  auditMeasurements,
  type EffectAuditOptions,
} from './audit.js';
export { cashFlowLinesTable, cashFlowTable, scenarioComparisonTable } from './cashflow-tables.js';
export { compareScenarios, auditScenarios, type ScenarioComparison } from './scenarios.js';
export { auditCashFlow } from './audit-cashflow.js';
export { cashFlowYears, type CashFlowYearFigures } from './cashflow-years.js';
export { documentVocabulary } from './vocabulary.js';
export {
  backlogTable,
  goalMatrixTable,
  goalStatusTable,
  effectInitiativesTable,
  measurabilityTable,
} from './tables.js';
export {
  type EffectsInvalidInputData,
  type EffectsDuplicateIdData,
  type EffectsReferenceTarget,
  type EffectsUnknownReferenceData,
  type EffectsTitleData,
  type EffectsGoalNotMeasurableData,
  type EffectsOwnerIsProjectData,
  type EffectsLevelOrderData,
  type EffectsTargetDirectionData,
  type EffectsDirectionConflictData,
  type EffectsDatesData,
  type EffectsGoalIdData,
  type EffectsUnitMismatchData,
  type EffectsOutsidePeriodData,
  type EffectsCostsUnknownData,
  type EffectsTermField,
  type EffectsUnknownTermData,
  type EffectsCycleData,
  type EffectsPaybackKind,
  type EffectsPaybackMismatchData,
  type EffectsDiscountRateData,
  type EffectsYearGapData,
  type EffectsSumPlace,
  type EffectsSumMismatchData,
  type EffectsCountData,
  type EffectsSharedData,
  type EffectsRankData,
  type EffectsScoreData,
  type EffectsNotScoredData,
  type EffectsStatusReasonData,
  type EffectsRankReasonData,
} from './messages.js';
