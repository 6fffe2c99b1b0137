import { Exact } from '@styrkit/core';
import type { AnalysedTable } from '../analyse/types.js';

/** Words that say a sentence gives a total: "Totalt köptes 170 mobiltelefoner …". */
const RESTATE_CUE =
  /\b(?:totalt|sammanlagt|sammantaget|allt som allt|i alla|tillsammans|in total|altogether)\b/i;
/** A count and the noun it counts: "170 mobiltelefoner", "44 nya surfplattor". */
const COUNT =
  /(?<![\d,])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?![\d,])\s+(?:nya\s+|st\s+)?(\p{L}[\p{L}-]{3,})/gu;

/** A count the text restates as a total. */
export interface RestatedCount {
  readonly value: Exact;
  readonly noun: string;
  readonly text: string;
}

/** The counts stated as totals in a sentence that says "totalt", "sammanlagt" …. */
export function restatedCounts(sentence: string): RestatedCount[] {
  const cue = RESTATE_CUE.exec(sentence);
  if (cue === null) return [];
  const out: RestatedCount[] = [];
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(sentence); m !== null; m = COUNT.exec(sentence)) {
    if (m.index < cue.index) continue;
    out.push({
      value: Exact.of((m[1] ?? '0').replace(/[ \u00a0]/g, '')),
      noun: m[2] ?? '',
      text: m[0],
    });
  }
  return out;
}

/** A word's stem for matching a noun in the text with a column label ("surfplattor" ~ "Surfplatta"). */
export function stem(word: string): string {
  return word
    .toLowerCase()
    .replace(/(?:erna|arna|orna|na|er|ar|or|en|et|a|e|n)$/u, '')
    .slice(0, 24);
}

/** A table total the text may restate: the tables, the column, the stated and computed figures. */
export interface TableTotal {
  readonly indexes: number[];
  readonly column: string;
  readonly stated: Exact;
  readonly rowsGive: Exact;
}

/**
 * The totals a noun may refer to in the given tables: for each table with a total row and a
 * value column whose label matches the noun, that column's stated total and what its rows
 * give; and for tables side by side on one row set, the sum over the parts.
 */
export function tableTotalsFor(noun: string, tables: readonly AnalysedTable[]): TableTotal[] {
  const s = stem(noun);
  if (s.length < 4) return [];
  const found: TableTotal[] = [];
  for (const t of tables) {
    if (t.kind !== 'figures') continue;
    const c = t.columns.findIndex((col) => {
      const label = stem(col.label.split(/[\s,]+/).at(-1) ?? '');
      return label.length >= 4 && (label.startsWith(s) || s.startsWith(label));
    });
    if (c < 0) continue;
    let r = -1;
    for (let i = t.rows.length - 1; i >= 0; i -= 1) {
      if (t.rows[i]?.kind === 'total') {
        r = i;
        break;
      }
    }
    const value = t.rows[r]?.values[c];
    if (r < 0 || value === undefined || value === null || value === 'unknown') continue;
    const check = t.checks.find(
      (k) => k.row === r && k.column === c && k.rule !== 'relation' && k.rule !== 'row-total',
    );
    found.push({
      indexes: [t.index],
      column: t.columns[c]?.label ?? '',
      stated: value,
      rowsGive: check?.computed ?? value,
    });
  }
  if (found.length > 1) {
    const sum = found.reduce(
      (acc, f) => ({
        indexes: [...acc.indexes, ...f.indexes],
        column: f.column,
        stated: acc.stated.plus(f.stated),
        rowsGive: acc.rowsGive.plus(f.rowsGive),
      }),
      { indexes: [] as number[], column: '', stated: Exact.ZERO, rowsGive: Exact.ZERO },
    );
    found.push(sum);
  }
  return found;
}
