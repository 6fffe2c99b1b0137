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

/**
 * Processor time of `times` runs, per run, in milliseconds. Processor time, not wall time:
 * on a loaded machine a run of 12 ms is always preempted and one of 1 ms often is not, so
 * wall clocks showed a linear parser growing 30× for ten times the text.
 */
function cpuMsPerRun(run: () => void, times: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < times; i += 1) run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / times;
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
          // Sizes where one parse takes tenths of a millisecond to milliseconds: large enough
          // that the clock and a stray preemption do not decide the ratio (at 4 kB a loaded CI
          // machine once measured 46× for a linear parser).
          const reps = Math.ceil(40000 / unit.length);
          const small = unit.repeat(reps) + tail;
          const large = unit.repeat(reps * 10) + tail;
          // A quadratic parser needs seconds for the small text already: say so at once
          // rather than spend minutes timing the large one.
          const first = performance.now();
          parseNumber(small, { locale });
          expect(performance.now() - first).toBeLessThan(2000);
          // Interleaved rounds, the least processor time of each size: ten runs of the
          // small text against one of the large, so both measure about the same span.
          let ratio = Number.POSITIVE_INFINITY;
          for (let attempt = 0; attempt < 6 && ratio > 30; attempt += 1) {
            let a = Number.POSITIVE_INFINITY;
            let b = Number.POSITIVE_INFINITY;
            parseNumber(large, { locale });
            for (let round = 0; round < 4; round += 1) {
              a = Math.min(
                a,
                cpuMsPerRun(() => void parseNumber(small, { locale }), 10),
              );
              b = Math.min(
                b,
                cpuMsPerRun(() => void parseNumber(large, { locale }), 1),
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
