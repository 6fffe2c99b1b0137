// Regression: the report's meeting calendar runs over the plan's validity, which the schema
// bounds only by the years a date can write. A validity of 1000–9999 made the Word export build
// hundreds of thousands of meetings (seconds of processor time) and then overflow the stack
// laying out the calendar table. Past the governance limit the calendar is left out, saying so.
import { parseForumSet } from '@styrkit/governance';
import { describe, expect, it } from 'vitest';
import { objektplanReport } from '../index.js';
import { planA, readEnvelope } from './fixtures.js';

function forumsSection(validity: { start: string; end: string }) {
  const forums = parseForumSet(readEnvelope('linkoping-vso-2021/forums.yaml').document);
  if (!forums.ok) throw new Error('the forum example does not parse');
  const report = objektplanReport({ ...planA(), validity }, { forums: forums.value });
  const section = report.sections.find(
    (s) => typeof s.heading !== 'string' && s.heading.en === 'Forums and meeting calendar',
  );
  if (section === undefined) throw new Error('no forum section');
  return section;
}

describe('the meeting calendar of a report', () => {
  it('is left out, saying why, when the validity would give too many meetings', () => {
    const section = forumsSection({ start: '1000-01-01', end: '9999-12-31' });
    expect(section.blocks.map((b) => b.type)).toEqual(['table', 'paragraph']);
    const text = section.blocks[1]?.type === 'paragraph' ? section.blocks[1].text : undefined;
    expect(text).toMatchObject({
      sv: expect.stringContaining('fler än 20000, och tas inte med') as unknown,
      en: expect.stringContaining('more than 20000, and is left out') as unknown,
    });
  });

  it('is built for a year', () => {
    const section = forumsSection({ start: '2021-01-01', end: '2021-12-31' });
    expect(section.blocks.map((b) => b.type)).toEqual(['table', 'table']);
  });
});
