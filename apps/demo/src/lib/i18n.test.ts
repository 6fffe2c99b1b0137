import { describe, expect, it } from 'vitest';
import { formatDecimal, initialLocale, pick, t } from './i18n.js';

describe('i18n', () => {
  it('is Swedish unless English was chosen', () => {
    expect(initialLocale(undefined)).toBe('sv');
    expect(initialLocale({ getItem: () => 'en' })).toBe('en');
    expect(initialLocale({ getItem: () => 'de' })).toBe('sv');
    expect(
      initialLocale({
        getItem: () => {
          throw new Error('blocked');
        },
      }),
    ).toBe('sv');
  });

  it('formats exact decimal strings in Swedish and English notation', () => {
    expect(formatDecimal('45100', 'sv')).toBe('45\u00a0100');
    expect(formatDecimal('45100', 'en')).toBe('45,100');
    expect(formatDecimal('21.3', 'sv')).toBe('21,3');
    expect(formatDecimal('-16376', 'sv')).toBe('−16\u00a0376');
    expect(formatDecimal('32.85', 'en', 2)).toBe('32.85');
    expect(formatDecimal('1', 'sv', 1)).toBe('1,0');
    expect(formatDecimal('12345678901234567890.12', 'en')).toBe('12,345,678,901,234,567,890.12');
    expect(formatDecimal('abc', 'sv')).toBe('abc');
  });

  it('picks texts per locale', () => {
    expect(t('save', 'sv')).toBe('Spara');
    expect(t('save', 'en')).toBe('Save');
    expect(pick({ sv: 'Hej', en: 'Hello' }, 'en')).toBe('Hello');
    expect(pick('Treserva', 'en')).toBe('Treserva');
    expect(pick(null, 'sv')).toBe('');
  });
});
