/**
 * @styrkit/core: exact money and quantities, Swedish number text, periods and cadences,
 * findings, declared-total checks and tables. No domain words live here.
 *
 * @packageDocumentation
 */
export { Exact, exact, isExact, type ExactLike } from './exact.js';
export { ROUNDING_MODES, type RoundingMode } from './rounding.js';
export { sum, sumKnown, sumEstimated, type PartialSum } from './sum.js';
export { sumTexts, type TextSum } from './sum-texts.js';
export { formatPartialSum } from './partial-sum-text.js';
export { countText, type CountForms } from './count-text.js';
export { MONEY_UNITS, convertUnit, parseMoneyUnit, roundToUnit, type MoneyUnit } from './units.js';
export { mentionsMoney } from './money-words.js';
export { applyRate, percentShare } from './percent.js';
export { allocate } from './allocate.js';
export {
  formatMoney,
  formatNumber,
  formatPercent,
  parseNumber,
  type FormatOptions,
  type NumberLocale,
  type ParsedNumber,
  type UnknownNumber,
} from './number-text.js';
export { err, ok, type Result } from './result.js';
export {
  countBySeverity,
  findingSchema,
  hasErrors,
  localizedTextSchema,
  pathToString,
  sortFindings,
  type Finding,
  type LocalizedText,
  type Path,
  type Severity,
  type SourceRef,
} from './finding.js';
export {
  defineFindingCodes,
  type FindingCatalog,
  type FindingCodeSpec,
  type FindingInput,
} from './finding-codes.js';
export {
  defineTemplatedFindingCodes,
  messageTemplate,
  prefixFindingPath,
  type CodedFinding,
  type MessageTemplate,
  type TemplatedCodeData,
  type TemplatedCodeSpec,
  type TemplatedFindingCatalog,
  type TemplatedFindingInput,
} from './finding-templates.js';
export { fieldText, type FieldText } from './field-text.js';
export { coreCodes } from './codes.js';
export { safeParseWith, zodIssuesToFindings, type ZodFindingOptions } from './zod-findings.js';
export { envelopeSchema, parseEnvelope, unwrapEnvelope, type Envelope } from './envelope.js';
export { markParsed, parseWithBrand, type Parsed } from './parsed.js';
export { notExact, notList, notOfType, requireParsed } from './require-parsed.js';
export { checkMatrixTotals, checkStatedTotal, type MaybeExact } from './totals.js';
export { exactSchema, maybeExactSchema } from './schemas.js';
export {
  addDaysIso,
  compareIso,
  dateRangeSchema,
  eachMonth,
  fiscalYear,
  isIsoDate,
  isoDateSchema,
  isWithin,
  lastDayOfMonth,
  monthRange,
  monthsBetween,
  MAX_YEAR,
  MIN_YEAR,
  parseFiscalYear,
  parseIsoDate,
  periodBudget,
  quarterRange,
  yearSchema,
  type DateRange,
  type IsoDate,
} from './dates.js';
export {
  cadenceSchema,
  cadenceTriggerSchema,
  calendarCadenceSchema,
  isEventDriven,
  minimumOccurrences,
  occurrences,
  type Cadence,
  type CadenceTrigger,
  type CalendarCadence,
  type Weekday,
} from './cadence.js';
export { describeCadence, parseCadence } from './cadence-text.js';
export {
  formatCell,
  plainCell,
  type ColumnKind,
  type Table,
  type TableCell,
  type TableColumn,
  type TableRow,
} from './table.js';
export { tableToCsv, tableToMarkdown } from './render.js';
