import { defineFindingCodes } from '@styrkit/core';

/**
 * Finding codes of plugin validation: what makes a set of plugins unfit to load together.
 *
 * @example
 * ```ts
 * import { pluginCodes } from '@styrkit/plugin';
 * Object.keys(pluginCodes.specs).includes('plugin/dependency-cycle'); // true
 * ```
 */
export const pluginCodes = defineFindingCodes({
  'plugin/invalid-manifest': {
    severity: 'error',
    title: { sv: 'Ogiltigt manifest', en: 'Invalid manifest' },
    description: {
      sv: 'Namn, version eller versionsintervall har fel form.',
      en: 'Name, version or version range has the wrong form.',
    },
  },
  'plugin/duplicate-name': {
    severity: 'error',
    title: { sv: 'Dubblerat pluginnamn', en: 'Duplicate plugin name' },
    description: {
      sv: 'Två plugins har samma namn; bara ett kan laddas.',
      en: 'Two plugins share a name; only one can be loaded.',
    },
  },
  'plugin/duplicate-kind': {
    severity: 'error',
    title: { sv: 'Dubblerad dokumenttyp', en: 'Duplicate document kind' },
    description: {
      sv: 'Samma dokumenttyp deklareras två gånger.',
      en: 'The same document kind is declared twice.',
    },
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
  },
  'plugin/unknown-kind': {
    severity: 'error',
    title: { sv: 'Okänd dokumenttyp', en: 'Unknown document kind' },
    description: {
      sv: 'En kontroll, tabell, export, diff eller igenkännare avser en typ som pluginet inte deklarerar.',
      en: 'A check, table, export, diff or recogniser refers to a kind the plugin does not declare.',
    },
  },
  'plugin/duplicate-recogniser': {
    severity: 'error',
    title: { sv: 'Dubblerad igenkännare', en: 'Duplicate recogniser' },
    description: {
      sv: 'Två igenkännare har samma id; id:t ska vara unikt bland alla laddade plugins.',
      en: 'Two recognisers share an id; the id must be unique across all loaded plugins.',
    },
  },
  'plugin/migration-gap': {
    severity: 'error',
    title: { sv: 'Lucka i migreringar', en: 'Migration gap' },
    description: {
      sv: 'Migreringarna leder inte stegvis fram till aktuell schemaversion.',
      en: 'The migrations do not lead step by step to the current schema version.',
    },
  },
  'plugin/migration-failed': {
    severity: 'error',
    title: { sv: 'Migrering misslyckades', en: 'Migration failed' },
    description: {
      sv: 'En migrering kastade ett fel för det lagrade dokumentet.',
      en: 'A migration threw an error for the stored document.',
    },
  },
  'plugin/schema-version-too-new': {
    severity: 'error',
    title: { sv: 'För ny schemaversion', en: 'Schema version too new' },
    description: {
      sv: 'Dokumentet är sparat med en nyare version av pluginet än den som är laddad.',
      en: 'The document was saved by a newer version of the plugin than the one loaded.',
    },
  },
  'plugin/host-version-mismatch': {
    severity: 'error',
    title: { sv: 'Fel värdversion', en: 'Host version not supported' },
    description: {
      sv: 'Pluginet kräver en annan version av värden.',
      en: 'The plugin requires another version of the host.',
    },
  },
  'plugin/missing-dependency': {
    severity: 'error',
    title: { sv: 'Beroende saknas', en: 'Missing dependency' },
    description: {
      sv: 'Pluginet behöver ett annat plugin som inte finns i listan.',
      en: 'The plugin needs another plugin that is not in the list.',
    },
  },
  'plugin/dependency-version-mismatch': {
    severity: 'error',
    title: { sv: 'Fel version av beroende', en: 'Dependency version mismatch' },
    description: {
      sv: 'Det plugin som finns har en version utanför det krävda intervallet.',
      en: 'The plugin present has a version outside the required range.',
    },
  },
  'plugin/dependency-cycle': {
    severity: 'error',
    title: { sv: 'Cirkulärt beroende', en: 'Dependency cycle' },
    description: {
      sv: 'Plugins beror på varandra i en cirkel och kan inte laddas i någon ordning.',
      en: 'Plugins depend on each other in a circle and cannot be loaded in any order.',
    },
  },
});
