import { checkStatedTotal, type Finding, type MaybeExact, type Path } from '@styrkit/core';
import { analyseCashFlow, type Payback } from './cashflow.js';
import { cashFlowYears } from './cashflow-years.js';
import { effectsCodes } from './codes.js';
import type { CashFlow, PaybackClaim } from './model.js';

const SUM = 'effects/cash-flow-sum-mismatch';

function payText(p: Payback | PaybackClaim, locale: 'sv' | 'en'): string {
  if (typeof p === 'number') return String(p);
  if (typeof p === 'string') {
    if (p === 'never') return locale === 'sv' ? 'aldrig' : 'never';
    return locale === 'sv' ? 'efter kalkylperioden' : 'after the horizon';
  }
  return p.kind === 'year' ? String(p.year) : payText(p.kind, locale);
}

function claimHolds(claim: PaybackClaim, computed: Payback): boolean {
  return typeof claim === 'number'
    ? computed.kind === 'year' && computed.year === claim
    : computed.kind === claim;
}

function yearGaps(flow: CashFlow, basePath: Path): Finding[] {
  const findings: Finding[] = [];
  const years = flow.years.map((y) => y.year);
  const all = cashFlowYears(flow).map((y) => y.year);
  for (const [i, year] of years.entries()) {
    if (years.indexOf(year) !== i) {
      findings.push(
        effectsCodes.create('effects/cash-flow-year-gap', {
          path: [...basePath, 'years', i, 'year'],
          message: { sv: `Året ${year} anges två gånger`, en: `Year ${year} is given twice` },
          expected: 'unikt år / unique year',
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
        message: {
          sv: `Året ${String(here)} följer inte direkt på ${String(prev)}`,
          en: `Year ${String(here)} does not directly follow ${String(prev)}`,
        },
        expected: String(prev + 1),
        actual: String(here),
      }),
    );
  }
  return findings;
}

function sumFindings(flow: CashFlow, basePath: Path): Finding[] {
  const findings: Finding[] = [];
  const check = (items: MaybeExact[], stated: MaybeExact, path: Path, sv: string, en: string) =>
    findings.push(...checkStatedTotal({ items, stated, path, code: SUM, label: { sv, en } }));
  // Per line: its amounts against its stated total.
  flow.lines.forEach((line, i) => {
    check(
      Object.values(line.amounts),
      line.total,
      [...basePath, 'lines', i, 'total'],
      `Posten "${line.title}"`,
      `Line "${line.title}"`,
    );
  });
  // Per year: the lines of each heading against the year's stated sums; net against benefit − cost.
  const figures = new Map(cashFlowYears(flow).map((y) => [y.year, y]));
  flow.years.forEach((y, j) => {
    for (const heading of ['cost', 'benefit'] as const) {
      if (!flow.lines.some((l) => l.heading === heading)) continue;
      const items = flow.lines
        .filter((l) => l.heading === heading && String(y.year) in l.amounts)
        .map((l) => l.amounts[String(y.year)]);
      const what = heading === 'cost' ? ['Kostnader', 'Costs'] : ['Nyttor', 'Benefits'];
      check(
        items,
        y[heading],
        [...basePath, 'years', j, heading],
        `${what[0]} ${y.year}`,
        `${what[1]} ${y.year}`,
      );
    }
    const f = figures.get(y.year);
    if (y.net !== undefined && y.net !== null && f !== undefined) {
      const unknown = f.unknownCount > 0 ? [null] : [];
      check(
        [f.benefit, f.cost.negated(), ...unknown],
        y.net,
        [...basePath, 'years', j, 'net'],
        `Netto ${y.year}`,
        `Net ${y.year}`,
      );
    }
  });
  // In total: every year's figures against the stated totals.
  const totals = flow.totals;
  if (totals !== undefined) {
    const rows = [...figures.values()];
    const unknown = rows.some((r) => r.unknownCount > 0) ? [null] : [];
    check(
      [...rows.map((r) => r.cost), ...unknown],
      totals.cost,
      [...basePath, 'totals', 'cost'],
      'Summa kostnader',
      'Total costs',
    );
    check(
      [...rows.map((r) => r.benefit), ...unknown],
      totals.benefit,
      [...basePath, 'totals', 'benefit'],
      'Summa nyttor',
      'Total benefits',
    );
    check(
      [...rows.map((r) => r.benefit.minus(r.cost)), ...unknown],
      totals.net,
      [...basePath, 'totals', 'net'],
      'Summa netto',
      'Total net',
    );
  }
  return findings;
}

function paybackFindings(flow: CashFlow, basePath: Path): Finding[] {
  const findings: Finding[] = [];
  const a = analyseCashFlow(flow);
  const claims = [
    {
      key: 'claimedPaybackYear',
      claimed: flow.claimedPaybackYear,
      computed: a.payback,
      sv: 'Återbetalningsåret',
      en: 'The payback year',
    },
    {
      key: 'claimedDiscountedPaybackYear',
      claimed: flow.claimedDiscountedPaybackYear,
      computed: a.discountedPayback,
      sv: 'Det diskonterade återbetalningsåret',
      en: 'The discounted payback year',
    },
  ] as const;
  for (const c of claims) {
    if (c.claimed === undefined) continue;
    if (c.computed === null) {
      findings.push(
        effectsCodes.create('effects/discount-rate-not-stated', {
          path: [...basePath, c.key],
          message: {
            sv: `${c.sv} anges till ${payText(c.claimed, 'sv')}, men ingen diskonteringsränta anges, så det kan inte prövas`,
            en: `${c.en} is stated as ${payText(c.claimed, 'en')}, but no discount rate is stated, so it cannot be checked`,
          },
          expected: 'diskonteringsränta / discount rate',
          actual: 'ej angiven / not stated',
        }),
      );
      continue;
    }
    if (claimHolds(c.claimed, c.computed)) continue;
    findings.push(
      effectsCodes.create('effects/payback-claim-mismatch', {
        path: [...basePath, c.key],
        message: {
          sv: `${c.sv} anges till ${payText(c.claimed, 'sv')} men kassaflödet ger ${payText(c.computed, 'sv')}`,
          en: `${c.en} is stated as ${payText(c.claimed, 'en')} but the cash flow gives ${payText(c.computed, 'en')}`,
        },
        expected: payText(c.computed, 'en'),
        actual: payText(c.claimed, 'en'),
      }),
    );
  }
  if (a.unknownCount > 0) {
    findings.push(
      effectsCodes.create('effects/cash-flow-amount-unknown', {
        path: [...basePath],
        message: {
          sv: `${a.unknownCount} belopp i kassaflödet är okända; summor, återbetalning och nuvärde bygger på de kända`,
          en: `${a.unknownCount} amounts of the cash flow are unknown; sums, payback and present value use the known ones`,
        },
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
export function auditCashFlow(flow: CashFlow, basePath: Path = ['cashFlow']): Finding[] {
  return [
    ...yearGaps(flow, basePath),
    ...sumFindings(flow, basePath),
    ...paybackFindings(flow, basePath),
  ];
}
