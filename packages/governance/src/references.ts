// Internal helpers shared by parse and audit: duplicate ids and dangling references.
import type { Finding, Path } from '@styrkit/core';
import { governanceCodes } from './codes.js';

/** Reports every entry whose id repeats an earlier one in the same list. */
export function duplicateIds(list: readonly { id: string }[], path: Path): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  list.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      findings.push(
        governanceCodes.create('governance/duplicate-id', {
          path: [...path, index, 'id'],
          data: { id: entry.id },
          actual: entry.id,
        }),
      );
    }
    seen.add(entry.id);
  });
  return findings;
}

/** What kind of thing a reference points at, for the message. */
export type ReferenceKind =
  'role' | 'person' | 'party' | 'forum' | 'state' | 'decision' | 'item' | 'milestone';

const kindLabel: Record<ReferenceKind, { sv: string; en: string }> = {
  role: { sv: 'roll', en: 'role' },
  person: { sv: 'person', en: 'person' },
  party: { sv: 'part', en: 'party' },
  forum: { sv: 'forum', en: 'forum' },
  state: { sv: 'steg', en: 'state' },
  decision: { sv: 'beslut', en: 'decision' },
  item: { sv: 'ärende', en: 'item' },
  milestone: { sv: 'milstolpe', en: 'milestone' },
};

/** A finding for a reference to an id that does not exist, or nothing when it exists. */
export function checkReference(
  id: string | undefined,
  known: ReadonlySet<string>,
  kind: ReferenceKind,
  path: Path,
): Finding[] {
  if (id === undefined || known.has(id)) return [];
  const label = kindLabel[kind];
  return [
    governanceCodes.create('governance/unknown-reference', {
      path,
      data: { label, id },
      actual: id,
    }),
  ];
}

/** The ids of a list as a set. */
export function idSet(list: readonly { id: string }[]): Set<string> {
  return new Set(list.map((entry) => entry.id));
}
