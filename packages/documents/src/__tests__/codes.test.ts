import { describe, expect, it } from 'vitest';
import { auditText, documentCodes } from '../index.js';

describe('the finding catalogue', () => {
  it('documents every code in Swedish and English', () => {
    const codes = Object.entries(documentCodes.specs);
    expect(codes.length).toBeGreaterThanOrEqual(12);
    for (const [code, spec] of codes) {
      expect(code).toMatch(/^documents\/[a-z-]+$/);
      for (const text of [spec.title.sv, spec.title.en, spec.description.sv, spec.description.en]) {
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });

  it('every finding the audit gives has a catalogued code and a message in both languages', () => {
    const text = [
      'Post\tA\tB\tSumma',
      'X\t1\t2\t4',
      'Y\t?\t1\t1',
      'Summa\t2\t3\t6',
      '',
      'Kostnaden uppgår till 10 mnkr, varav 7 mnkr personal och 5 mnkr lokaler.',
    ].join('\n');
    const audit = auditText(text);
    expect(audit.findings.length).toBeGreaterThan(0);
    for (const f of audit.findings) {
      expect(Object.keys(documentCodes.specs)).toContain(f.code);
      expect(f.message.sv).not.toEqual(f.message.en);
      // English messages carry no Swedish sentence words.
      expect(f.message.en).not.toMatch(/\b(?:anger|men|raderna|summan|delarna)\b/);
    }
  });
});
