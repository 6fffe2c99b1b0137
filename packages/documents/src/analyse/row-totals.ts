import type { CheckColumn, CheckRow, TotalCheck, UnknownItems } from './check-types.js';
import { sumAgainst } from './part-values.js';

/** What the total rows of a table sum, and how they compare. */
export interface RowTotals {
  /** Kind of each body row. */
  readonly kinds: ('data' | 'subtotal' | 'total')[];
  /** Every checked total (holding ones included). */
  readonly checks: TotalCheck[];
  /** Totals that could not be checked because of unknown items. */
  readonly unknowns: UnknownItems[];
}

type Reading = { readonly name: 'above' | 'running' | 'below'; readonly items: readonly number[] };

interface Scored {
  readonly reading: Reading;
  readonly score: number;
  readonly checks: TotalCheck[];
  readonly unknowns: UnknownItems[];
}

function score(
  rows: readonly CheckRow[],
  columns: readonly CheckColumn[],
  at: number,
  reading: Reading,
  rounded: boolean,
): Scored {
  let s = 0;
  const checks: TotalCheck[] = [];
  const unknowns: UnknownItems[] = [];
  columns.forEach((column, c) => {
    if (!column.additive) return;
    const stated = rows[at]?.cells[c];
    const parts = reading.items.map((r) => [r, c, rows[r]?.cells[c]] as const);
    const out = sumAgainst(
      reading.name === 'below' ? 'block-total' : 'column-total',
      stated,
      [at, c],
      parts,
      parts.map(() => 1),
      rounded,
    );
    if (out.kind === 'unknown')
      unknowns.push({ row: at, column: c, known: out.known, unknown: out.unknown });
    if (out.kind !== 'checked') return;
    checks.push(out.check);
    if (out.trivial) return;
    s += out.check.outcome === 'mismatch' ? -1 : 1;
  });
  return { reading, score: s, checks, unknowns };
}

/**
 * Finds what each total row sums and checks it, column by column. A row labelled as a total
 * ("Summa", "Totalt") sums the rows since the previous total (`above`) or, when that is what
 * the figures say, everything so far with earlier totals standing for their rows (`running`:
 * "Nettokostnad" = Summa intäkter + Summa kostnader). A bold row in a table where not every
 * row is bold is a total only if its figures confirm it; it may also head a block of the rows
 * below it. Bullet rows ("• …") add up to the row above them. Percentages are never summed.
 */
export function checkRowTotals(
  rows: readonly CheckRow[],
  columns: readonly CheckColumn[],
  rounded: boolean,
): RowTotals {
  const kinds: ('data' | 'subtotal' | 'total')[] = rows.map(() => 'data');
  const checks: TotalCheck[] = [];
  const unknowns: UnknownItems[] = [];
  const covers = new Map<number, readonly number[]>();
  const consumed = new Set<number>();
  const bulletsOf = new Map<number, number[]>();
  let items: number[] = [];
  let blockStart = 0;
  let parent: number | undefined;

  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i];
    if (row === undefined) continue;
    if (row.bullet && parent !== undefined) {
      const list = bulletsOf.get(parent) ?? [];
      list.push(i);
      bulletsOf.set(parent, list);
      continue;
    }
    // "varav …" rows are parts of the row above: never items of a total.
    if (row.part) continue;
    if (!row.hasValues) {
      blockStart = i + 1;
      parent = undefined;
      continue;
    }
    parent = i;
    if (consumed.has(i)) continue;
    if (!row.labelTotal && !row.emphasised) {
      items.push(i);
      continue;
    }
    const readings: Reading[] = [];
    const above = items.filter((x) => x >= blockStart);
    if (above.length > 0) readings.push({ name: 'above', items: above });
    if (items.length >= 2 && items.some((x) => covers.has(x)) && items.join() !== above.join()) {
      readings.push({ name: 'running', items: [...items] });
    }
    if (!row.labelTotal) {
      const below: number[] = [];
      for (let j = i + 1; j < rows.length; j += 1) {
        const next = rows[j];
        if (
          next === undefined ||
          next.labelTotal ||
          next.emphasised ||
          next.bullet ||
          !next.hasValues
        )
          break;
        below.push(j);
      }
      if (below.length > 0) readings.push({ name: 'below', items: below });
    }
    const scored = readings.map((r) => score(rows, columns, i, r, rounded));
    let best: Scored | undefined;
    for (const s of scored) if (best === undefined || s.score > best.score) best = s;
    const accepted = best !== undefined && (row.labelTotal || best.score > 0);
    if (best === undefined || !accepted) {
      // A labelled total with nothing to total (the first row of "Summa …" rows) is not an
      // item of the totals below it: it is a figure of its own.
      if (!row.labelTotal) items.push(i);
      continue;
    }
    covers.set(i, best.reading.items);
    checks.push(...best.checks);
    unknowns.push(...best.unknowns);
    kinds[i] = 'total';
    if (best.reading.name === 'below') {
      for (const j of best.reading.items) consumed.add(j);
      items.push(i);
    } else {
      const inside = new Set(best.reading.items);
      items = items.filter((x) => !inside.has(x));
      items.push(i);
      blockStart = i + 1;
    }
  }

  // Bullet sub-items: the row above them is their sum.
  for (const [p, children] of bulletsOf) {
    if (children.length < 2) continue;
    covers.set(p, children);
    kinds[p] = 'subtotal';
    columns.forEach((column, c) => {
      if (!column.additive) return;
      const parts = children.map((r) => [r, c, rows[r]?.cells[c]] as const);
      const out = sumAgainst(
        'block-total',
        rows[p]?.cells[c],
        [p, c],
        parts,
        parts.map(() => 1),
        rounded,
      );
      if (out.kind === 'checked') checks.push(out.check);
      if (out.kind === 'unknown')
        unknowns.push({ row: p, column: c, known: out.known, unknown: out.unknown });
    });
  }

  // A total inside another total's reach is a subtotal; its mismatches are block mismatches.
  const inner = new Set<number>();
  for (const list of covers.values()) for (const r of list) if (covers.has(r)) inner.add(r);
  for (const r of inner) kinds[r] = 'subtotal';
  const finalChecks = checks.map((c) =>
    inner.has(c.row) && c.rule === 'column-total' ? { ...c, rule: 'block-total' as const } : c,
  );
  return { kinds, checks: finalChecks, unknowns };
}
