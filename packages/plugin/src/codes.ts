import { defineTemplatedFindingCodes, messageTemplate, type CodedFinding } from '@styrkit/core';
import {
  cycleText,
  type PluginCycleData,
  type PluginDependencyData,
  type PluginDependencyVersionData,
  type PluginDuplicateKindData,
  type PluginDuplicateNameData,
  type PluginDuplicateRecogniserData,
  type PluginHostVersionData,
  type PluginInvalidManifestData,
  type PluginKindOfPluginData,
  type PluginMigrationFailedData,
  type PluginMigrationGapData,
  type PluginSchemaTooNewData,
} from './messages.js';

/**
 * Finding codes of plugin validation: what makes a set of plugins unfit to load together, and
 * a stored document its kind's migrations cannot bring up to date. Each code owns its Swedish
 * and English wording (`pluginCodes.render(code, data)`); validation passes names and versions.
 *
 * @example
 * ```ts
 * import { pluginCodes } from '@styrkit/plugin';
 * Object.keys(pluginCodes.specs).includes('plugin/dependency-cycle'); // true
 * ```
 */
export const pluginCodes = defineTemplatedFindingCodes({
  'plugin/invalid-manifest': {
    severity: 'error',
    title: { sv: 'Ogiltigt manifest', en: 'Invalid manifest' },
    description: {
      sv: 'Namn, version eller versionsintervall har fel form.',
      en: 'Name, version or version range has the wrong form.',
    },
    message: messageTemplate<PluginInvalidManifestData>({
      sv: (d) => `Pluginet "${d.plugin}": fältet ${d.field} är ogiltigt ("${d.actual}")`,
      en: (d) => `Plugin "${d.plugin}": field ${d.field} is invalid ("${d.actual}")`,
    }),
  },
  'plugin/duplicate-name': {
    severity: 'error',
    title: { sv: 'Dubblerat pluginnamn', en: 'Duplicate plugin name' },
    description: {
      sv: 'Två plugins har samma namn; bara ett kan laddas.',
      en: 'Two plugins share a name; only one can be loaded.',
    },
    message: messageTemplate<PluginDuplicateNameData>({
      sv: (d) => `Pluginet "${d.plugin}" finns redan i listan (plats ${d.position})`,
      en: (d) => `Plugin "${d.plugin}" is already in the list (position ${d.position})`,
    }),
  },
  'plugin/duplicate-kind': {
    severity: 'error',
    title: { sv: 'Dubblerad dokumenttyp', en: 'Duplicate document kind' },
    description: {
      sv: 'Samma dokumenttyp deklareras två gånger.',
      en: 'The same document kind is declared twice.',
    },
    message: messageTemplate<PluginDuplicateKindData>({
      sv: (d) => `Typen "${d.kind}" deklareras redan av "${d.owner}"`,
      en: (d) => `Kind "${d.kind}" is already declared by "${d.owner}"`,
    }),
  },
  'plugin/kind-outside-namespace': {
    severity: 'error',
    title: {
      sv: 'Dokumenttyp utanför pluginets namnrymd',
      en: 'Kind outside the plugin namespace',
    },
    description: {
      sv: 'Dokumenttyper heter "<plugin>/<typ>" så att plugins aldrig krockar.',
      en: 'Document kinds are named "<plugin>/<kind>" so plugins never collide.',
    },
    message: messageTemplate<PluginKindOfPluginData>({
      sv: (d) => `Typen "${d.kind}" ska börja med "${d.plugin}/"`,
      en: (d) => `Kind "${d.kind}" must start with "${d.plugin}/"`,
    }),
  },
  'plugin/unknown-kind': {
    severity: 'error',
    title: { sv: 'Okänd dokumenttyp', en: 'Unknown document kind' },
    description: {
      sv: 'En kontroll, tabell, export, diff eller igenkännare avser en typ som pluginet inte deklarerar.',
      en: 'A check, table, export, diff or recogniser refers to a kind the plugin does not declare.',
    },
    message: messageTemplate<PluginKindOfPluginData>({
      sv: (d) => `"${d.kind}" är ingen typ som "${d.plugin}" deklarerar`,
      en: (d) => `"${d.kind}" is not a kind "${d.plugin}" declares`,
    }),
  },
  'plugin/duplicate-recogniser': {
    severity: 'error',
    title: { sv: 'Dubblerad igenkännare', en: 'Duplicate recogniser' },
    description: {
      sv: 'Två igenkännare har samma id; id:t ska vara unikt bland alla laddade plugins.',
      en: 'Two recognisers share an id; the id must be unique across all loaded plugins.',
    },
    message: messageTemplate<PluginDuplicateRecogniserData>({
      sv: (d) => `Igenkännaren "${d.recogniser}" i "${d.plugin}" finns redan i "${d.owner}"`,
      en: (d) => `Recogniser "${d.recogniser}" in "${d.plugin}" already exists in "${d.owner}"`,
    }),
  },
  'plugin/migration-gap': {
    severity: 'error',
    title: { sv: 'Lucka i migreringar', en: 'Migration gap' },
    description: {
      sv: 'Migreringarna leder inte stegvis fram till aktuell schemaversion.',
      en: 'The migrations do not lead step by step to the current schema version.',
    },
    message: messageTemplate<PluginMigrationGapData>({
      sv: (d) =>
        d.in === 'kind'
          ? `Typen "${d.kind}": migreringar når version ${d.reached}, schemat är version ${d.schemaVersion}`
          : `Ingen migrering för "${d.kind}" från version ${d.from}`,
      en: (d) =>
        d.in === 'kind'
          ? `Kind "${d.kind}": migrations reach version ${d.reached}, the schema is version ${d.schemaVersion}`
          : `No migration for "${d.kind}" from version ${d.from}`,
    }),
  },
  'plugin/migration-failed': {
    severity: 'error',
    title: { sv: 'Migrering misslyckades', en: 'Migration failed' },
    description: {
      sv: 'En migrering kastade ett fel för det lagrade dokumentet.',
      en: 'A migration threw an error for the stored document.',
    },
    message: messageTemplate<PluginMigrationFailedData>({
      sv: (d) => `Migreringen av "${d.kind}" från version ${d.from} misslyckades: ${d.error}`,
      en: (d) => `Migrating "${d.kind}" from version ${d.from} failed: ${d.error}`,
    }),
  },
  'plugin/schema-version-too-new': {
    severity: 'error',
    title: { sv: 'För ny schemaversion', en: 'Schema version too new' },
    description: {
      sv: 'Dokumentet är sparat med en nyare version av pluginet än den som är laddad.',
      en: 'The document was saved by a newer version of the plugin than the one loaded.',
    },
    message: messageTemplate<PluginSchemaTooNewData>({
      sv: (d) => `Dokumentet har schemaversion ${d.version}, nyare än ${d.supported} som stöds`,
      en: (d) =>
        `The document has schema version ${d.version}, newer than the supported ${d.supported}`,
    }),
  },
  'plugin/host-version-mismatch': {
    severity: 'error',
    title: { sv: 'Fel värdversion', en: 'Host version not supported' },
    description: {
      sv: 'Pluginet kräver en annan version av värden.',
      en: 'The plugin requires another version of the host.',
    },
    message: messageTemplate<PluginHostVersionData>({
      sv: (d) => `"${d.plugin}" kräver värd ${d.range}, värden är ${d.host}`,
      en: (d) => `"${d.plugin}" requires host ${d.range}, the host is ${d.host}`,
    }),
  },
  'plugin/missing-dependency': {
    severity: 'error',
    title: { sv: 'Beroende saknas', en: 'Missing dependency' },
    description: {
      sv: 'Pluginet behöver ett annat plugin som inte finns i listan.',
      en: 'The plugin needs another plugin that is not in the list.',
    },
    message: messageTemplate<PluginDependencyData>({
      sv: (d) => `"${d.plugin}" behöver "${d.dependency}" ${d.range}`,
      en: (d) => `"${d.plugin}" needs "${d.dependency}" ${d.range}`,
    }),
  },
  'plugin/dependency-version-mismatch': {
    severity: 'error',
    title: { sv: 'Fel version av beroende', en: 'Dependency version mismatch' },
    description: {
      sv: 'Det plugin som finns har en version utanför det krävda intervallet.',
      en: 'The plugin present has a version outside the required range.',
    },
    message: messageTemplate<PluginDependencyVersionData>({
      sv: (d) =>
        `"${d.plugin}" behöver "${d.dependency}" ${d.range}, men version ${d.version} finns`,
      en: (d) =>
        `"${d.plugin}" needs "${d.dependency}" ${d.range}, but version ${d.version} is present`,
    }),
  },
  'plugin/dependency-cycle': {
    severity: 'error',
    title: { sv: 'Cirkulärt beroende', en: 'Dependency cycle' },
    description: {
      sv: 'Plugins beror på varandra i en cirkel och kan inte laddas i någon ordning.',
      en: 'Plugins depend on each other in a circle and cannot be loaded in any order.',
    },
    message: messageTemplate<PluginCycleData>({
      sv: (d) => `"${d.plugin}" ingår i ett cirkulärt beroende (${cycleText(d.cycle)})`,
      en: (d) => `"${d.plugin}" is part of a dependency cycle (${cycleText(d.cycle)})`,
    }),
  },
});

/**
 * A finding code of the plugin package.
 *
 * @example
 * ```ts
 * import type { PluginCode } from '@styrkit/plugin';
 * const code: PluginCode = 'plugin/dependency-cycle';
 * ```
 */
export type PluginCode = keyof typeof pluginCodes.specs;

/**
 * A finding of plugin validation or migration: its code is one of {@link PluginCode}.
 *
 * @example
 * ```ts
 * import type { PluginFinding } from '@styrkit/plugin';
 * const isCycle = (f: PluginFinding): boolean => f.code === 'plugin/dependency-cycle';
 * ```
 */
export type PluginFinding = CodedFinding<PluginCode>;
