import { formatNumber, type Exact, type LocalizedText, type NumberLocale } from '@styrkit/core';

/*
 * The data each statements finding code's message is made from, and the wording the
 * templates in codes.ts share. Rules pass these data objects; only codes.ts and this file
 * hold sentences, so English output cannot pick up Swedish and numbers are formatted only
 * when a message is read.
 */

/** Where a figure stands: the row's and the column's labels as the statement writes them. */
export interface StatementFigurePlace {
  /** The row's label ("Summa kostnader"). */
  readonly row: string;
  /** The column's label ("2025"). */
  readonly column: string;
  /** The column's unit ("tkr", "%"); empty when it has none. */
  readonly unit: string;
}

/** Data of the five mismatch codes: a stated figure against the one its parts give. */
export interface StatementMismatchData extends StatementFigurePlace {
  /** The figure the document states. */
  readonly stated: Exact;
  /** The figure computed from the parts. */
  readonly computed: Exact;
  /** Set when a part or the figure is an estimate ("ca"). */
  readonly estimate?: boolean;
}

/** Data of `statements/rounding-difference`. */
export interface StatementRoundingData extends StatementFigurePlace {
  readonly stated: Exact;
  readonly computed: Exact;
  /** Why the difference is a rounding one: the parts are rounded, or the share is truncated. */
  readonly explanation: 'rounded' | 'truncated';
}

/** Data of `statements/total-has-unknown`. */
export interface StatementUnknownPartsData extends StatementFigurePlace {
  /** The sum of the known parts. */
  readonly known: Exact;
  /** How many parts are unknown ("?"). */
  readonly unknownCount: number;
  readonly stated: Exact;
}

/** Data of `statements/conflicting-figure`: the same cell in two statements. */
export interface StatementConflictData extends StatementFigurePlace {
  /** The figure in the statement checked. */
  readonly mine: Exact;
  /** The figure in the other statement. */
  readonly theirs: Exact;
  /** What the caller calls the other statement ("prognos"). */
  readonly other: string;
}

/** Data of `statements/invalid-input`: the reader's own description of the problem. */
export interface StatementInvalidInputData {
  readonly detail: LocalizedText;
}

/** What is wrong with the structure of a statement (data of `statements/invalid-structure`). */
export type StructureProblem =
  | { readonly kind: 'duplicate-id'; readonly id: string }
  | { readonly kind: 'unknown-column'; readonly id: string }
  | { readonly kind: 'bad-reference'; readonly column: string; readonly reference: string }
  | { readonly kind: 'wrong-arity'; readonly column: string; readonly needs: number };

/** A figure in one language: "4 500" / "4,500". */
function figure(value: Exact, locale: NumberLocale): string {
  return locale === 'sv' ? formatNumber(value) : formatNumber(value, { locale: 'en' });
}

function withUnit(value: Exact, unit: string, locale: NumberLocale): string {
  return unit === '' ? figure(value, locale) : `${figure(value, locale)} ${unit}`;
}

/**
 * A mismatch in one language: "Summa, 2025: delsumman anges till 4 600 tkr men delarna ger
 * 4 500 tkr (skillnad 100 tkr)". `what` names the figure ("delsumman" / "the subtotal").
 */
export function mismatchText(
  d: StatementMismatchData,
  what: LocalizedText,
  locale: NumberLocale,
): string {
  const difference = d.stated.minus(d.computed);
  const at = (v: Exact): string => withUnit(v, d.unit, locale);
  if (locale === 'sv') {
    return `${d.row}, ${d.column}: ${what.sv} anges till ${at(d.stated)} men delarna ger ${at(d.computed)} (skillnad ${at(difference)})${d.estimate === true ? '; någon del är en uppskattning' : ''}`;
  }
  return `${d.row}, ${d.column}: ${what.en} is stated as ${at(d.stated)} but the parts give ${at(d.computed)} (difference ${at(difference)})${d.estimate === true ? '; a part is an estimate' : ''}`;
}

/** A rounding difference in one language. */
export function roundingText(d: StatementRoundingData, locale: NumberLocale): string {
  const at = (v: Exact): string => withUnit(v, d.unit, locale);
  const truncated = d.explanation === 'truncated';
  if (locale === 'sv') {
    const how = truncated
      ? 'värdet är avkortat i stället för avrundat'
      : 'delarna är avrundade för visning';
    return `${d.row}, ${d.column}: angivet ${at(d.stated)}, delarna ger ${at(d.computed)}; avrundningsdifferens (${how})`;
  }
  const how = truncated
    ? 'the value is truncated, not rounded'
    : 'the parts are rounded for display';
  return `${d.row}, ${d.column}: stated ${at(d.stated)}, the parts give ${at(d.computed)}; a rounding difference (${how})`;
}

/** A total with unknown parts in one language ("en del är okänd", "2 delar är okända"). */
export function unknownPartsText(d: StatementUnknownPartsData, locale: NumberLocale): string {
  const at = (v: Exact): string => withUnit(v, d.unit, locale);
  const n = d.unknownCount;
  if (locale === 'sv') {
    const parts = n === 1 ? 'en del är okänd' : `${String(n)} delar är okända`;
    return `${d.row}, ${d.column}: ${parts}; kända delar ger ${at(d.known)} mot angivna ${at(d.stated)}`;
  }
  const parts = n === 1 ? 'one part is unknown' : `${String(n)} parts are unknown`;
  return `${d.row}, ${d.column}: ${parts}; the known parts give ${at(d.known)} against the stated ${at(d.stated)}`;
}

/** A figure that differs between two statements, in one language. */
export function conflictText(d: StatementConflictData, locale: NumberLocale): string {
  const at = (v: Exact): string => withUnit(v, d.unit, locale);
  if (locale === 'sv') {
    return `${d.row}, ${d.column}: här ${at(d.mine)}, i "${d.other}" för samma period ${at(d.theirs)}`;
  }
  return `${d.row}, ${d.column}: ${at(d.mine)} here, ${at(d.theirs)} in "${d.other}" for the same period`;
}

/** A structure problem in one language; Swedish names the format's fields in Swedish. */
export function structureText(problem: StructureProblem, locale: NumberLocale): string {
  const sv = locale === 'sv';
  switch (problem.kind) {
    case 'duplicate-id':
      return sv
        ? `Id "${problem.id}" förekommer mer än en gång`
        : `The id "${problem.id}" occurs more than once`;
    case 'unknown-column':
      return sv
        ? `Kolumnen "${problem.id}" finns inte bland tabellens kolumner`
        : `The column "${problem.id}" is not one of the table's columns`;
    case 'bad-reference':
      return sv
        ? `Kolumnen "${problem.column}" räknas fram ur "${problem.reference}", som inte är en tidigare kolumn`
        : `The column "${problem.column}" is computed from "${problem.reference}", which is not an earlier column`;
    case 'wrong-arity':
      return sv
        ? `Kolumnen "${problem.column}" behöver exakt ${String(problem.needs)} ${problem.needs === 1 ? 'kolumn' : 'kolumner'} i fältet "of" (räknas fram ur)`
        : `The column "${problem.column}" needs exactly ${String(problem.needs)} ${problem.needs === 1 ? 'column' : 'columns'} in "of"`;
  }
}
