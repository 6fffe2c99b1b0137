// The code catalogue owns every message: each code renders in Swedish and English from its
// data, and English carries no Swedish words (issue 15, "Messages and examples that hold").
import { exact } from '@styrkit/core';
import { catalogueRenderProblems } from '@styrkit/core/testing';
import { describe, expect, it } from 'vitest';
import { parseStatement, auditStatement, statementCodes, type StatementCode } from '../index.js';

type DataOf<K extends StatementCode> = Parameters<
  (typeof statementCodes.specs)[K]['message']['sv']
>[0];

// Labels a user wrote are kept ASCII here, so any Swedish in English output is the catalogue's.
const place = { row: 'Consultants', column: '2025', unit: 'tkr' };
const mismatch = { ...place, stated: exact('4600'), computed: exact('4500') };

/** Every code with data for each of its variants. */
const samples: { readonly [K in StatementCode]: readonly DataOf<K>[] } = {
  'statements/invalid-input': [{ detail: { sv: 'Förväntade ett tal', en: 'Expected a number' } }],
  'statements/invalid-structure': [
    { kind: 'duplicate-id', id: 'y1' },
    { kind: 'unknown-column', id: 'y9' },
    { kind: 'bad-reference', column: 'sum', reference: 'y3' },
    { kind: 'wrong-arity', column: 'dev', needs: 2 },
    { kind: 'wrong-arity', column: 'dev', needs: 1 },
  ],
  'statements/row-total-mismatch': [mismatch, { ...mismatch, estimate: true }],
  'statements/difference-mismatch': [mismatch],
  'statements/share-mismatch': [
    { ...mismatch, unit: '%', stated: exact('29'), computed: exact('28') },
  ],
  'statements/block-total-mismatch': [{ ...mismatch, unit: '' }],
  'statements/grand-total-mismatch': [mismatch],
  'statements/rounding-difference': [
    { ...place, stated: exact('6733'), computed: exact('6732'), explanation: 'rounded' },
    { ...place, stated: exact('28'), computed: exact('29'), explanation: 'truncated' },
  ],
  'statements/conflicting-figure': [
    { ...place, mine: exact('-39383'), theirs: exact('39329'), other: 'forecast' },
  ],
  'statements/total-has-unknown': [
    { ...place, known: exact('700'), unknownCount: 1, stated: exact('900') },
    { ...place, known: exact('700'), unknownCount: 3, stated: exact('900') },
  ],
};

/** Swedish words the catalogue uses; none may appear in English output. */
const SWEDISH =
  /[åäöÅÄÖ]|\b(summa|angivet|angivna|anges|och|inte|men|finns|ger|okänd|okända|del|delar|delarna|kolumnen|kolumner|skillnad|avrundad|här|samma|för|som|är|ur|fältet|av)\b/i;

describe('the statements code catalogue', () => {
  it('has a sample for every code and renders every one in both languages', () => {
    // Quoted text is the document's own (an id, a column, the other statement's name). The
    // stop list must catch the Swedish of the catalogue, so the English check can fail.
    const checks = { swedishWords: SWEDISH, swedishWordsInSwedish: true, ignoreQuoted: true };
    expect(catalogueRenderProblems(statementCodes, samples, checks)).toEqual([]);
  });

  it('a Swedish count agrees with its number and Swedish names the "of" field in Swedish', () => {
    expect(
      statementCodes.render(
        'statements/total-has-unknown',
        samples['statements/total-has-unknown'][0]!,
      ).sv,
    ).toContain('en del är okänd');
    const arity = statementCodes.render('statements/invalid-structure', {
      kind: 'wrong-arity',
      column: 'dev',
      needs: 1,
    });
    expect(arity.sv).toBe('Kolumnen "dev" behöver exakt 1 kolumn i fältet "of" (räknas fram ur)');
    expect(arity.en).toBe('The column "dev" needs exactly 1 column in "of"');
  });
});

describe('findings are worded when read, as before the catalogue owned the words', () => {
  it('an audited statement gives the same JSON as an eagerly worded finding', () => {
    const r = parseStatement({
      title: 'T',
      unit: 'tkr',
      columns: [{ id: 'a', label: '2025' }],
      blocks: [
        {
          id: 'k',
          label: 'Kostnader',
          rows: [{ id: 'x', label: 'X', values: { a: 10 } }],
          subtotal: { label: 'Summa kostnader', values: { a: 11 } },
        },
      ],
    });
    if (!r.ok) throw new Error('the statement parses');
    const [f] = auditStatement(r.value);
    expect(JSON.parse(JSON.stringify(f))).toEqual({
      code: 'statements/block-total-mismatch',
      severity: 'error',
      path: ['blocks', 0, 'subtotal', 'values', 'a'],
      message: {
        sv: 'Summa kostnader, 2025: delsumman anges till 11 tkr men delarna ger 10 tkr (skillnad 1 tkr)',
        en: 'Summa kostnader, 2025: the subtotal is stated as 11 tkr but the parts give 10 tkr (difference 1 tkr)',
      },
      expected: '10',
      actual: '11',
    });
  });
});
