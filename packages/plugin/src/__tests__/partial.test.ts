// parseKeepingValid, readWithKind and checkWithKind: the readable part of a document is still
// checked (issue 16), and exportTime normalises the host's request time.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import {
  checkWithKind,
  defineCheck,
  defineKind,
  exportTime,
  parseKeepingValid,
  readWithKind,
} from '../index.js';

const forum = z.strictObject({
  id: z.string(),
  minutes: z.number().int().optional(),
  tasks: z.array(z.string()).optional(),
});
const set = z.object({ name: z.string(), forums: z.array(forum) });

describe('parseKeepingValid', () => {
  it('leaves out invalid optional fields (a bad element its list), keeps every element at its index', () => {
    const r = parseKeepingValid(set, {
      name: 'F',
      forums: [
        { id: 'a', minutes: 'nittio' },
        { id: 'b', tasks: [1] },
        { id: 'c', minutes: 60 },
      ],
    });
    expect(r.value).toEqual({
      name: 'F',
      forums: [{ id: 'a' }, { id: 'b' }, { id: 'c', minutes: 60 }],
    });
    expect(r.findings.map((f) => f.path.join('.'))).toEqual([
      'forums.0.minutes',
      'forums.1.tasks.0',
    ]);
  });

  it('drops unknown keys of a strict object and reports them', () => {
    const r = parseKeepingValid(set, { name: 'F', forums: [{ id: 'a', colour: 'red' }] });
    expect(r.value).toEqual({ name: 'F', forums: [{ id: 'a' }] });
    expect(r.findings).toHaveLength(1);
  });

  it('gives no value when a required field or an element is invalid', () => {
    expect(parseKeepingValid(set, { name: 'F', forums: [{ minutes: 3 }] }).value).toBeUndefined();
    expect(parseKeepingValid(set, { name: 'F', forums: ['a'] }).value).toBeUndefined();
    expect(parseKeepingValid(set, 'text').value).toBeUndefined();
  });

  it('never throws, never changes its input, and a value it gives passes the schema', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const before = JSON.stringify(input);
        const r = parseKeepingValid(set, { name: 'F', forums: [{ id: 'x', minutes: input }] });
        expect(JSON.stringify(input)).toBe(before);
        if (r.value !== undefined) expect(set.safeParse(r.value).success).toBe(true);
      }),
    );
  });
});

describe('readWithKind and checkWithKind', () => {
  const kind = defineKind({
    name: 'demo/forums',
    title: { sv: 'Forum', en: 'Forums' },
    schema: set,
    schemaVersion: 1,
    parsePartial: (input) => parseKeepingValid(set, input, { code: 'demo/invalid-input' }),
  });
  const noTasks = defineCheck(kind, {
    id: 'demo/tasks',
    title: { sv: 'Uppgifter', en: 'Tasks' },
    run: (doc) =>
      doc.forums.flatMap((f, i) =>
        f.tasks === undefined
          ? [
              {
                code: 'demo/no-tasks',
                severity: 'info' as const,
                path: ['forums', i, 'tasks'],
                message: { sv: 'Inga uppgifter', en: 'No tasks' },
              },
            ]
          : [],
      ),
  });
  const ctx = { locale: 'sv' as const, documents: () => [] };

  it('runs the checks on the readable part beside the reading findings', () => {
    const input = { name: 'F', forums: [{ id: 'a', minutes: 'x', tasks: ['t'] }, { id: 'b' }] };
    expect(
      checkWithKind(kind, [noTasks], input, ctx).map((f) => `${f.code} ${f.path.join('.')}`),
    ).toEqual(['demo/invalid-input forums.0.minutes', 'demo/no-tasks forums.1.tasks']);
  });

  it('without parsePartial a rejected document gives only its reading findings', () => {
    const strict = defineKind({
      name: 'demo/strict',
      title: kind.title,
      schema: set,
      schemaVersion: 1,
    });
    expect(
      readWithKind(strict, { name: 'F', forums: [{ id: 'a', minutes: 'x' }] }).value,
    ).toBeUndefined();
  });
});

describe('exportTime', () => {
  it('normalises ISO texts with an offset and Dates to UTC', () => {
    expect(exportTime({ now: '2026-12-01T21:45:00+01:00' })).toBe('2026-12-01T20:45:00.000Z');
    expect(exportTime({ now: new Date(Date.UTC(2026, 0, 2)) })).toBe('2026-01-02T00:00:00.000Z');
  });

  it('gives undefined for a missing time, a bare date, text and an invalid Date', () => {
    expect(exportTime({})).toBeUndefined();
    expect(exportTime({ now: '2026-12-01' })).toBeUndefined();
    expect(exportTime({ now: 'nu' })).toBeUndefined();
    expect(exportTime({ now: new Date(Number.NaN) })).toBeUndefined();
  });
});
