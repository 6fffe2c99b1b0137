// What a refused request says: zod's issues as host findings, with the value that was sent.
import { zodIssuesToFindings } from '@styrkit/core';
import type { z } from '@hono/zod-openapi';
import { HostError } from '../errors.js';

/** Request fields whose refusal has a code of its own rather than `host/invalid-request`. */
const FIELD_CODES: Readonly<Record<string, string>> = { role: 'host/invalid-role' };

/**
 * The value at a path of a parsed request, or undefined when the path leaves it.
 *
 * @example
 * ```ts
 * valueAt({ a: [1, 2] }, ['a', 1]); // 2
 * ```
 */
export function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || typeof key === 'symbol') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/**
 * A 400 with one finding per zod issue of a request (body, path, query, headers): the field's
 * code, its path, what was expected and (the first 60 characters of) what was sent.
 *
 * @example
 * ```ts
 * const r = z.object({ n: z.number() }).safeParse({ n: 'x' });
 * const error = r.success ? undefined : requestRefused(r.error.issues, { n: 'x' });
 * error?.findings[0]?.actual; // 'x'
 * ```
 */
export function requestRefused(issues: readonly z.core.$ZodIssue[], data: unknown): HostError {
  const findings = issues.flatMap((issue) => {
    const key = issue.path[issue.path.length - 1];
    const code = (typeof key === 'string' ? FIELD_CODES[key] : undefined) ?? 'host/invalid-request';
    return zodIssuesToFindings([issue], { code }).map((f) => {
      if (f.actual !== undefined) return f;
      const actual = valueAt(data, issue.path);
      return typeof actual === 'string' || typeof actual === 'number'
        ? { ...f, actual: String(actual).slice(0, 60) }
        : f;
    });
  });
  return new HostError(400, findings);
}
