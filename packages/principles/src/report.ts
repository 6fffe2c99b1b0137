import type { Finding, NumberLocale } from '@styrkit/core';
import type { MetadataRow, Report, ReportBlock, ReportSection } from '@styrkit/reports';
import { principlesLabels as L, principlesTitles } from './labels.js';
import type { ChecklistResponse, Template } from './model.js';
import { summarizeResponse } from './summary.js';
import { responseTable, summaryTable } from './tables.js';

/**
 * Options of the checklist attachment: the locale of the answer texts, and the audit's
 * findings for the appendix.
 *
 * @example
 * ```ts
 * import type { ChecklistAttachmentOptions } from '@styrkit/principles';
 * const options: ChecklistAttachmentOptions = { locale: 'sv', findings: [] };
 * ```
 */
export interface ChecklistAttachmentOptions {
  /** Locale of the answer and assessment texts (default `sv`); labels are bilingual. */
  readonly locale?: NumberLocale;
  /** The audit's findings; when given, the document gets a findings appendix. */
  readonly findings?: readonly Finding[];
}

function metadata(response: ChecklistResponse, template: Template): MetadataRow[] {
  const c = response.case;
  const rows: MetadataRow[] = [{ label: L.case, value: c.title }];
  if (c.diarienummer !== undefined) rows.push({ label: L.caseNumber, value: c.diarienummer });
  if (c.committee !== undefined) rows.push({ label: L.committee, value: c.committee });
  if (c.meetingDate !== undefined) rows.push({ label: L.meetingDate, value: c.meetingDate });
  if (c.agendaItem !== undefined) {
    rows.push({ label: L.agendaItem, value: String(c.agendaItem) });
  }
  const signer = response.signedBy;
  rows.push({
    label: L.signedBy,
    value:
      signer === undefined
        ? L.notSigned
        : `${signer.name}${signer.role === undefined ? '' : `, ${signer.role}`}`,
  });
  if (response.signedAt !== undefined) rows.push({ label: L.date, value: response.signedAt });
  rows.push({
    label: L.template,
    value: principlesTitles.templateVersion(template.title, template.version),
  });
  if (template.version !== response.template.version) {
    rows.push({ label: L.filledAgainstVersion, value: String(response.template.version) });
  }
  return rows;
}

function justifications(response: ChecklistResponse, template: Template): ReportBlock[] {
  const given = response.justifications ?? {};
  return template.sections.flatMap((section): ReportBlock[] => {
    const text = given[section.id];
    if (text === undefined || text.trim() === '') return [];
    return [
      {
        type: 'paragraph',
        text: { sv: `${section.title.sv}: ${text}`, en: `${section.title.en}: ${text}` },
      },
    ];
  });
}

/**
 * A filled-in checklist as an attachment (bilaga) to a committee decision: the case
 * (diarienummer, committee, meeting date, agenda item), the signer, the template and its
 * version, a summary per section (favourable, unfavourable, not applicable, unanswered), the
 * answers question by question, the written justifications, and with findings an appendix.
 *
 * @example
 * ```ts
 * import { checklistAttachment, parseResponse, ruralImpactTemplate } from '@styrkit/principles';
 * import { reportToPrintHtml } from '@styrkit/reports';
 * const r = parseResponse({ case: { title: 'Ny skolskjuts', diarienummer: 'BUN 2024/12' },
 *   template: { id: 'rural-impact', version: 1 }, answers: {} });
 * if (r.ok) reportToPrintHtml(checklistAttachment(r.value, ruralImpactTemplate)).includes('BUN 2024/12'); // true
 * ```
 */
export function checklistAttachment(
  response: ChecklistResponse,
  template: Template,
  options: ChecklistAttachmentOptions = {},
): Report {
  const locale = options.locale ?? 'sv';
  const summary = summarizeResponse(response, template);
  const reasons = justifications(response, template);
  const sections: ReportSection[] = [
    {
      heading: L.summaryHeading,
      blocks: [
        { type: 'paragraph', text: summary.overall.needsAttention ? L.needsAction : L.noAction },
        { type: 'table', table: summaryTable(summary, { locale }) },
      ],
    },
    {
      heading: L.answersHeading,
      blocks: [{ type: 'table', table: responseTable(response, template, { locale }) }],
    },
  ];
  if (reasons.length > 0) {
    sections.push({ heading: L.justificationsHeading, blocks: reasons });
  }
  return {
    title: principlesTitles.attachment(template.title),
    subtitle: response.case.title,
    metadata: metadata(response, template),
    sections,
    ...(options.findings === undefined ? {} : { findings: options.findings }),
  };
}
