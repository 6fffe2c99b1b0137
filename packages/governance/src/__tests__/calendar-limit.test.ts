// Regression: a period is only bounded by the years a date can write, so a forum set planned
// for 1000–9999 asked the forum check, tables and iCalendar export for hundreds of thousands of
// meetings (a minute of processor time and 2 GB for the check alone). Past
// MAX_CALENDAR_MEETINGS the check gives a finding and no calendar is built.
import { describe, expect, it } from 'vitest';
import type { PluginContext } from '@styrkit/plugin';
import { MAX_CALENDAR_MEETINGS } from '../calendar-limit.js';
import { governancePlugin } from '../plugin.js';

const weekly = { name: 'Veckomöte', kind: 'working', cadenceText: 'Varje vecka' };

function forumSet(period: { start: string; end: string }, forums: number) {
  return {
    name: 'Forum',
    period,
    forums: Array.from({ length: forums }, (_, i) => ({ ...weekly, id: `f${String(i)}` })),
  };
}

const ctx: PluginContext = { locale: 'sv', documents: () => [] };
const kind = governancePlugin.kinds.find((k) => k.name === 'governance/forum-set');
const check = governancePlugin.checks.find((c) => c.id === 'governance/forum-audit');
const tables = governancePlugin.tables.find((t) => t.id === 'governance/forum-tables');
const ics = governancePlugin.exporters.find((e) => e.id === 'governance/forum-ics');

function parsed(input: unknown): unknown {
  const r = kind?.parse?.(input);
  if (r?.ok !== true) throw new Error('does not parse');
  return r.value;
}

describe('the size of a meeting calendar', () => {
  it('an 8 000-year period of a weekly forum is a finding, with no calendar built', async () => {
    const doc = parsed(forumSet({ start: '1000-01-01', end: '9999-12-31' }, 1));
    const found = check?.run(doc, ctx) ?? [];
    expect(found.filter((f) => f.code === 'governance/calendar-too-large')).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: ['period'],
        expected: `<= ${String(MAX_CALENDAR_MEETINGS)} meetings`,
        actual: '469598',
      }),
    ]);
    const finding = found.find((f) => f.code === 'governance/calendar-too-large');
    expect(finding?.message.sv).toContain('1000-01-01–9999-12-31');
    expect(finding?.message.en).toContain('more than 20000');
    expect(found.filter((f) => f.code.startsWith('governance/meeting-'))).toEqual([]);
    // The forum table alone: no calendar, no load, no meeting counts.
    expect(tables?.render(doc, ctx)).toHaveLength(1);
    expect(await ics?.render(doc, { ...ctx, now: '2026-12-01T20:45:00Z' })).toBe('');
  });

  it('builds the calendar up to the limit', () => {
    // 380 weekly forums for 2021 (53 Mondays at most a year): 20 140 > 20 000; 377 fit.
    const year = { start: '2021-01-01', end: '2021-12-31' };
    const over = check?.run(parsed(forumSet(year, 380)), ctx) ?? [];
    expect(over.map((f) => f.code)).toContain('governance/calendar-too-large');
    const fits = parsed(forumSet(year, 377));
    expect((check?.run(fits, ctx) ?? []).map((f) => f.code)).not.toContain(
      'governance/calendar-too-large',
    );
    expect(tables?.render(fits, ctx)).toHaveLength(2);
  });
});
