/**
 * @styrkit/documents: reads committee documents as they are (Word, Excel, PDF, HTML,
 * Markdown, extracted text) into one model, finds their tables and stated totals, and audits
 * them. No domain words live here: domain plugins turn found tables into drafts through
 * recognisers.
 *
 * @packageDocumentation
 */
export {
  DEFAULT_READ_LIMITS,
  type DocumentBlock,
  type DocumentCell,
  type DocumentFormat,
  type DocumentModel,
  type DocumentRow,
  type DocumentTable,
  type HeadingBlock,
  type ParagraphBlock,
  type ReadLimits,
  type ReadOptions,
  type SourceLocation,
  type Span,
} from './model.js';
export { analyseDocument, type AnalyseOptions, type DocumentAudit } from './analyse-document.js';
export { auditDocument, auditText, type AuditOptions } from './audit.js';
export { documentCodes, type DocumentCode, type DocumentFinding } from './codes.js';
export { readText } from './readers/text.js';
export { readMarkdown } from './readers/markdown.js';
export { readDocument } from './read.js';
export type {
  AnalysedCell,
  AnalysedColumn,
  AnalysedRow,
  AnalysedTable,
  CellStatus,
  SpacedReading,
} from './analyse/types.js';
export type { CheckRule, TotalCheck } from './analyse/check-types.js';
export type { TextAmount, TextClaim } from './claims/types.js';
export { MAX_ROW_READINGS } from './analyse/segmentations.js';
export { MAX_JOINT_READINGS } from './analyse/spaced-reading.js';
export { MIN_RELATION_ROWS, RELATION_SHARE } from './analyse/relations.js';
export {
  type DocumentTableRef,
  type DocumentCellTotalData,
  type DocumentBrokenRelationData,
  type DocumentRoundingData,
  type DocumentUnknownItemsData,
  type DocumentReadingChosenData,
  type DocumentAmbiguousRowData,
  type DocumentUnreadableRowData,
  type DocumentTextPart,
  type DocumentTextTotalData,
  type DocumentRestatedData,
} from './messages.js';
export {
  type DocumentNoData,
  type DocumentTooLargeData,
  type DocumentTruncatedData,
  type DocumentUnreadableData,
  type DocumentEncryptedData,
  type DocumentLegacyFormatData,
  type DocumentFormatMismatchData,
} from './reader-messages.js';
