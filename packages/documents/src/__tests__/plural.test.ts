// Swedish counts take the singular after one (issue 15: "1 okända poster", "1 årsarbeten").
import { describe, expect, it } from 'vitest';
import { exact } from '@styrkit/core';
import { documentCodes } from '../codes.js';

const base = { table: { caption: 'Årsarbeten', index: 0 }, row: 'Summa', column: 'VM' };

describe('Swedish plural in messages', () => {
  it('one unknown item is "1 okänd", two are "2 okända"', () => {
    const unknown = (n: number) =>
      documentCodes.render('documents/total-has-unknown', { ...base, known: exact(5), unknown: n });
    expect(unknown(1).sv).toContain('+ 1 okänd.');
    expect(unknown(2).sv).toContain('+ 2 okända.');
    expect(unknown(1).en).toContain('+ 1 unknown.');
  });

  it('one årsarbete, 1,5 årsarbeten; FTE in English', () => {
    const one = documentCodes.render('documents/column-total-mismatch', {
      ...base,
      stated: exact(1),
      computed: exact('1.5'),
      unit: 'årsarbeten',
    });
    expect(one.sv).toContain('anger 1 årsarbete,');
    expect(one.sv).toContain('ger 1,5 årsarbeten');
    // Units without a singular form are left as they are.
    expect(
      documentCodes.render('documents/column-total-mismatch', {
        ...base,
        stated: exact(1),
        computed: exact(2),
        unit: 'tkr',
      }).sv,
    ).toContain('anger 1 tkr,');
    // The package's own unit spelling is Swedish; English says FTE.
    expect(one.en).toContain('states 1 FTE,');
    expect(one.en).toContain('give 1.5 FTE');
  });
});
