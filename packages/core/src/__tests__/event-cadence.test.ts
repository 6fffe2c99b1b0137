import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cadenceSchema,
  describeCadence,
  isEventDriven,
  minimumOccurrences,
  occurrences,
  parseCadence,
} from '../index.js';

const year2024 = { start: '2024-01-01', end: '2024-12-31' };

describe('event-driven cadences', () => {
  it('reads the phrases plans use', () => {
    expect(parseCadence('Vid beslutspunkterna')).toEqual({
      ok: true,
      value: { kind: 'event-driven', trigger: 'decision-points' },
    });
    expect(parseCadence('vid varje beslutspunkt')).toEqual({
      ok: true,
      value: { kind: 'event-driven', trigger: 'decision-points' },
    });
    expect(parseCadence('Inför varje beslutspunkt')).toEqual({
      ok: true,
      value: { kind: 'event-driven', trigger: 'before-decision-points' },
    });
    expect(parseCadence('Vid behov')).toEqual({
      ok: true,
      value: { kind: 'event-driven', trigger: 'as-needed' },
    });
    expect(parseCadence('as needed')).toEqual({
      ok: true,
      value: { kind: 'event-driven', trigger: 'as-needed' },
    });
    expect(parseCadence('Vid varje fasövergång')).toEqual({
      ok: true,
      value: { kind: 'event-driven', trigger: 'event', event: 'vid varje fasövergång' },
    });
  });

  it('keeps a calendar floor: "vid behov, dock minst …"', () => {
    expect(parseCadence('Vid behov, dock minst 4 gånger per år')).toEqual({
      ok: true,
      value: {
        kind: 'event-driven',
        trigger: 'as-needed',
        atLeast: { kind: 'times-per-year', times: 4, minimum: true },
      },
    });
    expect(parseCadence('vid behov, men minst två gånger per år (mars, oktober)')).toEqual({
      ok: true,
      value: {
        kind: 'event-driven',
        trigger: 'as-needed',
        atLeast: { kind: 'in-months', months: [3, 10], minimum: true },
      },
    });
  });

  it('reports an unreadable floor as a finding, never throws', () => {
    const r = parseCadence('vid behov, dock minst ibland', { path: ['x'] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]?.code).toBe('core/invalid-cadence');
    expect(parseCadence('vid behov och när solen skiner').ok).toBe(false);
  });

  it('has no calendar of its own; the floor is its minimum', () => {
    const asNeeded = { kind: 'event-driven', trigger: 'as-needed' } as const;
    expect(occurrences(asNeeded, year2024)).toEqual([]);
    expect(minimumOccurrences(asNeeded, year2024)).toEqual([]);
    const floor = { ...asNeeded, atLeast: { kind: 'quarterly' } } as const;
    expect(occurrences(floor, year2024)).toEqual([]);
    expect(minimumOccurrences(floor, year2024)).toEqual([
      '2024-01-01',
      '2024-04-01',
      '2024-07-01',
      '2024-10-01',
    ]);
    expect(isEventDriven(floor)).toBe(true);
    expect(minimumOccurrences({ kind: 'quarterly' }, year2024)).toHaveLength(4);
  });

  it('describes itself in both languages and round-trips through the parser', () => {
    const c = parseCadence('vid behov, dock minst 4 ggr per år');
    expect(c.ok && describeCadence(c.value)).toBe('vid behov, dock minst 4 gånger per år');
    expect(c.ok && describeCadence(c.value, 'en')).toBe('as needed, but at least 4 times a year');
    for (const text of ['vid beslutspunkterna', 'inför varje beslutspunkt', 'vid behov']) {
      const r = parseCadence(text);
      expect(r.ok && describeCadence(r.value)).toBe(text);
    }
  });

  it('the schema accepts the variant and refuses an event-driven floor', () => {
    expect(cadenceSchema.safeParse({ kind: 'event-driven', trigger: 'as-needed' }).success).toBe(
      true,
    );
    expect(
      cadenceSchema.safeParse({
        kind: 'event-driven',
        trigger: 'as-needed',
        atLeast: { kind: 'event-driven', trigger: 'as-needed' },
      }).success,
    ).toBe(false);
  });

  it('property: described event cadences parse back to themselves', () => {
    const trigger = fc.constantFrom('decision-points', 'before-decision-points', 'as-needed');
    const floor = fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined });
    fc.assert(
      fc.property(trigger, floor, (t, times) => {
        const cadence = {
          kind: 'event-driven' as const,
          trigger: t,
          ...(times === undefined
            ? {}
            : { atLeast: { kind: 'times-per-year' as const, times, minimum: true } }),
        };
        expect(parseCadence(describeCadence(cadence))).toEqual({ ok: true, value: cadence });
        expect(occurrences(cadence, year2024)).toEqual([]);
      }),
    );
  });
});
