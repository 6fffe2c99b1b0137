/**
 * @styrkit/plugin: the contract between styrkit domain packages and the host. Pure types and
 * validation; no server, no I/O.
 *
 * @packageDocumentation
 */
export type {
  Check,
  Differ,
  DocumentKind,
  ExportContext,
  Exporter,
  Migration,
  PluginContext,
  PluginHooks,
  PluginManifest,
  RecognisableCell,
  RecognisableTable,
  Recogniser,
  Recognition,
  RecognitionOrigin,
  StoredDocument,
  StyrkitPlugin,
  TableView,
} from './types.js';
export {
  defineCheck,
  defineDiffer,
  defineExporter,
  defineKind,
  definePlugin,
  defineRecogniser,
  defineTable,
} from './define.js';
export { pluginCodes, type PluginCode, type PluginFinding } from './codes.js';
export { validatePlugins, type PluginValidation } from './validate.js';
export { migrateDocument } from './migrate.js';
export { exportTime } from './export-time.js';
export {
  checkWithKind,
  MAX_PARTIAL_ROUNDS,
  parseKeepingValid,
  readWithKind,
  type PartialReading,
} from './partial.js';
export {
  type PluginInvalidManifestData,
  type PluginDuplicateNameData,
  type PluginDuplicateKindData,
  type PluginKindOfPluginData,
  type PluginDuplicateRecogniserData,
  type PluginMigrationGapData,
  type PluginMigrationFailedData,
  type PluginSchemaTooNewData,
  type PluginHostVersionData,
  type PluginDependencyData,
  type PluginDependencyVersionData,
  type PluginCycleData,
} from './messages.js';
