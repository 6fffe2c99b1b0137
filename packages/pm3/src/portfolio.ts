import { Exact, sumKnown, type PartialSum } from '@styrkit/core';
import { columnTotalsOfParsedMatrix } from './matrix.js';
import type { Objektplan } from './model.js';
import { requireObjektplan } from './parsed-guard.js';

/**
 * Totals of a förvaltningsportfölj for one year (or for one object): sums of known parts and
 * counts of unknowns, never guessing.
 *
 * @example
 * ```ts
 * import type { PortfolioTotals } from '@styrkit/pm3';
 * function budgetOf(t: PortfolioTotals): string { return t.budget.known.toString(); }
 * ```
 */
export interface PortfolioTotals {
  /** Number of plans counted. */
  readonly plans: number;
  /** Budget grand totals (kkr). */
  readonly budget: PartialSum;
  /** Budget in VM and VU. */
  readonly vm: PartialSum;
  readonly vu: PartialSum;
  /** FTE grand totals; plans without an FTE matrix add nothing. */
  readonly fte: PartialSum;
  /** Costs of all initiatives (kkr). */
  readonly initiatives: PartialSum;
}

/**
 * A portfolio roll-up: totals per year, per object and overall.
 *
 * @example
 * ```ts
 * import { rollUpPortfolio, type PortfolioRollUp } from '@styrkit/pm3';
 * const r: PortfolioRollUp = rollUpPortfolio([]);
 * r.years.length; // 0
 * ```
 */
export interface PortfolioRollUp {
  readonly years: readonly ({
    readonly year: number;
    readonly objects: number;
  } & PortfolioTotals)[];
  readonly objects: readonly ({ readonly objectId: string } & PortfolioTotals)[];
  readonly total: PortfolioTotals;
}

/**
 * A running partial sum: the known part and the counts, added to in place (a roll-up adds
 * five sums for each plan to two accumulators; an object per addition was garbage).
 */
class RunningSum {
  known: Exact = Exact.ZERO;
  unknownCount = 0;
  estimateCount = 0;

  add(sum: PartialSum): void {
    this.known = this.known.plus(sum.known);
    this.unknownCount += sum.unknownCount;
    this.estimateCount += sum.estimateCount;
  }

  value(): PartialSum {
    return {
      known: this.known,
      unknownCount: this.unknownCount,
      estimateCount: this.estimateCount,
    };
  }
}

class Accumulator {
  plans = 0;
  readonly budget = new RunningSum();
  readonly vm = new RunningSum();
  readonly vu = new RunningSum();
  readonly fte = new RunningSum();
  readonly initiatives = new RunningSum();
  readonly objects = new Set<string>();

  add(
    objectId: string,
    budget: PartialSum,
    vm: PartialSum,
    vu: PartialSum,
    fte: PartialSum | undefined,
    initiatives: PartialSum,
  ): void {
    this.plans += 1;
    this.objects.add(objectId);
    this.budget.add(budget);
    this.vm.add(vm);
    this.vu.add(vu);
    if (fte !== undefined) this.fte.add(fte);
    this.initiatives.add(initiatives);
  }

  /** Adds another accumulator's sums (the overall total from the years' totals). */
  addAll(other: Accumulator): void {
    this.plans += other.plans;
    this.budget.add(other.budget);
    this.vm.add(other.vm);
    this.vu.add(other.vu);
    this.fte.add(other.fte);
    this.initiatives.add(other.initiatives);
  }

  totals(): PortfolioTotals {
    return {
      plans: this.plans,
      budget: this.budget.value(),
      vm: this.vm.value(),
      vu: this.vu.value(),
      fte: this.fte.value(),
      initiatives: this.initiatives.value(),
    };
  }
}

function entry<K>(map: Map<K, Accumulator>, key: K): Accumulator {
  let acc = map.get(key);
  if (acc === undefined) {
    acc = new Accumulator();
    map.set(key, acc);
  }
  return acc;
}

/** What initiativeCosts(plan) gives: all initiatives' costs, an omitted one unknown. */
function allInitiativeCosts(plan: Objektplan): PartialSum {
  const costs: (Exact | null)[] = [];
  for (const initiative of plan.initiatives) costs.push(initiative.cost ?? null);
  return sumKnown(costs);
}

/**
 * Rolls a set of objektplaner up into portfolio totals per year, per förvaltningsobjekt and
 * overall. Every plan given is counted: pick one version per object and year before calling
 * (the portfolio audit warns about duplicates).
 *
 * @example
 * ```ts
 * import { objektplanSchema, rollUpPortfolio } from '@styrkit/pm3';
 * const plan = objektplanSchema.parse({ id: 'p', objectId: 'o', title: 'P', year: 2021,
 *   version: { label: 'A', status: 'draft' }, budget: { unit: 'kkr', rows: [{ activity: 'anvandarstod', businessVm: 2000 }] } });
 * rollUpPortfolio([plan, { ...plan, id: 'q', year: 2022 }]).total.budget.known.toString(); // '4000'
 * ```
 */
export function rollUpPortfolio(plans: readonly Objektplan[]): PortfolioRollUp {
  for (const plan of plans) requireObjektplan(plan, 'rollUpPortfolio');
  const byYear = new Map<number, Accumulator>();
  const byObject = new Map<string, Accumulator>();
  for (const plan of plans) {
    // Every plan was checked above: its matrices need no second check. The roll-up adds
    // grand totals and activity types only, so no row sums are made.
    const budget = columnTotalsOfParsedMatrix(plan.budget);
    const fte = plan.fte === undefined ? undefined : columnTotalsOfParsedMatrix(plan.fte).grand;
    const initiatives = allInitiativeCosts(plan);
    const { vm, vu } = budget.byActivityType;
    entry(byYear, plan.year).add(plan.objectId, budget.grand, vm, vu, fte, initiatives);
    entry(byObject, plan.objectId).add(plan.objectId, budget.grand, vm, vu, fte, initiatives);
  }
  // Exact sums: the total of the years' totals is the total of the plans.
  const total = new Accumulator();
  for (const acc of byYear.values()) total.addAll(acc);
  return {
    years: [...byYear.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, acc]) => ({ year, objects: acc.objects.size, ...acc.totals() })),
    objects: [...byObject.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([objectId, acc]) => ({ objectId, ...acc.totals() })),
    total: total.totals(),
  };
}
