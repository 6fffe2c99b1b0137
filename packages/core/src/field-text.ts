/**
 * The meaning of a document field in both languages, as zod metadata.
 *
 * English goes into JSON Schema's `description`, which is what OpenAPI tools, editors and
 * schema-driven forms show; Swedish goes beside it as the `x-description-sv` extension (JSON
 * Schema keeps unknown keywords as annotations, and OpenAPI allows `x-` extensions on schemas).
 * The data format reference (`pnpm format-reference`) prints both.
 */
// A type alias, not an interface: zod's `.meta()` takes an object with an index signature,
// which an interface is never assignable to.
export type FieldText = {
  /** English meaning, shown by every JSON Schema and OpenAPI tool. */
  readonly description: string;
  /** Swedish meaning. */
  readonly 'x-description-sv': string;
};

/**
 * Describes a field in Swedish and English, for zod's `.meta()`.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * const name = z.string().meta(fieldText('Projektets namn', 'Name of the project'));
 * z.toJSONSchema(name).description; // 'Name of the project'
 * ```
 */
export function fieldText(sv: string, en: string): FieldText {
  return { description: en, 'x-description-sv': sv };
}
