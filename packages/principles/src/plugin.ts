/**
 * The styrkit host plugin of @styrkit/principles: document kinds `principles/template` and
 * `principles/response`, their checks, tables and Markdown/HTML exports.
 *
 * @packageDocumentation
 */
import packageJson from '../package.json' with { type: 'json' };
import type { Finding } from '@styrkit/core';
import {
  defineCheck,
  defineExporter,
  defineKind,
  definePlugin,
  defineTable,
} from '@styrkit/plugin';
import type { PluginContext, StyrkitPlugin } from '@styrkit/plugin';
import { auditResponse, auditTemplate } from './audit.js';
import { principlesCodes } from './codes.js';
import { principlesLabels as L } from './labels.js';
import { responseSchema, templateSchema } from './model.js';
import type { ChecklistResponse, Template } from './model.js';
import { parseResponse, parseTemplate } from './parse.js';
import { readTemplate, readResponse } from './read.js';
import { renderResponseHtml } from './render-html.js';
import { renderResponseMarkdown } from './render-markdown.js';
import { responseDocxExporter } from './report-export.js';
import { findTemplateFor } from './resolve.js';
import { summarizeResponse } from './summary.js';
import { responseTable, summaryTable, templateTable } from './tables.js';
import { builtInTemplates } from './templates/index.js';

const templateKind = defineKind<Template>({
  name: 'principles/template',
  title: L.kindTemplate,
  schema: templateSchema,
  schemaVersion: 1,
  parse: parseTemplate,
  parsePartial: readTemplate,
});

const responseKind = defineKind<ChecklistResponse>({
  name: 'principles/response',
  title: L.kindResponse,
  schema: responseSchema,
  schemaVersion: 1,
  parse: parseResponse,
  parsePartial: readResponse,
});

/** Stored templates first (a municipality's own version wins), then the built-in ones. */
function templateFor(response: ChecklistResponse, context: PluginContext): Template | undefined {
  const stored = context.documents(templateKind.name).map((d) => d.document);
  return findTemplateFor(response, [...stored, ...builtInTemplates]);
}

function templateNotFound(response: ChecklistResponse): Finding {
  const { id, version } = response.template;
  return principlesCodes.create('principles/template-not-found', {
    path: ['template', 'id'],
    actual: `${id}@${version}`,
    data: { id, version },
  });
}

/**
 * The principles plugin for the styrkit host.
 *
 * @example
 * ```ts
 * import { principlesPlugin } from '@styrkit/principles/plugin';
 * principlesPlugin.kinds.map((k) => k.name); // ['principles/template', 'principles/response']
 * ```
 */
export const principlesPlugin: StyrkitPlugin = definePlugin({
  manifest: {
    name: 'principles',
    version: packageJson.version,
    hostRange: '^0.1.0',
    title: L.pluginTitle,
    description: L.pluginDescription,
  },
  kinds: [templateKind, responseKind] as const,
  checks: [
    defineCheck(templateKind, {
      id: 'principles/template-lint',
      title: L.checkTemplate,
      run: (template) => auditTemplate(template),
    }),
    defineCheck(responseKind, {
      id: 'principles/response-audit',
      title: L.checkResponse,
      run: (response, context) => {
        const template = templateFor(response, context);
        return template === undefined
          ? [templateNotFound(response)]
          : auditResponse(response, template);
      },
    }),
  ],
  tables: [
    defineTable(templateKind, {
      id: 'principles/template-questions',
      title: L.viewTemplate,
      render: (template, context) => [templateTable(template, { locale: context.locale })],
    }),
    defineTable(responseKind, {
      id: 'principles/response-tables',
      title: L.viewResponse,
      render: (response, context) => {
        const template = templateFor(response, context);
        if (template === undefined) return [];
        const locale = context.locale;
        return [
          responseTable(response, template, { locale }),
          summaryTable(summarizeResponse(response, template), { locale }),
        ];
      },
    }),
  ],
  exporters: [
    defineExporter(responseKind, {
      id: 'principles/response-markdown',
      title: L.exportMarkdown,
      mediaType: 'text/markdown',
      fileExtension: 'md',
      render: (response, context) => {
        const template = templateFor(response, context);
        return template === undefined
          ? ''
          : renderResponseMarkdown(response, template, { locale: context.locale });
      },
    }),
    defineExporter(responseKind, {
      id: 'principles/response-html',
      title: L.exportHtml,
      mediaType: 'text/html',
      fileExtension: 'html',
      render: (response, context) => {
        const template = templateFor(response, context);
        return template === undefined
          ? ''
          : renderResponseHtml(response, template, { locale: context.locale });
      },
    }),
    responseDocxExporter,
  ],
});

export default principlesPlugin;
