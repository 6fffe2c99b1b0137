import { describe, expect, it } from 'vitest';
import { toInputForm } from './input-form.js';

describe('the input form of a stored document', () => {
  it('writes stored statement cells as a document writes them', () => {
    // As the host stores docs/examples/statements-synthetic/kostnadskalkyl-2025-2028.yaml:31,41.
    const stored = {
      blocks: [
        {
          id: 'b',
          rows: [
            {
              id: 'pm',
              values: {
                y2025: { kind: 'value', value: '400', estimate: false },
                y2028: { kind: 'none' },
                sum: { kind: 'unknown' },
                est: { kind: 'value', value: '150', estimate: true },
              },
            },
          ],
        },
      ],
    };
    expect(toInputForm(stored)).toEqual({
      blocks: [
        {
          id: 'b',
          rows: [{ id: 'pm', values: { y2025: '400', y2028: '-', sum: '?', est: 'ca 150' } }],
        },
      ],
    });
  });
  it('leaves every other object alone (a cadence kind, a column role)', () => {
    const doc = { cadence: { kind: 'weekly', weeks: 6 }, role: 'value', list: [1, 'a', null] };
    expect(toInputForm(doc)).toEqual(doc);
  });

  it('shows a pm3 matrix cell as an amount, "?" or an empty input, never the stored word', () => {
    // As the host stores docs/examples/linkoping-vso-2021/objektplan-a.yaml:120 (a cell the
    // seed leaves blank is stored as 'empty').
    const stored = {
      title: 'empty',
      budget: {
        unit: 'kkr',
        rows: [{ activity: 'drift', businessVm: '2000', businessVu: 'empty', itVm: 'unknown' }],
      },
    };
    expect(toInputForm(stored)).toEqual({
      title: 'empty',
      budget: { unit: 'kkr', rows: [{ activity: 'drift', businessVm: '2000', itVm: '?' }] },
    });
  });
});
