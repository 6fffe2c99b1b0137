import {
  countBySeverity,
  sortFindings,
  type Finding,
  type NumberLocale,
  type Table,
} from '@styrkit/core';
import type { ContextSnapshot } from './context-snapshot.js';
import { renderTables, type TableFormat } from './render.js';
import { CachedBody } from './result-cache.js';
import type { DocumentStore, VersionRecord } from './store.js';

/** What the checks of one version found. */
export interface CheckResult {
  readonly kind: string;
  readonly id: string;
  readonly version: number;
  readonly counts: ReturnType<typeof countBySeverity>;
  readonly findings: readonly Finding[];
}

/** Which document version (the current one when `version` is absent) in which locale. */
export interface ResultTarget {
  readonly kind: string;
  readonly id: string;
  readonly version?: number;
  readonly locale: NumberLocale;
}

const keyOf = (...parts: readonly (string | number | undefined)[]) => JSON.stringify(parts);

/**
 * Runs every check of the kind over a document version, cached per version and locale while
 * the documents the checks read stay the same (see `ResultCache`).
 *
 * @example
 * ```ts
 * const result = await checkDocument(store, { kind: 'demo/note', id: 'n1', locale: 'sv' });
 * result.counts.error; // 0
 * ```
 */
export async function checkDocument(
  store: DocumentStore,
  target: ResultTarget,
): Promise<CheckResult> {
  const { kind, id, locale } = target;
  const [{ record, value }, snapshot] = await Promise.all([
    store.parsed(kind, id, target.version),
    store.snapshot(),
  ]);
  const findings = await findingsOf(store, snapshot, {
    kind,
    id,
    version: record.version,
    value,
    locale,
  });
  return { kind, id, version: record.version, counts: countBySeverity(findings), findings };
}

/**
 * The answer of `GET …/checks` as JSON text with its ETag, made once per version, locale and
 * state of the kinds the checks read (the same validity as {@link checkDocument}): a repeated
 * read sends cached bytes instead of serialising the findings again (issue 18).
 *
 * @example
 * ```ts
 * const { body, etag } = await checkDocumentBody(store, { kind: 'demo/note', id: 'n1', locale: 'sv' });
 * JSON.parse(String(body)).counts.error; // 0
 * ```
 */
export async function checkDocumentBody(
  store: DocumentStore,
  target: ResultTarget,
): Promise<CachedBody> {
  const { kind, id, locale } = target;
  const [{ record, value }, snapshot] = await Promise.all([
    store.parsed(kind, id, target.version),
    store.snapshot(),
  ]);
  const { version } = record;
  const checks = store.entry(kind).checks;
  return store.results.get(
    keyOf('checks-body', kind, id, version, locale),
    snapshot,
    locale,
    (context) => {
      const findings = sortFindings(checks.flatMap((check) => check.run(value, context)));
      const result: CheckResult = {
        kind,
        id,
        version,
        counts: countBySeverity(findings),
        findings,
      };
      return new CachedBody(JSON.stringify(result));
    },
  );
}

/** A parsed document version in a locale, as the cached computations take it. */
export interface ParsedTarget {
  readonly kind: string;
  readonly id: string;
  readonly version: number;
  readonly value: unknown;
  readonly locale: NumberLocale;
}

/**
 * The sorted findings of every check of the kind over a parsed version, cached in the store's
 * result cache and valid in `snapshot` (for callers that read many documents at one snapshot).
 *
 * @example
 * ```ts
 * const snapshot = await store.snapshot();
 * await findingsOf(store, snapshot, { kind: 'demo/note', id: 'n1', version: 1, value, locale: 'sv' });
 * ```
 */
export function findingsOf(
  store: DocumentStore,
  snapshot: ContextSnapshot,
  target: ParsedTarget,
): Promise<readonly Finding[]> {
  const { kind, id, version, value, locale } = target;
  const checks = store.entry(kind).checks;
  return store.results.get(
    keyOf('checks', kind, id, version, locale),
    snapshot,
    locale,
    (context) => sortFindings(checks.flatMap((check) => check.run(value, context))),
  );
}

/**
 * The tables of one table view (every view when `view` is absent) of a parsed version, cached
 * like {@link findingsOf}.
 *
 * @example
 * ```ts
 * await viewTables(store, snapshot, { kind: 'demo/note', id: 'n1', version: 1, value, locale: 'sv' }, 'demo/summary');
 * ```
 */
export function viewTables(
  store: DocumentStore,
  snapshot: ContextSnapshot,
  target: ParsedTarget,
  view?: string,
): Promise<readonly Table[]> {
  const { kind, id, version, value, locale } = target;
  const views = store.entry(kind).tables.filter((v) => view === undefined || v.id === view);
  return store.results.get(
    keyOf('tables', kind, id, version, locale, view),
    snapshot,
    locale,
    (context) => views.flatMap((v) => v.render(value, context)),
  );
}

/**
 * The tables of a document version: every table view of the kind (or only `view`), cached
 * like {@link checkDocument}.
 *
 * @example
 * ```ts
 * const { tables } = await documentTables(store, { kind: 'demo/note', id: 'n1', locale: 'sv' });
 * tables[0]?.id; // 'summary'
 * ```
 */
export async function documentTables(
  store: DocumentStore,
  target: ResultTarget & { readonly view?: string },
): Promise<{ record: VersionRecord; tables: readonly Table[] }> {
  const { kind, id, locale, view } = target;
  const [{ record, value }, snapshot] = await Promise.all([
    store.parsed(kind, id, target.version),
    store.snapshot(),
  ]);
  const tables = await viewTables(
    store,
    snapshot,
    { kind, id, version: record.version, value, locale },
    view,
  );
  return { record, tables };
}

/**
 * The tables of a document version rendered in a format (JSON, CSV, Markdown, HTML, XLSX),
 * optionally only one view or one table; the output is cached too, so a repeated read only
 * sends bytes, and `etag` names them (for `If-None-Match`).
 *
 * @example
 * ```ts
 * const { output } = await renderedTables(store, { kind: 'demo/note', id: 'n1', locale: 'sv', format: 'csv' });
 * ```
 */
export async function renderedTables(
  store: DocumentStore,
  target: ResultTarget & {
    readonly view?: string;
    readonly table?: string;
    readonly format: TableFormat;
  },
): Promise<{
  record: VersionRecord;
  output: string | Uint8Array;
  etag: string;
  byteLength: number;
}> {
  const { kind, id, locale, view, table, format } = target;
  const [{ record, value }, snapshot] = await Promise.all([
    store.parsed(kind, id, target.version),
    store.snapshot(),
  ]);
  const views = store.entry(kind).tables.filter((v) => view === undefined || v.id === view);
  const rendered = await store.results.get(
    keyOf('rendered', kind, id, record.version, locale, view, table, format),
    snapshot,
    locale,
    async (context) => {
      let tables = views.flatMap((v) => v.render(value, context));
      if (table !== undefined) tables = tables.filter((t) => t.id === table);
      return new CachedBody(await renderTables(tables, format, locale, `${kind} ${id}`));
    },
  );
  return { record, output: rendered.body, etag: rendered.etag, byteLength: rendered.byteLength };
}
