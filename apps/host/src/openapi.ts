import type { OpenAPIHono } from '@hono/zod-openapi';
import * as z from 'zod';
import type { Registry } from './registry.js';
import type { Env } from './routes/context.js';
import { HOST_VERSION } from './version.js';

type JsonSchema = Record<string, unknown>;

/** The OpenAPI 3.1 description of the host: its routes plus one schema per loaded kind. */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly info: Record<string, unknown>;
  readonly paths: Record<string, unknown>;
  readonly components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes: Record<string, unknown>;
  };
  readonly security: readonly Record<string, readonly string[]>[];
}

/** The JSON Schemas of the loaded kinds (and their `$defs`), by component key. */
export interface KindSchemas {
  readonly schemas: Readonly<Record<string, JsonSchema>>;
}

function schemaOf(schema: z.ZodType): JsonSchema {
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  } catch {
    return { description: 'Schema not representable as JSON Schema' };
  }
}

/**
 * The component key of a kind's schema: `pm3.objektplan` for `pm3/objektplan` (a "/" in a key
 * would be read as a JSON Pointer step, so `$ref`s to it would not resolve).
 *
 * @example
 * ```ts
 * schemaKey('pm3/objektplan'); // 'pm3.objektplan'
 * ```
 */
export function schemaKey(kind: string): string {
  return kind.replace(/[^A-Za-z0-9._-]/g, '.');
}

/**
 * Moves a JSON Schema's `$defs` into components under `<key>.<name>` and points its `$ref`s
 * there: `#/$defs/x` would otherwise resolve against the OpenAPI document's root.
 */
function hoistDefs(key: string, schema: JsonSchema, into: Record<string, JsonSchema>): JsonSchema {
  const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (typeof node !== 'object' || node === null) return node;
    const out: JsonSchema = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$defs' || k === '$schema') continue;
      out[k] =
        k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/')
          ? `#/components/schemas/${key}.${schemaKey(v.slice('#/$defs/'.length))}`
          : k === '$ref' && v === '#'
            ? `#/components/schemas/${key}`
            : rewrite(v);
    }
    return out;
  };
  for (const [name, def] of Object.entries(defs)) {
    into[`${key}.${schemaKey(name)}`] = rewrite(def) as JsonSchema;
  }
  return rewrite(schema) as JsonSchema;
}

/**
 * The loaded kinds' zod schemas as JSON Schemas (`z.toJSONSchema`, input side: what a client
 * sends), keyed by {@link schemaKey}, their `$defs` hoisted beside them.
 *
 * @example
 * ```ts
 * kindSchemas(registry).schemas['pm3.objektplan'];
 * ```
 */
export function kindSchemas(registry: Registry): KindSchemas {
  const schemas: Record<string, JsonSchema> = {};
  for (const [name, entry] of registry.kinds) {
    const key = schemaKey(name);
    schemas[key] = hoistDefs(key, schemaOf(entry.kind.schema), schemas);
  }
  return { schemas };
}

/**
 * The OpenAPI description, generated from the app's route definitions (each route's zod
 * schemas: parameters, bodies, responses) with the kinds' schemas as components.
 *
 * @example
 * ```ts
 * buildOpenApi(app, kindSchemas(registry)).components.schemas['pm3.objektplan'];
 * ```
 */
export function buildOpenApi(app: OpenAPIHono<Env>, kinds: KindSchemas): OpenApiDocument {
  const generated = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'styrkit host API',
      version: HOST_VERSION,
      description:
        'Versioned documents of the kinds the loaded plugins declare. Sign in with POST /api/session (cookie + x-csrf-token header on writes) or send Authorization: Bearer <token>.',
    },
    security: [{ bearer: [] }, { session: [] }],
  });
  // Plain JSON: the generator's objects carry no class instances, so this only drops undefined.
  const plain = JSON.parse(JSON.stringify(generated)) as {
    info: Record<string, unknown>;
    paths?: Record<string, unknown>;
    components?: { schemas?: Record<string, JsonSchema> };
  };
  return {
    openapi: '3.1.0',
    info: plain.info,
    security: [{ bearer: [] }, { session: [] }],
    paths: plain.paths ?? {},
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        session: { type: 'apiKey', in: 'cookie', name: 'styrkit_session' },
      },
      schemas: { ...kinds.schemas, ...(plain.components?.schemas ?? {}) },
    },
  };
}
