// Test helpers: read the reference datasets in docs/examples (tests may do I/O; src may not).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { ForumSet, GateLog, Organisation, Raci } from '../model.js';
import { parseForumSet, parseGateLog, parseOrganisation, parseRaci } from '../parse.js';

const examples = fileURLToPath(new URL('../../../../docs/examples/', import.meta.url));

export interface Envelope {
  kind: string;
  schemaVersion: number;
  id: string;
  document: unknown;
}

export function loadEnvelope(path: string): Envelope {
  return parseYaml(readFileSync(`${examples}${path}`, 'utf8')) as Envelope;
}

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }, path: string): T {
  if (!r.ok) throw new Error(`${path} does not parse: ${JSON.stringify(r.error, null, 2)}`);
  return r.value;
}

export const loadOrganisation = (path: string): Organisation =>
  must(parseOrganisation(loadEnvelope(path).document), path);
export const loadForumSet = (path: string): ForumSet =>
  must(parseForumSet(loadEnvelope(path).document), path);
export const loadRaci = (path: string): Raci => must(parseRaci(loadEnvelope(path).document), path);
export const loadGateLog = (path: string): GateLog =>
  must(parseGateLog(loadEnvelope(path).document), path);

/** A deep copy to mutate in a test without touching the loaded fixture. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Codes of findings, for compact assertions. */
export function codes(findings: readonly { code: string }[]): string[] {
  return findings.map((f) => f.code);
}
