// Data for every host code whose message the catalogue words (issue 15), every variant of a
// code's data at least once: a code templated without samples here does not compile.
import type { LocalizedText } from '@styrkit/core';
import type { HostCode, HostCodeData } from '../codes.js';

/** Codes whose message the catalogue words from data (not passed in as sentences). */
export type HostTemplatedCode = {
  [K in HostCode]: LocalizedText extends HostCodeData<K>
    ? HostCodeData<K> extends LocalizedText
      ? never
      : K
    : K;
}[HostCode];

/** Samples per templated code; the first is the plain case. */
export const hostCodeSamples: {
  readonly [K in HostTemplatedCode]: readonly [HostCodeData<K>, ...HostCodeData<K>[]];
} = {
  'host/invalid-request': [
    { problem: 'integer-range', field: 'expiresInDays', min: 1, max: 365 },
    { problem: 'integer-range', field: 'page', min: 1, max: 9 },
    { problem: 'too-long', field: 'name', max: 200 },
    { problem: 'base-version-missing' },
    { problem: 'unreadable', detail: 'x' },
  ],
  'host/invalid-role': [{ role: 'owner' }],
  'host/malformed-json': [{ detail: 'Unexpected token' }],
  'host/malformed-yaml': [{ detail: 'x' }],
  'host/yaml-too-large': [{ limit: 1048576 }],
  'host/yaml-too-complex': [{ timeoutMs: 2000 }],
  'host/inexact-number': [{ number: '1e400', becomes: 'Infinity', format: 'JSON' }],
  'host/invalid-text': [
    { problem: 'nul', position: 3 },
    { problem: 'lone-surrogate', position: 0 },
    { problem: 'broken-escape' },
  ],
  'host/empty-body': [{}],
  'host/unsupported-media-type': [{ yaml: true }, { yaml: false }],
  'host/body-too-large': [{ maxBytes: 2097152 }, { maxBytes: 10, file: true }, {}],
  'host/malformed-multipart': [{}],
  'host/no-file': [{ for: 'audit' }, { for: 'import' }],
  'host/no-such-route': [{ method: 'GET', path: '/api/nope' }],
  'host/internal-error': [{}],
  'host/database-unavailable': [{}],
  'host/nul-character': [{}],
  'host/busy': [{ with: 'audits' }, { with: 'yaml' }],
  'host/unauthenticated': [{}],
  'host/bad-credentials': [{}],
  'host/too-many-sign-ins': [{}],
  'host/csrf': [{ header: 'x-csrf-token' }],
  'host/cross-origin': [{ origin: 'https://evil.example' }],
  'host/forbidden': [{ role: 'editor', on: 'pm3/objektplan/plan-a' }, { role: 'admin' }],
  'host/no-such-token': [{ id: 'tok1' }],
  'host/too-many-tokens': [{ username: 'ada', live: 20, max: 20 }],
  'host/no-such-user': [{ username: 'ada' }],
  'host/user-exists': [{ username: 'ada' }],
  'host/invalid-username': [{}],
  'host/weak-password': [{ min: 10 }],
  'host/invalid-scope': [{ scope: '../../etc' }],
  'host/unknown-scope': [{ scope: 'nope' }],
  'host/duplicate-scope': [{ scope: '*' }],
  'host/last-admin': [{}],
  'host/cannot-disable-self': [{}],
  'host/unknown-kind': [{ kind: 'x/plan' }],
  'host/not-found': [
    { kind: 'pm3/objektplan', id: 'plan-a' },
    { kind: 'pm3/objektplan', id: 'plan-a', version: 3 },
  ],
  'host/already-exists': [{ id: 'plan-a' }],
  'host/deleted': [{ id: 'plan-a' }],
  'host/stale-version': [{ current: 4, base: 3 }],
  'host/invalid-id': [{}],
  'host/invalid-schema-version': [{}],
  'host/invalid-base-version': [{}],
  'host/message-too-long': [{ limit: 2000 }],
  'host/stored-document-invalid': [{ id: 'plan-a', version: 2 }],
  'host/four-eyes': [{ version: 3 }],
  'host/open-errors': [{ version: 3, errors: 2 }],
  'host/check-failed': [
    { kind: 'pm3/objektplan', detail: 'x' },
    { check: 'pm3/totals', detail: 'x' },
  ],
  'host/unknown-exporter': [{ exporter: 'nope' }],
  'host/portfolio-too-large': [{ documents: 1200, limit: 1000 }],
  'host/unreadable-file': [{ detail: 'EACCES' }],
  'host/xlsx-unreadable': [
    { problem: 'no-central-directory' },
    { problem: 'zip64' },
    { problem: 'central-directory-out-of-range' },
    { problem: 'broken-central-directory' },
    { problem: 'broken-entry', entry: 'xl/workbook.xml' },
    { problem: 'entry-not-inflatable', entry: 'xl/workbook.xml' },
    { problem: 'compression-method', method: 12 },
    { problem: 'reader', detail: 'x' },
  ],
  'host/xlsx-too-large': [
    { measure: 'entries', limit: 10000 },
    { measure: 'inflated-bytes', limit: 200000000 },
    { measure: 'rows', limit: 100000 },
    { measure: 'cells', limit: 1000000 },
  ],
  'host/xlsx-no-documents': [{}],
  'host/xlsx-missing-field': [{ field: 'kind' }, { field: 'id' }, { field: 'document' }],
  'host/xlsx-invalid-field': [
    { problem: 'path', path: 'document..x' },
    { problem: 'not-text', field: 'id' },
    { problem: 'schema-version' },
  ],
  'host/xlsx-unknown-field': [{ field: 'colour' }],
  'host/xlsx-duplicate-field': [{ field: 'kind', firstRow: 2 }],
  'host/xlsx-invalid-document': [{}],
  'host/xlsx-mixed-document': [{}],
  'host/xlsx-cell-too-long': [{ limit: 32767 }],
  'host/xlsx-malformed-document': [{ detail: 'x' }],
  'host/pdf-too-large': [
    { file: 'DOCX', bytes: 30000000, limit: 20971520 },
    { file: 'PDF', bytes: 30000000, limit: 20971520 },
  ],
  'host/pdf-needs-docx': [{ exporter: 'csv' }],
  'host/pdf-converter-missing': [{}],
  'host/pdf-conversion-failed': [
    { problem: 'timeout', timeoutMs: 300 },
    { problem: 'no-output', exitCode: 0, stderr: '' },
    { problem: 'no-output', exitCode: 1, stderr: 'x' },
    { problem: 'start', detail: 'ENOENT' },
  ],
  'host/audit-failed': [{ detail: 'x' }],
  'host/recogniser-failed': [{ recogniser: 'esf/financing-table', table: 3, detail: 'x' }],
  'host/recognition-unknown-kind': [{ recogniser: 'x/table', kind: 'x/plan' }],
  'host/data-dir-locked': [
    { dir: '/srv/data', holder: { pid: 42, host: 'web1', since: '2026-01-01T00:00:00Z' } },
    { dir: '/srv/data' },
  ],
  'host/config-missing': [{ file: '/etc/styrkit.yaml' }],
  'host/not-a-plugin': [{ module: './plugin.js' }],
};
