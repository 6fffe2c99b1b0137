import { z } from 'zod';
import { coreFinding } from './core-finding.js';
import type { Finding, Path } from './finding.js';
import { echoText } from './given-text.js';
import { err, ok, type Result } from './result.js';
import { safeParseWith } from './zod-findings.js';

/**
 * The file format of one stored document, as in docs/examples: what kind it is, the version of
 * that kind's schema, an id, and the document itself.
 *
 * @example
 * ```ts
 * import type { Envelope } from '@styrkit/core';
 * const e: Envelope = { kind: 'pm3/objektplan', schemaVersion: 1, id: 'vso-2021', document: {} };
 * ```
 */
export interface Envelope<D = unknown> {
  /** `<package>/<kind>`, e.g. `pm3/objektplan`. */
  readonly kind: string;
  /** The version of the kind's schema the document follows (absent: the first). */
  readonly schemaVersion?: number;
  /** The document's id. */
  readonly id: string;
  /** A note for the version history. */
  readonly message?: string;
  /** The document. */
  readonly document: D;
}

/**
 * zod schema for an {@link Envelope}; the document itself is not checked here. Limits: a kind
 * of 3–200 characters, an id of 1–128, a message of at most 2 000.
 *
 * @example
 * ```ts
 * import { envelopeSchema } from '@styrkit/core';
 * envelopeSchema.safeParse({ kind: 'pm3/objektplan', id: 'a', document: {} }).success; // true
 * ```
 */
export const envelopeSchema = z.strictObject({
  kind: z.string().min(3).max(200),
  schemaVersion: z.number().int().positive().optional(),
  id: z.string().min(1).max(128),
  message: z.string().max(2000).optional(),
  document: z.unknown(),
});

/**
 * Unwraps a `{ kind, schemaVersion, id, document }` envelope (a docs/examples file after
 * `yaml.parse`): the envelope, or `core/invalid-envelope` findings when it is not one, and a
 * `core/wrong-kind` finding when `kind` is given and the envelope holds another kind. The
 * document is returned as is: parse it with its kind's `parse*` function, or use
 * {@link parseEnvelope}.
 *
 * @example
 * ```ts
 * import { unwrapEnvelope } from '@styrkit/core';
 * const file = { kind: 'pm3/objektplan', schemaVersion: 1, id: 'a', document: { year: 2021 } };
 * const r = unwrapEnvelope(file, { kind: 'pm3/objektplan' });
 * r.ok && r.value.id; // 'a'
 * unwrapEnvelope({ year: 2021 }).ok; // false
 * ```
 */
export function unwrapEnvelope(
  value: unknown,
  options: { readonly kind?: string | readonly string[]; readonly path?: Path } = {},
): Result<Envelope, Finding[]> {
  const path = options.path ?? [];
  const read = safeParseWith(envelopeSchema, value, {
    code: 'core/invalid-envelope',
    basePath: path,
  });
  if (!read.ok) return read;
  const kinds = options.kind === undefined ? [] : ([] as string[]).concat(options.kind);
  if (kinds.length > 0 && !kinds.includes(read.value.kind)) {
    const wanted = kinds.join(', ');
    const shown = echoText(read.value.kind);
    return err([
      coreFinding('core/wrong-kind', 'error', {
        path: [...path, 'kind'],
        message: {
          sv: `förväntade ett dokument av slaget ${wanted}, fick ${shown}`,
          en: `expected a document of kind ${wanted}, got ${shown}`,
        },
        expected: wanted,
        actual: shown,
      }),
    ]);
  }
  return ok(read.value as Envelope);
}

/**
 * Unwraps an envelope and parses its document with the kind's parser; findings of the
 * document get paths under `document`.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { parseEnvelope, safeParseWith } from '@styrkit/core';
 * const parseNote = (v: unknown) => safeParseWith(z.object({ text: z.string() }), v);
 * const r = parseEnvelope({ kind: 'demo/note', id: 'n', document: { text: 7 } }, parseNote);
 * r.ok ? [] : r.error.map((f) => f.path); // [['document', 'text']]
 * ```
 */
export function parseEnvelope<T>(
  value: unknown,
  parse: (document: unknown) => Result<T, Finding[]>,
  options: { readonly kind?: string | readonly string[]; readonly path?: Path } = {},
): Result<Envelope<T>, Finding[]> {
  const envelope = unwrapEnvelope(value, options);
  if (!envelope.ok) return envelope;
  const document = parse(envelope.value.document);
  if (!document.ok) {
    const base = [...(options.path ?? []), 'document'];
    return err(document.error.map((f) => ({ ...f, path: [...base, ...f.path] })));
  }
  return ok({ ...envelope.value, document: document.value });
}
