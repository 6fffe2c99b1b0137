import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Finding } from '@styrkit/core';
import { auditText, type DocumentAudit } from '../index.js';

const seeds = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url));

/** A seed text exactly as it is in fixtures/seeds. */
export function seedText(name: string): string {
  return readFileSync(`${seeds}${name}`, 'utf8');
}

/** The audit of a seed read as plain text. */
export function auditSeed(name: string): DocumentAudit {
  return auditText(seedText(name), { file: name });
}

/** The parts of a finding a golden test pins down. */
export function brief(f: Finding): {
  code: string;
  severity: string;
  path: readonly (string | number)[];
  expected?: string;
  actual?: string;
  line?: number;
} {
  return {
    code: f.code,
    severity: f.severity,
    path: f.path,
    ...(f.expected === undefined ? {} : { expected: f.expected }),
    ...(f.actual === undefined ? {} : { actual: f.actual }),
    ...(f.source?.line === undefined ? {} : { line: f.source.line }),
  };
}

/** Errors and warnings. */
export function problems(audit: DocumentAudit): ReturnType<typeof brief>[] {
  return audit.findings.filter((f) => f.severity !== 'info').map(brief);
}

/** Info findings. */
export function infos(audit: DocumentAudit): ReturnType<typeof brief>[] {
  return audit.findings.filter((f) => f.severity === 'info').map(brief);
}
