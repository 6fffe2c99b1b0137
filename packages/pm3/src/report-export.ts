import {
  parseForumSet,
  parseOrganisation,
  type ForumSet,
  type Organisation,
} from '@styrkit/governance';
import type { Exporter, PluginContext } from '@styrkit/plugin';
import { DOCX_MEDIA_TYPE, reportToDocx } from '@styrkit/reports';
import { auditObjektplan } from './audit.js';
import type { Forvaltningsobjekt, Objektplan } from './model.js';
import { parseForvaltningsobjekt } from './parse.js';
import { objektplanReport } from './report.js';

/** The stored document of a kind with an id, read through its parser; undefined when absent. */
function stored<T>(
  context: PluginContext,
  kind: string,
  id: string | undefined,
  parse: (input: unknown) => { ok: true; value: T } | { ok: false },
): T | undefined {
  if (id === undefined) return undefined;
  const found = context.documents(kind).find((d) => d.id === id);
  if (found === undefined) return undefined;
  const parsed = parse(found.document);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * The objektplan as a Word committee document, with the förvaltningsobjekt, organisation and
 * forums the plan refers to when the host has them, and the plan's audit as an appendix.
 *
 * @example
 * ```ts
 * import { pm3Plugin } from '@styrkit/pm3/plugin';
 * pm3Plugin.exporters.find((e) => e.id === 'pm3/objektplan-docx')?.fileExtension; // 'docx'
 * ```
 */
export const objektplanDocxExporter: Exporter<Objektplan> = {
  id: 'pm3/objektplan-docx',
  kind: 'pm3/objektplan',
  title: { sv: 'Objektplan som Word', en: 'Objektplan as Word' },
  mediaType: DOCX_MEDIA_TYPE,
  fileExtension: 'docx',
  render: (plan, context) => {
    const object: Forvaltningsobjekt | undefined = stored(
      context,
      'pm3/forvaltningsobjekt',
      plan.objectId,
      parseForvaltningsobjekt,
    );
    const organisation: Organisation | undefined = stored(
      context,
      'governance/organisation',
      plan.organisationRef,
      parseOrganisation,
    );
    const forums: ForumSet | undefined = stored(
      context,
      'governance/forum-set',
      plan.forumsRef,
      parseForumSet,
    );
    const report = objektplanReport(plan, {
      locale: context.locale,
      findings: auditObjektplan(plan),
      ...(object === undefined ? {} : { object }),
      ...(organisation === undefined ? {} : { organisation }),
      ...(forums === undefined ? {} : { forums }),
    });
    return reportToDocx(report, { locale: context.locale });
  },
};
