import type { IsoDate } from '@styrkit/core';
import type { Assignment, Organisation, Person, Role } from './model.js';

function normalise(text: string): string {
  return text.trim().toLocaleLowerCase('sv').replace(/\s+/g, ' ');
}

/**
 * Finds a role by id, name or an older name (alias), ignoring case and spacing. Lets imported
 * text such as "Förvaltningsledare" or "Objektledare verksamhet" land on the pm3 role.
 *
 * @example
 * ```ts
 * import { findRole, parseOrganisation } from '@styrkit/governance';
 * const parsed = parseOrganisation({
 *   name: 'VSO',
 *   parties: [],
 *   roles: [{ id: 'objektledare-it', name: 'Objektledare IT', aliases: ['Teknisk förvaltningsledare'] }],
 *   people: [],
 *   assignments: [],
 * });
 * if (!parsed.ok) throw new Error('invalid');
 * const org = parsed.value;
 * findRole(org, 'teknisk  Förvaltningsledare')?.id; // 'objektledare-it'
 * findRole(org, 'Objektledare IT')?.id; // 'objektledare-it'
 * ```
 */
export function findRole(org: Organisation, text: string): Role | undefined {
  const wanted = normalise(text);
  return org.roles.find(
    (role) =>
      role.id === text ||
      normalise(role.name) === wanted ||
      (role.aliases ?? []).some((alias) => normalise(alias) === wanted),
  );
}

/** Whether an assignment is valid on a date (open ends are unbounded). */
function validOn(a: Assignment, date: IsoDate | undefined): boolean {
  if (date === undefined) return true;
  return (a.from === undefined || a.from <= date) && (a.to === undefined || date <= a.to);
}

/**
 * Whether an assignment overlaps a period (inclusive; open ends are unbounded).
 *
 * @example
 * ```ts
 * assignmentOverlaps({ role: 'r', person: 'p', from: '2021-06-01' }, { start: '2021-01-01', end: '2021-12-31' }); // true
 * ```
 */
export function assignmentOverlaps(
  a: Assignment,
  range: { start: IsoDate; end: IsoDate } | undefined,
): boolean {
  if (range === undefined) return true;
  return (
    (a.from === undefined || a.from <= range.end) && (a.to === undefined || range.start <= a.to)
  );
}

/**
 * The people holding a role, on a date when one is given (else at any time).
 *
 * @example
 * ```ts
 * import { holdersOf, parseOrganisation } from '@styrkit/governance';
 * const parsed = parseOrganisation({
 *   name: 'VSO',
 *   parties: [],
 *   roles: [{ id: 'objektagare', name: 'Objektägare' }],
 *   people: [
 *     { id: 'linda', name: 'Linda Ljungkvist' },
 *     { id: 'anna', name: 'Anna Andersson' },
 *   ],
 *   assignments: [
 *     { role: 'objektagare', person: 'linda', to: '2021-06-30' },
 *     { role: 'objektagare', person: 'anna', from: '2021-07-01' },
 *   ],
 * });
 * if (!parsed.ok) throw new Error('invalid');
 * const org = parsed.value;
 * holdersOf(org, 'objektagare', '2021-03-01').map((p) => p.name); // ['Linda Ljungkvist']
 * holdersOf(org, 'objektagare').map((p) => p.name); // ['Linda Ljungkvist', 'Anna Andersson']
 * ```
 */
export function holdersOf(org: Organisation, roleId: string, on?: IsoDate): Person[] {
  const ids = new Set(
    org.assignments.filter((a) => a.role === roleId && validOn(a, on)).map((a) => a.person),
  );
  return org.people.filter((p) => ids.has(p.id));
}

/**
 * The roles a person holds, on a date when one is given (else at any time).
 *
 * @example
 * ```ts
 * import { parseOrganisation, rolesOf } from '@styrkit/governance';
 * const parsed = parseOrganisation({
 *   name: 'VSO',
 *   parties: [],
 *   roles: [
 *     { id: 'objektagare', name: 'Objektägare' },
 *     { id: 'objektledare', name: 'Objektledare' },
 *   ],
 *   people: [{ id: 'bjorn', name: 'Björn' }],
 *   assignments: [
 *     { role: 'objektledare', person: 'bjorn' },
 *     { role: 'objektagare', person: 'bjorn', from: '2022-01-01' },
 *   ],
 * });
 * if (!parsed.ok) throw new Error('invalid');
 * const org = parsed.value;
 * rolesOf(org, 'bjorn', '2021-06-01').map((r) => r.name); // ['Objektledare']
 * rolesOf(org, 'bjorn').map((r) => r.name); // ['Objektägare', 'Objektledare']
 * ```
 */
export function rolesOf(org: Organisation, personId: string, on?: IsoDate): Role[] {
  const ids = new Set(
    org.assignments.filter((a) => a.person === personId && validOn(a, on)).map((a) => a.role),
  );
  return org.roles.filter((r) => ids.has(r.id));
}
