import { sortFindings, type Finding, type NumberLocale } from '@styrkit/core';
import { analyseTable, type AnalysedPart } from './analyse/table.js';
import { tableFindings } from './analyse/table-findings.js';
import type { AnalysedTable } from './analyse/types.js';
import { findClaims } from './claims/find-claims.js';
import type { TextClaim } from './claims/types.js';
import type { DocumentFormat, DocumentModel } from './model.js';

/**
 * What the audit of one document found: its tables as understood, the claims its text makes
 * about totals, and every finding (the readers' own included). JSON-serialisable: exact
 * figures serialise as strings.
 *
 * @example
 * ```ts
 * import type { DocumentAudit } from '@styrkit/documents';
 * const a: DocumentAudit = { format: 'text', tables: [], claims: [], findings: [] };
 * ```
 */
export interface DocumentAudit {
  /** The format the document was read as. */
  readonly format: DocumentFormat;
  /** The file name given. */
  readonly file?: string;
  /** Every table, in reading order (tables side by side count one each). */
  readonly tables: AnalysedTable[];
  /** Totals stated in the text, with their parts or the table they restate. */
  readonly claims: TextClaim[];
  /** Every finding, errors first. */
  readonly findings: Finding[];
}

/**
 * Options of the analysis.
 *
 * @example
 * ```ts
 * import type { AnalyseOptions } from '@styrkit/documents';
 * const o: AnalyseOptions = { locale: 'sv' };
 * ```
 */
export interface AnalyseOptions {
  /** How numbers are written in the document: Swedish (default) or English. */
  readonly locale?: NumberLocale;
}

const CONTENTS =
  /^(?:innehåll|innehållsförteckning|tabellförteckning|figurförteckning|bilageförteckning|contents|table of contents)\b/i;

/**
 * Analyses a read document: finds and understands its tables, checks their totals, subtotals
 * and column relations, reads the totals its text states, and returns everything with the
 * findings. Pure; never throws on a document a reader produced.
 *
 * @example
 * ```ts
 * import { analyseDocument, readText } from '@styrkit/documents';
 * const audit = analyseDocument(readText('Post\tAntal\nA\t2\nB\t3\nSumma\t6\n'));
 * audit.findings[0]?.code; // 'documents/column-total-mismatch'
 * ```
 */
export function analyseDocument(model: DocumentModel, options: AnalyseOptions = {}): DocumentAudit {
  const locale = options.locale ?? 'sv';
  const parts: AnalysedPart[] = [];
  let heading: string | undefined;
  let contents = false;
  for (const block of model.blocks) {
    if (block.type === 'heading') {
      heading = block.text;
      contents = CONTENTS.test(block.text.trim());
      continue;
    }
    if (block.type === 'paragraph') {
      if (CONTENTS.test(block.text.trim())) contents = true;
      else if (block.caption !== true) contents = false;
      continue;
    }
    let found: AnalysedPart[] = [];
    try {
      found = analyseTable(block, {
        locale,
        firstIndex: parts.length,
        contents,
        ...(heading === undefined ? {} : { heading }),
      });
    } catch {
      // A table the analysis cannot understand is left out rather than failing the audit.
      found = [];
    }
    parts.push(...found);
  }
  const tables = parts.map((p) => p.table);
  const findings: Finding[] = [...model.findings];
  for (const part of parts) findings.push(...tableFindings(part));
  const claims = findClaims(model, tables, locale);
  for (const claim of claims) findings.push(...claim.findings);
  return {
    format: model.format,
    ...(model.file === undefined ? {} : { file: model.file }),
    tables,
    claims: claims.map((c) => c.claim),
    findings: sortFindings(findings),
  };
}
