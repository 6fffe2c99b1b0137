import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Exact,
  exact,
  formatMoney,
  formatNumber,
  formatPercent,
  parseNumber,
  type NumberLocale,
} from '../index.js';

/**
 * Any code point, lone surrogates included: the domain of fast-check's `unit: 'binary'`, whose
 * first use builds tables for ~2 s (a minute on a loaded CI machine, past the test timeout).
 */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));

function value(text: string, locale: NumberLocale = 'sv') {
  const r = parseNumber(text, { locale });
  if (!r.ok) throw new Error(`expected ${text} to parse: ${JSON.stringify(r.error)}`);
  return r.value;
}

function known(text: string, locale: NumberLocale = 'sv'): string {
  const v = value(text, locale);
  if (v.kind !== 'number') throw new Error(`${text} is unknown`);
  return v.value.toString();
}

describe('golden: every number format in the seeds parses to the right value', () => {
  it.each([
    // [text as in the seed, value, citation]
    ['45 100', '45100', 'linkoping-vso-objektplan-2021.txt:183'],
    ['1 800', '1800', 'linkoping-vso-objektplan-2021.txt:179'],
    ['0', '0', 'linkoping-vso-objektplan-2021.txt:179'],
    ['1,0', '1', 'linkoping-vso-objektplan-2021.txt:191'],
    ['0,5', '0.5', 'linkoping-vso-objektplan-2021.txt:191'],
    ['21,3', '21.3', 'linkoping-vso-objektplan-2021.txt:195'],
    ['2 000', '2000', 'linkoping-vso-objektplan-2021.txt:102'],
    ['1 376', '1376', 'linkoping-vso-objektplan-2021-version-b.txt:402'],
    ['47 140', '47140', 'linkoping-vso-objektplan-2021-version-b.txt:416'],
    ['4 420', '4420', 'goteborg-avo-digitaliseringsplan-2024.txt:189'],
    ['29 000', '29000', 'goteborg-avo-digitaliseringsplan-2024.txt:192'],
    ['-4 311', '-4311', 'sala-san-kallelse-2023-06-15.txt:32'],
    ['-77 154', '-77154', 'sala-san-kallelse-2023-06-15.txt:39'],
    ['-9 722', '-9722', 'sala-san-kallelse-2023-06-15.txt:40'],
    ['-15 409', '-15409', 'sala-san-kallelse-2023-06-15.txt:44'],
    ['-16 376', '-16376', 'sala-san-kallelse-2023-06-15.txt:75'],
    ['149,6', '149.6', 'sala-san-kallelse-2023-06-15.txt:109'],
    ['-16,3', '-16.3', 'sala-san-kallelse-2023-06-15.txt:109'],
    ['2 675 000', '2675000', 'sala-san-kallelse-2023-06-15.txt:207'],
    ['1 823 196', '1823196', 'sala-san-kallelse-2023-06-15.txt:775'],
    ['5 549 825', '5549825', 'sala-san-kallelse-2023-06-15.txt:776'],
    ['6 778', '6778', 'sala-san-kallelse-2023-06-15.txt:794'],
    ['7 894', '7894', 'sala-san-kallelse-2023-06-15.txt:794'],
  ])('%s → %s (%s)', (text, expected) => {
    expect(known(text)).toBe(expected);
  });

  it('reads percentages with and without a space (sala:777 "67,15 %", sala:67 "29%")', () => {
    expect(value('67,15 %')).toMatchObject({ kind: 'number', percent: true });
    expect(known('67,15 %')).toBe('67.15');
    expect(known('29%')).toBe('29');
  });

  it('reads units and estimate marks (linkoping:69, :73; sala:81, :781)', () => {
    expect(value('ca 3,5 miljoner kronor')).toMatchObject({ estimate: true, unit: 'mnkr' });
    expect(known('ca 3,5 miljoner kronor')).toBe('3.5');
    expect(value('22,7 miljoner kr')).toMatchObject({ estimate: false, unit: 'mnkr' });
    expect(value('5,6 miljoner')).toMatchObject({ unit: 'mnkr' });
    expect(value('cirka 12 årsarbeten')).toMatchObject({ estimate: true, unit: 'FTE' });
    expect(value('-16,3 mkr')).toMatchObject({ unit: 'mnkr' });
    expect(known('-16,3 mkr')).toBe('-16.3');
    expect(value('107 813 kronor')).toMatchObject({ unit: 'kr' });
    expect(value('3 900 kkr')).toMatchObject({ unit: 'tkr' });
  });

  it('treats "?", a lone dash and empty as unknown, never 0 (linkoping:105, sala:109)', () => {
    for (const text of ['?', '-', '–', '', '   ']) expect(value(text).kind).toBe('unknown');
  });

  it('reads the true minus sign and no-break spaces that formatting writes', () => {
    expect(known('−9 722')).toBe('-9722');
    expect(known('45\u00a0100')).toBe('45100');
    expect(known('45\u202f100,25')).toBe('45100.25');
  });
});

describe('bad text gives findings, never a throw', () => {
  it('reports the raw text and a bilingual message', () => {
    const r = parseNumber('12 34', { path: ['budget', 0] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error[0]).toMatchObject({
        code: 'core/invalid-number',
        path: ['budget', 0],
        actual: '12 34',
      });
      expect(r.error[0]?.message.sv).toContain('12 34');
    }
    expect(parseNumber('45.100').ok).toBe(false); // ambiguous in Swedish: thousands or decimals?
    expect(parseNumber('12 apor').ok).toBe(false);
  });

  it('property: arbitrary strings never crash the parser', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: anyCodePoint, maxLength: 40 }),
        fc.constantFrom<NumberLocale>('sv', 'en'),
        (text, locale) => {
          const r = parseNumber(text, { locale });
          expect(typeof r.ok).toBe('boolean');
        },
      ),
    );
  });
});

describe('formatting', () => {
  it('writes sv-SE and en', () => {
    expect(formatNumber(exact('45100'))).toBe('45\u00a0100');
    expect(formatNumber(exact('45100'), { locale: 'en' })).toBe('45,100');
    expect(formatPercent(exact('67.15'))).toBe('67,15\u00a0%');
    expect(formatPercent(exact('67.15'), { locale: 'en' })).toBe('67.15%');
    expect(formatMoney(exact('-16.376'), { unit: 'mnkr', decimals: 1 })).toBe(
      '\u221216,4\u00a0mnkr',
    );
    expect(formatMoney(exact('-16.376'), { unit: 'mnkr', decimals: 1, mode: 'truncate' })).toBe(
      '\u221216,3\u00a0mnkr',
    );
    expect(formatNumber(exact('1.5'), { decimals: 2 })).toBe('1,50');
    // Finer than the 20 decimals Intl writes: rounded for display, never a throw (found by fuzzing in esf).
    expect(formatNumber(Exact.fromLiteral(5e-324))).toBe('0,' + '0'.repeat(20));
    expect(formatNumber(exact('123456789012345678901234.5'), { locale: 'en' })).toBe(
      '123,456,789,012,345,678,901,234.5',
    );
  });

  const exactValues = fc
    .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 6 }))
    .map(([n, places]) => exact(n).dividedBy(10 ** places));

  it('property: parse(format(x)) == x in every locale', () => {
    fc.assert(
      fc.property(exactValues, fc.constantFrom<NumberLocale>('sv', 'en'), (x, locale) => {
        const r = parseNumber(formatNumber(x, { locale }), { locale });
        expect(r.ok && r.value.kind === 'number' && r.value.value.equals(x)).toBe(true);
        const p = parseNumber(formatPercent(x, { locale }), { locale });
        expect(
          p.ok && p.value.kind === 'number' && p.value.percent && p.value.value.equals(x),
        ).toBe(true);
      }),
    );
  });
});
