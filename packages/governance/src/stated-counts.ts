import type { Finding } from '@styrkit/core';
import { governanceCodes } from './codes.js';
import type { StatedCount, StatedCountSubject } from './model.js';

const words: Record<string, number> = {
  noll: 0,
  en: 1,
  ett: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
  tretton: 13,
  fjorton: 14,
  femton: 15,
  sexton: 16,
  sjutton: 17,
  arton: 18,
  nitton: 19,
  tjugo: 20,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

const subjects: Record<StatedCountSubject, { sv: string; en: string }> = {
  roles: { sv: 'roller', en: 'roles' },
  people: { sv: 'personer', en: 'people' },
  parties: { sv: 'parter', en: 'parties' },
  forums: { sv: 'forum', en: 'forums' },
  gates: { sv: 'beslutspunkter', en: 'decision points' },
  states: { sv: 'steg', en: 'steps' },
  items: { sv: 'ärenden', en: 'items' },
  decisions: { sv: 'beslut', en: 'decisions' },
  risks: { sv: 'risker', en: 'risks' },
  milestones: { sv: 'milstolpar', en: 'milestones' },
};

/**
 * The number a stated count gives: `count`, or the number that starts `text` (digits or a
 * Swedish or English number word up to twenty: "fem beslutspunkter", "4 forum").
 *
 * @example
 * ```ts
 * import { statedCountValue } from '@styrkit/governance';
 * statedCountValue({ of: 'gates', text: 'Fem beslutspunkter' }); // 5
 * statedCountValue({ of: 'gates', text: 'några beslutspunkter' }); // undefined
 * ```
 */
export function statedCountValue(stated: StatedCount): number | undefined {
  if (stated.count !== undefined) return stated.count;
  const first = stated.text?.trim().toLocaleLowerCase('sv').split(/\s+/)[0];
  if (first === undefined) return undefined;
  if (/^\d+$/.test(first)) return Number(first);
  return words[first];
}

/**
 * Checks the counts a document's text states against what the model holds. `actual` gives the
 * model's count for each subject the document can count; a stated count of another subject is
 * not checked. A stated count without a readable number is a finding of its own.
 *
 * @example
 * ```ts
 * import { checkStatedCounts } from '@styrkit/governance';
 * checkStatedCounts([{ of: 'gates', text: 'fem beslutspunkter' }], { gates: 4 })[0]?.code;
 * // 'governance/stated-count-mismatch'
 * ```
 */
export function checkStatedCounts(
  stated: readonly StatedCount[] | undefined,
  actual: Partial<Record<StatedCountSubject, number>>,
): Finding[] {
  const findings: Finding[] = [];
  (stated ?? []).forEach((s, i) => {
    const path = ['statedCounts', i];
    const said = s.text ?? String(s.count);
    const value = statedCountValue(s);
    if (value === undefined) {
      findings.push(
        governanceCodes.create('governance/stated-count-unreadable', {
          path: [...path, 'text'],
          data: { said },
          actual: said,
        }),
      );
      return;
    }
    const model = actual[s.of];
    if (model === undefined || model === value) return;
    const what = subjects[s.of];
    findings.push(
      governanceCodes.create('governance/stated-count-mismatch', {
        path,
        data: { value, what, said, model },
        expected: model,
        actual: value,
        ...(s.source === undefined ? {} : { source: { note: s.source } }),
      }),
    );
  });
  return findings;
}
