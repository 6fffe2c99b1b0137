import type { Finding, LocalizedText } from '@styrkit/core';
import { auditMeetingDays } from './audit-meeting-days.js';
import { calendarPeriod } from './calendar-limit.js';
import { governanceCodes } from './codes.js';
import { findTransition, gateDeciders, mayDecideGate } from './gates.js';
import { checkMandate } from './mandate.js';
import { hasUnreadCadenceText } from './parse.js';
import type { Forum, ForumSet, GateLog, Organisation, Raci, RoleTag } from './model.js';
import { checkReference, idSet } from './references.js';
import { assignmentOverlaps } from './roles.js';
import { checkStatedCounts } from './stated-counts.js';

/** Default steering-group rule of the Göteborg PPS text (seed goteborg…:285). */
const DEFAULT_MAX_MEMBERS = 5;
const DEFAULT_REQUIRED_TAGS: readonly RoleTag[] = ['effect-owner', 'result-receiver'];

const tagLabel: Record<RoleTag, { sv: string; en: string }> = {
  'project-owner': { sv: 'projektägare', en: 'project owner' },
  'project-manager': { sv: 'projektledare', en: 'project manager' },
  'effect-owner': { sv: 'effekthemtagningsansvarig', en: 'effect-realisation owner' },
  'result-receiver': { sv: 'mottagare av resultatet', en: 'receiver of the result' },
  'steering-group': { sv: 'styrgruppsledamot', en: 'steering group member' },
  'project-group': { sv: 'projektgruppsmedlem', en: 'project group member' },
};

function roleName(org: Organisation, id: string): string {
  return org.roles.find((r) => r.id === id)?.name ?? id;
}

/**
 * Audits an organisation: roles without a person during its period (one finding when the document
 * names nobody at all; roles staffed per project are skipped), one person in two roles the
 * policy keeps apart (with overlapping periods), and shared-ownership responsibilities with no
 * owner or several.
 *
 * @example
 * ```ts
 * import { auditOrganisation, parseOrganisation } from '@styrkit/governance';
 * const parsed = parseOrganisation({
 *   name: 'VSO',
 *   parties: [],
 *   roles: [
 *     { id: 'objektagare', name: 'Objektägare' },
 *     { id: 'objektledare', name: 'Objektledare' },
 *   ],
 *   people: [{ id: 'anna', name: 'Anna Andersson' }],
 *   assignments: [{ role: 'objektagare', person: 'anna' }],
 * });
 * if (!parsed.ok) throw new Error('invalid');
 * const org = parsed.value;
 * auditOrganisation(org).map((f) => f.code); // ['governance/role-unassigned']
 * ```
 */
export function auditOrganisation(org: Organisation): Finding[] {
  const findings: Finding[] = [];
  const active = org.assignments.filter((a) => assignmentOverlaps(a, org.period));
  const standing = org.roles.filter((r) => r.staffedPerProject !== true);
  const counted = checkStatedCounts(org.statedCounts, {
    roles: org.roles.length,
    people: org.people.length,
    parties: org.parties.length,
  });
  const vacant = standing.filter((r) => r.vacant === true);
  if (org.people.length === 0 && standing.length > vacant.length) {
    // A document that names nobody gets one finding, not one per role.
    findings.push(
      governanceCodes.create('governance/role-unassigned', {
        path: ['people'],
        data: { variant: 'nobody', roles: standing.length - vacant.length },
        expected: `${standing.length - vacant.length} roller med person / roles with a person`,
        actual: '0',
      }),
    );
    org.roles.forEach((role, i) => {
      if (role.vacant === true && role.staffedPerProject !== true) {
        findings.push(vacantFinding(role.name, role.nameEn, i, false));
      }
    });
    return [...findings, ...ownershipFindings(org), ...counted];
  }
  org.roles.forEach((role, i) => {
    if (role.staffedPerProject === true) return;
    if (role.vacant === true) {
      findings.push(
        vacantFinding(
          role.name,
          role.nameEn,
          i,
          active.some((a) => a.role === role.id),
        ),
      );
      return;
    }
    if (!active.some((a) => a.role === role.id)) {
      findings.push(
        governanceCodes.create('governance/role-unassigned', {
          path: ['roles', i],
          data: { variant: 'role', name: role.name, nameEn: role.nameEn ?? role.name },
          expected: 'minst 1 person / at least 1 person',
          actual: '0',
        }),
      );
    }
  });
  (org.policies?.separateRoles ?? []).forEach(([first, second], i) => {
    for (const a of active.filter((x) => x.role === first)) {
      const clash = active.find(
        (b) =>
          b.role === second &&
          b.person === a.person &&
          assignmentOverlaps(b, { start: a.from ?? '0000-01-01', end: a.to ?? '9999-12-31' }),
      );
      if (clash === undefined) continue;
      const person = org.people.find((p) => p.id === a.person)?.name ?? a.person;
      findings.push(
        governanceCodes.create('governance/roles-not-separated', {
          path: ['policies', 'separateRoles', i],
          data: { person, first: roleName(org, first), second: roleName(org, second) },
          actual: a.person,
        }),
      );
    }
  });
  return [...findings, ...ownershipFindings(org), ...counted];
}

/** A role stated as vacant: info, or a warning when somebody is nevertheless assigned to it. */
function vacantFinding(
  name: string,
  nameEn: string | undefined,
  index: number,
  assigned: boolean,
): Finding {
  if (assigned) {
    return governanceCodes.create('governance/vacant-role-duty', {
      path: ['roles', index, 'vacant'],
      data: { variant: 'assigned', name, nameEn: nameEn ?? name },
    });
  }
  return governanceCodes.create('governance/role-vacant', {
    path: ['roles', index],
    data: { name, nameEn: nameEn ?? name },
  });
}

/** Shared-ownership responsibilities with no owner or several. */
function ownershipFindings(org: Organisation): Finding[] {
  const findings: Finding[] = [];
  (org.responsibilities ?? []).forEach((r, i) => {
    if (r.owners.length === 1) return;
    findings.push(
      governanceCodes.create('governance/ownership-count', {
        path: ['responsibilities', i, 'owners'],
        data: { label: r.label, ownersCount: r.owners.length },
        expected: 1,
        actual: r.owners.length,
      }),
    );
  });
  return findings;
}

/** Steering-group size and composition under the policy (default Göteborg PPS rule). */
function steeringGroupFindings(forum: Forum, i: number, org: Organisation | undefined): Finding[] {
  const findings: Finding[] = [];
  const participants = forum.participants ?? [];
  const max = org?.policies?.steeringGroup?.maxMembers ?? DEFAULT_MAX_MEMBERS;
  // Everybody-in-the-organisation has no head count: the size check cannot be made then.
  if (!participants.some((p) => 'allRoles' in p)) {
    const members = participants.reduce((n, p) => n + ('count' in p ? (p.count ?? 1) : 1), 0);
    if (members > max) {
      findings.push(
        governanceCodes.create('governance/steering-group-too-large', {
          path: ['forums', i, 'participants'],
          data: { name: forum.name, nameEn: forum.nameEn ?? forum.name, members, max },
          expected: `<= ${max}`,
          actual: members,
        }),
      );
    }
  }
  if (org === undefined) return findings;
  const tags = new Set(
    participants.flatMap((p) =>
      'role' in p ? (org.roles.find((r) => r.id === p.role)?.tags ?? []) : [],
    ),
  );
  for (const tag of org.policies?.steeringGroup?.requiredTags ?? DEFAULT_REQUIRED_TAGS) {
    if (tags.has(tag)) continue;
    findings.push(
      governanceCodes.create('governance/steering-group-missing-role', {
        path: ['forums', i, 'participants'],
        data: { name: forum.name, nameEn: forum.nameEn ?? forum.name, tag: tagLabel[tag] },
        expected: tag,
      }),
    );
  }
  return findings;
}

/**
 * Audits a forum set: forums without cadence, convener or tasks (named but undefined forums),
 * steering groups over the size limit or without the effect owner and result receiver, and,
 * when the organisation is given, participant and convener roles that do not exist and
 * conveners that are vacant. With a period (the set's or the organisation's), meetings on
 * weekends, public holidays and non-working eves (see {@link auditMeetingDays}); and the counts
 * the text states ("fyra forum").
 *
 * @example
 * ```ts
 * import { auditForumSet, parseForumSet, parseOrganisation } from '@styrkit/governance';
 * const parsedOrg = parseOrganisation({
 *   name: 'VSO',
 *   parties: [],
 *   roles: [{ id: 'objektledare', name: 'Objektledare' }],
 *   people: [{ id: 'bo', name: 'Bo Berg' }],
 *   assignments: [{ role: 'objektledare', person: 'bo' }],
 * });
 * const parsedSet = parseForumSet({
 *   name: 'Forum',
 *   forums: [
 *     { id: 'objektforum', name: 'Objektforum', kind: 'working', convener: 'objektledare', tasks: ['Informera'], cadenceText: '4 ggr per år' },
 *     { id: 'styrgrupp', name: 'Styrgrupp', kind: 'decision', convener: 'objektagare' },
 *   ],
 * });
 * if (!parsedOrg.ok || !parsedSet.ok) throw new Error('invalid');
 * const org = parsedOrg.value;
 * const set = parsedSet.value;
 * auditForumSet(set, org).map((f) => f.code); // ['governance/forum-missing-cadence', 'governance/forum-missing-tasks', 'governance/unknown-reference']
 * ```
 */
export function auditForumSet(set: ForumSet, org?: Organisation): Finding[] {
  const findings: Finding[] = [];
  const roles = org === undefined ? undefined : idSet(org.roles);
  set.forums.forEach((forum, i) => {
    const name = { sv: forum.name, en: forum.nameEn ?? forum.name };
    // An unreadable cadence text is reported on the text itself (governance/invalid-cadence).
    if (forum.cadence === undefined && !hasUnreadCadenceText(forum)) {
      findings.push(
        governanceCodes.create('governance/forum-missing-cadence', {
          path: ['forums', i, 'cadence'],
          data: { name },
        }),
      );
    }
    if (forum.convener === undefined) {
      findings.push(
        governanceCodes.create('governance/forum-missing-convener', {
          path: ['forums', i, 'convener'],
          data: { name },
        }),
      );
    }
    if ((forum.tasks ?? []).length === 0) {
      findings.push(
        governanceCodes.create('governance/forum-missing-tasks', {
          path: ['forums', i, 'tasks'],
          data: { name },
        }),
      );
    }
    if (forum.kind === 'steering-group') findings.push(...steeringGroupFindings(forum, i, org));
    const convener = org?.roles.find((r) => r.id === forum.convener);
    if (convener?.vacant === true) {
      findings.push(
        governanceCodes.create('governance/vacant-role-duty', {
          path: ['forums', i, 'convener'],
          data: {
            variant: 'convener',
            forum: name,
            role: { sv: convener.name, en: convener.nameEn ?? convener.name },
          },
          actual: convener.id,
        }),
      );
    }
    if (roles !== undefined) {
      findings.push(...checkReference(forum.convener, roles, 'role', ['forums', i, 'convener']));
      (forum.participants ?? []).forEach((p, j) => {
        if ('role' in p) {
          findings.push(
            ...checkReference(p.role, roles, 'role', ['forums', i, 'participants', j, 'role']),
          );
        }
      });
    }
  });
  const { period, finding } = calendarPeriod(set, org);
  if (finding !== undefined) findings.push(finding);
  if (period !== undefined) findings.push(...auditMeetingDays(set, period));
  findings.push(...checkStatedCounts(set.statedCounts, { forums: set.forums.length }));
  return findings;
}

/**
 * Audits a RACI matrix: every row needs exactly one A and at least one R; with the organisation,
 * columns must be roles of it.
 *
 * @example
 * ```ts
 * auditRaci({ name: 'R', roles: ['pa'], rows: [{ id: 'x', label: 'X', cells: { pa: 'C' } }] }).length; // 2
 * ```
 */
export function auditRaci(raci: Raci, org?: Organisation): Finding[] {
  const findings: Finding[] = [];
  if (org !== undefined) {
    const roles = idSet(org.roles);
    raci.roles.forEach((role, j) => {
      findings.push(...checkReference(role, roles, 'role', ['roles', j]));
    });
  }
  raci.rows.forEach((row, i) => {
    const cells = Object.entries(row.cells);
    const accountable = cells.filter(([, c]) => c.includes('A')).map(([role]) => role);
    if (accountable.length !== 1) {
      findings.push(
        governanceCodes.create('governance/raci-accountable-count', {
          path: ['rows', i, 'cells'],
          data: { label: row.label, accountable },
          expected: 1,
          actual: accountable.length,
        }),
      );
    }
    if (!cells.some(([, c]) => c.includes('R'))) {
      findings.push(
        governanceCodes.create('governance/raci-missing-responsible', {
          path: ['rows', i, 'cells'],
          data: { label: row.label },
          expected: '>= 1',
          actual: 0,
        }),
      );
    }
  });
  return findings;
}

/**
 * Audits a gate log: moves the process does not allow (or that do not start where the item
 * was), gates passed without a logged decision with the same gate and outcome, and decisions
 * taken without mandate: by a role the process does not let decide the gate (role ids, or role
 * tags resolved through the organisation) and, with the organisation, outside its mandates and
 * decision rules. With the organisation and forum set, the deciding role and forum must exist.
 *
 * @example
 * ```ts
 * import { auditGateLog, NEEDS_PROCESS, parseGateLog } from '@styrkit/governance';
 * const parsed = parseGateLog({
 *   name: 'Behov 2024',
 *   process: NEEDS_PROCESS,
 *   items: [{ id: 'n1', title: 'Digitala lås', history: [{ from: 'insamling', to: 'grovsallning', date: '2024-03-01' }] }],
 *   decisions: [],
 * });
 * if (!parsed.ok) throw new Error('invalid');
 * const log = parsed.value;
 * auditGateLog(log).map((f) => f.code); // ['governance/gate-without-decision']
 * ```
 */
export function auditGateLog(log: GateLog, org?: Organisation, forums?: ForumSet): Finding[] {
  const findings: Finding[] = [];
  const decisions = new Map(log.decisions.map((d) => [d.id, d]));
  log.items.forEach((item, i) => {
    let state = log.process.initial;
    item.history.forEach((move, j) => {
      const at = ['items', i, 'history', j];
      const transition = findTransition(log.process, move.from, move.to);
      if (move.from !== state || transition === undefined) {
        findings.push(
          governanceCodes.create('governance/invalid-transition', {
            path: at,
            data: { title: item.title, from: move.from, to: move.to, state },
            expected: state,
            actual: `${move.from} → ${move.to}`,
          }),
        );
      }
      state = move.to;
      if (transition?.gate === undefined) return;
      const decision = move.decision === undefined ? undefined : decisions.get(move.decision);
      const matches =
        decision !== undefined &&
        decision.item === item.id &&
        decision.gate === transition.gate &&
        decision.outcome === transition.outcome;
      if (!matches) {
        findings.push(
          governanceCodes.create('governance/gate-without-decision', {
            path: [...at, 'decision'],
            data: { title: item.title, gate: transition.gate, outcome: transition.outcome },
            expected: `${transition.gate}/${transition.outcome}`,
            actual:
              decision === undefined
                ? (move.decision ?? '–')
                : `${decision.gate ?? '–'}/${decision.outcome}`,
          }),
        );
      }
    });
  });
  const items = new Map(log.items.map((item) => [item.id, item]));
  const roles = org === undefined ? undefined : idSet(org.roles);
  const forumIds = forums === undefined ? undefined : idSet(forums.forums);
  log.decisions.forEach((d, i) => {
    if (roles !== undefined) {
      findings.push(...checkReference(d.decidedBy, roles, 'role', ['decisions', i, 'decidedBy']));
    }
    if (forumIds !== undefined) {
      findings.push(...checkReference(d.forum, forumIds, 'forum', ['decisions', i, 'forum']));
    }
    const reasons: LocalizedText[] = [];
    let expected: string | undefined;
    if (d.gate !== undefined && mayDecideGate(log.process, d.gate, d.decidedBy, org) === false) {
      expected = gateDeciders(log.process, d.gate, org).join(', ');
      reasons.push({
        sv: `Processen låter ${expected} besluta i beslutspunkt ${d.gate}, inte "${d.decidedBy}".`,
        en: `The process lets ${expected} decide gate ${d.gate}, not "${d.decidedBy}".`,
      });
    }
    if (org !== undefined) {
      const verdict = checkMandate(org, d, items.get(d.item));
      reasons.push(...verdict.reasons);
      expected ??= verdict.requiredRole;
    }
    if (reasons.length === 0) return;
    findings.push(
      governanceCodes.create('governance/decision-without-mandate', {
        path: ['decisions', i, 'decidedBy'],
        data: { id: d.id, reasons },
        ...(expected === undefined ? {} : { expected }),
        actual: d.decidedBy,
      }),
    );
  });
  const gates = new Set([
    ...(log.process.gates ?? []).map((g) => g.id),
    ...log.process.transitions.flatMap((t) => (t.gate === undefined ? [] : [t.gate])),
  ]);
  findings.push(
    ...checkStatedCounts(log.statedCounts, {
      gates: gates.size,
      states: log.process.states.length,
      items: log.items.length,
      decisions: log.decisions.length,
    }),
  );
  return findings;
}
