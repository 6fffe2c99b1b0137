import type {
  Check,
  Differ,
  DocumentKind,
  Exporter,
  PluginHooks,
  PluginManifest,
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
    ...(parts.hooks === undefined ? {} : { hooks: parts.hooks }),
  });
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
