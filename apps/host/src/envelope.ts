import type { Finding } from '@styrkit/core';
import { parse as parseYaml } from 'yaml';
import * as z from 'zod';
import { safeParseWith } from '@styrkit/core';
import { HostError, hostFinding } from './errors.js';

/** The import format of one document: `{ kind, schemaVersion, id, document }`. */
export const envelopeSchema = z.strictObject({
  kind: z.string().min(3).max(200),
  schemaVersion: z.number().int().positive().optional(),
  id: z.string().min(1).max(128),
  message: z.string().max(2000).optional(),
  document: z.unknown(),
});

/** One document envelope. */
export type Envelope = z.infer<typeof envelopeSchema>;

/**
 * Reads JSON or YAML text into a value (YAML is a superset of JSON; `format` picks the parser so
 * JSON errors are reported as such). Throws a 400 {@link HostError} on malformed input.
 *
 * @example
 * ```ts
 * parseText('{"a":1}', 'json'); // { a: 1 }
 * ```
 */
export function parseText(text: string, format: 'json' | 'yaml'): unknown {
  try {
    if (format === 'json') return JSON.parse(text) as unknown;
    return parseYaml(text, { maxAliasCount: 100 }) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
    throw new HostError(400, [
      hostFinding(format === 'json' ? 'host/malformed-json' : 'host/malformed-yaml', { detail }),
    ]);
  }
}

/**
 * Reads one envelope or a list of envelopes; each entry is either an envelope or its findings.
 *
 * @example
 * ```ts
 * readEnvelopes({ kind: 'demo/note', id: 'a', document: { text: 'hej' } });
 * ```
 */
export function readEnvelopes(
  value: unknown,
): ({ ok: true; value: Envelope } | { ok: false; error: Finding[] })[] {
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list.map((item, index) =>
    safeParseWith(envelopeSchema, item, {
      code: 'host/invalid-envelope',
      ...(Array.isArray(value) ? { basePath: [index] } : {}),
    }),
  );
}
