import type { Context, MiddlewareHandler } from 'hono';
import { fail } from '../errors.js';
import { parseJsonExact } from '../http-input.js';
import { parseYamlExact } from '../yaml-bounded.js';
import type { Env } from './context.js';

function unsupported(type: string, yaml: boolean): never {
  fail(
    415,
    'host/unsupported-media-type',
    {
      sv: `Skicka ${yaml ? 'JSON (application/json) eller YAML (application/yaml)' : 'JSON (application/json)'}`,
      en: `Send ${yaml ? 'JSON (application/json) or YAML (application/yaml)' : 'JSON (application/json)'}`,
    },
    {
      expected: yaml ? 'application/json, application/yaml' : 'application/json',
      actual: type.slice(0, 100),
    },
  );
}

function emptyBody(): never {
  fail(400, 'host/empty-body', { sv: 'Begäran saknar innehåll', en: 'The request has no body' });
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
 * Route middleware before the zod validator of a JSON body: refuses other media types (415)
 * and an empty body (400) with findings, and numbers JSON cannot hold exactly
 * (`host/inexact-number`). The validator then reads the same text. A body needs its media
 * type: without one it is refused.
 *
 * @example
 * ```ts
 * createRoute({ method: 'post', path: '/api/tokens', middleware: [exactJson()], ... });
 * ```
 */
export function exactJson(): MiddlewareHandler<Env> {
  return async (c, next) => {
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    if (!/json/.test(type)) unsupported(type, false);
    const text = await c.req.text();
    if (text.trim() === '') emptyBody();
    parseJsonExact(text);
    await next();
  };
}
