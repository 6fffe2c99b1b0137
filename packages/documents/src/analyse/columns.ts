import type { NumberLocale } from '@styrkit/core';
import { readCellValue } from './cell-value.js';
import type { GridRow } from './grid.js';
import { isTotalLabel } from './total-labels.js';

/** What a column of the body holds. */
export type ColumnRole = 'figures' | 'text' | 'empty';

/**
 * Each column's role in the body rows: `figures` when figures (and the marks that stand for
 * them: "-", "?") outnumber text two to one, `text` when text dominates.
 */
export function columnRoles(
  body: readonly GridRow[],
  width: number,
  locale: NumberLocale,
): ColumnRole[] {
  const roles: ColumnRole[] = [];
  for (let c = 0; c < width; c += 1) {
    let numbers = 0;
    let marks = 0;
    let text = 0;
    let undecided = 0;
    for (const row of body) {
      const cell = row.cells[c];
      if (cell === undefined || cell.text.trim() === '') continue;
      if (cell.ambiguous === true || cell.unreadable === true) {
        marks += 1;
        undecided += 1;
        continue;
      }
      const v = readCellValue(cell.text, locale);
      if (v.status === 'number') numbers += 1;
      else if (v.status === 'text') text += 1;
      else marks += 1;
    }
    if ((numbers >= 1 || undecided > 0) && numbers + marks >= 2 * text) roles.push('figures');
    else if (text > 0) roles.push('text');
    else roles.push('empty');
  }
  return roles;
}

/** The label column: the first column of text (a leading column of numbers is a key: "Nr"). */
export function labelColumn(roles: readonly ColumnRole[]): number {
  if (roles[0] !== 'figures') return 0;
  const text = roles.indexOf('text');
  return text < 0 ? 0 : text;
}

/**
 * Where a table holds two or more tables side by side on one row set (the Sala equipment
 * table: "FO, Enhet | Mobiltelefon | Surfplatta | SÄBO, Enhet | Mobiltelefon | Surfplatta"):
 * a later text column starts a new part when the parts' value headers repeat, or when it
 * labels its own total row ("Totalt") beside the first part's.
 */
export function sideBySideStarts(
  roles: readonly ColumnRole[],
  label: number,
  header: readonly GridRow[],
  body: readonly GridRow[],
): number[] {
  const starts = [label];
  const lastHeader = header[header.length - 1];
  const headerText = (c: number): string => (lastHeader?.cells[c]?.text ?? '').trim().toLowerCase();
  let seenFigures = false;
  for (let c = label + 1; c < roles.length; c += 1) {
    if (roles[c] === 'figures') {
      seenFigures = true;
      continue;
    }
    if (roles[c] !== 'text' || !seenFigures || !roles.slice(c + 1).includes('figures')) continue;
    const start = starts[starts.length - 1] ?? label;
    const first = roles
      .map((r, i) => (r === 'figures' && i > start && i < c ? headerText(i) : ''))
      .filter((t) => t !== '');
    const next: string[] = [];
    for (let i = c + 1; i < roles.length && roles[i] !== 'text'; i += 1)
      if (roles[i] === 'figures') next.push(headerText(i));
    const repeats =
      first.length > 0 && first.length === next.length && first.every((t, i) => t === next[i]);
    const ownTotal = body.some(
      (r) => isTotalLabel(r.cells[start]?.text ?? '') && isTotalLabel(r.cells[c]?.text ?? ''),
    );
    if (repeats || ownTotal) {
      starts.push(c);
      seenFigures = false;
    }
  }
  return starts;
}
