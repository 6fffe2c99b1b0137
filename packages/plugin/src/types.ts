import type { PartialReading } from './partial.js';
import type {
  Exact,
  Finding,
  LocalizedText,
  NumberLocale,
  Path,
  Result,
  SourceRef,
  Table,
} from '@styrkit/core';
import type { z } from 'zod';

/**
 * Who a plugin is and what it needs: a unique name, its own version, the host versions it
 * works with (a semver range) and the other plugins it depends on (name → semver range).
 *
 * @example
 * ```ts
 * import type { PluginManifest } from '@styrkit/plugin';
 * const m: PluginManifest = {
 *   name: 'pm3', version: '0.1.0', hostRange: '^0.1.0',
 *   title: { sv: 'Förvaltningsstyrning', en: 'Maintenance management' },
 * };
 * ```
 */
export interface PluginManifest {
  /** Unique plugin name, also the prefix of its document kinds ('pm3'). */
  readonly name: string;
  /** The plugin's own semver version. */
  readonly version: string;
  /** Host versions the plugin works with, as a semver range. */
  readonly hostRange: string;
  /** Other plugins this one needs: name → semver range of their version. */
  readonly dependencies?: Readonly<Record<string, string>>;
  /** Display name. */
  readonly title: LocalizedText;
  /** What the plugin is for. */
  readonly description?: LocalizedText;
}

/**
 * A step that upgrades a stored document from one schema version to the next.
 *
 * @example
 * ```ts
 * import type { Migration } from '@styrkit/plugin';
 * const m: Migration = { from: 1, to: 2, migrate: (doc) => ({ ...(doc as object), tags: [] }) };
 * ```
 */
export interface Migration {
  /** Schema version the input has. */
  readonly from: number;
  /** Schema version the output has (usually from + 1). */
  readonly to: number;
  /** Pure function from the old shape to the new. */
  readonly migrate: (document: unknown) => unknown;
}

/**
 * A kind of document a plugin declares: its name ('<plugin>/<kind>'), the zod schema that is
 * its data format, the current schema version and migrations from older versions.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import type { DocumentKind } from '@styrkit/plugin';
 * const note: DocumentKind<{ text: string }> = {
 *   name: 'demo/note', title: { sv: 'Anteckning', en: 'Note' },
 *   schema: z.object({ text: z.string() }), schemaVersion: 1,
 * };
 * ```
 */
export interface DocumentKind<T = unknown> {
  /** '<plugin name>/<kind>', unique across plugins. */
  readonly name: string;
  /** Display name. */
  readonly title: LocalizedText;
  /** The data format; the host validates every save against it. */
  readonly schema: z.ZodType<T>;
  /** Current schema version (a positive integer). */
  readonly schemaVersion: number;
  /** Upgrades from older schema versions, applied in order. */
  readonly migrations?: readonly Migration[];
  /** A parser with domain findings; when absent the host validates with the schema. */
  readonly parse?: (input: unknown) => Result<T, Finding[]>;
  /**
   * A best-effort reader for a document `parse` rejects: the readable part (invalid fields left
   * out) and the findings on what was left out, so checks that do not depend on an invalid
   * field still run (see `checkWithKind`). A host never stores the partial value.
   */
  readonly parsePartial?: (input: unknown) => PartialReading<T>;
}

/**
 * A stored document as a plugin sees it: read-only, by id.
 *
 * @example
 * ```ts
 * import type { StoredDocument } from '@styrkit/plugin';
 * const d: StoredDocument = { id: 'plan-a', kind: 'pm3/objektplan', document: {} };
 * ```
 */
export interface StoredDocument {
  /** The document id. */
  readonly id: string;
  /** Its kind name. */
  readonly kind: string;
  /** The validated document. */
  readonly document: unknown;
}

/**
 * What the host gives a plugin's functions: the locale and read-only access to other
 * documents (for cross-document checks such as goal links).
 *
 * @example
 * ```ts
 * import type { PluginContext } from '@styrkit/plugin';
 * const ctx: PluginContext = { locale: 'sv', documents: () => [] };
 * ```
 */
export interface PluginContext {
  /** The reader's locale. */
  readonly locale: NumberLocale;
  /** Documents of a kind, read-only. */
  readonly documents: (kind: string) => readonly StoredDocument[];
}

/**
 * A check: document → findings.
 *
 * @example
 * ```ts
 * import type { Check } from '@styrkit/plugin';
 * const c: Check = { id: 'demo/empty', kind: 'demo/note', title: { sv: 'Tom', en: 'Empty' }, run: () => [] };
 * ```
 */
export interface Check<T = unknown> {
  /** Stable id. */
  readonly id: string;
  /** The document kind it checks. */
  readonly kind: string;
  /** Display name. */
  readonly title: LocalizedText;
  /** Pure: the findings for one document. */
  readonly run: (document: T, context: PluginContext) => Finding[];
}

/**
 * A table view: document → tables (what reports, exports and the UI render).
 *
 * @example
 * ```ts
 * import type { TableView } from '@styrkit/plugin';
 * const t: TableView = { id: 'demo/list', kind: 'demo/note', title: { sv: 'Lista', en: 'List' }, render: () => [] };
 * ```
 */
export interface TableView<T = unknown> {
  /** Stable id. */
  readonly id: string;
  /** The document kind it renders. */
  readonly kind: string;
  /** Display name. */
  readonly title: LocalizedText;
  /** Pure: the tables for one document. */
  readonly render: (document: T, context: PluginContext) => Table[];
}

/**
 * An export: document → a file (ICS, Markdown, HTML, …).
 *
 * @example
 * ```ts
 * import type { Exporter } from '@styrkit/plugin';
 * const e: Exporter = {
 *   id: 'demo/text', kind: 'demo/note', title: { sv: 'Text', en: 'Text' },
 *   mediaType: 'text/plain', fileExtension: 'txt', render: () => 'hello',
 * };
 * ```
 */
export interface Exporter<T = unknown> {
  /** Stable id. */
  readonly id: string;
  /** The document kind it exports. */
  readonly kind: string;
  /** Display name. */
  readonly title: LocalizedText;
  /** IANA media type of the output. */
  readonly mediaType: string;
  /** File extension without dot. */
  readonly fileExtension: string;
  /** Pure: the file content, or a promise of it (a DOCX writer packs asynchronously); the
   * host awaits the result either way. */
  readonly render: (
    document: T,
    context: ExportContext,
  ) => string | Uint8Array | Promise<string | Uint8Array>;
}

/**
 * What an exporter gets besides the plugin context: the time of the export request, when the
 * host gives it. Plugins read no clock, so a file that records when it was made (an iCalendar
 * DTSTAMP) takes it from here; without it an exporter falls back to a documented stand-in.
 *
 * @example
 * ```ts
 * import type { ExportContext } from '@styrkit/plugin';
 * const ctx: ExportContext = { locale: 'sv', documents: () => [], now: '2026-12-01T20:45:00Z' };
 * ```
 */
export interface ExportContext extends PluginContext {
  /** The time of the export request: a Date or an ISO 8601 date-time text. */
  readonly now?: Date | string;
}

/**
 * A domain diff between two versions of a document, as tables.
 *
 * @example
 * ```ts
 * import type { Differ } from '@styrkit/plugin';
 * const d: Differ = { kind: 'demo/note', diff: () => [] };
 * ```
 */
export interface Differ<T = unknown> {
  /** The document kind it compares. */
  readonly kind: string;
  /** Pure: what changed from `before` to `after`. */
  readonly diff: (before: T, after: T, context: PluginContext) => Table[];
}

/**
 * One value cell of a table found in a document, as a recogniser sees it: a number (exact),
 * `null` for an empty or not-applicable cell ("", "-", "–"), or `'unknown'` for "?".
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import type { RecognisableCell } from '@styrkit/plugin';
 * const cells: RecognisableCell[] = [exact('1200'), null, 'unknown'];
 * ```
 */
export type RecognisableCell = Exact | null | 'unknown';

/**
 * A table found in a committee document and understood by @styrkit/documents, in the shape a
 * recogniser reads: the caption, the unit, the value columns with their header labels, and
 * the rows with their labels, kinds and values (one per value column, in column order).
 * Labels are the document's own words; a recogniser matches them, it never guesses figures.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import type { RecognisableTable } from '@styrkit/plugin';
 * const t: RecognisableTable = {
 *   caption: 'Tabell 1 Budget', unit: 'tkr',
 *   columns: [{ label: 'Belopp', path: ['Belopp'] }],
 *   rows: [{ label: 'Användarstöd', kind: 'data', values: [exact('2200')] }],
 * };
 * ```
 */
export interface RecognisableTable {
  /** The caption ("Tabell 2 …") or the heading above the table. */
  readonly caption?: string;
  /** The unit the table states for all its figures (kr, tkr, mnkr, %, årsarbeten, timmar). */
  readonly unit?: string;
  /** Value columns, left to right (the label column is not included). */
  readonly columns: readonly {
    /** The column's own header text ("VM"). */
    readonly label: string;
    /** Header texts from the top header row down ("Verksamhetsnära förvaltning", "VM"). */
    readonly path: readonly string[];
    /** A unit stated in this column's header, when it differs from the table's. */
    readonly unit?: string;
    /** The column is a total of others ("Summa", "Totalt"). */
    readonly total?: boolean;
  }[];
  /** Body rows top to bottom (header rows are not included). */
  readonly rows: readonly {
    /** The row label as written, lines joined. */
    readonly label: string;
    /** Data row, block subtotal or total. */
    readonly kind: 'data' | 'subtotal' | 'total';
    /** A unit the row's cells or label state, when it differs from the table's ("%" in a
     * table of amounts). */
    readonly unit?: string;
    /** One value per column. */
    readonly values: readonly RecognisableCell[];
  }[];
  /** Where the table is. */
  readonly source?: SourceRef;
}

/**
 * What a recogniser makes of a table: a draft document of its kind and findings for what it
 * could not map (a row it does not know, a figure the table does not give).
 *
 * @example
 * ```ts
 * import type { Recognition } from '@styrkit/plugin';
 * const r: Recognition = { kind: 'demo/note', document: { text: 'x' }, findings: [] };
 * ```
 */
export interface Recognition {
  /** The kind of the draft. */
  readonly kind: string;
  /** The draft document (valid for the kind's schema). */
  readonly document: unknown;
  /** What could not be mapped, and questions the user must answer. Paths point into the
   * draft (['year']) or, for a table's own rows, into the tables (['tables', 0, 'rows', 2]). */
  readonly findings: readonly Finding[];
  /** Indexes in `context.tables` of every table the draft was made from; when absent, the
   * table the recogniser was called with. */
  readonly tables?: readonly number[];
  /** Where the draft's figures came from, so a finding on the draft (from the kind's checks)
   * can be shown on the table cell it concerns. */
  readonly origins?: readonly RecognitionOrigin[];
}

/**
 * Where one value of a draft came from: the path in the draft document and the table cell
 * (index in `context.tables`, 0-based body row and value column).
 *
 * @example
 * ```ts
 * import type { RecognitionOrigin } from '@styrkit/plugin';
 * const o: RecognitionOrigin = { path: ['budget', 'rows', 0, 'statedTotal'], table: 0, row: 0, column: 4 };
 * ```
 */
export interface RecognitionOrigin {
  /** Path of the value in the draft document. */
  readonly path: Path;
  /** Index of the table in `context.tables`. */
  readonly table: number;
  /** 0-based body row of that table. */
  readonly row: number;
  /** 0-based value column of that table. */
  readonly column: number;
}

/**
 * A recogniser: a table shape a domain plugin knows (the pm3 budget matrix, the ESF financing
 * table), turned into a draft document of one of its kinds. `recognise` returns undefined
 * for a table it does not recognise. Pure; never throws on a table it does not understand.
 *
 * @example
 * ```ts
 * import type { Recogniser } from '@styrkit/plugin';
 * const r: Recogniser = {
 *   id: 'demo/list', kind: 'demo/note', title: { sv: 'Lista', en: 'List' },
 *   recognise: () => undefined,
 * };
 * ```
 */
export interface Recogniser {
  /** Stable id. */
  readonly id: string;
  /** The kind of the drafts it makes. */
  readonly kind: string;
  /** Display name. */
  readonly title: LocalizedText;
  /** A catch-all recogniser (any table of figures): the host uses it only for a table that
   * no other recogniser takes, so a domain reading always wins. */
  readonly fallback?: boolean;
  /** Pure: a draft from the tables, or undefined. Gets every table of the document, so a
   * recogniser may combine two (a budget and an FTE matrix into one plan). */
  readonly recognise: (
    table: RecognisableTable,
    context: PluginContext & { readonly tables: readonly RecognisableTable[] },
  ) => Recognition | undefined;
}

/**
 * Optional hooks the host calls; each is pure and may return findings.
 *
 * @example
 * ```ts
 * import type { PluginHooks } from '@styrkit/plugin';
 * const hooks: PluginHooks = { beforeSave: () => [] };
 * ```
 */
export interface PluginHooks {
  /** Called before a document of one of the plugin's kinds is saved; errors refuse the save. */
  readonly beforeSave?: (document: StoredDocument, context: PluginContext) => Finding[];
}

/**
 * A plugin: data plus pure functions. Build one with {@link definePlugin}.
 *
 * @example
 * ```ts
 * import { definePlugin, type StyrkitPlugin } from '@styrkit/plugin';
 * const p: StyrkitPlugin = definePlugin({
 *   manifest: { name: 'demo', version: '1.0.0', hostRange: '*', title: { sv: 'Demo', en: 'Demo' } },
 * });
 * ```
 */
export interface StyrkitPlugin {
  /** Identity and needs. */
  readonly manifest: PluginManifest;
  /** Document kinds it declares. */
  readonly kinds: readonly DocumentKind[];
  /** Checks over its kinds. */
  readonly checks: readonly Check[];
  /** Table views over its kinds. */
  readonly tables: readonly TableView[];
  /** File exports. */
  readonly exporters: readonly Exporter[];
  /** Domain diffs. */
  readonly differs: readonly Differ[];
  /** Recognisers: tables found in a document (@styrkit/documents) → drafts of its kinds. */
  readonly recognisers: readonly Recogniser[];
  /** Optional hooks. */
  readonly hooks?: PluginHooks;
}
