// Checks that do not hide each other (issue 16): a document with one invalid field keeps every
// check that does not depend on it. Fixtures are hand-edited copies of
// docs/examples/linkoping-vso-2021/forums.yaml and organisation.yaml.
import { describe, expect, it } from 'vitest';
import type { Finding } from '@styrkit/core';
import { checkWithKind, type PluginContext } from '@styrkit/plugin';
import { governancePlugin } from '../plugin.js';
import { parseForumSet, parseOrganisation } from '../parse.js';
import { checkForumSet, checkOrganisation } from '../read.js';
import { clone, loadEnvelope } from './fixtures.js';

const forumsFile = loadEnvelope('linkoping-vso-2021/forums.yaml');
const orgFile = loadEnvelope('linkoping-vso-2021/organisation.yaml');

type Doc = { forums: Record<string, unknown>[]; assignments: Record<string, unknown>[] };
const keyed = (fs: readonly Finding[]) => fs.map((f) => `${f.code} ${f.path.join('.')}`);

/** forums.yaml with forums[0] (styrgrupp, :27-28) given only an unreadable cadence text
 * (its stated cadence removed) and forums[3] (objektforum, :45) a duration that is text. */
function brokenForums(): Doc {
  const doc = clone(forumsFile.document) as Doc;
  delete doc.forums[0]!['cadence'];
  doc.forums[0]!['cadenceText'] = 'när andan faller på';
  doc.forums[3]!['durationMinutes'] = 'nittio';
  return doc;
}

const ctx: PluginContext = { locale: 'sv', documents: () => [] };
function pluginCheck(kindName: string, input: unknown): Finding[] {
  const kind = governancePlugin.kinds.find((k) => k.name === kindName)!;
  const checks = governancePlugin.checks.filter((c) => c.kind === kindName);
  return checkWithKind(kind, checks, input, ctx);
}

describe('forum set with an unreadable cadence text and a wrongly typed duration', () => {
  const before = keyed(checkForumSet(forumsFile.document));
  const after = keyed(checkForumSet(brokenForums()));

  it('the strict parser still refuses it (what hid every check before)', () => {
    expect(parseForumSet(brokenForums()).ok).toBe(false);
  });

  it('reports the two invalid fields', () => {
    expect(after).toContain('governance/invalid-cadence forums.0.cadenceText');
    expect(after).toContain('governance/invalid-input forums.3.durationMinutes');
    // The unreadable text is reported once, not also as a forum without cadence.
    expect(after).not.toContain('governance/forum-missing-cadence forums.0.cadence');
  });

  it('keeps every finding that does not depend on the styrgrupp cadence', () => {
    // The unedited file: 11 warnings and 2 info (as `pnpm check-examples` prints them).
    expect(before).toHaveLength(13);
    const independent = before.filter((k) => !k.endsWith('forums.0.cadence'));
    expect(independent.length).toBe(12);
    for (const k of independent) expect(after).toContain(k);
    // Only styrgrupp's Easter Monday meeting depended on its cadence.
    expect(after).toHaveLength(independent.length + 2);
  });

  it('gives the same findings through the plugin contract (checkWithKind)', () => {
    expect(keyed(pluginCheck('governance/forum-set', brokenForums())).sort()).toEqual(
      [...after].sort(),
    );
  });
});

describe('organisation with a dangling role reference', () => {
  /** organisation.yaml with assignments[3] (:69) naming a role that does not exist. */
  function brokenOrg(): Doc {
    const doc = clone(orgFile.document) as Doc;
    doc.assignments[3]!['role'] = 'objektledare-itt';
    return doc;
  }

  it('reports the reference and still audits the roles', () => {
    expect(parseOrganisation(brokenOrg()).ok).toBe(false);
    const before = keyed(checkOrganisation(orgFile.document));
    const after = keyed(checkOrganisation(brokenOrg()));
    expect(before).toEqual([
      'governance/role-unassigned roles.4',
      'governance/role-unassigned roles.5',
      'governance/role-unassigned roles.6',
      'governance/role-unassigned roles.7',
    ]);
    expect(after).toContain('governance/unknown-reference assignments.3.role');
    for (const k of before) expect(after).toContain(k);
    // objektledare-it (roles[3]) lost its only person, which the audit now also says.
    expect(after).toContain('governance/role-unassigned roles.3');
    expect(keyed(pluginCheck('governance/organisation', brokenOrg())).sort()).toEqual(
      [...after].sort(),
    );
  });
});
