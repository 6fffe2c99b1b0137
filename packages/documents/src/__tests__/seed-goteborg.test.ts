import { describe, expect, it } from 'vitest';
import { auditSeed } from './seed-helpers.js';

const audit = auditSeed('goteborg-avo-digitaliseringsplan-2024.txt');

describe('Göteborg ÄVO digitaliseringsplan 2024 (pipe tables)', () => {
  it('has no findings at all: its tables hold and its contents are not summed', () => {
    expect(audit.findings).toEqual([]);
  });

  it('recognises the table of contents (bold chapters with page numbers) and never sums it', () => {
    // Lines 43–71: "<b>Bakgrund .....</b> | <b>7</b>" followed by 7, 7, 8, 8, 9 is a chapter
    // and its pages, not a subtotal of 39.
    const contents = audit.tables[0];
    expect(contents?.kind).toBe('contents');
    expect(contents?.checks).toEqual([]);
  });

  it('reads the application table (13 systems with user counts) as figures without totals', () => {
    const apps = audit.tables.find((t) => t.source.line === 186);
    expect(apps?.kind).toBe('figures');
    expect(apps?.rows.length).toBe(13);
    expect(apps?.columns.map((c) => c.label)).toEqual(['Ungefärligt antal användare']);
    expect(String(apps?.rows[4]?.values[0])).toBe('29000');
  });
});
