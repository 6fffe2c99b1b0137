import type { Finding } from '@styrkit/core';
import { coreCodes, err, safeParseWith, type Result } from '@styrkit/core';
import { pluginCodes } from './codes.js';
import { parseThrewMessage } from './messages.js';
import type { DocumentKind } from './types.js';

/**
 * Brings a stored document of schema version `fromVersion` up to the kind's current version by
 * applying its migrations in order, then validates it (with the kind's `parse` when it has
 * one, else its schema). Never throws on user data: a migration that fails or a missing step
 * gives a finding.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { defineKind, migrateDocument } from '@styrkit/plugin';
 * const kind = defineKind({
 *   name: 'demo/note', title: { sv: 'Not', en: 'Note' }, schemaVersion: 2,
 *   schema: z.object({ text: z.string(), tags: z.array(z.string()) }),
 *   migrations: [{ from: 1, to: 2, migrate: (d) => ({ ...(d as object), tags: [] }) }],
 * });
 * migrateDocument(kind, { text: 'hej' }, 1).ok; // true
 * ```
 */
export function migrateDocument<T>(
  kind: DocumentKind<T>,
  document: unknown,
  fromVersion: number,
): Result<T, Finding[]> {
  let current = document;
  let version = fromVersion;
  while (version < kind.schemaVersion) {
    const step = kind.migrations?.find((m) => m.from === version);
    if (step === undefined) {
      return err([
        pluginCodes.create('plugin/migration-gap', {
          path: [],
          data: { in: 'document', kind: kind.name, from: version },
          expected: String(kind.schemaVersion),
          actual: String(version),
        }),
      ]);
    }
    try {
      current = step.migrate(current);
    } catch (error) {
      return err([
        pluginCodes.create('plugin/migration-failed', {
          path: [],
          data: { kind: kind.name, from: version, error: String(error) },
        }),
      ]);
    }
    version = step.to;
  }
  if (version > kind.schemaVersion) {
    return err([
      pluginCodes.create('plugin/schema-version-too-new', {
        path: [],
        data: { version, supported: kind.schemaVersion },
        expected: `<= ${kind.schemaVersion}`,
        actual: String(version),
      }),
    ]);
  }
  if (kind.parse) {
    try {
      return kind.parse(current);
    } catch (error) {
      return err([
        coreCodes.create('core/invalid-input', { path: [], message: parseThrewMessage(error) }),
      ]);
    }
  }
  return safeParseWith(kind.schema, current);
}
