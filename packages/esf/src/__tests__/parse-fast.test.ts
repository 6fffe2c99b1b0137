// The hand-written check of time-report rows beside zod: it may only accept what the schema
// accepts, must build the very row the schema returns, and must leave every finding to zod.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseWith } from '@styrkit/core';
import { parseTimeReports, timeReportsSchema } from '../index.js';
import { fastTimeReportRow } from '../time-reports-fast.js';

const rowSchema = timeReportsSchema.shape.reports.element;

/** Field values near the edges of the format, valid and not. */
const text = fc.constantFrom('P1', ' P1 ', '', '   ', '\u00a0x', 'Utbildning', 7, null, undefined);
const month = fc.constantFrom(
  '2022-03',
  '2022-12',
  '2022-13',
  '2022-00',
  '2022-3',
  '22-03',
  ' 2022-03',
  202203,
  '2022-10',
  '2022-09',
);
const phase = fc.constantFrom('analysis', 'implementation', 'closing', 'Analysis', '', 1);
const hours = fc.constantFrom(
  0,
  1,
  8,
  744,
  745,
  -1,
  7.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '8',
  null,
  -0,
);
const signed = fc.constantFrom(true, false, 'true', 0, null);

const fields = { participant: text, month, phase, activity: text, hours, signed };
const row = fc.oneof(
  // every field present (the usual shape, with values near the edges), sometimes an extra one
  { weight: 6, arbitrary: fc.record(fields) },
  {
    weight: 2,
    arbitrary: fc.record({ ...fields, note: fc.constantFrom('extra', 1) }, { requiredKeys: [] }),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, 'row', 3, [], [1]) },
);

/** Results compared as text: Exact values serialise to their decimal string. */
const asText = (value: unknown) => JSON.stringify(value);

describe('time-report rows: the fast check agrees with the zod schema', () => {
  it('property: a row it accepts is exactly the row zod returns', () => {
    let accepted = 0;
    fc.assert(
      fc.property(row, (r) => {
        const fast = fastTimeReportRow(r);
        const zod = rowSchema.safeParse(r);
        if (fast !== undefined) accepted += 1;
        if (fast !== undefined) {
          expect(zod.success).toBe(true);
          expect(asText(fast)).toBe(asText(zod.data));
          expect(Object.keys(fast)).toEqual(Object.keys(zod.data ?? {}));
        }
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(5); // the comparison really ran on accepted rows
  });

  it('property: it accepts every row of the plain valid shape', () => {
    fc.assert(
      fc.property(
        fc.record({
          participant: fc.constantFrom('P1', ' P2 ', 'x'),
          month: fc.constantFrom('2022-01', '2023-12', '2024-10'),
          phase: fc.constantFrom('analysis', 'implementation', 'closing'),
          activity: fc.constantFrom('Utbildning', ' a '),
          hours: fc.integer({ min: 0, max: 744 }),
          signed: fc.boolean(),
        }),
        (r) => {
          expect(fastTimeReportRow(r)).toBeDefined();
        },
      ),
    );
  });

  it('property: parseTimeReports gives what zod gives, findings and messages included', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 8 }),
        fc.constantFrom('p', '', 7),
        fc.constantFrom<unknown[]>(
          [],
          [{ id: 'P1', gender: 'woman', employment: 'permanent', hourlyRate: '250,50' }],
          [{ id: 'P1', gender: 'x', employment: 'permanent' }],
        ),
        (reports, projectId, participants) => {
          const input = { projectId, participants, reports };
          expect(asText(parseTimeReports(input))).toBe(
            asText(safeParseWith(timeReportsSchema, input, { code: 'esf/invalid-input' })),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('a bad row among good ones gets the same finding from zod as before', () => {
    const good = {
      participant: 'P1',
      month: '2022-03',
      phase: 'analysis',
      activity: 'x',
      hours: 4,
      signed: true,
    };
    const input = {
      projectId: 'p',
      participants: [],
      reports: [good, { ...good, hours: 7.5 }, good],
    };
    const r = parseTimeReports(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toHaveLength(1);
      expect(r.error[0]).toMatchObject({
        code: 'esf/invalid-input',
        path: ['reports', 1, 'hours'],
      });
      expect(r.error[0]?.message.en).toBe(
        'reports[1].hours: whole hours from 0 to 744 (a month), rounded down',
      );
    }
    expect(asText(r)).toBe(
      asText(safeParseWith(timeReportsSchema, input, { code: 'esf/invalid-input' })),
    );
  });
});
