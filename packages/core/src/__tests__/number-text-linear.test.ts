import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, type NumberLocale } from '../index.js';
import { collapseSpaces, findSuffix } from '../number-text.js';

/** The expressions the scanners replace: the reference for what they must find. */
const suffixPattern = /\s?(%|[a-zA-ZåäöÅÄÖ][a-zA-ZåäöÅÄÖ ]*\.?)$/;
const spacesPattern = /[\s\u00a0\u202f\u2009\u2007]+/g;

/** Characters that steer the parser: digits, separators, signs, units, marks, odd spaces. */
const tricky = fc.constantFrom(
  ...['1', '0', '9', ' ', ' ', '\u00a0', '\u202f', '\t', ',', '.', '%', '-', '−', '+', '?'],
  ...['a', 'k', 'r', 'm', 'n', 'å', 'Ö', 'Z', 'c', '~', 'x', '\ud800', 'é'],
);
const trickyText = fc.array(tricky, { maxLength: 30 }).map((chars) => chars.join(''));

/** Smallest of several timings, after a warm-up: the least disturbed by other work. */
function fastest(run: () => void, rounds = 5): number {
  run();
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('number parsing is linear in the length of the text (issue 14, item 5)', () => {
  it('regression: 91 kB of "a " before a digit is refused at once, not after seconds', () => {
    const text = 'a '.repeat(40000) + '1';
    const start = performance.now();
    const sv = parseNumber(text);
    const en = parseNumber(text, { locale: 'en' });
    const ms = performance.now() - start;
    expect(sv.ok).toBe(false);
    expect(en.ok).toBe(false);
    if (!sv.ok) expect(sv.error[0]?.code).toBe('core/invalid-number');
    // Was 7–14 s (quadratic); linear is a few milliseconds. Generous for a loaded machine.
    expect(ms).toBeLessThan(1000);
  });

  it('property: the suffix scan finds exactly what the regular expression found', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        const m = suffixPattern.exec(text);
        const found = findSuffix(text);
        if (m === null) expect(found).toBeUndefined();
        else expect(found).toEqual({ start: m.index, word: m.index + m[0].indexOf(m[1] ?? '') });
      }),
      { numRuns: 2000 },
    );
  });

  it('property: collapsing spaces gives what the global replace gave', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        expect(collapseSpaces(text)).toBe(text.replace(spacesPattern, ' '));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: ten times the text takes about ten times as long, never a hundred', () => {
    fc.assert(
      fc.property(
        trickyText.filter((t) => t.length > 0),
        fc.constantFrom('', '1', ' 1', 'kr', ' %', '.'),
        fc.constantFrom<NumberLocale>('sv', 'en'),
        (unit, tail, locale) => {
          const reps = Math.ceil(4000 / unit.length);
          const small = unit.repeat(reps) + tail;
          const large = unit.repeat(reps * 10) + tail;
          // Interleaved rounds, the fastest of each size: on a busy machine one quiet
          // measurement of each is enough to show the growth; a few attempts if not.
          let ratio = Number.POSITIVE_INFINITY;
          for (let attempt = 0; attempt < 8 && ratio > 30; attempt += 1) {
            let a = Number.POSITIVE_INFINITY;
            let b = Number.POSITIVE_INFINITY;
            parseNumber(small, { locale });
            parseNumber(large, { locale });
            for (let round = 0; round < 12; round += 1) {
              a = Math.min(
                a,
                fastest(() => void parseNumber(small, { locale }), 1),
              );
              b = Math.min(
                b,
                fastest(() => void parseNumber(large, { locale }), 1),
              );
            }
            // Below a twentieth of a millisecond the clock measures itself, not the parser.
            ratio = Math.min(ratio, b / Math.max(a, 0.05));
          }
          // Linear growth is ≈ 10×; the quadratic suffix expression gave ≈ 100×.
          expect(ratio).toBeLessThan(30);
        },
      ),
      { numRuns: 20 },
    );
  });
});
