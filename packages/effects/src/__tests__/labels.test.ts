// The label catalogue (issue 15): every fixed word of the tables and the plugin has both
// languages, each in its own language, and the table and plugin sources word nothing inline.
import { readFileSync } from 'node:fs';
import { exact, type LocalizedText } from '@styrkit/core';
import { bilingualTextProblems, inlineWordingProblems } from '@styrkit/core/testing';
import { describe, expect, it } from 'vitest';
import { effectsLabels, effectsNotes } from '../labels.js';

const SWEDISH = /[åäöÅÄÖ]|\b(Summa|Netto|Totalt|ja|nej|och|saknas|okänd|okända|okänt|kostnad)\b/;
// English words a Swedish label could carry ("half-up" is kept in Swedish notes, "Status" and
// "Backlog" are Swedish too).
const ENGLISH =
  /\b(the|and|of|by|in|is|are|Total|Net|Costs?|Benefits?|Years?|Yes|No|Goals?|missing|unknown|Level|Rank|Item|Line|Scenario|Payback|discount|rounded|amounts?|stated|checked|audit)\b/i;

// Words that are the same in both languages.
const SAME_IN_BOTH = new Set(['status']);

function problemsOf(texts: Iterable<readonly [string, LocalizedText]>): string[] {
  return bilingualTextProblems(texts, { swedishWords: SWEDISH, englishWords: ENGLISH }).filter(
    (p) => !(SAME_IN_BOTH.has(p.split(':')[0] ?? '') && p.includes('are the same')),
  );
}

describe('effects label catalogue', () => {
  it('gives every label both languages, each without the other', () => {
    const entries = Object.entries(effectsLabels);
    expect(entries.length).toBeGreaterThan(60);
    expect(problemsOf(entries)).toEqual([]);
  });

  it('words every note in both languages, each without the other', () => {
    const sum = { sv: '1 200 tkr + 1 okänd', en: '1,200 tkr + 1 unknown' };
    const year = { sv: '2027', en: '2027' };
    const notes = {
      statusAsOf: effectsNotes.statusAsOf('2024-12-31'),
      totalCost: effectsNotes.totalCost(sum),
      unplacedOne: effectsNotes.unplacedGoals(1),
      unplacedTwo: effectsNotes.unplacedGoals(2),
      discountRate: effectsNotes.discountRate(exact('3.5')),
      noDiscountRate: effectsNotes.discountRate(null),
      payback: effectsNotes.payback(year, { sv: 'aldrig', en: 'never' }),
      netPresentValue: effectsNotes.netPresentValue({ sv: '12,50 tkr', en: '12.50 tkr' }),
    };
    // The data passed in is in its own language already; only the note's words are checked.
    const own = (t: { sv: string; en: string }) => ({
      sv: t.sv.replace(sum.sv, '').replace('aldrig', ''),
      en: t.en.replace(sum.en, '').replace('never', ''),
    });
    expect(problemsOf(Object.entries(notes).map(([key, note]) => [key, own(note)]))).toEqual([]);
    expect(notes.unplacedOne.en).toBe('1 effect goal lacks a level or horizon.');
    expect(notes.unplacedTwo.en).toBe('2 effect goals lack a level or horizon.');
    expect(notes.discountRate).toEqual({
      sv: 'Diskonteringsränta 3,5 %.',
      en: 'Discount rate 3.5 %.',
    });
  });

  it('leaves no inline wording in the table and plugin sources', () => {
    const files = ['tables.ts', 'cashflow-tables.ts', 'plugin.ts', 'cashflow.ts'];
    const sources = files.map(
      (file) => [file, readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')] as const,
    );
    expect(inlineWordingProblems(sources)).toEqual([]);
  });
});
