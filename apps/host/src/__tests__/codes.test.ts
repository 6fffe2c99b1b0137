import { readFileSync } from 'node:fs';
import { bilingualTextProblems, catalogueRenderProblems } from '@styrkit/core/testing';
import { describe, expect, it } from 'vitest';
import { hostCodes, worded, type HostCode } from '../codes.js';
import { hostFinding } from '../errors.js';
import { hostCodeSamples } from './code-samples.js';
import { hostSourceFiles } from './host-sources.js';

/** Data for every templated code (code-samples.ts): a code added without samples does not compile. */
const samples = hostCodeSamples;

const SWEDISH_LETTERS = /[åäöÅÄÖ]/;
const ENGLISH_WORDS = /\b(the|is|are|not|must|cannot|you|your|already|with)\b/i;
const codes = Object.keys(hostCodes.specs) as HostCode[];

describe('the host code catalogue (issue 15)', () => {
  it('holds every host/* code the host raises', () => {
    const raised = new Set<string>();
    for (const file of hostSourceFiles()) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'(host\/[a-z0-9-]+)'/g)) {
        if (m[1] !== undefined) raised.add(m[1]);
      }
    }
    // The workbook convention builds its codes from a suffix (xlsx-import.ts, typed there).
    const missing = [...raised].filter((c) => !(c in hostCodes.specs));
    expect(missing).toEqual([]);
    expect(codes.length).toBeGreaterThanOrEqual(70);
  });

  it('renders every templated code in Swedish and English, each in its own language', () => {
    // Codes worded at their call site have no sample (the next test passes their sentences).
    const checks = { everyCode: false, swedishWords: SWEDISH_LETTERS, englishWords: ENGLISH_WORDS };
    expect(catalogueRenderProblems(hostCodes, samples, checks)).toEqual([]);
    expect(hostCodes.render('host/forbidden', { role: 'editor', on: 'pm3/objektplan/a' })).toEqual({
      sv: 'Du saknar behörighet (editor krävs för pm3/objektplan/a)',
      en: 'You are not allowed to do this (editor needed for pm3/objektplan/a)',
    });
    expect(hostCodes.render('host/body-too-large', { maxBytes: 10, file: true }).en).toBe(
      'The file is larger than 10 bytes',
    );
  });

  it('passes the sentences of a code still worded at its call site through unchanged', () => {
    const wordedCodes = codes.filter((c) => hostCodes.specs[c].message === worded);
    expect(wordedCodes.length + Object.keys(samples).length).toBe(codes.length);
    for (const code of wordedCodes) {
      const f = hostFinding(code, { sv: 'på svenska', en: 'in English' });
      expect(f.message, code).toEqual({ sv: 'på svenska', en: 'in English' });
    }
  });

  it('gives every code a title and a description in both languages', () => {
    for (const code of codes) {
      expect(['error', 'warning', 'info'], code).toContain(hostCodes.specs[code].severity);
    }
    const texts = codes.flatMap((code) => {
      const { title, description } = hostCodes.specs[code];
      return [[`${code} title`, title] as const, [`${code} description`, description] as const];
    });
    const checks = { minLength: 3, swedishWords: SWEDISH_LETTERS, englishWords: ENGLISH_WORDS };
    expect(bilingualTextProblems(texts, checks)).toEqual([]);
  });

  it('builds findings with the code, its severity, path and figures; the message worded once', () => {
    const f = hostFinding('host/weak-password', { min: 10 }, { path: ['password'], actual: '4' });
    expect(JSON.parse(JSON.stringify(f))).toEqual({
      code: 'host/weak-password',
      severity: 'error',
      path: ['password'],
      message: {
        sv: 'Lösenordet ska ha minst 10 tecken',
        en: 'The password must have at least 10 characters',
      },
      actual: '4',
    });
    expect(hostFinding('host/xlsx-unknown-field', { field: 'x' }).severity).toBe('warning');
  });
});
