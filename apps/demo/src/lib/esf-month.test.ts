import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  guessMapping,
  loadMapping,
  parseDelimited,
  previewImport,
  saveMapping,
} from './esf-month.js';
import { monthSummary } from './esf-month-summary.js';

// The fixture and its hand calculation: e2e/fixtures/esf-month-2025-06.md.
const csv = readFileSync(
  fileURLToPath(new URL('../../e2e/fixtures/esf-month-2025-06.csv', import.meta.url)),
  'utf8',
);

// The stored register and plan, as docs/examples/esf-synthetic/time-reports-a.yaml:26-38 and
// project-a-staff20-indirect7.yaml:18-30 hold them (reports of April and May only).
const stored = {
  projectId: 'esf-synthetic-a',
  synthetic: true,
  ratesByEmployment: [{ employment: 'hourly-substitute', hourlyRate: '212.50' }],
  participants: [
    { id: 'S1', gender: 'woman', employment: 'permanent', annualEmploymentCost: '400000' },
    { id: 'S2', gender: 'man', employment: 'fixed-term', hourlyRate: '250' },
    { id: 'S3', gender: 'woman', employment: 'hourly-substitute' },
  ],
  reports: [
    {
      participant: 'S1',
      month: '2025-04',
      phase: 'implementation',
      activity: 'Utbildning',
      hours: 10,
      signed: true,
    },
  ],
} as const;
const project = {
  id: 'esf-synthetic-a',
  name: 'A',
  owner: 'K',
  phases: [
    { phase: 'analysis', start: '2025-01-01', end: '2025-03-31' },
    { phase: 'implementation', start: '2025-04-01', end: '2026-03-31' },
    { phase: 'closing', start: '2026-04-01', end: '2026-05-31' },
  ],
  cofinancing: [
    {
      id: 'tid',
      label: 'Deltagartid',
      sector: 'public',
      form: 'in-kind',
      participantTime: { plannedHours: 1200, hourlyRate: 250 },
    },
  ],
};

describe('an ESF month import', () => {
  const rows = parseDelimited(csv);
  const headers = rows[0] ?? [];
  const mapping = guessMapping(headers);

  it('reads the export and guesses every column from its Swedish header', () => {
    expect(rows).toHaveLength(8);
    expect(mapping).toEqual({
      participant: 0,
      gender: 1,
      employment: 2,
      month: 3,
      phase: 4,
      activity: 5,
      hours: 6,
      signed: 7,
      hourlyRate: 8,
    });
  });

  it('previews findings per row and stores only rows without errors', () => {
    const p = previewImport(rows, mapping, stored);
    expect(p.month).toBe('2025-06');
    expect(p.rows.map((r) => [r.line, r.findings.map((f) => f.code)])).toEqual([
      [2, []],
      [3, []],
      [4, []],
      [5, ['demo/esf-unsigned']],
      [6, ['demo/esf-hours-rounded-down']],
      [7, ['demo/esf-hours-unreadable']],
      [8, ['demo/esf-other-month']],
    ]);
    expect(p.accepted).toBe(5);
    expect(p.merged.reports).toHaveLength(6);
    expect(p.merged.participants.map((x) => x.id)).toEqual(['S1', 'S2', 'S3', 'S5']);
    expect(p.merged.participants[3]).toEqual({
      id: 'S5',
      gender: 'man',
      employment: 'permanent',
      hourlyRate: '300',
    });
    // Importing the same file again adds nothing: every row is a duplicate.
    const again = previewImport(rows, mapping, p.merged);
    expect(again.accepted).toBe(0);
    expect(again.rows[0]?.findings[0]?.code).toBe('demo/esf-duplicate-report');
  });

  it('gives the hand-calculated month: 26 of 100 h, 6 347,96 of 25 000 kr, 2 women and 2 men', () => {
    const p = previewImport(rows, mapping, stored);
    const s = monthSummary(project, p.merged, '2025-06');
    if (!s.ok) throw new Error(JSON.stringify(s.findings));
    expect(s.value.hours).toBe(26);
    expect(s.value.plannedHours).toBe(100);
    expect(s.value.value?.toString()).toBe('6347.96');
    expect(s.value.plannedValue.toString()).toBe('25000');
    expect(s.value.hoursPercent?.toString()).toBe('26');
    expect(s.value.valuePercent?.toString()).toBe('25.39');
    expect([s.value.women, s.value.men, s.value.participants]).toEqual([2, 2, 4]);
  });

  it('never throws on a broken file: unmapped columns and junk become findings', () => {
    const p = previewImport([['x'], ['"unterminated']], {}, stored);
    expect(p.fileFindings.map((f) => f.code)).toEqual([
      'demo/esf-column-unmapped',
      'demo/esf-column-unmapped',
      'demo/esf-column-unmapped',
    ]);
    expect(parseDelimited('a,"b""c",d\r\n\r\n1,2,3')).toEqual([
      ['a', 'b"c', 'd'],
      ['1', '2', '3'],
    ]);
    const weird = previewImport(
      [
        ['Deltagare', 'Månad', 'Timmar'],
        ['', 'okänd', '-3'],
        ['NY', '2025-06', '800'],
      ],
      { participant: 0, month: 1, hours: 2 },
      stored,
    );
    expect(weird.rows[0]?.findings.map((f) => f.code)).toEqual([
      'demo/esf-participant-missing',
      'demo/esf-month-unreadable',
      'demo/esf-hours-unreadable',
    ]);
    expect(weird.rows[1]?.findings.map((f) => f.code)).toContain('demo/esf-hours-too-many');
    expect(weird.accepted).toBe(0);
  });

  it('remembers the mapping per header line', () => {
    const mem = new Map<string, string>();
    const storage = {
      getItem: (k: string) => mem.get(k) ?? null,
      setItem: (k: string, v: string) => void mem.set(k, v),
    };
    saveMapping(storage, headers, { ...mapping, activity: 8 });
    expect(loadMapping(storage, headers)?.activity).toBe(8);
    expect(loadMapping(storage, ['other'])).toBeUndefined();
  });
});
