// inlineWordingProblems: the source scan the label-catalogue tests of effects and principles
// share (issue 15), so what counts as inline wording is one rule.
import { describe, expect, it } from 'vitest';
import { inlineWordingProblems } from '../testing.js';

const scan = (text: string, pattern?: RegExp) =>
  inlineWordingProblems([['file.ts', text]], pattern);

describe('inlineWordingProblems', () => {
  it('finds sv:/en: properties given a string literal, in any quotes', () => {
    expect(
      scan(["{ sv: 'Summa' }", '{ en: "Total" }', '{ sv: `Summa` }', 'ok();'].join('\n')),
    ).toEqual([
      "file.ts:1: { sv: 'Summa' }",
      'file.ts:2: { en: "Total" }',
      'file.ts:3: { sv: `Summa` }',
    ]);
  });

  it('finds choices on the language, by a flag or by the locale', () => {
    expect(scan("  const t = sv ? 'Summa' : 'Total';")).toEqual([
      "file.ts:1: const t = sv ? 'Summa' : 'Total';",
    ]);
    expect(scan("const t = locale === 'sv' ? `Summa` : `Total`;")).toHaveLength(1);
  });

  it('passes labels taken from a catalogue, text built from data, and TSDoc lines', () => {
    const text = [
      'const title = labels.total[locale];',
      'const rows = { sv: `${n} rader`, en: `${n} rows` };',
      "const en = locale === 'en';",
      " * effectsLabels.total; // { sv: 'Summa', en: 'Total' }",
      "   * { sv: 'Summa' }",
    ].join('\n');
    expect(scan(text)).toEqual([]);
  });

  it('names each file and line, over several files, and takes another pattern', () => {
    expect(
      inlineWordingProblems([
        ['a.ts', "ok();\n{ sv: 'Ja' }"],
        ['b.ts', "{ en: 'Yes' }"],
      ]),
    ).toEqual(["a.ts:2: { sv: 'Ja' }", "b.ts:1: { en: 'Yes' }"]);
    expect(scan('const t = "Summa";', /"Summa"/g)).toEqual(['file.ts:1: const t = "Summa";']);
    // A global pattern keeps no state from line to line.
    expect(scan('"Summa"\n"Summa"', /"Summa"/g)).toHaveLength(2);
  });
});
