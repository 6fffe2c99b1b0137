import {
  checkStatedTotal,
  sumKnown,
  type Finding,
  type MaybeExact,
  type Path,
} from '@styrkit/core';
import { analyseCashFlow, type Payback } from './cashflow.js';
import { cashFlowYears } from './cashflow-years.js';
import { effectsCodes, type EffectsFinding } from './codes.js';
import {
  paybackText,
  sumPlaceText,
  type EffectsPaybackKind,
  type EffectsSumPlace,
} from './messages.js';
import type { CashFlow, PaybackClaim } from './model.js';
import { requireCashFlow } from './parsed-guard.js';

function claimHolds(claim: PaybackClaim, computed: Payback): boolean {
  return typeof claim === 'number'
    ? computed.kind === 'year' && computed.year === claim
    : computed.kind === claim;
}

function yearGaps(flow: CashFlow, basePath: Path): EffectsFinding[] {
  const findings: EffectsFinding[] = [];
  const years = flow.years.map((y) => y.year);
  const all = cashFlowYears(flow).map((y) => y.year);
  for (const [i, year] of years.entries()) {
    if (years.indexOf(year) !== i) {
      findings.push(
        effectsCodes.create('effects/cash-flow-year-gap', {
          path: [...basePath, 'years', i, 'year'],
          data: { kind: 'duplicate', year },
          actual: String(year),
        }),
      );
    }
  }
  for (let i = 1; i < all.length; i += 1) {
    const prev = all[i - 1] ?? 0;
    const here = all[i] ?? 0;
    if (here === prev + 1) continue;
    const at = years.indexOf(here);
    findings.push(
      effectsCodes.create('effects/cash-flow-year-gap', {
        path: at >= 0 ? [...basePath, 'years', at] : [...basePath, 'lines'],
        data: { kind: 'gap', year: here, previous: prev },
        expected: String(prev + 1),
        actual: String(here),
      }),
    );
  }
  return findings;
}

/**
 * A stated sum against its amounts (expected = computed, actual = stated). Unknown amounts
 * make the sum unknowable: core's shared unknown-total rule reports that, never a mismatch.
 */
function checkSum(
  items: readonly MaybeExact[],
  stated: MaybeExact,
  path: Path,
  where: EffectsSumPlace,
): EffectsFinding[] {
  if (stated === null || stated === undefined) return [];
  const total = sumKnown(items);
  if (total.unknownCount > 0) {
    const found: Finding[] = checkStatedTotal({ items, stated, path, label: sumPlaceText(where) });
    // checkStatedTotal raises only core/total-has-unknown when an item is unknown.
    return found.filter((f): f is EffectsFinding => f.code === 'core/total-has-unknown');
  }
  if (total.known.equals(stated)) return [];
  return [
    effectsCodes.create('effects/cash-flow-sum-mismatch', {
      path,
      data: { where, stated, computed: total.known },
      expected: total.known,
      actual: stated,
    }),
  ];
}

function sumFindings(flow: CashFlow, basePath: Path): EffectsFinding[] {
  const findings: EffectsFinding[] = [];
  const check = (items: MaybeExact[], stated: MaybeExact, path: Path, where: EffectsSumPlace) =>
    findings.push(...checkSum(items, stated, path, where));
  // Per line: its amounts against its stated total.
  flow.lines.forEach((line, i) => {
    check(Object.values(line.amounts), line.total, [...basePath, 'lines', i, 'total'], {
      kind: 'line',
      title: line.title,
    });
  });
  // Per year: the lines of each heading against the year's stated sums; net against benefit − cost.
  const figures = new Map(cashFlowYears(flow).map((y) => [y.year, y]));
  flow.years.forEach((y, j) => {
    for (const heading of ['cost', 'benefit'] as const) {
      if (!flow.lines.some((l) => l.heading === heading)) continue;
      const items = flow.lines
        .filter((l) => l.heading === heading && String(y.year) in l.amounts)
        .map((l) => l.amounts[String(y.year)]);
      check(items, y[heading], [...basePath, 'years', j, heading], {
        kind: 'year',
        heading,
        year: y.year,
      });
    }
    const f = figures.get(y.year);
    if (y.net !== undefined && y.net !== null && f !== undefined) {
      const unknown = f.unknownCount > 0 ? [null] : [];
      check([f.benefit, f.cost.negated(), ...unknown], y.net, [...basePath, 'years', j, 'net'], {
        kind: 'year',
        heading: 'net',
        year: y.year,
      });
    }
  });
  // In total: every year's figures against the stated totals.
  const totals = flow.totals;
  if (totals !== undefined) {
    const rows = [...figures.values()];
    const unknown = rows.some((r) => r.unknownCount > 0) ? [null] : [];
    const total = (heading: 'cost' | 'benefit' | 'net'): EffectsSumPlace => ({
      kind: 'total',
      heading,
    });
    check(
      [...rows.map((r) => r.cost), ...unknown],
      totals.cost,
      [...basePath, 'totals', 'cost'],
      total('cost'),
    );
    check(
      [...rows.map((r) => r.benefit), ...unknown],
      totals.benefit,
      [...basePath, 'totals', 'benefit'],
      total('benefit'),
    );
    check(
      [...rows.map((r) => r.benefit.minus(r.cost)), ...unknown],
      totals.net,
      [...basePath, 'totals', 'net'],
      total('net'),
    );
  }
  return findings;
}

function paybackFindings(flow: CashFlow, basePath: Path): EffectsFinding[] {
  const findings: EffectsFinding[] = [];
  const a = analyseCashFlow(flow);
  const claims: readonly {
    key: string;
    kind: EffectsPaybackKind;
    claimed: PaybackClaim | undefined;
    computed: Payback | null;
  }[] = [
    {
      key: 'claimedPaybackYear',
      kind: 'plain',
      claimed: flow.claimedPaybackYear,
      computed: a.payback,
    },
    {
      key: 'claimedDiscountedPaybackYear',
      kind: 'discounted',
      claimed: flow.claimedDiscountedPaybackYear,
      computed: a.discountedPayback,
    },
  ];
  for (const c of claims) {
    if (c.claimed === undefined) continue;
    if (c.computed === null) {
      findings.push(
        effectsCodes.create('effects/discount-rate-not-stated', {
          path: [...basePath, c.key],
          data: { kind: c.kind, claimed: c.claimed },
          // The field the check needs; the document states none (actual stays absent).
          expected: 'discountRate',
        }),
      );
      continue;
    }
    if (claimHolds(c.claimed, c.computed)) continue;
    findings.push(
      effectsCodes.create('effects/payback-claim-mismatch', {
        path: [...basePath, c.key],
        data: { kind: c.kind, claimed: c.claimed, computed: c.computed },
        expected: paybackText(c.computed, 'en'),
        actual: paybackText(c.claimed, 'en'),
      }),
    );
  }
  if (a.unknownCount > 0) {
    findings.push(
      effectsCodes.create('effects/cash-flow-amount-unknown', {
        path: [...basePath],
        data: { count: a.unknownCount },
        actual: String(a.unknownCount),
      }),
    );
  }
  return findings;
}

/**
 * Audits a benefits calculation: years unique and consecutive; stated sums per line, per year
 * (costs, benefits, net) and in total against the amounts; claimed payback (a year, `never`,
 * `after-horizon`) against the flow (`expected` = computed, `actual` = claimed); a claimed
 * discounted payback without a stated discount rate; unknown amounts.
 *
 * @example
 * ```ts
 * import { auditCashFlow, cashFlowSchema } from '@styrkit/effects';
 * const flow = cashFlowSchema.parse({
 *   claimedPaybackYear: 2024,
 *   years: [{ year: 2024, cost: '10', benefit: '0' }, { year: 2025, cost: '0', benefit: '20' }],
 * });
 * auditCashFlow(flow)[0]?.expected; // '2025'
 * ```
 */
export function auditCashFlow(flow: CashFlow, basePath: Path = ['cashFlow']): EffectsFinding[] {
  requireCashFlow(flow, 'auditCashFlow');
  return [
    ...yearGaps(flow, basePath),
    ...sumFindings(flow, basePath),
    ...paybackFindings(flow, basePath),
  ];
}
