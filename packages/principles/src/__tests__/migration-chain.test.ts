// Regression: each migration step searched the template's migrations, so a chain of 50 000
// versions took the response check 2 s of processor time (and the Word export as long). The
// steps are looked up once, a step that renames no key of the response copies nothing, and a
// template lists at most 200 migrations.
import { describe, expect, it } from 'vitest';
import { migrateResponse, type ChecklistResponse, type Template } from '../index.js';
import { parseTemplate } from '../parse.js';

function template(migrations: number): Template {
  return {
    id: 'mini',
    version: migrations + 1,
    title: { sv: 'Mini', en: 'Mini' },
    sections: [],
    migrations: Array.from({ length: migrations }, (_, i) => ({
      from: i + 1,
      // Every tenth step renames q to q again, one version on.
      renames: i % 10 === 0 ? { [`q${String(i)}`]: `q${String(i + 10)}` } : {},
    })),
  };
}

const response: ChecklistResponse = {
  case: { title: 'Ärende' },
  template: { id: 'mini', version: 1 },
  answers: { q0: 'yes', other: 'no' },
};

describe('a chain of template migrations', () => {
  it('refuses more than 200 migrations with a finding', () => {
    const r = parseTemplate(template(201));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual([
      expect.objectContaining({ path: ['migrations'], expected: '<= 200' }),
    ]);
  });

  it('carries a response over 200 steps, renaming as each step says', () => {
    const t = template(200);
    expect(parseTemplate(t).ok).toBe(true);
    const migrated = migrateResponse(response, t);
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    expect(migrated.value.template).toEqual({ id: 'mini', version: 201 });
    expect(migrated.value.answers).toEqual({ q200: 'yes', other: 'no' });
  });

  it('takes the first migration of a version, as before', () => {
    const t: Template = {
      ...template(1),
      migrations: [
        { from: 1, renames: { q0: 'first' } },
        { from: 1, renames: { q0: 'second' } },
      ],
    };
    const migrated = migrateResponse(response, t);
    expect(migrated.ok && migrated.value.answers).toEqual({ first: 'yes', other: 'no' });
  });
});
