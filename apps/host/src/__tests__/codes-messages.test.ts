// Issue 15: raise sites pass data, the catalogue words every host message (this file beside
// codes.test.ts, which renders every sample of code-samples.ts in both languages).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostCodes, worded, type HostCode } from '../codes.js';
import { hostFinding } from '../errors.js';
import { cellTooLong, invalidRequest, xlsxTooLarge, xlsxUnreadable } from '../messages.js';
import { hostCodeSamples } from './code-samples.js';
import { hostSourceFiles, hostSrcDir } from './host-sources.js';

const codes = Object.keys(hostCodes.specs) as HostCode[];

/** Codes whose messages @styrkit/core words from a schema issue (no raise site words them). */
const SCHEMA_WORDED: readonly HostCode[] = ['host/invalid-envelope', 'host/invalid-draft'];

describe('host messages worded by the catalogue (issue 15)', () => {
  it('leaves pass-through only the codes core words from a schema issue', () => {
    const passThrough = codes.filter((c) => hostCodes.specs[c].message === worded);
    expect([...passThrough].sort()).toEqual([...SCHEMA_WORDED].sort());
    expect(passThrough.length).toBe(2);
    expect(passThrough.length + Object.keys(hostCodeSamples).length).toBe(codes.length);
  });

  it('finds no raise site that writes its own sentences', () => {
    const offenders: string[] = [];
    for (const file of hostSourceFiles()) {
      const name = file.slice(hostSrcDir.length);
      if (name === 'codes.ts' || name === 'messages.ts') continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/'host\/[a-z0-9-]+'[\s\S]{0,60}?\{\s*sv:/g)) {
        offenders.push(`${name}: ${m[0].split('\n')[0] ?? ''}`);
      }
      // A finding written out by hand (a code option of a schema parse is not one).
      if (/code: 'host\/[a-z0-9-]+',\s*severity:/.test(text)) {
        offenders.push(`${name}: a literal host finding`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('keeps the sentences clients saw where the wording did not change', () => {
    expect(
      wording('host/inexact-number', { number: '0.1', becomes: '0.1', format: 'YAML' }).en,
    ).toBe(
      'The number 0.1 cannot be held exactly as a YAML number (it would become 0.1); send it as text, e.g. "0.1"',
    );
    expect(wording('host/invalid-request', { problem: 'base-version-missing' })).toEqual({
      sv: 'baseVersion (versionen du redigerat) saknas; en sparning anger alltid vilken version den bygger på',
      en: 'baseVersion (the version you edited) is missing; a save always names the version it builds on',
    });
    expect(wording('host/xlsx-cell-too-long', { limit: 32767 })).toEqual({
      sv: 'Cellen är full (32 767 tecken); dela upp dokumentet på rader document.<fält>',
      en: 'The cell is full (32,767 characters); split the document into document.<field> rows',
    });
    expect(wording('host/pdf-conversion-failed', { problem: 'timeout', timeoutMs: 300 }).en).toBe(
      'LibreOffice could not turn the document into PDF: timed out after 300 ms',
    );
    expect(
      wording('host/pdf-conversion-failed', { problem: 'no-output', exitCode: 0, stderr: '' }).en,
    ).toBe('LibreOffice could not turn the document into PDF: no PDF written (exit 0)');
    expect(wording('host/malformed-json', { detail: 'Unexpected end' })).toEqual({
      sv: 'Ogiltig JSON: Unexpected end',
      en: 'Malformed JSON: Unexpected end',
    });
    expect(wording('host/busy', { with: 'audits' }).en).toBe(
      'The server is auditing other documents; try again shortly',
    );
    // The storage path's sentences, as store.ts and db.ts wrote them before.
    expect(wording('host/stale-version', { current: 4, base: 3 })).toEqual({
      sv: 'Någon har sparat version 4 sedan du öppnade version 3; läs in den senaste och spara igen',
      en: 'Someone saved version 4 since you opened version 3; reload the latest and save again',
    });
    expect(wording('host/not-found', { kind: 'k/x', id: 'a', version: 2 }).en).toBe(
      'Version 2 of "a" (k/x) not found',
    );
    expect(wording('host/not-found', { kind: 'k/x', id: 'a' }).en).toBe(
      'Document "a" (k/x) not found',
    );
    expect(wording('host/invalid-id', {}).en).toBe(
      'A document id may only contain the letters a–z, digits, dot, underscore and hyphen (at most 128 characters)',
    );
    expect(wording('host/four-eyes', { version: 3 }).en).toBe(
      'You wrote version 3 yourself; another approver must approve it (four eyes)',
    );
    expect(wording('host/message-too-long', { limit: 1000 }).en).toBe(
      'The message may be at most 1000 characters',
    );
    expect(wording('host/database-unavailable', {}).en).toBe(
      'The database cannot be reached right now; try again shortly',
    );
  });

  it('names fields and measures in Swedish in Swedish, in English in English', () => {
    expect(
      wording('host/invalid-request', { problem: 'too-long', field: 'name', max: 200 }),
    ).toEqual({
      sv: 'Namnet (name) får vara högst 200 tecken',
      en: 'The name (name) may be at most 200 characters',
    });
    expect(xlsxTooLarge({ measure: 'inflated-bytes', limit: 5 }, 'sv')).toBe(
      'Arbetsboken är för stor: uppackade byte överstiger gränsen 5',
    );
    expect(xlsxUnreadable({ problem: 'zip64' }, 'sv')).toBe(
      'Filen går inte att läsa som en XLSX-arbetsbok: ZIP64 stöds inte',
    );
    // A field the catalogue has no words for is named by its API name alone.
    expect(invalidRequest({ problem: 'integer-range', field: 'page', min: 1, max: 9 }, 'sv')).toBe(
      'page ska vara ett heltal från 1 till 9',
    );
    expect(cellTooLong({ limit: 1000 }, 'en')).toContain('1,000 characters');
  });

  it('gives findings the severity of their code (a check that throws warns)', () => {
    expect(hostFinding('host/check-failed', { check: 'c', detail: 'boom' })).toMatchObject({
      code: 'host/check-failed',
      severity: 'warning',
      message: { en: 'Check c threw for the draft: boom' },
    });
  });
});

/** The message a finding of `code` gets from `data`. */
function wording<K extends HostCode>(code: K, data: Parameters<typeof hostFinding<K>>[1]) {
  return hostFinding(code, data).message;
}
