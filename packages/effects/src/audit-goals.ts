import { formatNumber, type Finding, type Path } from '@styrkit/core';
import { effectsCodes } from './codes.js';
import { listFields, missingForMeasurability } from './measurability.js';
import type { Goal, GoalLevel, Term } from './model.js';
import { DEFAULT_VOCABULARY, inVocabulary, termWords, type Vocabulary } from './vocabulary.js';

const LEVEL_RANK: Readonly<Record<GoalLevel, number>> = {
  vision: 0,
  'committee-goal': 1,
  objective: 2,
  'effect-goal': 3,
};

/** Reports the same id used twice within one namespace. Internal. */
export function duplicateIdFindings(ids: readonly { id: string; path: Path }[]): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const { id, path } of ids) {
    if (seen.has(id)) {
      findings.push(
        effectsCodes.create('effects/duplicate-id', {
          path,
          message: {
            sv: `Id "${id}" används mer än en gång`,
            en: `Id "${id}" is used more than once`,
          },
          actual: id,
        }),
      );
    }
    seen.add(id);
  }
  return findings;
}

/** A finding for a link to an id that does not exist. Internal. */
export function unknownReference(
  path: Path,
  id: string,
  what: { sv: string; en: string },
): Finding {
  return effectsCodes.create('effects/unknown-reference', {
    path,
    message: { sv: `Okänt ${what.sv} "${id}"`, en: `Unknown ${what.en} "${id}"` },
    actual: id,
  });
}

const directionWords = {
  increase: { sv: 'öka', en: 'increase' },
  decrease: { sv: 'minska', en: 'decrease' },
  survey: { sv: 'bedömas med enkät', en: 'be judged by a survey' },
} as const;

/** "(riktning känd: minska)" for a goal with a direction but no indicator yet. */
function directionNote(goal: Goal, locale: 'sv' | 'en'): string {
  if (goal.indicator !== undefined || goal.direction === undefined) return '';
  const word = directionWords[goal.direction][locale];
  return locale === 'sv'
    ? ` (riktningen är känd: ska ${word})`
    : ` (the direction is known: should ${word})`;
}

/** Info findings for classification words outside the vocabulary. Internal. */
export function termFindings(
  path: Path,
  term: Term | undefined,
  list: readonly string[],
  what: { sv: string; en: string },
): Finding[] {
  if (term === undefined) return [];
  return wordFindings(path, termWords(term), list, what);
}

/** Info findings for a list of words outside the vocabulary. Internal. */
export function wordFindings(
  path: Path,
  words: readonly string[],
  list: readonly string[],
  what: { sv: string; en: string },
): Finding[] {
  return words
    .filter((w) => !inVocabulary(w, list))
    .map((w) =>
      effectsCodes.create('effects/unknown-term', {
        path,
        message: {
          sv: `${what.sv} "${w}" finns inte i vokabulären (${list.join(', ')})`,
          en: `${what.en} "${w}" is not in the vocabulary (${list.join(', ')})`,
        },
        actual: w,
      }),
    );
}

/**
 * Audits a goal list: duplicate ids, unknown or upside-down parent links, effect goals linked
 * to nothing above, measurability (exactly which of indicator, baseline, target, target date
 * and owner are missing), effects owned by the project, targets in the wrong direction, dates
 * out of order and classification words outside the vocabulary.
 *
 * @example
 * ```ts
 * import { auditGoals, goalSchema } from '@styrkit/effects';
 * const goals = [goalSchema.parse({ id: 'e', level: 'effect-goal', title: 'Effekt' })];
 * auditGoals(goals).map((f) => f.code); // ['effects/goal-without-parent', 'effects/goal-not-measurable']
 * ```
 */
export function auditGoals(
  goals: readonly Goal[],
  options: { vocabulary?: Vocabulary; basePath?: Path } = {},
): Finding[] {
  const base = options.basePath ?? ['goals'];
  const vocabulary = options.vocabulary ?? DEFAULT_VOCABULARY;
  const byId = new Map(goals.map((g) => [g.id, g]));
  const findings = duplicateIdFindings(
    goals.map((g, i) => ({ id: g.id, path: [...base, i, 'id'] })),
  );

  for (const [i, goal] of goals.entries()) {
    const path = [...base, i];
    for (const [j, parentId] of goal.parents.entries()) {
      const parent = byId.get(parentId);
      if (parent === undefined) {
        findings.push(
          unknownReference([...path, 'parents', j], parentId, { sv: 'mål', en: 'goal' }),
        );
      } else if (LEVEL_RANK[parent.level] > LEVEL_RANK[goal.level]) {
        findings.push(
          effectsCodes.create('effects/level-order', {
            path: [...path, 'parents', j],
            message: {
              sv: `Målet "${goal.id}" (${goal.level}) pekar uppåt på "${parentId}" som ligger lägre (${parent.level})`,
              en: `Goal "${goal.id}" (${goal.level}) points up to "${parentId}", which is lower (${parent.level})`,
            },
            expected: goal.level,
            actual: parent.level,
          }),
        );
      }
    }
    findings.push(
      ...wordFindings([...path, 'effectTypes'], goal.effectTypes, vocabulary.effectTypes, {
        sv: 'Effekttypen',
        en: 'Effect type',
      }),
      ...termFindings([...path, 'effectScope'], goal.effectScope, vocabulary.effectScopes, {
        sv: 'Effektomfattningen',
        en: 'Effect scope',
      }),
      ...termFindings([...path, 'timeToEffect'], goal.timeToEffect, vocabulary.timesToEffect, {
        sv: 'Tidsperspektivet',
        en: 'Time to effect',
      }),
      ...termFindings([...path, 'perspective'], goal.perspective, vocabulary.perspectives, {
        sv: 'Perspektivet',
        en: 'Perspective',
      }),
      ...termFindings([...path, 'category'], goal.category, vocabulary.categories, {
        sv: 'Kategorin',
        en: 'Category',
      }),
    );
    if (goal.level !== 'effect-goal') continue;
    findings.push(...effectGoalFindings(goal, path));
  }
  return findings;
}

function effectGoalFindings(goal: Goal, path: Path): Finding[] {
  const findings: Finding[] = [];
  if (goal.parents.length === 0) {
    findings.push(
      effectsCodes.create('effects/goal-without-parent', {
        path: [...path, 'parents'],
        message: {
          sv: `Effektmålet "${goal.title}" är inte kopplat till något mål ovanför`,
          en: `Effect goal "${goal.title}" is linked to no goal above it`,
        },
      }),
    );
  }
  const missing = missingForMeasurability(goal);
  if (missing.length > 0) {
    const fields = listFields(missing);
    findings.push(
      effectsCodes.create('effects/goal-not-measurable', {
        path,
        message: {
          sv: `Effektmålet "${goal.title}" saknar ${fields.sv}${directionNote(goal, 'sv')}`,
          en: `Effect goal "${goal.title}" is missing ${fields.en}${directionNote(goal, 'en')}`,
        },
        actual: missing.join(', '),
      }),
    );
  }
  if (goal.owner?.side === 'project') {
    findings.push(
      effectsCodes.create('effects/owner-is-project', {
        path: [...path, 'owner'],
        message: {
          sv: `Effektmålet "${goal.title}" ägs av projektet (${goal.owner.role}); effekten hämtas hem av verksamheten`,
          en: `Effect goal "${goal.title}" is owned by the project (${goal.owner.role}); the business realises the effect`,
        },
        expected: 'business',
        actual: 'project',
      }),
    );
  }
  const { indicator, baseline, target } = goal;
  if (
    indicator !== undefined &&
    goal.direction !== undefined &&
    goal.direction !== 'survey' &&
    goal.direction !== indicator.direction
  ) {
    findings.push(
      effectsCodes.create('effects/direction-conflict', {
        path: [...path, 'direction'],
        message: {
          sv: `Effektmålet "${goal.title}" ska ${goal.direction === 'increase' ? 'öka' : 'minska'}, men indikatorn "${indicator.name}" ska ${indicator.direction === 'increase' ? 'öka' : 'minska'}`,
          en: `Effect goal "${goal.title}" should ${goal.direction}, but its indicator "${indicator.name}" should ${indicator.direction}`,
        },
        expected: indicator.direction,
        actual: goal.direction,
      }),
    );
  }
  // The indicator's direction, or before an indicator is chosen the goal's own (not a survey).
  const direction =
    indicator?.direction ??
    (goal.direction === 'increase' || goal.direction === 'decrease' ? goal.direction : undefined);
  if (direction !== undefined && baseline !== undefined && target !== undefined) {
    const wrong =
      direction === 'increase'
        ? target.value.lte(baseline.value)
        : target.value.gte(baseline.value);
    if (wrong) {
      const sign = direction === 'increase' ? '>' : '<';
      findings.push(
        effectsCodes.create('effects/target-wrong-direction', {
          path: [...path, 'target', 'value'],
          message: {
            sv: `Målvärdet ${formatNumber(target.value)} ska vara ${sign} utgångsvärdet ${formatNumber(baseline.value)} när ${indicator === undefined ? 'målet' : 'indikatorn'} ska ${direction === 'increase' ? 'öka' : 'minska'}`,
            en: `The target ${formatNumber(target.value, { locale: 'en' })} must be ${sign} the baseline ${formatNumber(baseline.value, { locale: 'en' })} for ${indicator === undefined ? 'a goal' : 'an indicator'} that should ${direction}`,
          },
          expected: `${sign} ${baseline.value.toString()}`,
          actual: target.value,
        }),
      );
    }
  }
  const dates = [
    ...(baseline === undefined
      ? []
      : [{ date: baseline.date, path: [...path, 'baseline', 'date'] }]),
    ...goal.milestones.map((m, k) => ({ date: m.date, path: [...path, 'milestones', k, 'date'] })),
    ...(target?.date === undefined
      ? []
      : [{ date: target.date, path: [...path, 'target', 'date'] }]),
  ];
  for (let k = 1; k < dates.length; k += 1) {
    const before = dates[k - 1];
    const here = dates[k];
    if (before !== undefined && here !== undefined && here.date < before.date) {
      findings.push(
        effectsCodes.create('effects/dates-out-of-order', {
          path: here.path,
          message: {
            sv: `Datumet ${here.date} kommer före ${before.date}`,
            en: `Date ${here.date} comes before ${before.date}`,
          },
          expected: `>= ${before.date}`,
          actual: here.date,
        }),
      );
    }
  }
  return findings;
}
