// Regression: a phase was bounded only by the years a date can write. The hours, co-financing
// and time-report checks and tables have a row per month and phase, so a phase of 1000–9999
// gave 108 000 rows (a second of processor time a call) and a final report whose Word export
// overflowed the stack. A phase spans at most 120 months.
import { describe, expect, it } from 'vitest';
import { parseProject } from '../index.js';
import { readEnvelope } from './fixtures.js';

function withPhase(start: string, end: string): unknown {
  const project = readEnvelope('esf-synthetic/project-a-staff20-indirect7.yaml').document as {
    phases: { phase: string; start: string; end: string }[];
  };
  return { ...project, phases: [{ ...project.phases[0], start, end }] };
}

describe('the length of a phase', () => {
  it('is a finding past 120 months', () => {
    const r = parseProject(withPhase('1000-01-01', '9999-12-31'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual([
      expect.objectContaining({
        code: 'esf/invalid-input',
        path: ['phases', 0, 'end'],
        expected: '<= 120 months',
        actual: '"9999-12-31"',
      }),
    ]);
    expect(r.error[0]?.message.sv).toContain('108000 månader, högst 120');
    expect(r.error[0]?.message.en).toContain('108000 months, at most 120');
  });

  it('allows 120 months', () => {
    expect(parseProject(withPhase('2024-01-15', '2033-12-01')).ok).toBe(true);
    expect(parseProject(withPhase('2024-01-15', '2034-01-01')).ok).toBe(false);
  });
});
