import { safeParseWith } from '@styrkit/core';
import type { Finding, Result } from '@styrkit/core';
import type { z } from 'zod';
import type { Check, DocumentKind, PluginContext } from './types.js';

/**
 * What a best-effort reading of a document gives: the value that could be read (undefined when
 * nothing usable remains) and the findings on everything that could not.
 *
 * @example
 * ```ts
 * import type { PartialReading } from '@styrkit/plugin';
 * const r: PartialReading<{ name: string }> = { value: { name: 'VSO' }, findings: [] };
 * r.value?.name; // 'VSO'
 * ```
 */
export interface PartialReading<T> {
  /** The readable part, or undefined when the document as a whole cannot be read. */
  readonly value: T | undefined;
  /** Findings on the fields that were left out, and any other reading problems. */
  readonly findings: readonly Finding[];
}

/**
 * How many rounds of leaving out invalid fields {@link parseKeepingValid} tries before it gives
 * up; each round drops every field the schema rejected, so nested problems need few rounds.
 */
export const MAX_PARTIAL_ROUNDS = 8;

type Issue = z.core.$ZodIssue;

/** The object holding the key at `path[at]`, or undefined when the path does not lead there. */
function holder(
  root: unknown,
  path: readonly PropertyKey[],
  at: number,
): Record<PropertyKey, unknown> | undefined {
  let node: unknown = root;
  for (const key of path.slice(0, at)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node === null || typeof node !== 'object' || Array.isArray(node)
    ? undefined
    : (node as Record<PropertyKey, unknown>);
}

/**
 * Leaves out the field an issue is about: the named keys of an object (unknown keys), else the
 * deepest object key on the issue's path not left out before. A field that is rejected again
 * once left out is required, so the next round takes the key above it (a bad array element
 * takes its list with it, since an element cannot be left out without moving every later
 * element's path). False when nothing is left to leave out.
 */
function leaveOut(
  root: unknown,
  path: readonly PropertyKey[],
  keys: readonly string[],
  done: Set<string>,
): boolean {
  if (keys.length > 0) {
    const record = holder(root, path, path.length);
    if (record === undefined) return false;
    for (const k of keys) Reflect.deleteProperty(record, k);
    return true;
  }
  for (let at = path.length - 1; at >= 0; at--) {
    if (typeof path[at] === 'number') continue;
    const id = JSON.stringify(path.slice(0, at + 1).map(String));
    if (done.has(id)) continue;
    const record = holder(root, path, at);
    const key = path[at];
    if (record === undefined || key === undefined || !(key in record)) continue;
    Reflect.deleteProperty(record, key);
    done.add(id);
    return true;
  }
  return false;
}

function copyOf(input: unknown): unknown {
  try {
    return structuredClone(input);
  } catch {
    return undefined;
  }
}

/**
 * Reads a document against its schema, and when one field is invalid reads the rest: every
 * field the schema rejects is left out (an optional field is then simply absent) and the
 * reading is tried again, up to {@link MAX_PARTIAL_ROUNDS} rounds. A required field that is
 * invalid takes the nearest object field above it (an invalid `women` of a staff count leaves
 * out the list of staff counts when that list is optional). Array elements are never dropped
 * one by one, so paths of the kept parts stay those of the input. When nothing but the root
 * would remain, the value is undefined. The findings
 * are always those of the full input, so the invalid fields are reported. Never throws.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { parseKeepingValid } from '@styrkit/plugin';
 * const schema = z.object({ name: z.string(), minutes: z.number().optional() });
 * const r = parseKeepingValid(schema, { name: 'Objektforum', minutes: 'ninety' });
 * r.value; // { name: 'Objektforum' }
 * r.findings.map((f) => f.path.join('.')); // ['minutes']
 * ```
 */
export function parseKeepingValid<T>(
  schema: z.ZodType<T>,
  input: unknown,
  options: { code?: string } = {},
): PartialReading<T> {
  const first = safeParseWith(schema, input, options);
  if (first.ok) return { value: first.value, findings: [] };
  const findings = first.error;
  const current = copyOf(input);
  if (current === undefined) return { value: undefined, findings };
  const done = new Set<string>();
  for (let round = 0; round < MAX_PARTIAL_ROUNDS; round++) {
    let parsed: ReturnType<typeof schema.safeParse>;
    try {
      parsed = schema.safeParse(current);
    } catch {
      return { value: undefined, findings };
    }
    if (parsed.success) return { value: parsed.data, findings };
    for (const issue of parsed.error.issues as readonly Issue[]) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      if (!leaveOut(current, issue.path, keys, done)) return { value: undefined, findings };
    }
  }
  return { value: undefined, findings };
}

/**
 * Reads a document through its kind as far as it can be read: the kind's parser, and when that
 * fails and the kind has `parsePartial`, the readable part with the parser's findings.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { defineKind, readWithKind } from '@styrkit/plugin';
 * const kind = defineKind({ name: 'demo/note', title: { sv: 'Not', en: 'Note' }, schema: z.object({ text: z.string() }), schemaVersion: 1 });
 * readWithKind(kind, { text: 'hej' }).value; // { text: 'hej' }
 * readWithKind(kind, { text: 7 }).value; // undefined
 * ```
 */
export function readWithKind<T>(kind: DocumentKind<T>, input: unknown): PartialReading<T> {
  const parsed: Result<T, Finding[]> =
    kind.parse === undefined ? safeParseWith(kind.schema, input) : kind.parse(input);
  if (parsed.ok) return { value: parsed.value, findings: [] };
  if (kind.parsePartial === undefined) return { value: undefined, findings: parsed.error };
  const partial = kind.parsePartial(input);
  return { value: partial.value, findings: partial.findings };
}

/**
 * Reads a document through its kind and runs the given checks on whatever could be read, so a
 * document with one invalid field still gets every check that does not depend on that field.
 * Returns the reading findings followed by the checks' findings.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { defineCheck, defineKind, checkWithKind, parseKeepingValid } from '@styrkit/plugin';
 * const schema = z.object({ name: z.string(), owner: z.string().optional(), minutes: z.number().optional() });
 * const kind = defineKind({
 *   name: 'demo/forum', title: { sv: 'Forum', en: 'Forum' }, schema, schemaVersion: 1,
 *   parsePartial: (input) => parseKeepingValid(schema, input, { code: 'demo/invalid-input' }),
 * });
 * const owner = defineCheck(kind, {
 *   id: 'demo/owner', title: { sv: 'Ägare', en: 'Owner' },
 *   run: (doc) => (doc.owner === undefined ? [{ code: 'demo/no-owner', severity: 'warning', path: ['owner'], message: { sv: 'Ingen ägare', en: 'No owner' } }] : []),
 * });
 * const findings = checkWithKind(kind, [owner], { name: 'F', minutes: 'ninety' }, { locale: 'sv', documents: () => [] });
 * findings.map((f) => f.code); // ['demo/invalid-input', 'demo/no-owner']
 * ```
 */
export function checkWithKind<T>(
  kind: DocumentKind<T>,
  checks: readonly Check<T>[],
  input: unknown,
  context: PluginContext,
): Finding[] {
  const reading = readWithKind(kind, input);
  const value = reading.value;
  if (value === undefined) return [...reading.findings];
  return [...reading.findings, ...checks.flatMap((c) => c.run(value, context))];
}
