import type { z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { fail, HostError } from '../errors.js';
import {
  assertExactJson,
  inexactJsonNumbers,
  parseJsonExact,
  parseJsonText,
} from '../http-input.js';
import { parseYamlExact } from '../yaml-bounded.js';
import type { Env } from './context.js';
import { requestRefused, valueAt } from './validation.js';

function unsupported(type: string, yaml: boolean): never {
  fail(
    415,
    'host/unsupported-media-type',
    { yaml },
    {
      expected: yaml ? 'application/json, application/yaml' : 'application/json',
      actual: type.slice(0, 100),
    },
  );
}

function emptyBody(): never {
  fail(400, 'host/empty-body', {});
}

/**
 * Reads a request body as JSON, or (only where `yaml` is allowed: import and check) as YAML
 * with the bounded parser. Numbers must be held exactly in both. Everything else, sign-in
 * first of all, takes JSON only.
 *
 * @example
 * ```ts
 * const body = await readBody(c, { yaml: true });
 * ```
 */
export async function readBody(c: Context, accept: { yaml?: boolean } = {}): Promise<unknown> {
  const type = (c.req.header('content-type') ?? 'application/json').toLowerCase();
  const isYaml = /yaml/.test(type);
  if (!(/json/.test(type) || (isYaml && accept.yaml === true))) {
    unsupported(type, accept.yaml === true);
  }
  const text = await c.req.text();
  if (text.trim() === '') emptyBody();
  return isYaml ? parseYamlExact(text) : parseJsonExact(text);
}

/**
 * The body reader of every route whose definition declares a zod JSON body ({@link documented}
 * installs it after the route's own middleware, so a permission check comes first). The text
 * is read and parsed once; the schema checks the parsed value first, so a field over its cap
 * (a 1.9 MB username) is refused before the text is scanned for inexact numbers and NUL; then
 * numbers JSON cannot hold exactly (`host/inexact-number`) and text the database cannot hold
 * (`host/invalid-text`) are refused. The handler reads the result with `c.req.valid('json')`.
 * Other media types are 415 and an empty body is 400, with findings.
 *
 * @example
 * ```ts
 * app.post('/api/tokens', jsonBody(z.object({ name: z.string().max(100) })), handler);
 * ```
 */
export function jsonBody(schema: z.ZodType): MiddlewareHandler<Env> {
  return async (c, next) => {
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    if (!/json/.test(type)) unsupported(type, false);
    const text = await c.req.text();
    if (text.trim() === '') emptyBody();
    const value = parseJsonText(text);
    const result = schema.safeParse(value);
    if (!result.success) {
      // A number the schema refuses may be one that JSON rounded (1e400 became Infinity):
      // then the rounding is what to say.
      if (result.error.issues.some((issue) => typeof valueAt(value, issue.path) === 'number')) {
        const inexact = inexactJsonNumbers(text, value);
        if (inexact.length > 0) throw new HostError(400, inexact);
      }
      throw requestRefused(result.error.issues, value);
    }
    assertExactJson(text, value);
    c.req.addValidatedData('json', result.data as object);
    await next();
  };
}
