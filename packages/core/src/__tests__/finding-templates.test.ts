// Templated finding codes: the catalogue words each message from its data, when it is read,
// and a worded or unworded finding looks the same to JSON, spread, structuredClone and toEqual.
import { describe, expect, it } from 'vitest';
import {
  defineTemplatedFindingCodes,
  exact,
  messageTemplate,
  prefixFindingPath,
  type Exact,
} from '../index.js';

let worded = 0;
const codes = defineTemplatedFindingCodes({
  'demo/total': {
    severity: 'error',
    title: { sv: 'Summa', en: 'Total' },
    description: { sv: 'Summan stämmer inte.', en: 'The total does not match.' },
    message: messageTemplate<{ stated: Exact; computed: Exact }>({
      sv: (d) => {
        worded += 1;
        return `angivet ${d.stated.toString()}, beräknat ${d.computed.toString()}`;
      },
      en: (d) => `stated ${d.stated.toString()}, computed ${d.computed.toString()}`,
    }),
  },
});

const make = () =>
  codes.create('demo/total', {
    path: ['total'],
    expected: exact('10'),
    actual: '9',
    data: { stated: exact('9'), computed: exact('10') },
  });

const eager = {
  code: 'demo/total',
  severity: 'error',
  path: ['total'],
  message: { sv: 'angivet 9, beräknat 10', en: 'stated 9, computed 10' },
  expected: '10',
  actual: '9',
};

describe('defineTemplatedFindingCodes', () => {
  it('words a message only when it is read, and once', () => {
    worded = 0;
    const f = make();
    expect(worded).toBe(0);
    expect(f.message.sv).toBe('angivet 9, beräknat 10');
    expect(f.message.en).toBe('stated 9, computed 10');
    expect(worded).toBe(1);
  });

  it('is the same as an eager finding to JSON, spread, structuredClone and toEqual', () => {
    expect(JSON.stringify(make())).toBe(JSON.stringify(eager));
    expect({ ...make() }).toEqual(eager);
    expect(structuredClone(make())).toEqual(eager);
    expect(make()).toEqual(eager);
  });

  it('prefixes a path without wording the message', () => {
    worded = 0;
    const f = prefixFindingPath(make(), [2]);
    expect(worded).toBe(0);
    expect(JSON.parse(JSON.stringify(f))).toEqual({ ...eager, path: [2, 'total'] });
    expect(prefixFindingPath(eager as never, [1])).toEqual({ ...eager, path: [1, 'total'] });
  });

  it('renders a code for given data, and keeps severity overrides', () => {
    expect(codes.render('demo/total', { stated: exact('1'), computed: exact('2') }).en).toBe(
      'stated 1, computed 2',
    );
    const f = codes.create('demo/total', {
      path: [],
      severity: 'warning',
      data: { stated: exact('1'), computed: exact('2') },
    });
    expect(f.severity).toBe('warning');
    expect('expected' in f).toBe(false);
  });
});
