// One helper for "1 post" / "2 poster" (issue 15): Swedish agreement after one, English too.
import { describe, expect, it } from 'vitest';
import { countText, type CountForms } from '../index.js';

const unknown: CountForms = {
  sv: ['okänd post', 'okända poster'],
  en: ['unknown item', 'unknown items'],
};

describe('countText', () => {
  it('takes the singular after exactly one, the plural after any other count', () => {
    expect(countText(1, unknown)).toEqual({ sv: '1 okänd post', en: '1 unknown item' });
    expect(countText(2, unknown)).toEqual({ sv: '2 okända poster', en: '2 unknown items' });
    expect(countText(0, unknown)).toEqual({ sv: '0 okända poster', en: '0 unknown items' });
  });

  it('gives one language with a locale', () => {
    const fte: CountForms = { sv: ['årsarbete', 'årsarbeten'], en: ['FTE', 'FTE'] };
    expect(countText(1, fte, 'sv')).toBe('1 årsarbete');
    expect(countText(3, fte, 'sv')).toBe('3 årsarbeten');
    expect(countText(3, fte, 'en')).toBe('3 FTE');
  });

  it('a form may be a phrase that agrees with the count (a verb after the noun)', () => {
    const lacking: CountForms = {
      sv: ['effektmål saknar nivå', 'effektmål saknar nivå'],
      en: ['effect goal lacks a level', 'effect goals lack a level'],
    };
    expect(countText(1, lacking).en).toBe('1 effect goal lacks a level');
    expect(countText(4, lacking).en).toBe('4 effect goals lack a level');
  });

  it('groups thousands as formatNumber does', () => {
    expect(countText(1200, unknown)).toEqual({
      sv: '1\u00a0200 okända poster',
      en: '1,200 unknown items',
    });
    expect(countText(1234567, unknown, 'en')).toBe('1,234,567 unknown items');
    expect(countText(999, unknown, 'sv')).toBe('999 okända poster');
  });

  it('writes a count that is not a whole number as it is, in the plural', () => {
    expect(countText(1.5, unknown, 'en')).toBe('1.5 unknown items');
    expect(countText(Number.NaN, unknown, 'sv')).toBe('NaN okända poster');
  });
});
