/**
 * @styrkit/esf: ESF+ project accounting (ESF-projekt): budgets by phase and cost category,
 * flat rates (schabloner), co-financing (medfinansiering), participant hours (deltagartid),
 * change requests (förändringsansökningar) and final-report key figures (slutrapport).
 *
 * @packageDocumentation
 */
export {
  budgetLineSchema,
  callSchema,
  changeRequestSchema,
  cofinancingSourceSchema,
  costCategorySchema,
  finalReportSchema,
  flatRateOptionSchema,
  phaseSchema,
  projectSchema,
  statedTableSchema,
  timeReportsSchema,
  type BudgetLine,
  type Call,
  type ChangeRequest,
  type CofinancingSource,
  type CostCategory,
  type FinalReport,
  type FlatRateOption,
  type Phase,
  type Project,
  type StatedTable,
  type TimeReport,
  type TimeReports,
} from './model.js';
export {
  parseCall,
  parseChangeRequest,
  parseFinalReport,
  parseProject,
  parseTimeReports,
} from './parse.js';
export {
  readCall,
  readChangeRequest,
  readFinalReport,
  readProject,
  readTimeReports,
} from './read.js';
export { ANNUAL_HOURS, hourlyStaffRate, staffCost, staffHoursCap } from './staff-rate.js';
export {
  LEGAL_FLAT_RATE_MAXIMA,
  computeCosts,
  lineAmount,
  type CostSummary,
  type CostedLine,
  type FlatRateAmount,
} from './flat-rates.js';
export {
  cofinancingShortfall,
  cofinancingValue,
  computeFinancing,
  type Financing,
  type Shortfall,
} from './financing.js';
export {
  aggregateHours,
  hoursVsPlan,
  totalHours,
  wholeHours,
  type HoursCell,
  type HoursPlanRow,
  type HoursVsPlan,
  type StatisticsGender,
} from './hours.js';
export {
  aggregateCofinancingValue,
  cofinancingValueVsPlan,
  participantRates,
  timeRowValue,
  type CofinancingValueVsPlan,
  type ParticipantRate,
  type ValueCell,
  type ValuePlanRow,
} from './cofinancing-value.js';
export { participantStatistics, type ParticipantStatistics } from './participants.js';
export {
  budgetByPhaseAndCategory,
  budgetVersions,
  phaseTotals,
  type BudgetCellAmount,
  type BudgetVersion,
  type Overdraw,
} from './change-requests.js';
export { esfCodes, type EsfFinding, type EsfFindingCode } from './codes.js';
export type {
  EsfClosingData,
  EsfCofinancingShortData,
  EsfDraftNeedsData,
  EsfDraftNotMappedData,
  EsfDraftReadingData,
  EsfFlatRateCombinationData,
  EsfFlatRateMaximumData,
  EsfFlatRateNotAllowedData,
  EsfGender,
  EsfGenderConflictData,
  EsfHoursPlanData,
  EsfInKindDoubleData,
  EsfInvalidInputData,
  EsfNotCheckedData,
  EsfOutsideData,
  EsfOverdrawData,
  EsfParticipantData,
  EsfParticipantHoursData,
  EsfParticipantsData,
  EsfPhaseData,
  EsfReportedFigure,
  EsfReportedFigureData,
  EsfSimplifiedData,
  EsfStaffHoursData,
  EsfStatedComputedData,
  EsfTableRef,
  EsfTableTotalData,
  EsfUnsignedData,
  EsfValuePlanData,
  EsfValueUnknownData,
  EsfWrongProjectData,
} from './messages.js';
export {
  auditCofinancingValue,
  auditEsf,
  auditFinalReport,
  auditProject,
  auditTimeReports,
  type EsfBundle,
  type FinalReportAuditContext,
  type ProjectAuditContext,
} from './audit.js';
export {
  budgetByPhaseTable,
  cofinancingValueTable,
  costsTable,
  finalReportTable,
  financingTable,
  hoursByGenderTable,
  hoursVsPlanTable,
  participantsTable,
  type TableOptions,
} from './tables.js';
export { recogniseEsfFinancing } from './recognise.js';
export { finalReportDocument, type FinalReportDocumentOptions } from './report.js';
