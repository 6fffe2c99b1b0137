// The öre hot path of aggregateCofinancingValue against the straightforward computation:
// every row valued with timeRowValue (whole hours × unrounded rate, truncated to öre) and
// summed exactly, cells keyed by text. Both must give identical cells on any register.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Exact } from '@styrkit/core';
import {
  aggregateCofinancingValue,
  participantRates,
  timeReportsSchema,
  timeRowValue,
  type TimeReports,
} from '../index.js';

const GENDERS = ['woman', 'man', 'unspecified', 'unregistered'];
const PHASES = ['analysis', 'implementation', 'closing'];

/** The reference: one decimal sum per text key, no shortcuts. */
function reference(t: TimeReports) {
  const rates = participantRates(t);
  const gender = new Map<string, string>();
  for (const p of t.participants) if (!gender.has(p.id)) gender.set(p.id, p.gender);
  const cells = new Map<string, { hours: number; unrated: number; value: Exact }>();
  for (const r of t.reports) {
    const key = `${r.month}|${r.phase}|${gender.get(r.participant) ?? 'unregistered'}`;
    const cell = cells.get(key) ?? { hours: 0, unrated: 0, value: Exact.ZERO };
    cells.set(key, cell);
    cell.hours += r.hours;
    const rate = rates.get(r.participant);
    if (rate === undefined) cell.unrated += r.hours;
    else cell.value = cell.value.plus(timeRowValue(r.hours, rate));
  }
  return [...cells]
    .filter(([, c]) => c.hours > 0)
    .map(([key, c]) => {
      const [month, phase, g] = key.split('|');
      return [month, phase, g, c.hours, c.unrated, c.unrated > 0 ? undefined : c.value.toString()];
    })
    .sort(
      (a, b) =>
        String(a[0]).localeCompare(String(b[0])) ||
        PHASES.indexOf(String(a[1])) - PHASES.indexOf(String(b[1])) ||
        GENDERS.indexOf(String(a[2])) - GENDERS.indexOf(String(b[2])),
    );
}

function cells(t: TimeReports) {
  return aggregateCofinancingValue(t).map((c) => [
    c.month,
    c.phase,
    c.gender,
    c.hours,
    c.unratedHours,
    c.value?.toString(),
  ]);
}

/** A decimal with 0–6 decimals, from small to near the format's 10^15 limit. */
const decimalText = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 0, max: 1_000 }),
      fc.integer({ min: 0, max: 2_000_000 }),
      fc.bigInt({ min: 0n, max: 10n ** 14n }),
    ),
    fc.integer({ min: 0, max: 6 }),
    fc.integer({ min: 0, max: 999_999 }),
  )
  .map(([whole, places, fraction]) =>
    places === 0
      ? String(whole)
      : `${String(whole)},${String(fraction).padStart(6, '0').slice(0, places)}`,
  );

const share = fc.constantFrom('1', '0,5', '0,75', '0,8', '0,333333', '0,1', '0,000001');
const rate = fc.oneof(
  fc.constant({}),
  decimalText.map((hourlyRate) => ({ hourlyRate })),
  fc
    .tuple(decimalText, fc.option(share, { nil: undefined }))
    .map(([cost, s]) =>
      s === undefined
        ? { annualEmploymentCost: cost }
        : { annualEmploymentCost: cost, employmentShare: s },
    ),
);
const employment = fc.constantFrom('permanent', 'fixed-term', 'hourly-substitute');
const ids = fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'X'); // X is never registered

const register = fc
  .record({
    participants: fc.array(
      fc.tuple(
        ids.filter((id) => id !== 'X'),
        fc.constantFrom('woman', 'man', 'unspecified'),
        employment,
        rate,
      ),
      { maxLength: 8 },
    ),
    ratesByEmployment: fc.uniqueArray(
      fc.tuple(
        employment,
        rate.filter((r) => Object.keys(r).length > 0),
      ),
      { maxLength: 3, selector: ([e]) => e },
    ),
    reports: fc.array(
      fc.tuple(
        ids,
        fc.constantFrom('2025-01', '2025-02', '2024-12', '2025-10'),
        fc.constantFrom('analysis', 'implementation', 'closing'),
        fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 744 })),
      ),
      { maxLength: 60 },
    ),
  })
  .map((r) =>
    timeReportsSchema.parse({
      projectId: 'p',
      participants: r.participants.map(([id, gender, emp, rt]) => ({
        id,
        gender,
        employment: emp,
        ...rt,
      })),
      ratesByEmployment: r.ratesByEmployment.map(([emp, rt]) => ({ employment: emp, ...rt })),
      reports: r.reports.map(([participant, month, phase, hours]) => ({
        participant,
        month,
        phase,
        activity: 'x',
        hours,
        signed: true,
      })),
    }),
  );

describe('co-financing value: the öre hot path equals the straightforward computation', () => {
  it('property: identical cells (hours, unrated hours, value) on random registers', () => {
    fc.assert(
      fc.property(register, (t) => {
        expect(cells(t)).toEqual(reference(t));
      }),
      { numRuns: 1500 },
    );
  });

  it('an annual cost whose rate repeats forever is truncated per row, never rounded', () => {
    const t = timeReportsSchema.parse({
      projectId: 'p',
      participants: [
        { id: 'a', gender: 'woman', employment: 'permanent', annualEmploymentCost: '500000' },
        {
          id: 'b',
          gender: 'woman',
          employment: 'permanent',
          annualEmploymentCost: '999999999999999.999999',
          employmentShare: '0.000001',
        },
      ],
      reports: [
        {
          participant: 'a',
          month: '2025-01',
          phase: 'analysis',
          activity: 'x',
          hours: 1,
          signed: true,
        },
        {
          participant: 'a',
          month: '2025-01',
          phase: 'analysis',
          activity: 'x',
          hours: 100,
          signed: true,
        },
        {
          participant: 'b',
          month: '2025-02',
          phase: 'analysis',
          activity: 'x',
          hours: 744,
          signed: true,
        },
      ],
    });
    // 290,69 + 29 069,76 (each row truncated: 290,6976… and 29 069,7674…)
    expect(cells(t)[0]?.[5]).toBe('29360.45');
    // far past safe integers in öre: the decimal route, same figures as the reference
    expect(cells(t)).toEqual(reference(t));
  });
});
