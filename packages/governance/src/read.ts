import { safeParseWith } from '@styrkit/core';
import type { Finding, Result } from '@styrkit/core';
import { parseKeepingValid, type PartialReading } from '@styrkit/plugin';
import { auditForumSet, auditOrganisation } from './audit.js';
import { forumSetSchema, organisationSchema, type ForumSet, type Organisation } from './model.js';
import { fillForumSet, forumSetReadingFindings, organisationReadingFindings } from './parse.js';

const code = 'governance/invalid-input';

/**
 * Reads an organisation as far as its data format allows and nothing more: a field of the wrong
 * type is left out (and reported), references are not followed. The plugin's kind parser; the
 * reference problems come from {@link organisationReadingFindings} in the check, so they hide
 * no other finding.
 *
 * @example
 * ```ts
 * import { readOrganisation } from '@styrkit/governance';
 * const r = readOrganisation({ name: 'VSO', parties: [], roles: [{ id: 'ol', name: 'Objektledare', nameEn: 7 }], people: [], assignments: [] });
 * r.value?.roles[0]?.name; // 'Objektledare'
 * r.findings.map((f) => f.path.join('.')); // ['roles.0.nameEn']
 * ```
 */
export function readOrganisation(input: unknown): PartialReading<Organisation> {
  return parseKeepingValid(organisationSchema, input, { code });
}

/**
 * The organisation's data format only (no reference checks): the plugin's kind parser, so a
 * stored organisation with a dangling reference is still read and audited.
 *
 * @example
 * ```ts
 * import { parseOrganisationFormat } from '@styrkit/governance';
 * parseOrganisationFormat({ name: 'VSO', parties: [], roles: [], people: [], assignments: [{ role: 'x', person: 'y' }] }).ok; // true
 * ```
 */
export function parseOrganisationFormat(input: unknown): Result<Organisation, Finding[]> {
  return safeParseWith(organisationSchema, input, { code });
}

/**
 * Reads a forum set as far as it can: fields of the wrong type are left out (and reported),
 * readable cadence texts are filled in. Unreadable cadence texts and duplicate ids are not
 * reported here but by {@link forumSetReadingFindings}, which the check runs.
 *
 * @example
 * ```ts
 * import { readForumSet } from '@styrkit/governance';
 * const r = readForumSet({ name: 'F', forums: [{ id: 'a', name: 'A', kind: 'working', cadenceText: 'Månadsvis', durationMinutes: 'nittio' }] });
 * r.value?.forums[0]?.cadence?.kind; // 'monthly'
 * r.findings.map((f) => f.path.join('.')); // ['forums.0.durationMinutes']
 * ```
 */
export function readForumSet(input: unknown): PartialReading<ForumSet> {
  const read = parseKeepingValid(forumSetSchema, input, { code });
  return read.value === undefined
    ? read
    : { value: fillForumSet(read.value).value, findings: read.findings };
}

/**
 * The forum set's data format with readable cadences filled in; an unreadable cadence text or
 * a duplicate id is left for the check to report. The plugin's kind parser.
 *
 * @example
 * ```ts
 * import { parseForumSetFormat } from '@styrkit/governance';
 * const r = parseForumSetFormat({ name: 'F', forums: [{ id: 'a', name: 'A', kind: 'working', cadenceText: 'ibland' }] });
 * r.ok; // true
 * ```
 */
export function parseForumSetFormat(input: unknown): Result<ForumSet, Finding[]> {
  const parsed = safeParseWith(forumSetSchema, input, { code });
  return parsed.ok ? { ok: true, value: fillForumSet(parsed.value).value } : parsed;
}

/**
 * Checks an organisation document as it is, with nothing hidden: the findings on fields of the
 * wrong type, the reference problems, and the audit of everything that could be read.
 *
 * @example
 * ```ts
 * import { checkOrganisation } from '@styrkit/governance';
 * const findings = checkOrganisation({
 *   name: 'VSO', parties: [],
 *   roles: [{ id: 'ol', name: 'Objektledare' }, { id: 'oa', name: 'Objektägare' }],
 *   people: [{ id: 'bo', name: 'Bo' }],
 *   assignments: [{ role: 'ol', person: 'bo' }, { role: 'ok', person: 'bo' }],
 * });
 * findings.map((f) => f.code); // ['governance/unknown-reference', 'governance/role-unassigned']
 * ```
 */
export function checkOrganisation(input: unknown): Finding[] {
  const read = readOrganisation(input);
  if (read.value === undefined) return [...read.findings];
  return [
    ...read.findings,
    ...organisationReadingFindings(read.value),
    ...auditOrganisation(read.value),
  ];
}

/**
 * Checks a forum set as it is, with nothing hidden: an unreadable cadence text is a finding on
 * that field and every other forum finding (convener, tasks, meeting days, stated counts) is
 * still made.
 *
 * @example
 * ```ts
 * import { checkForumSet } from '@styrkit/governance';
 * const findings = checkForumSet({
 *   name: 'F',
 *   forums: [{ id: 'a', name: 'A', kind: 'working', cadenceText: 'när det passar', tasks: ['Planera'] }],
 * });
 * findings.map((f) => f.code); // ['governance/invalid-cadence', 'governance/forum-missing-convener']
 * ```
 */
export function checkForumSet(input: unknown, org?: Organisation): Finding[] {
  const read = readForumSet(input);
  if (read.value === undefined) return [...read.findings];
  return [
    ...read.findings,
    ...forumSetReadingFindings(read.value),
    ...auditForumSet(read.value, org),
  ];
}
