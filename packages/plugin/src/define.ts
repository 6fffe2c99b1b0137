import type {
  Check,
  Differ,
  DocumentKind,
  Exporter,
  PluginHooks,
  PluginManifest,
  Recogniser,
  Recognition,
  StyrkitPlugin,
  TableView,
} from './types.js';

/**
 * Builds a plugin from its parts: fills absent lists with empty ones and freezes the result,
 * so the host can rely on its shape. Validation against other plugins is
 * {@link validatePlugins}'s job.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { defineCheck, defineKind, definePlugin } from '@styrkit/plugin';
 * const note = defineKind({
 *   name: 'demo/note', title: { sv: 'Anteckning', en: 'Note' },
 *   schema: z.object({ text: z.string() }), schemaVersion: 1,
 * });
 * export default definePlugin({
 *   manifest: { name: 'demo', version: '1.0.0', hostRange: '^0.1.0', title: { sv: 'Demo', en: 'Demo' } },
 *   kinds: [note],
 *   checks: [defineCheck(note, { id: 'demo/empty', title: { sv: 'Tom', en: 'Empty' }, run: (d) => (d.text === '' ? [] : []) })],
 * });
 * ```
 */
export function definePlugin(parts: {
  readonly manifest: PluginManifest;
  readonly kinds?: readonly DocumentKind<unknown>[];
  readonly checks?: readonly Check<never>[];
  readonly tables?: readonly TableView<never>[];
  readonly exporters?: readonly Exporter<never>[];
  readonly differs?: readonly Differ<never>[];
  readonly recognisers?: readonly Recogniser[];
  readonly hooks?: PluginHooks;
}): StyrkitPlugin {
  // The typed helpers below tie each function to its kind's schema; at the host boundary every
  // document has been validated against that schema, so the erasure to unknown is sound.
  return Object.freeze({
    manifest: Object.freeze({ ...parts.manifest }),
    kinds: Object.freeze([...(parts.kinds ?? [])]),
    checks: Object.freeze([...(parts.checks ?? [])]) as readonly Check[],
    tables: Object.freeze([...(parts.tables ?? [])]) as readonly TableView[],
    exporters: Object.freeze([...(parts.exporters ?? [])]) as readonly Exporter[],
    differs: Object.freeze([...(parts.differs ?? [])]) as readonly Differ[],
    recognisers: Object.freeze([...(parts.recognisers ?? [])]),
    ...(parts.hooks === undefined ? {} : { hooks: parts.hooks }),
  });
}

/**
 * Declares a recogniser for a kind: a table shape found in a committee document
 * (@styrkit/documents) turned into a draft document of that kind. `recognise` returns the
 * draft and the findings for what the table did not give, or undefined for a table it does
 * not know; the kind of the recognition is filled in from `kind`. The draft is the kind's
 * input form (what its parser reads, Swedish notation allowed), so the host can parse it and
 * run the kind's checks on it.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { defineKind, defineRecogniser } from '@styrkit/plugin';
 * const kind = defineKind({ name: 'demo/total', title: { sv: 'Summa', en: 'Total' }, schema: z.object({ total: z.string() }), schemaVersion: 1 });
 * const r = defineRecogniser(kind, {
 *   id: 'demo/total-table',
 *   title: { sv: 'Summatabell', en: 'Total table' },
 *   recognise: (table) => {
 *     const row = table.rows.find((x) => /^summa\b/i.test(x.label.trim()));
 *     const value = row?.values[0];
 *     return value === undefined || value === null || value === 'unknown'
 *       ? undefined
 *       : { document: { total: value.toString() }, findings: [] };
 *   },
 * });
 * r.kind; // 'demo/total'
 * ```
 */
export function defineRecogniser<T>(
  kind: DocumentKind<T>,
  recogniser: {
    readonly id: string;
    readonly title: Recogniser['title'];
    readonly fallback?: boolean;
    readonly recognise: (
      ...args: Parameters<Recogniser['recognise']>
    ) => Omit<Recognition, 'kind'> | undefined;
  },
): Recogniser {
  const name = kind.name;
  const recognise = recogniser.recognise;
  return {
    id: recogniser.id,
    kind: name,
    title: recogniser.title,
    ...(recogniser.fallback === true ? { fallback: true } : {}),
    recognise: (table, context) => {
      const found = recognise(table, context);
      return found === undefined ? undefined : { ...found, kind: name };
    },
  };
}

/**
 * Declares a document kind (identity function that keeps the document type).
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { defineKind } from '@styrkit/plugin';
 * const kind = defineKind({ name: 'demo/note', title: { sv: 'Not', en: 'Note' }, schema: z.object({ text: z.string() }), schemaVersion: 1 });
 * ```
 */
export function defineKind<T>(kind: DocumentKind<T>): DocumentKind<T> {
  return kind;
}

/**
 * Declares a check for a kind; its `run` receives the kind's document type.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { defineCheck, defineKind } from '@styrkit/plugin';
 * const kind = defineKind({ name: 'demo/note', title: { sv: 'Not', en: 'Note' }, schema: z.object({ text: z.string() }), schemaVersion: 1 });
 * defineCheck(kind, { id: 'demo/long', title: { sv: 'Lång', en: 'Long' }, run: (doc) => (doc.text.length > 10 ? [] : []) });
 * ```
 */
export function defineCheck<T>(kind: DocumentKind<T>, check: Omit<Check<T>, 'kind'>): Check<T> {
  return { ...check, kind: kind.name };
}

/**
 * Declares a table view for a kind.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { defineKind, defineTable } from '@styrkit/plugin';
 * const kind = defineKind({ name: 'demo/note', title: { sv: 'Not', en: 'Note' }, schema: z.object({ text: z.string() }), schemaVersion: 1 });
 * defineTable(kind, { id: 'demo/notes', title: { sv: 'Noter', en: 'Notes' }, render: () => [] });
 * ```
 */
export function defineTable<T>(
  kind: DocumentKind<T>,
  view: Omit<TableView<T>, 'kind'>,
): TableView<T> {
  return { ...view, kind: kind.name };
}

/**
 * Declares a file export for a kind.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { defineExporter, defineKind } from '@styrkit/plugin';
 * const kind = defineKind({ name: 'demo/note', title: { sv: 'Not', en: 'Note' }, schema: z.object({ text: z.string() }), schemaVersion: 1 });
 * defineExporter(kind, { id: 'demo/txt', title: { sv: 'Text', en: 'Text' }, mediaType: 'text/plain', fileExtension: 'txt', render: (d) => d.text });
 * ```
 */
export function defineExporter<T>(
  kind: DocumentKind<T>,
  exporter: Omit<Exporter<T>, 'kind'>,
): Exporter<T> {
  return { ...exporter, kind: kind.name };
}

/**
 * Declares a domain diff for a kind.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { defineDiffer, defineKind } from '@styrkit/plugin';
 * const kind = defineKind({ name: 'demo/note', title: { sv: 'Not', en: 'Note' }, schema: z.object({ text: z.string() }), schemaVersion: 1 });
 * defineDiffer(kind, { diff: () => [] });
 * ```
 */
export function defineDiffer<T>(kind: DocumentKind<T>, differ: Omit<Differ<T>, 'kind'>): Differ<T> {
  return { ...differ, kind: kind.name };
}
