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
