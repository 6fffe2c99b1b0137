import type { Finding, LocalizedText, NumberLocale, Table } from '@styrkit/core';

/**
 * Text in a report: the same in every locale (a name, a case number) or Swedish and English.
 *
 * @example
 * ```ts
 * import type { ReportText } from '@styrkit/reports';
 * const plain: ReportText = 'SON 2020/123';
 * const both: ReportText = { sv: 'Sammanfattning', en: 'Summary' };
 * ```
 */
export type ReportText = string | LocalizedText;

/**
 * One row of the metadata block under the title: diarienummer, committee, meeting date,
 * version, status, signer.
 *
 * @example
 * ```ts
 * import type { MetadataRow } from '@styrkit/reports';
 * const row: MetadataRow = { label: { sv: 'Diarienummer', en: 'Case number' }, value: 'SON 2020/123' };
 * ```
 */
export interface MetadataRow {
  /** What the value is. */
  readonly label: ReportText;
  /** The value, already written for people (a date, a name, a status word). */
  readonly value: ReportText;
}

/**
 * A block of a section: a paragraph, a bullet list, a core `Table` (written with core's
 * `formatCell` in the report's locale; `landscape` forces a landscape page, otherwise wide
 * tables get one by themselves) or a note (small type, for sources and caveats).
 *
 * @example
 * ```ts
 * import type { ReportBlock } from '@styrkit/reports';
 * const blocks: ReportBlock[] = [
 *   { type: 'paragraph', text: { sv: 'Planen gäller 2021.', en: 'The plan covers 2021.' } },
 *   { type: 'list', items: ['Användarstöd', 'Daglig drift'] },
 *   { type: 'note', text: 'Källa: objektplanen, s. 12.' },
 * ];
 * ```
 */
export type ReportBlock =
  | { readonly type: 'paragraph'; readonly text: ReportText }
  | { readonly type: 'list'; readonly items: readonly ReportText[] }
  | { readonly type: 'table'; readonly table: Table; readonly landscape?: boolean }
  | { readonly type: 'note'; readonly text: ReportText };

/**
 * A section: a heading (a Word heading style, an HTML `h2`…`h4` by depth), its blocks and
 * its subsections.
 *
 * @example
 * ```ts
 * import type { ReportSection } from '@styrkit/reports';
 * const s: ReportSection = {
 *   heading: { sv: 'Sammanfattning', en: 'Summary' },
 *   blocks: [{ type: 'paragraph', text: 'Budgeten är 45 100 kkr.' }],
 * };
 * ```
 */
export interface ReportSection {
  /** The heading. */
  readonly heading: ReportText;
  /** Content under the heading, in order. */
  readonly blocks: readonly ReportBlock[];
  /** Subsections, one heading level down. */
  readonly sections?: readonly ReportSection[];
}

/**
 * A committee document: title, subtitle, a metadata block, sections, and, when `findings`
 * is given, an appendix listing the audit's findings (an empty list says "no findings").
 * It is plain data: build it in a domain package, render it with {@link reportToDocx} or
 * {@link reportToPrintHtml}.
 *
 * @example
 * ```ts
 * import type { Report } from '@styrkit/reports';
 * const report: Report = {
 *   title: 'Objektplan 2021',
 *   subtitle: { sv: 'Vård, stöd och omsorg', en: 'Care and support' },
 *   metadata: [{ label: { sv: 'Status', en: 'Status' }, value: { sv: 'Beslutad', en: 'Decided' } }],
 *   sections: [],
 *   findings: [],
 * };
 * ```
 */
export interface Report {
  /** Document title. */
  readonly title: ReportText;
  /** A line under the title. */
  readonly subtitle?: ReportText;
  /** Rows of the metadata block (label: value). */
  readonly metadata?: readonly MetadataRow[];
  /** The body. */
  readonly sections: readonly ReportSection[];
  /** The audit's findings; when present, an appendix lists them. */
  readonly findings?: readonly Finding[];
}

/**
 * Options of both renderers.
 *
 * @example
 * ```ts
 * import type { RenderOptions } from '@styrkit/reports';
 * const options: RenderOptions = { locale: 'en' };
 * ```
 */
export interface RenderOptions {
  /** Language of labels and number formatting (default `sv`: "45 100", "67,15 %"). */
  readonly locale?: NumberLocale;
}

/**
 * Writes report text in a locale.
 *
 * @example
 * ```ts
 * import { textIn } from '@styrkit/reports';
 * textIn({ sv: 'Bilaga', en: 'Appendix' }, 'en'); // 'Appendix'
 * textIn('SON 2020/123', 'en'); // 'SON 2020/123'
 * ```
 */
export function textIn(text: ReportText, locale: NumberLocale): string {
  return typeof text === 'string' ? text : text[locale];
}
