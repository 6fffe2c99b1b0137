import { Exact, type PartialSum } from '@styrkit/core';
import { initiativeCosts } from './initiatives.js';
import { matrixTotals, type MatrixTotals } from './matrix.js';
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

const EMPTY: PartialSum = { known: Exact.ZERO, unknownCount: 0, estimateCount: 0 };

class Accumulator {
  plans = 0;
  budget: PartialSum = EMPTY;
  vm: PartialSum = EMPTY;
  vu: PartialSum = EMPTY;
  fte: PartialSum = EMPTY;
  initiatives: PartialSum = EMPTY;
  readonly objects = new Set<string>();

  add(
    plan: Objektplan,
    budget: MatrixTotals,
    fte: PartialSum | undefined,
    initiatives: PartialSum,
  ): void {
    this.plans += 1;
    this.objects.add(plan.objectId);
    this.budget = plus(this.budget, budget.grand);
    this.vm = plus(this.vm, budget.byActivityType.vm);
    this.vu = plus(this.vu, budget.byActivityType.vu);
    if (fte !== undefined) this.fte = plus(this.fte, fte);
    this.initiatives = plus(this.initiatives, initiatives);
  }

  totals(): PortfolioTotals {
    return {
      plans: this.plans,
      budget: this.budget,
      vm: this.vm,
      vu: this.vu,
      fte: this.fte,
      initiatives: this.initiatives,
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

function plus(a: PartialSum, b: PartialSum): PartialSum {
  return {
    known: a.known.plus(b.known),
    unknownCount: a.unknownCount + b.unknownCount,
    estimateCount: a.estimateCount + b.estimateCount,
  };
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
  const total = new Accumulator();
  for (const plan of plans) {
    const budget = matrixTotals(plan.budget);
    const fte = plan.fte === undefined ? undefined : matrixTotals(plan.fte).grand;
    const initiatives = initiativeCosts(plan);
    entry(byYear, plan.year).add(plan, budget, fte, initiatives);
    entry(byObject, plan.objectId).add(plan, budget, fte, initiatives);
    total.add(plan, budget, fte, initiatives);
  }
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
