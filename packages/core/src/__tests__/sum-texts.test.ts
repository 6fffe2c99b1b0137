import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseNumber,
  sumEstimated,
  sumKnown,
  sumTexts,
  type Finding,
  type NumberLocale,
} from '../index.js';

const locales = fc.constantFrom<NumberLocale>('sv', 'en');

/** Pieces that steer the reader: digits, separators, signs, spaces, units, marks. */
const piece = fc.constantFrom(
  ...['0', '1', '2', '5', '9', '12', '345', '000', ',', '.', ' ', '\u00a0', '\u202f', '\u2009'],
  ...['\t', '-', '−', '–', '+', '%', ' kr', ' tkr', 'mnkr', 'ca ', '~', '?', 'x', 'e', 'E3'],
);
const anyText = fc.array(piece, { maxLength: 10 }).map((pieces) => pieces.join(''));
/** Amounts near the fast path's limit of 13 digits, so that a column's öre pass 2^53. */
const largeText = fc
  .tuple(fc.constantFrom('', '-'), fc.bigInt({ min: 0n, max: 9_999_999_999_999n }))
  .map(([sign, whole]) => `${sign}${String(whole)},${String(Number(whole % 100n))}`);
const column = fc.array(fc.oneof(anyText, largeText), { maxLength: 40 });

/** What parseNumber + sumKnown says of a column: unreadable texts are unknown too. */
function byParseNumber(texts: string[], locale: NumberLocale, path: (string | number)[]) {
  const findings: Finding[] = [];
  const read = texts.map((text, index) => {
    const r = parseNumber(text, { locale, path: [...path, index] });
    if (!r.ok) findings.push(...r.error);
    return r.ok && r.value.kind === 'number' ? r.value : null;
  });
  const known = sumKnown(read.map((r) => r?.value));
  const estimated = sumEstimated(
    read.map((r) => (r === null ? { value: null } : { value: r.value, estimate: r.estimate })),
  );
  return {
    known: known.known.toString(),
    unknownCount: known.unknownCount,
    estimateCount: estimated.estimateCount,
    findings,
  };
}

describe('sumTexts', () => {
  it('property: equals sumKnown(texts.map(parseNumber)) on random texts, with the findings', () => {
    fc.assert(
      fc.property(column, locales, (texts, locale) => {
        const s = sumTexts(texts, { locale, path: ['rows'] });
        expect({ ...s, known: s.known.toString() }).toEqual(byParseNumber(texts, locale, ['rows']));
      }),
      { numRuns: 600 },
    );
  });

  it('sums past 2^53 öre exactly', () => {
    const texts = Array.from({ length: 20 }, () => '9999999999999,99');
    expect(sumTexts(texts).known.toString()).toBe('199999999999999.8');
  });

  it('counts unknown and unreadable texts, never as zero, and names the unreadable by index', () => {
    const s = sumTexts(['1 234,50', '?', 'ca 100', '', 'tio', '-'], { path: ['budget'] });
    expect(s.known.toString()).toBe('1334.5');
    expect(s.unknownCount).toBe(4);
    expect(s.estimateCount).toBe(1);
    expect(s.findings.map((f) => [f.code, f.path, f.actual])).toEqual([
      ['core/invalid-number', ['budget', 4], 'tio'],
    ]);
  });

  it('reads English text and an empty column', () => {
    expect(sumTexts(['1,234.56', '0.44'], { locale: 'en' }).known.toString()).toBe('1235');
    expect(sumTexts([])).toEqual(expect.objectContaining({ unknownCount: 0, findings: [] }));
    expect(sumTexts([]).known.toString()).toBe('0');
  });

  it('never throws on items that are not text (a JS caller handing yaml.parse output)', () => {
    const s = sumTexts(['5', 1.5, null, undefined, {}] as unknown as string[]);
    expect(s.known.toString()).toBe('5');
    expect(s.unknownCount).toBe(4);
    expect(s.findings.map((f) => f.path)).toEqual([[1], [2], [3], [4]]);
  });
});
