// Swedish counts take the singular after one (issue 15: "1 okända poster", "1 årsarbeten").
import { describe, expect, it } from 'vitest';
import { exact } from '@styrkit/core';
import { columnTotalMessage, tableName, unknownItemsMessage } from '../messages.js';

const base = { table: tableName('Årsarbeten', 0), row: 'Summa', column: 'VM', decimals: 1 };

describe('Swedish plural in messages', () => {
  it('one unknown item is "1 okänd", two are "2 okända"', () => {
    expect(unknownItemsMessage({ ...base, computed: exact(5) }, 1).sv).toContain('+ 1 okänd.');
    expect(unknownItemsMessage({ ...base, computed: exact(5) }, 2).sv).toContain('+ 2 okända.');
    expect(unknownItemsMessage({ ...base, computed: exact(5) }, 1).en).toContain('+ 1 unknown.');
  });

  it('one årsarbete, 1,5 årsarbeten', () => {
    const one = columnTotalMessage(
      { ...base, stated: exact(1), computed: exact('1.5'), unit: 'årsarbeten' },
      false,
    );
    expect(one.sv).toContain('anger 1 årsarbete,');
    expect(one.sv).toContain('ger 1,5 årsarbeten');
    // Units without a singular form are left as they are; English is untouched.
    expect(
      columnTotalMessage({ ...base, stated: exact(1), computed: exact(2), unit: 'tkr' }, false).sv,
    ).toContain('anger 1 tkr,');
    expect(one.en).toContain('states 1 årsarbeten');
  });
});
