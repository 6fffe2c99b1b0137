export { governanceCodes, type GovernanceCode, type GovernanceFinding } from './codes.js';
export {
  affectedScopeSchema,
  assignmentSchema,
  decisionRuleSchema,
  decisionSchema,
  forumKindSchema,
  forumSchema,
  forumSetSchema,
  fundingSchema,
  gateDefinitionSchema,
  gateItemSchema,
  gateLogSchema,
  gateOutcomeSchema,
  gateProcessSchema,
  levelSchema,
  mandateSchema,
  organisationSchema,
  participantSchema,
  partySchema,
  personSchema,
  policiesSchema,
  raciCellSchema,
  raciSchema,
  responsibilitySchema,
  roleSchema,
  roleTagSchema,
  nonWorkingDayRuleSchema,
  statedCountSchema,
  statedCountSubjectSchema,
  workingCalendarSchema,
  type NonWorkingDayRule,
  type StatedCount,
  type StatedCountSubject,
  type WorkingCalendarData,
  type AffectedScope,
  type Assignment,
  type Decision,
  type DecisionRule,
  type Forum,
  type ForumKind,
  type ForumSet,
  type Funding,
  type GateDefinition,
  type GateItem,
  type GateLog,
  type GateOutcome,
  type GateProcess,
  type Level,
  type Mandate,
  type Organisation,
  type Participant,
  type Party,
  type Person,
  type Policies,
  type Raci,
  type Responsibility,
  type Role,
  type RoleTag,
} from './model.js';
export {
  fillForumSet,
  forumSetReadingFindings,
  hasUnreadCadenceText,
  organisationReadingFindings,
  parseForumSet,
  parseGateLog,
  parseOrganisation,
  parseRaci,
} from './parse.js';
export {
  checkForumSet,
  checkOrganisation,
  parseForumSetFormat,
  parseOrganisationFormat,
  readForumSet,
  readOrganisation,
} from './read.js';
export { assignmentOverlaps, findRole, holdersOf, rolesOf } from './roles.js';
export {
  forumMeetings,
  meetingCalendar,
  meetingCounts,
  type Meeting,
  type MeetingDayPolicy,
} from './calendar.js';
export { calendarMeetingBound, MAX_CALENDAR_MEETINGS } from './calendar-limit.js';
export {
  easterSunday,
  swedishHolidays,
  SWEDISH_EVES,
  type SwedishEveId,
  type SwedishHoliday,
  type SwedishHolidayId,
} from './holidays.js';
export {
  isWorkingDay,
  nonWorkingDay,
  toWorkingDay,
  type NonWorkingDay,
  type WorkingCalendar,
} from './workdays.js';
export { auditMeetingDays, describeNonWorkingDay } from './audit-meeting-days.js';
export { checkStatedCounts, statedCountValue } from './stated-counts.js';
export { forumLoad, type PersonLoad } from './load.js';
export { forumCalendarIcs, type IcsOptions } from './ics.js';
export {
  allowedTransitions,
  currentState,
  findTransition,
  gateDefinition,
  gateDeciders,
  mayDecideGate,
  nextTransitions,
  type GateTransition,
} from './gates.js';
export { ESF_PHASE_PROCESS, NEEDS_PROCESS, PPS_PHASE_PROCESS } from './processes.js';
export { checkMandate, decidingRole, type DecisionQuestion, type MandateCheck } from './mandate.js';
export { auditForumSet, auditGateLog, auditOrganisation, auditRaci } from './audit.js';
export {
  calendarTable,
  forumLoadTable,
  forumTable,
  organisationTable,
  raciTable,
} from './tables.js';
export {
  riskAxisSchema,
  riskMeasureSchema,
  riskRegisterSchema,
  riskScaleSchema,
  riskSchema,
  riskStatusSchema,
  type Risk,
  type RiskAxis,
  type RiskMeasure,
  type RiskRegister,
  type RiskScale,
  type RiskStatus,
} from './risk-model.js';
export {
  milestonePlanSchema,
  milestoneSchema,
  type Milestone,
  type MilestonePlan,
} from './milestone-model.js';
export { parseMilestonePlan, parseRiskRegister } from './parse-registers.js';
export { riskLevel, riskScore } from './risks.js';
export {
  daysBetween,
  milestoneStatus,
  type MilestoneState,
  type MilestoneStatus,
} from './milestones.js';
export { auditRiskRegister } from './audit-risks.js';
export { auditMilestonePlan } from './audit-milestones.js';
export { milestoneTable, riskMatrixTable, riskRegisterTable } from './tables-registers.js';
