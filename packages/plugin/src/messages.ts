import type { LocalizedText } from '@styrkit/core';

/*
 * The data each plugin finding code's message is worded from (codes.ts holds the templates).
 * Validation and migration pass names, versions and ranges; only codes.ts and this file hold
 * sentences, so English output cannot pick up Swedish.
 */

/** Data of `plugin/invalid-manifest`: the plugin, the field and the value as given. */
export interface PluginInvalidManifestData {
  readonly plugin: string;
  /** The field's path in the manifest: "version", "dependencies.pm3". */
  readonly field: string;
  readonly actual: string;
}

/** Data of `plugin/duplicate-name`: where the name first occurs (1-based). */
export interface PluginDuplicateNameData {
  readonly plugin: string;
  readonly position: number;
}

/** Data of `plugin/duplicate-kind`: the kind and the plugin that declared it first. */
export interface PluginDuplicateKindData {
  readonly kind: string;
  readonly owner: string;
}

/** Data of `plugin/kind-outside-namespace` and `plugin/unknown-kind`. */
export interface PluginKindOfPluginData {
  readonly kind: string;
  readonly plugin: string;
}

/** Data of `plugin/duplicate-recogniser`. */
export interface PluginDuplicateRecogniserData {
  readonly recogniser: string;
  readonly plugin: string;
  readonly owner: string;
}

/**
 * Data of `plugin/migration-gap`: a kind whose migrations stop short of its schema version
 * (found when plugins are validated), or a stored document no migration takes further.
 */
export type PluginMigrationGapData =
  | {
      readonly in: 'kind';
      readonly kind: string;
      readonly reached: number;
      readonly schemaVersion: number;
    }
  | { readonly in: 'document'; readonly kind: string; readonly from: number };

/** Data of `plugin/migration-failed`: the error the migration threw, as text. */
export interface PluginMigrationFailedData {
  readonly kind: string;
  readonly from: number;
  readonly error: string;
}

/** Data of `plugin/schema-version-too-new`. */
export interface PluginSchemaTooNewData {
  readonly version: number;
  readonly supported: number;
}

/** Data of `plugin/host-version-mismatch`. */
export interface PluginHostVersionData {
  readonly plugin: string;
  readonly range: string;
  readonly host: string;
}

/** Data of `plugin/missing-dependency`, and with the version found, of `plugin/dependency-version-mismatch`. */
export interface PluginDependencyData {
  readonly plugin: string;
  readonly dependency: string;
  readonly range: string;
}

/** Data of `plugin/dependency-version-mismatch`. */
export interface PluginDependencyVersionData extends PluginDependencyData {
  readonly version: string;
}

/** Data of `plugin/dependency-cycle`: the plugins in the cycle, in list order. */
export interface PluginCycleData {
  readonly plugin: string;
  readonly cycle: readonly string[];
}

/** The cycle as a message writes it: "a → b → c". */
export function cycleText(cycle: readonly string[]): string {
  return cycle.join(' → ');
}

/**
 * The message of a kind's own `parse` that threw (reported under core's
 * `core/invalid-input`, the code every unreadable document has).
 */
export function parseThrewMessage(error: unknown): LocalizedText {
  return { sv: `Kunde inte läsas: ${String(error)}`, en: `Could not be read: ${String(error)}` };
}
