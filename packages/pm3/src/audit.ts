import { compareIso, sumEstimated, sumKnown, type Exact, type Path } from '@styrkit/core';
import { mainActivitiesOf } from './activities.js';
import { auditCostVersusFte, auditMatrixTotals } from './audit-matrix.js';
import { pm3Codes, type Pm3Finding } from './codes.js';
import { selectSum } from './matrix.js';
import { holdsAtPrecision } from './precision.js';
import type { IdList, ReferenceTarget } from './messages.js';
import {
  DEFAULT_VOCABULARIES,
  type Forvaltningsobjekt,
  type Initiative,
  type Objektplan,
} from './model.js';
import { requireForvaltningsobjekt, requireObjektplan } from './parsed-guard.js';

/** Appends a finding for every id that an earlier entry of the list has. */
function duplicateIdsInto(
  findings: Pm3Finding[],
  ids: readonly string[],
  path: Path,
  list: IdList,
): void {
  const n = ids.length;
  if (n < 2) return;
  // Most of a plan's lists are short: comparing with the earlier entries costs less than a
  // Set for each of the nine lists of every plan; a longer list takes a Set.
  const seen = n > 12 ? new Set<string>() : undefined;
  for (let i = 0; i < n; i += 1) {
    const id = ids[i] as string;
    let repeated = false;
    if (seen === undefined) {
      for (let j = 0; j < i && !repeated; j += 1) repeated = ids[j] === id;
    } else {
      const size = seen.size;
      seen.add(id);
      repeated = seen.size === size;
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
}

function duplicateIds(
  entries: readonly ({ readonly id: string } | string)[],
  path: Path,
  list: IdList,
): Pm3Finding[] {
  const findings: Pm3Finding[] = [];
  const ids = entries.map((e) => (typeof e === 'string' ? e : e.id));
  duplicateIdsInto(findings, ids, path, list);
  return findings;
}

/**
 * The ids of a plan's lists, gathered into one reused array by a loop per list: each loop
 * reads one shape of entry, where one shared reader of every list's entries was slow (its
 * property reads saw nine shapes) and an array per list was garbage.
 */
const scratch: string[] = [];

function unknownReference(path: Path, id: string, target: ReferenceTarget): Pm3Finding {
  return pm3Codes.create('pm3/unknown-reference', {
    path,
    actual: id,
    data: { kind: 'id', id, target },
  });
}

function auditIds(findings: Pm3Finding[], plan: Objektplan): void {
  const ids = scratch;
  ids.length = 0;
  for (const e of plan.committeeGoals) ids.push(e.id);
  duplicateIdsInto(findings, ids, ['committeeGoals'], 'committeeGoals');
  ids.length = 0;
  for (const e of plan.planGoals) ids.push(e.id);
  duplicateIdsInto(findings, ids, ['planGoals'], 'planGoals');
  ids.length = 0;
  for (const e of plan.goalLinks) ids.push(e.id);
  duplicateIdsInto(findings, ids, ['goalLinks'], 'goalLinks');
  ids.length = 0;
  for (const e of plan.initiatives) ids.push(e.id);
  duplicateIdsInto(findings, ids, ['initiatives'], 'initiatives');
  ids.length = 0;
  for (const e of plan.costBreakdowns) ids.push(e.id);
  duplicateIdsInto(findings, ids, ['costBreakdowns'], 'costBreakdowns');
  ids.length = 0;
  for (const e of plan.statedFigures) ids.push(e.id);
  duplicateIdsInto(findings, ids, ['statedFigures'], 'statedFigures');
  ids.length = 0;
  for (const e of mainActivitiesOf(plan)) ids.push(e.id);
  duplicateIdsInto(findings, ids, ['mainActivities'], 'mainActivities');
  ids.length = 0;
  for (const row of plan.budget.rows) ids.push(row.activity);
  duplicateIdsInto(findings, ids, ['budget', 'rows'], 'budgetRows');
  if (plan.fte !== undefined) {
    ids.length = 0;
    for (const row of plan.fte.rows) ids.push(row.activity);
    duplicateIdsInto(findings, ids, ['fte', 'rows'], 'fteRows');
  }
  ids.length = 0;
}

/**
 * Whether `id` is the id of some entry. Short lists (a plan's committee goals and activities)
 * are searched in place, where a Set per list and plan costs more than the search; longer
 * ones (its plan goals, looked up for every goal link and initiative link) take a Set.
 */
function hasId(
  entries: readonly { readonly id: string }[],
  index: ReadonlySet<string> | undefined,
  id: string,
): boolean {
  if (index !== undefined) return index.has(id);
  for (const entry of entries) if (entry.id === id) return true;
  return false;
}

function idIndex(entries: readonly { readonly id: string }[]): ReadonlySet<string> | undefined {
  return entries.length > 8 ? new Set(entries.map((e) => e.id)) : undefined;
}

function auditReferences(findings: Pm3Finding[], plan: Objektplan): void {
  const activityList = mainActivitiesOf(plan);
  const activities = idIndex(activityList);
  const activity = 'main-activity';
  const planGoal = 'plan-goal';
  const matrixRows = (name: 'budget' | 'fte', rows: readonly { activity: string }[]): void => {
    for (let i = 0; i < rows.length; i += 1) {
      const id = (rows[i] as { activity: string }).activity;
      if (!hasId(activityList, activities, id)) {
        findings.push(unknownReference([name, 'rows', i, 'activity'], id, activity));
      }
    }
  };
  matrixRows('budget', plan.budget.rows);
  if (plan.fte !== undefined) matrixRows('fte', plan.fte.rows);
  const committeeGoals = idIndex(plan.committeeGoals);
  const planGoals = idIndex(plan.planGoals);
  const { goalLinks, initiatives, statedFigures } = plan;
  for (let i = 0; i < goalLinks.length; i += 1) {
    const link = goalLinks[i] as (typeof goalLinks)[number];
    if (!hasId(plan.committeeGoals, committeeGoals, link.committeeGoal)) {
      findings.push(
        unknownReference(['goalLinks', i, 'committeeGoal'], link.committeeGoal, 'committee-goal'),
      );
    }
    for (let j = 0; j < link.planGoals.length; j += 1) {
      const goal = link.planGoals[j] as string;
      if (!hasId(plan.planGoals, planGoals, goal)) {
        findings.push(unknownReference(['goalLinks', i, 'planGoals', j], goal, planGoal));
      }
    }
  }
  for (let i = 0; i < initiatives.length; i += 1) {
    const links = (initiatives[i] as (typeof initiatives)[number]).links;
    for (let j = 0; j < links.length; j += 1) {
      const goal = links[j] as string;
      if (!hasId(plan.planGoals, planGoals, goal)) {
        findings.push(unknownReference(['initiatives', i, 'links', j], goal, planGoal));
      }
    }
  }
  for (let i = 0; i < statedFigures.length; i += 1) {
    const id = (statedFigures[i] as (typeof statedFigures)[number]).activity;
    if (id !== undefined && !hasId(activityList, activities, id)) {
      findings.push(unknownReference(['statedFigures', i, 'activity'], id, activity));
    }
  }
}

function auditVersion(findings: Pm3Finding[], plan: Objektplan): void {
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
    const year = `${String(plan.year)}-`;
    if (!validity.start.startsWith(year) || !validity.end.startsWith(year)) {
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
}

function auditStatedFigures(findings: Pm3Finding[], plan: Objektplan): void {
  const figures = plan.statedFigures;
  for (let i = 0; i < figures.length; i += 1) {
    const figure = figures[i] as (typeof figures)[number];
    const stated = figure.value.value;
    const matrix = figure.matrix === 'budget' ? plan.budget : plan.fte;
    if (stated === null || matrix === undefined) continue;
    const computed = selectSum(matrix, figure);
    if (computed.unknownCount > 0) continue;
    // A figure is compared at the precision it is written with: "ca 12" holds for 12,2.
    if (holdsAtPrecision(computed.known, stated)) continue;
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
  }
}

function auditCostBreakdowns(findings: Pm3Finding[], plan: Objektplan): void {
  const breakdowns = plan.costBreakdowns;
  for (let i = 0; i < breakdowns.length; i += 1) {
    const breakdown = breakdowns[i] as (typeof breakdowns)[number];
    const stated = breakdown.statedTotal.value;
    if (stated === null) continue;
    // An item's amount is already a { value, estimate } (a StatedAmount).
    const items = sumEstimated(breakdown.items.map((item) => item.amount));
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
      continue;
    }
    if (items.known.equals(stated)) continue;
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
  }
}

const CATEGORIES = ['strategic', 'prioritised', 'desirable'] as const;

/** Whether a strategic initiative's plan goals include one in some row of the goal links. */
function reachesCommitteeGoal(initiative: Initiative, goalLinks: Objektplan['goalLinks']): boolean {
  for (const goal of initiative.links) {
    for (const link of goalLinks) if (link.planGoals.includes(goal)) return true;
  }
  return false;
}

function auditInitiatives(findings: Pm3Finding[], plan: Objektplan): void {
  const initiatives = plan.initiatives;
  // What initiativeCosts gives per category; the sum is taken only for a category with an
  // unknown cost (only such a category gives a finding).
  for (const category of CATEGORIES) {
    let unknown = false;
    for (const initiative of initiatives) {
      if (initiative.category === category && (initiative.cost ?? null) === null) unknown = true;
    }
    if (!unknown) continue;
    const costs: (Exact | null)[] = [];
    for (const initiative of initiatives) {
      if (initiative.category === category) costs.push(initiative.cost ?? null);
    }
    const sum = sumKnown(costs);
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
  for (let i = 0; i < initiatives.length; i += 1) {
    const initiative = initiatives[i] as Initiative;
    if (initiative.category !== 'strategic') continue;
    if (reachesCommitteeGoal(initiative, plan.goalLinks)) continue;
    findings.push(
      pm3Codes.create('pm3/strategic-without-goal-link', {
        path: ['initiatives', i, 'links'],
        data: { name: initiative.name },
      }),
    );
  }
  auditClassifications(findings, plan);
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

function known(list: readonly string[], value: string): boolean {
  return lowerCaseVocabulary(list).has(swedishLowerCase(value));
}

const SCOPE_SEPARATOR = /\s+[–—-]\s+/;

/** Whether every end of an effect scope ("Hög – Mycket hög") is in the vocabulary. */
function knownScope(list: readonly string[], scope: string): boolean {
  // Most scopes are one word: no split, no array.
  if (!SCOPE_SEPARATOR.test(scope)) return known(list, scope.trim());
  return scope.split(SCOPE_SEPARATOR).every((p) => known(list, p.trim()));
}

function auditClassifications(findings: Pm3Finding[], plan: Objektplan): void {
  const custom = plan.vocabularies;
  const effectTypes = custom?.effectTypes ?? DEFAULT_VOCABULARIES.effectTypes;
  const perspectives = custom?.perspectives ?? DEFAULT_VOCABULARIES.perspectives;
  const timeToEffect = custom?.timeToEffect ?? DEFAULT_VOCABULARIES.timeToEffect;
  const effectScopes = custom?.effectScopes ?? DEFAULT_VOCABULARIES.effectScopes;
  const report = (path: Path, value: string): void => {
    findings.push(
      pm3Codes.create('pm3/unknown-classification', {
        path,
        actual: value,
        data: { value },
      }),
    );
  };
  const initiatives = plan.initiatives;
  for (let i = 0; i < initiatives.length; i += 1) {
    const initiative = initiatives[i] as Initiative;
    const types = initiative.effectTypes;
    for (let j = 0; j < types.length; j += 1) {
      const t = types[j] as string;
      if (!known(effectTypes, t)) report(['initiatives', i, 'effectTypes', j], t);
    }
    const views = initiative.perspectives;
    for (let j = 0; j < views.length; j += 1) {
      const p = views[j] as string;
      if (!known(perspectives, p)) report(['initiatives', i, 'perspectives', j], p);
    }
    if (initiative.timeToEffect !== undefined && !known(timeToEffect, initiative.timeToEffect)) {
      report(['initiatives', i, 'timeToEffect'], initiative.timeToEffect);
    }
    if (initiative.effectScope !== undefined && !knownScope(effectScopes, initiative.effectScope)) {
      report(['initiatives', i, 'effectScope'], initiative.effectScope);
    }
  }
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
  return auditParsedPlan(plan);
}

/** The audit of a plan already checked by requireObjektplan: each rule appends its findings. */
function auditParsedPlan(plan: Objektplan): Pm3Finding[] {
  const findings: Pm3Finding[] = [];
  auditIds(findings, plan);
  auditReferences(findings, plan);
  auditVersion(findings, plan);
  auditMatrixTotals(findings, plan, 'budget', plan.budget);
  if (plan.fte !== undefined) auditMatrixTotals(findings, plan, 'fte', plan.fte);
  auditStatedFigures(findings, plan);
  auditCostBreakdowns(findings, plan);
  auditCostVersusFte(findings, plan);
  auditInitiatives(findings, plan);
  return findings;
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
    // The plan's audit made these findings for this call alone, so each is moved under the
    // plan's index in place instead of copied (a copy per finding was a third of the portfolio
    // audit); messages stay unworded until read. A test holds this to prefixFindingPath.
    // Every plan was checked above, so its audit does not check it again.
    for (const f of auditParsedPlan(plan)) {
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
