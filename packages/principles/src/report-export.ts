import type { Exporter } from '@styrkit/plugin';
import { DOCX_MEDIA_TYPE, reportToDocx } from '@styrkit/reports';
import { auditResponse } from './audit.js';
import { principlesCodes } from './codes.js';
import { principlesLabels as L } from './labels.js';
import type { ChecklistResponse } from './model.js';
import { checklistAttachment } from './report.js';
import { findTemplateFor } from './resolve.js';
import { builtInTemplates } from './templates/index.js';

/**
 * A filled-in checklist as a Word attachment to the committee decision, with the response's
 * audit as an appendix. The template is the stored one when the host has it (a
 * municipality's own version wins), else a built-in one; without a template the document
 * says which one is missing.
 *
 * @example
 * ```ts
 * import { principlesPlugin } from '@styrkit/principles/plugin';
 * principlesPlugin.exporters.find((e) => e.id === 'principles/response-docx')?.fileExtension; // 'docx'
 * ```
 */
export const responseDocxExporter: Exporter<ChecklistResponse> = {
  id: 'principles/response-docx',
  kind: 'principles/response',
  title: L.exportDocx,
  mediaType: DOCX_MEDIA_TYPE,
  fileExtension: 'docx',
  render: (response, context) => {
    const stored = context.documents('principles/template').map((d) => d.document);
    const template = findTemplateFor(response, [...stored, ...builtInTemplates]);
    const { id, version } = response.template;
    if (template === undefined) {
      return reportToDocx(
        {
          title: response.case.title,
          sections: [
            {
              heading: L.templateMissing,
              blocks: [
                {
                  type: 'paragraph',
                  // The same words as the template-not-found finding.
                  text: principlesCodes.render('principles/template-not-found', { id, version }),
                },
              ],
            },
          ],
        },
        { locale: context.locale },
      );
    }
    const document = checklistAttachment(response, template, {
      locale: context.locale,
      findings: auditResponse(response, template),
    });
    return reportToDocx(document, { locale: context.locale });
  },
};
