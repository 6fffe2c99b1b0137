import { Exact } from '@styrkit/core';

/** A row of a stored follow-up statement (amounts as exact strings or numbers). */
export interface StoredFollowUpRow {
  readonly id: string;
  readonly label: string;
  readonly annualBudget?: string | number | null;
  readonly periodBudget?: string | number | null;
  readonly periodOutcome?: string | number | null;
}

/** A stored `pm3/budget-follow-up` document. */
export interface StoredFollowUp {
  readonly id: string;
  readonly title: string;
  readonly organisation: string;
  readonly year: number;
  readonly months: number;
  readonly unit: string;
  readonly statements: readonly {
    readonly id: string;
    readonly title: string;
    readonly convention: 'income-positive' | 'income-negative';
    readonly basis: 'period' | 'forecast';
    readonly rows: readonly StoredFollowUpRow[];
  }[];
}

/** One month of the series, in both sign conventions. */
export interface SeriesPoint {
  readonly month: number;
  /** Income positive, costs negative; deviation = outcome − budget. */
  readonly incomePositive: {
    budget: Exact | undefined;
    outcome: Exact | undefined;
    deviation: Exact | undefined;
  };
  /** Income negative, costs positive; deviation = budget − outcome. */
  readonly incomeNegative: {
    budget: Exact | undefined;
    outcome: Exact | undefined;
    deviation: Exact | undefined;
  };
  /** Which follow-up document the figures come from (undefined: linear budget only). */
  readonly source: string | undefined;
}

function exactOf(v: string | number | null | undefined): Exact | undefined {
  if (v === null || v === undefined) return undefined;
  const s = String(v);
  return /^-?\d+(\.\d+)?$/.test(s) ? Exact.of(s) : undefined;
}

function both(
  budget: Exact | undefined,
  outcome: Exact | undefined,
  convention: 'income-positive' | 'income-negative',
): Pick<SeriesPoint, 'incomePositive' | 'incomeNegative'> {
  // Figures as the statement states them, then the same figures in the other convention.
  const ip = convention === 'income-positive';
  const pb = ip ? budget : budget?.negated();
  const po = ip ? outcome : outcome?.negated();
  const dev = (a: Exact | undefined, b: Exact | undefined, f: (a: Exact, b: Exact) => Exact) =>
    a === undefined || b === undefined ? undefined : f(a, b);
  return {
    incomePositive: { budget: pb, outcome: po, deviation: dev(pb, po, (b, o) => o.minus(b)) },
    incomeNegative: {
      budget: pb?.negated(),
      outcome: po?.negated(),
      deviation: dev(pb?.negated(), po?.negated(), (b, o) => b.minus(o)),
    },
  };
}

/**
 * The monthly series of one row of a period statement: for each month 1–12 of the year, the
 * period budget and outcome up to that month in both sign conventions, from every follow-up of
 * the same organisation and year (one document per period); months no document covers get the
 * linear period budget (annual × months / 12) when the row states its annual budget.
 *
 * @example
 * ```ts
 * const doc = { id: 'f', title: 'F', organisation: 'SAN', year: 2023, months: 5, unit: 'tkr',
 *   statements: [{ id: 'p', title: 'P', convention: 'income-positive', basis: 'period',
 *     rows: [{ id: 'r', label: 'Resultat', periodBudget: '-62352', periodOutcome: '-72074' }] }] } as const;
 * monthlySeries([doc], 'p', 'r')[4]?.incomePositive.deviation?.toString(); // '-9722'
 * monthlySeries([doc], 'p', 'r')[4]?.incomeNegative.outcome?.toString(); // '72074'
 * ```
 */
export function monthlySeries(
  docs: readonly StoredFollowUp[],
  statementId: string,
  rowId: string,
): SeriesPoint[] {
  const byMonth = new Map<
    number,
    {
      doc: StoredFollowUp;
      row: StoredFollowUpRow;
      convention: 'income-positive' | 'income-negative';
    }
  >();
  let annual: { value: Exact; convention: 'income-positive' | 'income-negative' } | undefined;
  for (const doc of docs) {
    const st = doc.statements.find((s) => s.id === statementId && s.basis === 'period');
    const row = st?.rows.find((r) => r.id === rowId);
    if (st === undefined || row === undefined) continue;
    byMonth.set(doc.months, { doc, row, convention: st.convention });
    const a = exactOf(row.annualBudget);
    if (a !== undefined) annual = { value: a, convention: st.convention };
  }
  const out: SeriesPoint[] = [];
  for (let m = 1; m <= 12; m += 1) {
    const hit = byMonth.get(m);
    if (hit !== undefined) {
      out.push({
        month: m,
        source: hit.doc.id,
        ...both(exactOf(hit.row.periodBudget), exactOf(hit.row.periodOutcome), hit.convention),
      });
    } else {
      const linear = annual === undefined ? undefined : annual.value.times(m).dividedBy(12);
      out.push({
        month: m,
        source: undefined,
        ...both(linear, undefined, annual?.convention ?? 'income-positive'),
      });
    }
  }
  return out;
}
