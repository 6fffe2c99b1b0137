// The schemas the routes share: findings and the error body, versions, paths and paging. Each
// named one (`.openapi('Name')`) is a component of /api/openapi.json.
import { z } from '@hono/zod-openapi';
import { acknowledgedFindingSchema } from '../approval.js';
import { grantSchema as plainGrantSchema, roleSchema as plainRoleSchema } from '../auth/roles.js';
import { MAX_INT } from '../http-input.js';

/**
 * A role (the one list, auth/roles.ts). A clone: the shared schema is made before this
 * module's zod has its OpenAPI methods.
 */
export const roleSchema = plainRoleSchema.clone().openapi('Role');

/** A role in a scope (auth/roles.ts's grant, named for the description). */
export const grantSchema = plainGrantSchema
  .clone()
  .extend({
    scope: plainGrantSchema.shape.scope.clone().openapi({
      description: "'*', plugin, plugin/kind or plugin/kind/document-id",
    }),
    role: roleSchema,
  })
  .openapi('Grant');

/** A finding: code, severity, path and a Swedish and English message. */
export const findingSchema = z
  .object({
    code: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    path: z.array(z.union([z.string(), z.number().int()])).readonly(),
    message: z.object({ sv: z.string(), en: z.string() }).readonly(),
    expected: z.string().optional(),
    actual: z.string().optional(),
  })
  .openapi('Finding')
  .readonly();

/** Every error answer: the status and the findings that explain it. */
export const errorSchema = z
  .object({
    error: z.object({ status: z.number().int(), findings: z.array(findingSchema).readonly() }),
  })
  .openapi('Error');

/** One approval of a version. */
export const approvalSchema = z
  .object({
    by: z.string(),
    at: z.string().openapi({ format: 'date-time' }),
    comment: z.string(),
    note: z.string().openapi({ description: 'The comment (its older name)' }),
    acknowledgedFindings: z.array(acknowledgedFindingSchema.readonly()).readonly(),
  })
  .openapi('Approval')
  .readonly();

/** One version's metadata. */
export const versionMetaSchema = z
  .object({
    kind: z.string(),
    id: z.string(),
    version: z.number().int(),
    schemaVersion: z.number().int(),
    author: z.string(),
    message: z.string(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    approvals: z.array(approvalSchema).readonly(),
  })
  .openapi('VersionMeta');

/** One version with its document. */
export const versionSchema = versionMetaSchema
  .extend({
    document: z.unknown().openapi({
      description: "The stored document; its schema is the kind's (components.schemas[<kind>])",
    }),
  })
  .openapi('Version');

/** Counts of findings by severity. */
export const countsSchema = z.object({
  error: z.number().int(),
  warning: z.number().int(),
  info: z.number().int(),
});

/**
 * A whole number in a path or query text: digits only, `min`..`max` (default 1..2^31−1);
 * `-1`, `1.5`, `1e3` and 2^31 are refused with a finding. Described as an integer.
 *
 * @example
 * ```ts
 * intText({ min: 0 }).parse('0'); // 0
 * ```
 */
export function intText(range: { min?: number; max?: number } = {}) {
  const min = range.min ?? 1;
  const max = range.max ?? MAX_INT;
  return z
    .string()
    .transform((text, ctx) => {
      const n = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
      if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
      ctx.addIssue({
        code: 'custom',
        message: `a whole number from ${min} to ${max}`,
        params: {
          expected: `integer ${min}..${max}`,
          sv: `Ett heltal från ${min} till ${max}`,
          en: `A whole number from ${min} to ${max}`,
        },
        input: text.slice(0, 40),
      });
      return z.NEVER;
    })
    .openapi({ type: 'integer', minimum: min, maximum: max });
}

/** The locale of messages and formatted numbers (else from Accept-Language). */
export const localeQuery = z.enum(['sv', 'en']).optional();

/** A document id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`. */
export const documentIdSchema = z.string().max(200).openapi({
  // The store checks the form (its own finding on create; 404 for a path naming no document).
  pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$',
  example: 'linkoping-vso-2026',
});

/** The path of a kind: plugin and kind name (`pm3` and `objektplan` for pm3/objektplan). */
export function kindParams(plugins: readonly string[]) {
  return z.object({
    // Described with the loaded plugins; any other name is a 404 host/unknown-kind, not a 400.
    plugin: z
      .string()
      .max(100)
      .openapi({
        description: 'The plugin part of the kind name, e.g. pm3 in pm3/objektplan',
        ...(plugins.length > 0 ? { enum: [...plugins] } : {}),
      }),
    kind: z.string().max(100).openapi({
      description: 'Second part of the kind name, e.g. objektplan in pm3/objektplan',
    }),
  });
}

/** JSON content of a schema, for a request body or a response. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

const ERRORS = {
  400: 'Malformed request (findings)',
  401: 'Not signed in',
  403: 'Not allowed (role), CSRF token missing or another site',
  404: 'Unknown kind, document, version or user',
  409: 'Conflict: stale baseVersion, existing id, deleted document, four eyes or open errors',
  413: 'Body too large',
  415: 'Unsupported media type',
  422: 'Document invalid for its kind (findings)',
  429: 'Too many failed sign-ins',
  503: 'Busy or storage unavailable (Retry-After)',
} as const;

/** The error body as a reference to its component. */
const errorRef = { $ref: '#/components/schemas/Error' };

/**
 * The error answers a route may give, each the usual error body (a reference to the `Error`
 * component, registered once by the app).
 *
 * @example
 * ```ts
 * errors(400, 404)[404]?.description; // 'Unknown kind, document, version or user'
 * ```
 */
export function errors(...statuses: (keyof typeof ERRORS)[]) {
  const out: Record<
    string,
    { description: string; content: { 'application/json': { schema: typeof errorRef } } }
  > = {};
  for (const s of statuses) {
    out[s] = { description: ERRORS[s], content: { 'application/json': { schema: errorRef } } };
  }
  return out;
}
