import { compareIso, sumEstimated, sumKnown, type Exact, type Path } from '@styrkit/core';
import { mainActivitiesOf } from './activities.js';
import { auditCostVersusFte, auditMatrixTotals } from './audit-matrix.js';
import { pm3Codes, type Pm3Finding } from './codes.js';
import { selectSum } from './matrix.js';
import type { IdList, ReferenceTarget } from './messages.js';
import { DEFAULT_VOCABULARIES, type Forvaltningsobjekt, type Objektplan } from './model.js';
import { requireForvaltningsobjekt, requireObjektplan } from './parsed-guard.js';

function duplicateIds(
  entries: readonly { readonly id: string }[] | readonly string[],
  path: Path,
  list: IdList,
): Pm3Finding[] {
  const findings: Pm3Finding[] = [];
  const n = entries.length;
  if (n < 2) return findings;
  const idAt = (i: number): string => {
    const entry = entries[i];
    return typeof entry === 'string' ? entry : (entry?.id ?? '');
  };
  // A plan's lists are short (a few dozen at most): comparing with the earlier entries costs
  // less than building a Set for each of the nine lists of every plan.
  const seen = n > 32 ? new Set<string>() : undefined;
  for (let i = 0; i < n; i += 1) {
    const id = idAt(i);
    let repeated: boolean;
    if (seen === undefined) {
      repeated = false;
      for (let j = 0; j < i && !repeated; j += 1) repeated = idAt(j) === id;
    } else {
      repeated = seen.has(id);
      seen.add(id);
    }
    if (repeated) {
      findings.push(
        pm3Codes.create('pm3/duplicate-id', {
          path: [...path, i],
          actual: id,
          data: { list, id },
        }),
      );
    }
  }
  return findings;
}

function unknownReference(path: Path, id: string, target: ReferenceTarget): Pm3Finding {
  return pm3Codes.create('pm3/unknown-reference', {
    path,
    actual: id,
    data: { kind: 'id', id, target },
  });
}

function auditIds(plan: Objektplan): Pm3Finding[] {
  return [
    ...duplicateIds(plan.committeeGoals, ['committeeGoals'], 'committeeGoals'),
    ...duplicateIds(plan.planGoals, ['planGoals'], 'planGoals'),
    ...duplicateIds(plan.goalLinks, ['goalLinks'], 'goalLinks'),
    ...duplicateIds(plan.initiatives, ['initiatives'], 'initiatives'),
    ...duplicateIds(plan.costBreakdowns, ['costBreakdowns'], 'costBreakdowns'),
    ...duplicateIds(plan.statedFigures, ['statedFigures'], 'statedFigures'),
    ...duplicateIds(mainActivitiesOf(plan), ['mainActivities'], 'mainActivities'),
    ...duplicateIds(
      plan.budget.rows.map((r) => r.activity),
      ['budget', 'rows'],
      'budgetRows',
    ),
    ...duplicateIds(plan.fte?.rows.map((r) => r.activity) ?? [], ['fte', 'rows'], 'fteRows'),
  ];
}

function auditReferences(plan: Objektplan): Pm3Finding[] {
  const findings: Pm3Finding[] = [];
  const activities = new Set(mainActivitiesOf(plan).map((a) => a.id));
  const activity = 'main-activity';
  const planGoal = 'plan-goal';
  for (const [name, matrix] of [
    ['budget', plan.budget],
    ['fte', plan.fte],
  ] as const) {
    matrix?.rows.forEach((row, i) => {
      if (!activities.has(row.activity)) {
        findings.push(unknownReference([name, 'rows', i, 'activity'], row.activity, activity));
      }
    });
  }
  const committeeGoals = new Set(plan.committeeGoals.map((g) => g.id));
  const planGoals = new Set(plan.planGoals.map((g) => g.id));
  plan.goalLinks.forEach((link, i) => {
    if (!committeeGoals.has(link.committeeGoal)) {
      findings.push(
        unknownReference(['goalLinks', i, 'committeeGoal'], link.committeeGoal, 'committee-goal'),
      );
    }
    link.planGoals.forEach((goal, j) => {
      if (!planGoals.has(goal)) {
        findings.push(unknownReference(['goalLinks', i, 'planGoals', j], goal, planGoal));
      }
    });
  });
  plan.initiatives.forEach((initiative, i) => {
    initiative.links.forEach((goal, j) => {
      if (!planGoals.has(goal)) {
        findings.push(unknownReference(['initiatives', i, 'links', j], goal, planGoal));
      }
    });
  });
  plan.statedFigures.forEach((figure, i) => {
    if (figure.activity !== undefined && !activities.has(figure.activity)) {
      findings.push(unknownReference(['statedFigures', i, 'activity'], figure.activity, activity));
    }
  });
  return findings;
}

function auditVersion(plan: Objektplan): Pm3Finding[] {
  const findings: Pm3Finding[] = [];
  const { version } = plan;
  const status = version.status;
  if (status !== 'draft') {
    for (const field of ['decidedBy', 'decidedOn'] as const) {
      if (version[field] !== undefined) continue;
      findings.push(
        pm3Codes.create('pm3/decided-without-decider', {
          path: ['version', field],
          data: { label: version.label, status, field },
        }),
      );
    }
  }
  const validity = plan.validity;
  if (validity !== undefined) {
    const inYear = (d: string): boolean => d.startsWith(`${String(plan.year)}-`);
    if (!inYear(validity.start) || !inYear(validity.end)) {
      findings.push(
        pm3Codes.create('pm3/validity-outside-year', {
          path: ['validity'],
          expected: String(plan.year),
          actual: `${validity.start}..${validity.end}`,
          data: { start: validity.start, end: validity.end, year: plan.year },
        }),
      );
    }
  }
  return findings;
}

function auditStatedFigures(plan: Objektplan): Pm3Finding[] {
  const findings: Pm3Finding[] = [];
  plan.statedFigures.forEach((figure, i) => {
    const stated = figure.value.value;
    const matrix = figure.matrix === 'budget' ? plan.budget : plan.fte;
    if (stated === null || matrix === undefined) return;
    const computed = selectSum(matrix, figure);
    if (computed.unknownCount > 0) return;
    // A figure is compared at the precision it is written with: "ca 12" holds for 12,2.
    const atPrecision = computed.known.round(stated.decimalPlaces(), 'half-up');
    if (atPrecision.equals(stated)) return;
    findings.push(
      pm3Codes.create('pm3/stated-figure-mismatch', {
        path: ['statedFigures', i, 'value'],
        severity: figure.value.estimate ? 'warning' : 'error',
        expected: computed.known,
        actual: stated,
        data: {
          label: figure.label,
          stated,
          computed: computed.known,
          estimate: figure.value.estimate,
        },
      }),
    );
  });
  return findings;
}

function auditCostBreakdowns(plan: Objektplan): Pm3Finding[] {
  const findings: Pm3Finding[] = [];
  plan.costBreakdowns.forEach((breakdown, i) => {
    const stated = breakdown.statedTotal.value;
    if (stated === null) return;
    const items = sumEstimated(
      breakdown.items.map((item) => ({ value: item.amount.value, estimate: item.amount.estimate })),
    );
    const path = ['costBreakdowns', i, 'statedTotal'];
    const unit = breakdown.unit;
    if (items.unknownCount > 0) {
      findings.push(
        pm3Codes.create('pm3/total-has-unknown', {
          path,
          expected: items.known,
          actual: stated,
          data: {
            where: { title: breakdown.title },
            of: 'items',
            unit: { sv: unit, en: unit },
            stated,
            sum: items,
          },
        }),
      );
      return;
    }
    if (items.known.equals(stated)) return;
    const estimate = items.estimateCount > 0 || breakdown.statedTotal.estimate;
    findings.push(
      pm3Codes.create('pm3/cost-items-mismatch', {
        path,
        severity: estimate ? 'warning' : 'error',
        expected: items.known,
        actual: stated,
        data: { title: breakdown.title, unit, items: items.known, stated, estimate },
      }),
    );
  });
  return findings;
}

function auditInitiatives(plan: Objektplan): Pm3Finding[] {
  const findings: Pm3Finding[] = [];
  // The costs of each category in one pass over the initiatives (what initiativeCosts gives).
  const categories = ['strategic', 'prioritised', 'desirable'] as const;
  const costs = new Map<string, (Exact | null)[]>(categories.map((c) => [c, []]));
  for (const initiative of plan.initiatives) {
    costs.get(initiative.category)?.push(initiative.cost ?? null);
  }
  for (const category of categories) {
    const sum = sumKnown(costs.get(category) ?? []);
    if (sum.unknownCount === 0) continue;
    findings.push(
      pm3Codes.create('pm3/unknown-costs', {
        path: ['initiatives'],
        // The computed known part; the document states no total to compare it with.
        expected: sum.known,
        data: { category, sum },
      }),
    );
  }
  // What strategicWithoutGoal finds: a strategic initiative reaches a committee goal when one
  // of its plan goals is in some row of the goal linkage table.
  const linkedGoals = new Set<string>();
  for (const link of plan.goalLinks) for (const goal of link.planGoals) linkedGoals.add(goal);
  plan.initiatives.forEach((initiative, i) => {
    if (initiative.category !== 'strategic') return;
    if (initiative.links.some((goal) => linkedGoals.has(goal))) return;
    findings.push(
      pm3Codes.create('pm3/strategic-without-goal-link', {
        path: ['initiatives', i, 'links'],
        data: { name: initiative.name },
      }),
    );
  });
  findings.push(...auditClassifications(plan));
  return findings;
}

/** Classification words recur across plans: each is lower-cased once (a bounded cache). */
const lowerCaseWords = new Map<string, string>();
function swedishLowerCase(word: string): string {
  let lower = lowerCaseWords.get(word);
  if (lower === undefined) {
    lower = word.toLocaleLowerCase('sv');
    if (lowerCaseWords.size >= 10_000) lowerCaseWords.clear();
    lowerCaseWords.set(word, lower);
  }
  return lower;
}

/**
 * Each vocabulary in Swedish lower case, made once per list (the default lists serve every
 * plan; a plan's own lists are dropped with the plan).
 */
const lowerCaseVocabularies = new WeakMap<readonly string[], ReadonlySet<string>>();
function lowerCaseVocabulary(list: readonly string[]): ReadonlySet<string> {
  let set = lowerCaseVocabularies.get(list);
  if (set === undefined) {
    set = new Set(list.map((v) => v.toLocaleLowerCase('sv')));
    lowerCaseVocabularies.set(list, set);
  }
  return set;
}

function auditClassifications(plan: Objektplan): Pm3Finding[] {
  const findings: Pm3Finding[] = [];
  const custom = plan.vocabularies;
  const vocab = {
    effectTypes: custom?.effectTypes ?? DEFAULT_VOCABULARIES.effectTypes,
    perspectives: custom?.perspectives ?? DEFAULT_VOCABULARIES.perspectives,
    timeToEffect: custom?.timeToEffect ?? DEFAULT_VOCABULARIES.timeToEffect,
    effectScopes: custom?.effectScopes ?? DEFAULT_VOCABULARIES.effectScopes,
  };
  const known = (list: readonly string[], value: string): boolean =>
    lowerCaseVocabulary(list).has(swedishLowerCase(value));
  const report = (path: Path, value: string): void => {
    findings.push(
      pm3Codes.create('pm3/unknown-classification', {
        path,
        actual: value,
        data: { value },
      }),
    );
  };
  plan.initiatives.forEach((initiative, i) => {
    initiative.effectTypes.forEach((t, j) => {
      if (!known(vocab.effectTypes, t)) report(['initiatives', i, 'effectTypes', j], t);
    });
    initiative.perspectives.forEach((p, j) => {
      if (!known(vocab.perspectives, p)) report(['initiatives', i, 'perspectives', j], p);
    });
    if (
      initiative.timeToEffect !== undefined &&
      !known(vocab.timeToEffect, initiative.timeToEffect)
    ) {
      report(['initiatives', i, 'timeToEffect'], initiative.timeToEffect);
    }
    if (initiative.effectScope !== undefined) {
      const scope = initiative.effectScope;
      const parts = scope.split(/\s+[–—-]\s+/);
      if (!parts.every((p) => known(vocab.effectScopes, p.trim()))) {
        report(['initiatives', i, 'effectScope'], scope);
      }
    }
  });
  return findings;
}

/**
 * Audits an objektplan: stated vs computed totals for every row, column and grand total of
 * the budget and FTE matrices; cost breakdowns against their stated total (a warning when
 * items are estimates); figures stated in the text; unknown initiative costs; strategic
 * initiatives without a committee-goal link; cost without FTE and FTE without cost; duplicate
 * ids; unknown references; a decided plan without decider or date; validity outside the year;
 * classifications outside the vocabulary. Never throws.
 *
 * @example
 * ```ts
 * import { auditObjektplan, objektplanSchema } from '@styrkit/pm3';
 * const plan = objektplanSchema.parse({ id: 'p', objectId: 'o', title: 'P', year: 2021,
 *   version: { label: 'A', status: 'draft' },
 *   budget: { unit: 'kkr', rows: [{ activity: 'anvandarstod', businessVm: 2000, businessVu: 200, statedTotal: 2300 }] } });
 * auditObjektplan(plan)[0]?.code; // 'pm3/row-sum-mismatch'
 * ```
 */
export function auditObjektplan(plan: Objektplan): Pm3Finding[] {
  requireObjektplan(plan, 'auditObjektplan');
  return [
    ...auditIds(plan),
    ...auditReferences(plan),
    ...auditVersion(plan),
    ...auditMatrixTotals(plan, 'budget', plan.budget),
    ...(plan.fte === undefined ? [] : auditMatrixTotals(plan, 'fte', plan.fte)),
    ...auditStatedFigures(plan),
    ...auditCostBreakdowns(plan),
    ...auditCostVersusFte(plan),
    ...auditInitiatives(plan),
  ];
}

/**
 * Audits a förvaltningsobjekt: duplicate component and plan ids, and a validity that ends
 * before it starts.
 *
 * @example
 * ```ts
 * import { auditForvaltningsobjekt, forvaltningsobjektSchema } from '@styrkit/pm3';
 * const o = forvaltningsobjektSchema.parse({ id: 'o', name: 'O', municipality: 'M',
 *   validity: { start: '2022-01-01', end: '2021-12-31' } });
 * auditForvaltningsobjekt(o)[0]?.code; // 'pm3/invalid-validity'
 * ```
 */
export function auditForvaltningsobjekt(object: Forvaltningsobjekt): Pm3Finding[] {
  requireForvaltningsobjekt(object, 'auditForvaltningsobjekt');
  const findings = [
    ...duplicateIds(object.components, ['components'], 'components'),
    ...duplicateIds(object.plans, ['plans'], 'plans'),
  ];
  const validity = object.validity;
  if (validity?.end !== undefined && compareIso(validity.end, validity.start) < 0) {
    findings.push(
      pm3Codes.create('pm3/invalid-validity', {
        path: ['validity', 'end'],
        expected: `>= ${validity.start}`,
        actual: validity.end,
        data: { start: validity.start, end: validity.end },
      }),
    );
  }
  return findings;
}

/**
 * Audits a portfolio of objektplaner: each plan's own audit (paths prefixed with the plan's
 * index) plus a warning for every object and year with more than one plan.
 *
 * @example
 * ```ts
 * import { auditPortfolio } from '@styrkit/pm3';
 * auditPortfolio([]); // []
 * ```
 */
export function auditPortfolio(plans: readonly Objektplan[]): Pm3Finding[] {
  for (const plan of plans) requireObjektplan(plan, 'auditPortfolio');
  const findings: Pm3Finding[] = [];
  const seen = new Map<string, number>();
  plans.forEach((plan, i) => {
    // auditObjektplan made these findings for this call alone, so each is moved under the
    // plan's index in place instead of copied (a copy per finding was a third of the portfolio
    // audit); messages stay unworded until read. A test holds this to prefixFindingPath.
    for (const f of auditObjektplan(plan)) {
      (f as { path: Path }).path = [i, ...f.path];
      findings.push(f);
    }
    const key = `${plan.objectId}\u0000${String(plan.year)}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return;
    }
    findings.push(
      pm3Codes.create('pm3/duplicate-plan', {
        path: [i],
        actual: plan.id,
        data: { objectId: plan.objectId, year: plan.year, first },
      }),
    );
  });
  return findings;
}
