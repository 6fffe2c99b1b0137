import { duplicateIdFindings, unknownReference } from './audit-goals.js';
import { criterionValue, weightedScore } from './backlog.js';
import { effectsCodes, type EffectsFinding } from './codes.js';
import { dependencyOrder } from './dependencies.js';
import type { Backlog, BacklogItem } from './model.js';
import { requireBacklog } from './parsed-guard.js';

/**
 * Audits a backlog: duplicate ids, unknown dependencies and criteria, dependency cycles,
 * unscored items, a stated ranking that puts an optional item above a mandatory one (error)
 * and scores that would (info: the ranking still puts mandatory items first).
 *
 * @example
 * ```ts
 * import { auditBacklog, backlogSchema } from '@styrkit/effects';
 * const backlog = backlogSchema.parse({
 *   title: 'B', method: 'ordered',
 *   items: [
 *     { id: 'a', title: 'A', statedRank: 1 },
 *     { id: 'b', title: 'Lagkrav', mandatory: true, statedRank: 2 },
 *   ],
 * });
 * auditBacklog(backlog).map((f) => f.code); // ['effects/optional-above-mandatory']
 * ```
 */
export function auditBacklog(backlog: Backlog): EffectsFinding[] {
  requireBacklog(backlog, 'auditBacklog');
  const findings = duplicateIdFindings([
    ...backlog.criteria.map((c, i) => ({ id: c.id, path: ['criteria', i, 'id'] })),
  ]);
  findings.push(
    ...duplicateIdFindings(backlog.items.map((it, i) => ({ id: it.id, path: ['items', i, 'id'] }))),
  );
  const ids = new Set(backlog.items.map((i) => i.id));
  const criteria = new Set(backlog.criteria.map((c) => c.id));
  const scored = backlog.criteria.filter((c) => c.source !== 'dependency-order');

  for (const [i, item] of backlog.items.entries()) {
    for (const [k, dep] of item.dependsOn.entries()) {
      if (!ids.has(dep))
        findings.push(unknownReference(['items', i, 'dependsOn', k], dep, 'dependency'));
    }
    for (const key of Object.keys(item.scores)) {
      if (!criteria.has(key))
        findings.push(unknownReference(['items', i, 'scores', key], key, 'criterion'));
    }
    const missing = scored.filter((c) => criterionValue(c, item) === undefined).map((c) => c.id);
    if (missing.length > 0) {
      findings.push(
        effectsCodes.create('effects/item-not-scored', {
          path: ['items', i, 'scores'],
          data: { title: item.title, missing },
          // expected = what scoring needs (the missing criteria); the document states none
          expected: missing.join(', '),
        }),
      );
    }
  }

  for (const cycle of dependencyOrder(backlog.items).cycles) {
    const index = backlog.items.findIndex((it) => it.id === cycle[0]);
    findings.push(
      effectsCodes.create('effects/dependency-cycle', {
        path: ['items', Math.max(index, 0), 'dependsOn'],
        data: { cycle },
        actual: cycle.join(' → '),
      }),
    );
  }

  const mandatory = backlog.items.map((item, i) => ({ item, i })).filter((x) => x.item.mandatory);
  const optional = backlog.items.map((item, i) => ({ item, i })).filter((x) => !x.item.mandatory);
  // Stated ranks: the worst-ranked mandatory item must still come before every optional one.
  const lastMandatory = mandatory
    .filter((x) => x.item.statedRank !== undefined)
    .sort((a, b) => (b.item.statedRank ?? 0) - (a.item.statedRank ?? 0))[0];
  if (lastMandatory !== undefined) {
    for (const o of optional) {
      const r = o.item.statedRank;
      if (r !== undefined && r < (lastMandatory.item.statedRank ?? 0)) {
        findings.push(
          effectsCodes.create('effects/optional-above-mandatory', {
            path: ['items', o.i, 'statedRank'],
            data: {
              title: o.item.title,
              rank: r,
              mandatory: lastMandatory.item.title,
              mandatoryRank: lastMandatory.item.statedRank ?? 0,
            },
            expected: `> ${String(lastMandatory.item.statedRank)}`,
            actual: String(r),
          }),
        );
      }
    }
  }
  // Scores: the weighted method gives one total; flag optional totals above a mandatory total.
  if (backlog.method === 'weighted') {
    const total = (item: BacklogItem) => weightedScore(backlog, item);
    const mandatoryTotals = mandatory.flatMap((m) => {
      const t = total(m.item);
      return t === undefined ? [] : [{ ...m, t }];
    });
    const lowest = mandatoryTotals.sort((a, b) => a.t.compare(b.t))[0];
    if (lowest !== undefined) {
      for (const o of optional) {
        const t = total(o.item);
        if (t?.gt(lowest.t) === true) {
          findings.push(
            effectsCodes.create('effects/optional-outscores-mandatory', {
              path: ['items', o.i, 'scores'],
              data: {
                title: o.item.title,
                score: t,
                mandatory: lowest.item.title,
                mandatoryScore: lowest.t,
              },
              expected: `<= ${lowest.t.toString()}`,
              actual: t,
            }),
          );
        }
      }
    }
  }
  return findings;
}
