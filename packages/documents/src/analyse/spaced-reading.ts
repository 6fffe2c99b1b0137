import { Exact, type NumberLocale } from '@styrkit/core';
import type { DocumentRow, DocumentTable } from '../model.js';
import { readCellValue } from './cell-value.js';
import { segmentations } from './segmentations.js';
import { isTotalLabel } from './total-labels.js';

/**
 * Most combinations of row readings tried together against the column totals.
 *
 * @example
 * ```ts
 * import { MAX_JOINT_READINGS } from '@styrkit/documents';
 * MAX_JOINT_READINGS; // 4096
 * ```
 */
export const MAX_JOINT_READINGS = 4096;

/** A body row of a spaced table as read: its label and its cells, or why it has none. */
export interface SpacedBodyRow {
  readonly row: DocumentRow;
  readonly label: string;
  readonly cells: readonly string[] | undefined;
  readonly ambiguous: boolean;
}

/** The cells chosen for a spaced table, and how the choice was made. */
export interface SpacedGrid {
  readonly header: readonly DocumentRow[];
  readonly body: readonly SpacedBodyRow[];
  readonly columns: number;
  readonly alternatives: number;
  readonly decidedBy: 'unique' | 'totals' | 'ambiguous';
}

function valueOf(text: string, locale: NumberLocale): Exact | null | undefined {
  const v = readCellValue(text, locale);
  if (v.status === 'number') return v.value ?? null;
  if (v.status === 'empty' || v.status === 'not-applicable') return null;
  return undefined;
}

/** Whether the last cell is the sum of the others (a total column). */
function rowSumHolds(values: readonly (number | null | undefined)[]): boolean {
  if (values.length < 3) return false;
  let sum = 0;
  for (let i = 0; i < values.length - 1; i += 1) {
    const v = values[i];
    if (v === undefined) return false;
    if (v !== null) sum += v;
  }
  const last = values[values.length - 1];
  return last !== undefined && last !== null && Number.isSafeInteger(sum) && last === sum;
}

/** How many (total row, column) pairs hold: a total row equals the data rows since the last total. */
function columnMatches(
  choice: readonly (readonly (number | null | undefined)[])[],
  totals: readonly boolean[],
  k: number,
): number {
  let matches = 0;
  for (let c = 0; c < k; c += 1) {
    let sum = 0;
    let nonZero = false;
    let readable = true;
    for (let r = 0; r < choice.length; r += 1) {
      const v = choice[r]?.[c];
      if (totals[r] === true) {
        if (
          readable &&
          nonZero &&
          v !== undefined &&
          v !== null &&
          Number.isSafeInteger(sum) &&
          v === sum
        )
          matches += 1;
        sum = 0;
        nonZero = false;
        readable = true;
        continue;
      }
      if (v === undefined) readable = false;
      else if (v !== null) {
        sum += v;
        if (v !== 0) nonZero = true;
      }
    }
  }
  return matches;
}

interface Candidate {
  readonly k: number;
  readonly score: number;
  readonly chosen: (RowReading | undefined)[];
  readonly ambiguous: boolean[];
}

/** One way to read a row: its cells, and its label (which may have taken the first figure). */
interface RowReading {
  readonly cells: string[];
  readonly label: string;
  /**
   * The cells read once, in hundredths as safe integers (exact: the search only adds and
   * compares them): null for nothing, undefined for anything else.
   */
  readonly values: (number | null | undefined)[];
}

const LABEL_DIGITS = /^\d{1,3}$/;
const YEAR = /^(?:19|20)\d{2}$/;

/** Parsed figures, cached across readings: the same cell text recurs in many readings. */
const parsed = new Map<string, number | null | undefined>();

function hundredths(text: string, locale: NumberLocale): number | null | undefined {
  const v = valueOf(text, locale);
  if (v === null || v === undefined) return v;
  return v.cents ?? undefined;
}

function reading(cells: string[], label: string, locale: NumberLocale): RowReading {
  return {
    cells,
    label,
    values: cells.map((c) => {
      const key = `${locale}:${c}`;
      if (parsed.has(key)) return parsed.get(key);
      const v = hundredths(c, locale);
      if (parsed.size > 10_000) parsed.clear();
      parsed.set(key, v);
      return v;
    }),
  };
}

/**
 * A row's readings: the figures as they stand, and, when the label may end in a number
 * ("Karpgatan 2 vån 3 5", "Rad 1 1 1 2"), the figures without their first token, which then
 * belongs to the label. Undefined when there are too many to decide.
 */
function rowReadings(label: string, rest: string, locale: NumberLocale): RowReading[] | undefined {
  const plain = segmentations(rest);
  if (plain === undefined) return undefined;
  const out: RowReading[] = plain.map((cells) => reading(cells, label, locale));
  const first = rest.split(' ')[0] ?? '';
  if (label !== '' && LABEL_DIGITS.test(first) && rest.length > first.length + 1) {
    const more = segmentations(rest.slice(first.length + 1));
    if (more === undefined) return undefined;
    out.push(...more.map((cells) => reading(cells, `${label} ${first}`, locale)));
  }
  return out;
}

function tryColumns(
  readings: readonly (RowReading[] | undefined)[],
  totals: readonly boolean[],
  k: number,
): Candidate {
  const options = readings.map((rs) => {
    const ofLength = (rs ?? []).filter((r) => r.cells.length === k);
    // The label as written is preferred; one that takes a figure is a fallback.
    const written = rs?.[0]?.label;
    const prefer = (list: RowReading[]): RowReading[] => {
      const own = list.filter((r) => r.label === written);
      return own.length > 0 ? own : list;
    };
    const summing = prefer(ofLength.filter((r) => rowSumHolds(r.values)));
    return { all: prefer(ofLength), summing };
  });
  let score = 0;
  const pools = options.map((o) => {
    if (o.summing.length > 0) score += 1;
    return o.summing.length > 0 ? o.summing : o.all;
  });
  let combos = 1;
  for (const p of pools) combos *= Math.max(1, p.length);
  const chosen: (RowReading | undefined)[] = pools.map((p) => p[0]);
  const ambiguous = pools.map((p) => p.length > 1);
  if (combos > 1 && combos <= MAX_JOINT_READINGS) {
    // Try every combination against the column totals; keep the best ones.
    let best = -1;
    let bests: (RowReading | undefined)[][] = [];
    const pick: (RowReading | undefined)[] = [];
    const walk = (r: number): void => {
      if (r === pools.length) {
        const m = columnMatches(
          pick.map((x) => x?.values ?? []),
          totals,
          k,
        );
        if (m > best) {
          best = m;
          bests = [[...pick]];
        } else if (m === best) bests.push([...pick]);
        return;
      }
      const pool = pools[r] ?? [];
      if (pool.length === 0) {
        pick.push(undefined);
        walk(r + 1);
        pick.pop();
        return;
      }
      for (const option of pool) {
        pick.push(option);
        walk(r + 1);
        pick.pop();
      }
    };
    walk(0);
    const first = bests[0] ?? [];
    for (let r = 0; r < pools.length; r += 1) {
      const mine = first[r];
      chosen[r] = mine;
      const key = (x: RowReading | undefined): string =>
        x === undefined ? '' : `${x.label}|${x.cells.join('|')}`;
      ambiguous[r] = bests.some((b) => key(b[r]) !== key(mine));
    }
    score += Math.max(0, best);
  } else if (combos === 1) {
    score += columnMatches(
      chosen.map((c) => c?.values ?? []),
      totals,
      k,
    );
  }
  return { k, score, chosen, ambiguous };
}

/**
 * Splits the rows of a table of space-separated figures into cells. Each row's readings are
 * enumerated (bounded by {@link MAX_ROW_READINGS}); the number of columns and each row's
 * reading are chosen so that the table's own totals hold: a last column equal to the sum of
 * the others, and total rows ("Summa …") equal to the rows above them. When the totals do not
 * decide, the rows concerned are marked ambiguous instead of guessed.
 */
export function readSpacedTable(table: DocumentTable, locale: NumberLocale): SpacedGrid {
  const header: DocumentRow[] = [];
  const bodyRows: DocumentRow[] = [];
  for (const row of table.rows) {
    // Header lines, and a first row of years ("Kostnader 2022 2023") that labels the columns.
    const years = (row.cells[1]?.text.trim().split(/\s+/) ?? []).every((t) => YEAR.test(t));
    if ((row.cells.length < 2 || years) && bodyRows.length === 0) header.push(row);
    else bodyRows.push(row);
  }
  const readings = bodyRows.map((r) =>
    rowReadings(r.cells[0]?.text ?? '', r.cells[1]?.text ?? '', locale),
  );
  const totals = bodyRows.map((r) => isTotalLabel(r.cells[0]?.text ?? ''));
  let alternatives = 1;
  for (const r of readings)
    alternatives = Math.min(1e9, alternatives * Math.max(1, r?.length ?? 1));

  const lengths = new Map<number, number>();
  for (const rs of readings) {
    for (const k of new Set((rs ?? []).map((r) => r.cells.length)))
      lengths.set(k, (lengths.get(k) ?? 0) + 1);
  }
  const most = Math.max(0, ...lengths.values());
  const ks = [...lengths.entries()].filter(([, n]) => n === most).map(([k]) => k);
  // The joint search is the costly part: try it only for the column counts under which the
  // most rows' last figure is the sum of the others.
  const rowScore = (k: number): number =>
    readings.filter((rs) => (rs ?? []).some((r) => r.cells.length === k && rowSumHolds(r.values)))
      .length;
  const bestRowScore = Math.max(0, ...ks.map(rowScore));
  const candidates = ks
    .filter((k) => rowScore(k) === bestRowScore)
    .map((k) => tryColumns(readings, totals, k));
  candidates.sort((a, b) => b.score - a.score || a.k - b.k);
  const best = candidates[0];
  const tie = candidates[1] !== undefined && candidates[1].score === best?.score;
  const body: SpacedBodyRow[] = bodyRows.map((row, i) => ({
    row,
    label: best?.chosen[i]?.label ?? row.cells[0]?.text ?? '',
    cells: best?.chosen[i]?.cells,
    ambiguous: tie || (best?.ambiguous[i] ?? false),
  }));
  let decidedBy: SpacedGrid['decidedBy'] = 'unique';
  if (alternatives > 1)
    decidedBy =
      tie || body.some((b) => b.ambiguous) || (best?.score ?? 0) === 0 ? 'ambiguous' : 'totals';
  if (decidedBy === 'ambiguous' && (best?.score ?? 0) === 0) {
    for (let i = 0; i < body.length; i += 1) {
      const b = body[i];
      if (b !== undefined && (readings[i]?.length ?? 0) > 1) body[i] = { ...b, ambiguous: true };
    }
  }
  return { header, body, columns: best?.k ?? 0, alternatives, decidedBy };
}
