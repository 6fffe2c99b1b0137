import { err, ok, parseCadence, safeParseWith } from '@styrkit/core';
import type { Finding, Result } from '@styrkit/core';
import { governanceCodes } from './codes.js';
import {
  forumSetSchema,
  gateLogSchema,
  organisationSchema,
  raciSchema,
  type Forum,
  type ForumSet,
  type GateLog,
  type Organisation,
  type Raci,
} from './model.js';
import { checkReference, duplicateIds, idSet } from './references.js';

const code = 'governance/invalid-input';

function finish<T>(value: T, problems: Finding[]): Result<T, Finding[]> {
  return problems.length === 0 ? ok(value) : err(problems);
}

/**
 * The reading problems of a schema-valid organisation: duplicate ids, dangling role, person
 * and party references, assignments that end before they start. {@link parseOrganisation}
 * fails on them; the plugin's check reports them beside the audit's findings, so one dangling
 * reference hides no other check.
 *
 * @example
 * ```ts
 * import { organisationReadingFindings } from '@styrkit/governance';
 * const org = { name: 'VSO', parties: [], roles: [], people: [], assignments: [{ role: 'ol', person: 'bo' }] };
 * organisationReadingFindings(org).map((f) => f.path.join('.')); // ['assignments.0.role', 'assignments.0.person']
 * ```
 */
export function organisationReadingFindings(org: Organisation): Finding[] {
  const roles = idSet(org.roles);
  const people = idSet(org.people);
  const parties = idSet(org.parties);
  const problems = [
    ...duplicateIds(org.parties, ['parties']),
    ...duplicateIds(org.roles, ['roles']),
    ...duplicateIds(org.people, ['people']),
    ...duplicateIds(org.responsibilities ?? [], ['responsibilities']),
  ];
  org.roles.forEach((role, i) => {
    problems.push(...checkReference(role.party, parties, 'party', ['roles', i, 'party']));
  });
  org.assignments.forEach((a, i) => {
    problems.push(...checkReference(a.role, roles, 'role', ['assignments', i, 'role']));
    problems.push(...checkReference(a.person, people, 'person', ['assignments', i, 'person']));
    if (a.from !== undefined && a.to !== undefined && a.to < a.from) {
      problems.push(
        governanceCodes.create('governance/invalid-period', {
          path: ['assignments', i, 'to'],
          data: { to: a.to, from: a.from },
          expected: `>= ${a.from}`,
          actual: a.to,
        }),
      );
    }
  });
  (org.responsibilities ?? []).forEach((r, i) => {
    r.owners.forEach((owner, j) => {
      problems.push(...checkReference(owner, roles, 'role', ['responsibilities', i, 'owners', j]));
    });
  });
  (org.mandates ?? []).forEach((m, i) => {
    problems.push(...checkReference(m.role, roles, 'role', ['mandates', i, 'role']));
  });
  (org.decisionRules ?? []).forEach((r, i) => {
    problems.push(...checkReference(r.role, roles, 'role', ['decisionRules', i, 'role']));
  });
  (org.policies?.separateRoles ?? []).forEach((pair, i) => {
    pair.forEach((role, j) => {
      problems.push(...checkReference(role, roles, 'role', ['policies', 'separateRoles', i, j]));
    });
  });
  return problems;
}

/**
 * Reads an organisation document (förvaltnings- or projektorganisation). Never throws: every
 * schema problem, duplicate id, dangling role/person/party reference and impossible period is
 * returned as a finding with its path.
 *
 * @example
 * ```ts
 * const r = parseOrganisation({ name: 'VSO', parties: [], roles: [], people: [], assignments: [] });
 * r.ok; // true
 * ```
 */
export function parseOrganisation(input: unknown): Result<Organisation, Finding[]> {
  const parsed = safeParseWith(organisationSchema, input, { code });
  if (!parsed.ok) return parsed;
  return finish(parsed.value, organisationReadingFindings(parsed.value));
}

/** A text that says "not decided" in a table: empty or a dash. No cadence, not an error. */
function undecided(text: string): boolean {
  return text === '' || /^[-–—]$/.test(text);
}

/**
 * Fills `cadence` from `cadenceText` when only the text is given; an unreadable text leaves the
 * forum without a cadence and comes back as a finding, so the forum keeps its other checks.
 */
function withCadence(
  forum: Forum,
  index: number,
  setStart: string | undefined,
): { forum: Forum; findings: Finding[] } {
  if (forum.cadence !== undefined || forum.cadenceText === undefined)
    return { forum, findings: [] };
  const text = forum.cadenceText.trim();
  if (undecided(text)) return { forum, findings: [] };
  const start = forum.active?.start ?? setStart;
  const parsed = parseCadence(text, {
    ...(start === undefined ? {} : { start }),
    path: ['forums', index, 'cadenceText'],
  });
  if (parsed.ok) return { forum: { ...forum, cadence: parsed.value }, findings: [] };
  return {
    forum,
    findings: parsed.error.map((f) =>
      governanceCodes.create('governance/invalid-cadence', {
        path: f.path,
        data: { detail: f.message },
        actual: text,
      }),
    ),
  };
}

/**
 * Whether a forum's cadence text was given but could not be read (so its missing cadence is
 * already reported as `governance/invalid-cadence`, not as a forum without cadence).
 *
 * @example
 * ```ts
 * import { hasUnreadCadenceText } from '@styrkit/governance';
 * hasUnreadCadenceText({ id: 'f', name: 'F', kind: 'working', cadenceText: 'ibland kanske' }); // true
 * hasUnreadCadenceText({ id: 'f', name: 'F', kind: 'working', cadenceText: '–' }); // false
 * ```
 */
export function hasUnreadCadenceText(forum: Forum): boolean {
  return (
    forum.cadence === undefined &&
    forum.cadenceText !== undefined &&
    !undecided(forum.cadenceText.trim())
  );
}

/**
 * A schema-valid forum set with every readable cadence text filled in, and the reading problems
 * beside it: duplicate forum ids and cadence texts that cannot be read (those forums keep no
 * cadence and all their other fields).
 *
 * @example
 * ```ts
 * import { fillForumSet } from '@styrkit/governance';
 * const r = fillForumSet({ name: 'F', forums: [{ id: 'a', name: 'A', kind: 'working', cadenceText: 'ibland' }, { id: 'b', name: 'B', kind: 'working', cadenceText: 'Månadsvis' }] });
 * r.value.forums.map((f) => f.cadence?.kind); // [undefined, 'monthly']
 * r.findings.map((f) => f.code); // ['governance/invalid-cadence']
 * ```
 */
export function fillForumSet(set: ForumSet): { value: ForumSet; findings: Finding[] } {
  const findings = duplicateIds(set.forums, ['forums']);
  const forums = set.forums.map((forum, i) => {
    const filled = withCadence(forum, i, set.period?.start);
    findings.push(...filled.findings);
    return filled.forum;
  });
  return { value: { ...set, forums }, findings };
}

/**
 * The reading problems of a parsed forum set, recomputed from the value: duplicate forum ids and
 * cadence texts that cannot be read. The plugin's check reports them beside the audit's.
 *
 * @example
 * ```ts
 * import { forumSetReadingFindings } from '@styrkit/governance';
 * forumSetReadingFindings({ name: 'F', forums: [{ id: 'a', name: 'A', kind: 'working', cadenceText: 'ibland' }] }).map((f) => f.path.join('.')); // ['forums.0.cadenceText']
 * ```
 */
export function forumSetReadingFindings(set: ForumSet): Finding[] {
  // Filled cadences are skipped, so only the unreadable texts are read (and fail) again.
  return fillForumSet(set).findings;
}

/**
 * Reads a forum set. A forum given only a `cadenceText` ("Var 6:e vecka", "4 ggr per år") gets
 * its cadence parsed from the text; "every n weeks" needs a start date (the forum's `active.start`
 * or the set's `period.start`). Problems come back as findings with paths; it never throws.
 *
 * @example
 * ```ts
 * const r = parseForumSet({ name: 'Forum', forums: [{ id: 'of', name: 'Objektforum', kind: 'working', cadenceText: '4 ggr per år' }] });
 * r.ok && r.value.forums[0]?.cadence; // { kind: 'times-per-year', times: 4 }
 * ```
 */
export function parseForumSet(input: unknown): Result<ForumSet, Finding[]> {
  const parsed = safeParseWith(forumSetSchema, input, { code });
  if (!parsed.ok) return parsed;
  const filled = fillForumSet(parsed.value);
  return finish(filled.value, filled.findings);
}

/**
 * Reads a RACI matrix; a cell for a role that is not a column of the matrix is a finding.
 *
 * @example
 * ```ts
 * const r = parseRaci({ name: 'R', roles: ['pa'], rows: [{ id: 'x', label: 'X', cells: { pa: 'RA' } }] });
 * r.ok; // true
 * ```
 */
export function parseRaci(input: unknown): Result<Raci, Finding[]> {
  const parsed = safeParseWith(raciSchema, input, { code });
  if (!parsed.ok) return parsed;
  const raci = parsed.value;
  const columns = new Set(raci.roles);
  const problems = [
    ...duplicateIds(
      raci.roles.map((id) => ({ id })),
      ['roles'],
    ),
    ...duplicateIds(raci.rows, ['rows']),
  ];
  raci.rows.forEach((row, i) => {
    for (const role of Object.keys(row.cells)) {
      problems.push(...checkReference(role, columns, 'role', ['rows', i, 'cells', role]));
    }
  });
  return finish(raci, problems);
}

/**
 * Reads a gate log: the process definition, the items and the decision log. States, decisions
 * and items referred to must exist; dates must be real calendar dates.
 *
 * @example
 * ```ts
 * const r = parseGateLog({ name: 'Behov', process: NEEDS_PROCESS, items: [], decisions: [] });
 * r.ok; // true
 * ```
 */
export function parseGateLog(input: unknown): Result<GateLog, Finding[]> {
  const parsed = safeParseWith(gateLogSchema, input, { code });
  if (!parsed.ok) return parsed;
  const log = parsed.value;
  const states = idSet(log.process.states);
  const items = idSet(log.items);
  const decisions = idSet(log.decisions);
  const problems = [
    ...duplicateIds(log.process.states, ['process', 'states']),
    ...duplicateIds(log.items, ['items']),
    ...duplicateIds(log.decisions, ['decisions']),
    ...checkReference(log.process.initial, states, 'state', ['process', 'initial']),
    ...duplicateIds(log.process.gates ?? [], ['process', 'gates']),
  ];
  log.process.transitions.forEach((t, i) => {
    problems.push(
      ...checkReference(t.from, states, 'state', ['process', 'transitions', i, 'from']),
    );
    problems.push(...checkReference(t.to, states, 'state', ['process', 'transitions', i, 'to']));
  });
  log.items.forEach((item, i) => {
    item.history.forEach((move, j) => {
      const at = ['items', i, 'history', j];
      problems.push(...checkReference(move.from, states, 'state', [...at, 'from']));
      problems.push(...checkReference(move.to, states, 'state', [...at, 'to']));
      problems.push(...checkReference(move.decision, decisions, 'decision', [...at, 'decision']));
    });
  });
  log.decisions.forEach((d, i) => {
    problems.push(...checkReference(d.item, items, 'item', ['decisions', i, 'item']));
  });
  return finish(log, problems);
}
