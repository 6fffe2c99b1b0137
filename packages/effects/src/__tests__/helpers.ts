import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** Reads a reference dataset (docs/examples) and returns its envelope. */
export function loadExample(relative: string): {
  kind: string;
  schemaVersion: number;
  id: string;
  document: unknown;
} {
  return parse(readFileSync(`${root}docs/examples/${relative}`, 'utf8')) as {
    kind: string;
    schemaVersion: number;
    id: string;
    document: unknown;
  };
}

const SEEDS = '/work/shared/seeds/';

/** Whether the seed documents are on this machine (they live outside the repository). */
export const seedsAvailable = existsSync(SEEDS);

/** The lines of a seed document, 1-based: seedLines(file)[n] is line n. */
export function seedLines(file: string): string[] {
  const text = readFileSync(`${SEEDS}${file}`, 'utf8');
  return ['', ...text.split('\n')];
}

/** Unwraps a Result or fails the test with its findings. */
export function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error, null, 2)}`);
  return r.value;
}
