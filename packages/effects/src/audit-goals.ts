import type { Path } from '@styrkit/core';
import { effectsCodes, type EffectsFinding } from './codes.js';
import { missingForMeasurability } from './measurability.js';
import { directionSign, type EffectsReferenceTarget, type EffectsTermField } from './messages.js';
import type { Goal, GoalLevel, Term } from './model.js';
import { DEFAULT_VOCABULARY, inVocabulary, termWords, type Vocabulary } from './vocabulary.js';

const LEVEL_RANK: Readonly<Record<GoalLevel, number>> = {
  vision: 0,
  'committee-goal': 1,
  objective: 2,
  'effect-goal': 3,
};

/** Reports the same id used twice within one namespace. Internal. */
export function duplicateIdFindings(ids: readonly { id: string; path: Path }[]): EffectsFinding[] {
  const seen = new Set<string>();
  const findings: EffectsFinding[] = [];
  for (const { id, path } of ids) {
    if (seen.has(id)) {
      findings.push(
        effectsCodes.create('effects/duplicate-id', { path, data: { id }, actual: id }),
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
  target: EffectsReferenceTarget,
): EffectsFinding {
  return effectsCodes.create('effects/unknown-reference', {
    path,
    data: { id, target },
    actual: id,
  });
}

/** Info findings for classification words outside the vocabulary. Internal. */
export function termFindings(
  path: Path,
  term: Term | undefined,
  list: readonly string[],
  field: EffectsTermField,
): EffectsFinding[] {
  if (term === undefined) return [];
  return wordFindings(path, termWords(term), list, field);
}

/** Info findings for a list of words outside the vocabulary. Internal. */
export function wordFindings(
  path: Path,
  words: readonly string[],
  list: readonly string[],
  field: EffectsTermField,
): EffectsFinding[] {
  return words
    .filter((w) => !inVocabulary(w, list))
    .map((word) =>
      effectsCodes.create('effects/unknown-term', {
        path,
        data: { field, word, allowed: list },
        actual: word,
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
): EffectsFinding[] {
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
        findings.push(unknownReference([...path, 'parents', j], parentId, 'goal'));
      } else if (LEVEL_RANK[parent.level] > LEVEL_RANK[goal.level]) {
        findings.push(
          effectsCodes.create('effects/level-order', {
            path: [...path, 'parents', j],
            data: { id: goal.id, level: goal.level, parentId, parentLevel: parent.level },
            expected: goal.level,
            actual: parent.level,
          }),
        );
      }
    }
    findings.push(
      ...wordFindings(
        [...path, 'effectTypes'],
        goal.effectTypes,
        vocabulary.effectTypes,
        'effectTypes',
      ),
      ...termFindings(
        [...path, 'effectScope'],
        goal.effectScope,
        vocabulary.effectScopes,
        'effectScope',
      ),
      ...termFindings(
        [...path, 'timeToEffect'],
        goal.timeToEffect,
        vocabulary.timesToEffect,
        'timeToEffect',
      ),
      ...termFindings(
        [...path, 'perspective'],
        goal.perspective,
        vocabulary.perspectives,
        'perspective',
      ),
      ...termFindings([...path, 'category'], goal.category, vocabulary.categories, 'category'),
    );
    if (goal.level !== 'effect-goal') continue;
    findings.push(...effectGoalFindings(goal, path));
  }
  return findings;
}

function effectGoalFindings(goal: Goal, path: Path): EffectsFinding[] {
  const findings: EffectsFinding[] = [];
  if (goal.parents.length === 0) {
    findings.push(
      effectsCodes.create('effects/goal-without-parent', {
        path: [...path, 'parents'],
        data: { title: goal.title },
      }),
    );
  }
  const missing = missingForMeasurability(goal);
  if (missing.length > 0) {
    // Without an indicator yet, the goal's own direction is worth saying: it is known.
    const known = goal.indicator === undefined ? goal.direction : undefined;
    findings.push(
      effectsCodes.create('effects/goal-not-measurable', {
        path,
        data: {
          title: goal.title,
          missing,
          ...(known === undefined ? {} : { knownDirection: known }),
        },
        actual: missing.join(', '),
      }),
    );
  }
  if (goal.owner?.side === 'project') {
    findings.push(
      effectsCodes.create('effects/owner-is-project', {
        path: [...path, 'owner'],
        data: { title: goal.title, role: goal.owner.role },
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
        data: {
          title: goal.title,
          direction: goal.direction,
          indicator: indicator.name,
          indicatorDirection: indicator.direction,
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
      findings.push(
        effectsCodes.create('effects/target-wrong-direction', {
          path: [...path, 'target', 'value'],
          data: {
            target: target.value,
            baseline: baseline.value,
            direction,
            of: indicator === undefined ? 'goal' : 'indicator',
          },
          expected: `${directionSign(direction)} ${baseline.value.toString()}`,
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
          data: { date: here.date, before: before.date },
          expected: `>= ${before.date}`,
          actual: here.date,
        }),
      );
    }
  }
  return findings;
}
