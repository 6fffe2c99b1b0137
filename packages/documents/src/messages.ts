import { formatNumber, type Exact, type NumberLocale } from '@styrkit/core';
import type { CheckRule } from './analyse/check-types.js';

/*
 * The data each audit finding is worded from, and the wording helpers the templates in
 * codes.ts share. Rules pass figures and labels; only codes.ts and this file hold sentences,
 * so English output cannot pick up Swedish, and figures are written (as each language writes
 * them: "45 100" / "45,100") only when a message is read.
 */

/** A table as a message names it: its caption, or else its number in the document. */
export interface DocumentTableRef {
  readonly caption?: string;
  /** 0-based position among the document's tables. */
  readonly index: number;
}

/** How a table is named in a message: its caption, or "tabell 3" / "table 3". */
export function tableName(table: DocumentTableRef, locale: NumberLocale): string {
  if (table.caption !== undefined && table.caption !== '') return table.caption;
  return locale === 'sv' ? `tabell ${table.index + 1}` : `table ${table.index + 1}`;
}

/** Swedish units that take their singular after exactly one ("1 årsarbete", not "1 årsarbeten"). */
const SV_SINGULAR: Readonly<Record<string, string>> = {
  årsarbeten: 'årsarbete',
  timmar: 'timme',
  dagar: 'dag',
  poster: 'post',
  personer: 'person',
};

/**
 * The package's own unit spellings in English (the readers normalise "FTE", "heltid", "h" to
 * 'årsarbeten' and 'timmar'; a unit the document writes otherwise is its own word).
 */
const EN_UNIT: Readonly<Record<string, { one: string; many: string }>> = {
  årsarbeten: { one: 'FTE', many: 'FTE' },
  timmar: { one: 'hour', many: 'hours' },
};

/** A figure with its unit, in one language: "1 årsarbete", "45 100 tkr", "2.5 FTE". */
export function fig(value: Exact, locale: NumberLocale, unit: string | undefined): string {
  const text = formatNumber(value, { locale });
  if (unit === undefined) return text;
  const one = value.abs().equals(1);
  if (locale === 'en') {
    const en = EN_UNIT[unit.toLowerCase()];
    return `${text} ${en === undefined ? unit : one ? en.one : en.many}`;
  }
  const singular = one ? SV_SINGULAR[unit.toLowerCase()] : undefined;
  return `${text} ${singular ?? unit}`;
}

/** " (rad 19)" / " (line 19)" after a figure, when the source has lines. */
export function lineNote(line: number | undefined, locale: NumberLocale): string {
  if (line === undefined) return '';
  return locale === 'sv' ? ` (rad ${line})` : ` (line ${line})`;
}

/** "hela enheter" / "en decimal" …: the precision the figures are shown with. */
export function precision(decimals: number, locale: NumberLocale): string {
  const sv = locale === 'sv';
  if (decimals === 0) return sv ? 'hela enheter' : 'whole units';
  if (decimals === 1) return sv ? 'en decimal' : 'one decimal';
  return sv ? `${decimals} decimaler` : `${decimals} decimals`;
}

/** "1 kolumn", "3 kolumner" / "3 columns". */
function columnCount(n: number, locale: NumberLocale): string {
  if (locale === 'en') return `${n} ${n === 1 ? 'column' : 'columns'}`;
  return `${n} ${n === 1 ? 'kolumn' : 'kolumner'}`;
}

/** Data of a stated total in a table cell against what its parts give. */
export interface DocumentCellTotalData {
  readonly table: DocumentTableRef;
  /** The row's label as the document writes it. */
  readonly row: string;
  /** The column's label as the document writes it. */
  readonly column: string;
  readonly stated: Exact;
  readonly computed: Exact;
  /** The figures' unit ('tkr', 'årsarbeten' …), when known. */
  readonly unit?: string;
  /** The stated cell's line in the source, when it has lines. */
  readonly line?: number;
  /** Whether a figure is approximate ("ca"); the finding is then a warning. */
  readonly estimate?: boolean;
}

/** Data of `documents/broken-relation`: the relation most rows follow ("Avvikelse = Utfall − Budget"). */
export interface DocumentBrokenRelationData extends DocumentCellTotalData {
  readonly relation: string;
}

/** Data of `documents/rounding-difference`, in a table or in the text. */
export type DocumentRoundingData =
  | (DocumentCellTotalData & {
      readonly in: 'table';
      /** Which check: a total row, a subtotal, a total column, or a relation. */
      readonly rule: CheckRule;
      /** The relation of a `relation` check ("Avvikelse = Utfall − Budget"). */
      readonly relation?: string;
      readonly decimals: number;
    })
  | {
      readonly in: 'text';
      readonly stated: Exact;
      readonly unit?: string;
      readonly computed: Exact;
      readonly decimals: number;
      readonly line?: number;
    };

/** Data of `documents/total-has-unknown`: the known part of a total and the count of unknown items. */
export interface DocumentUnknownItemsData {
  readonly table: DocumentTableRef;
  readonly row: string;
  readonly column: string;
  readonly known: Exact;
  readonly unknown: number;
  readonly unit?: string;
  readonly line?: number;
}

/** Data of `documents/reading-chosen-by-totals`. */
export interface DocumentReadingChosenData {
  readonly table: DocumentTableRef;
  /** How many readings the spaces allowed. */
  readonly alternatives: number;
  /** The columns of the reading chosen. */
  readonly columns: number;
}

/** Data of `documents/ambiguous-reading`: the row that could not be decided. */
export interface DocumentAmbiguousRowData {
  readonly table: DocumentTableRef;
  readonly row: string;
}

/** Data of `documents/unreadable-cell`: the row that could not be split into the columns. */
export interface DocumentUnreadableRowData {
  readonly table: DocumentTableRef;
  readonly row: string;
  readonly columns: number;
}

/** One part of a total the text states. */
export interface DocumentTextPart {
  readonly value: Exact;
  readonly estimate: boolean;
}

/** Data of `documents/text-total-mismatch`. */
export interface DocumentTextTotalData {
  readonly stated: Exact;
  readonly unit?: string;
  readonly parts: readonly DocumentTextPart[];
  readonly computed: Exact;
  readonly line?: number;
  readonly estimate: boolean;
}

/**
 * Data of the text-restates-table codes: a count the text states ("170 datorer"), the table
 * figure it is compared with, and the tables that figure comes from.
 */
export interface DocumentRestatedData {
  readonly stated: Exact;
  /** The thing counted, as the text writes it ("datorer"). */
  readonly noun: string;
  /** The table's stated total (a mismatch) or what the table's rows give (a wrong total). */
  readonly table: Exact;
  readonly tables: readonly DocumentTableRef[];
  readonly line?: number;
}

function estimateNote(estimate: boolean | undefined, locale: NumberLocale): string {
  if (estimate !== true) return '';
  return locale === 'sv'
    ? ' Någon siffra är ungefärlig ("ca").'
    : ' A figure is approximate ("ca").';
}

/** A total row that does not match the rows it totals (column or block total). */
export function columnTotal(
  d: DocumentCellTotalData,
  block: boolean,
  locale: NumberLocale,
): string {
  const name = tableName(d.table, locale);
  const after = `${lineNote(d.line, locale)}.${estimateNote(d.estimate, locale)}`;
  return locale === 'sv'
    ? `${name}: ${block ? 'delsumman' : 'summan'} "${d.row}" i kolumnen "${d.column}" anger ${fig(d.stated, 'sv', d.unit)}, men raderna den summerar ger ${fig(d.computed, 'sv', d.unit)}${after}`
    : `${name}: the ${block ? 'subtotal' : 'total'} "${d.row}" in column "${d.column}" states ${fig(d.stated, 'en', d.unit)}, but the rows it totals give ${fig(d.computed, 'en', d.unit)}${after}`;
}

/** A total column whose cell does not match the sum of its row. */
export function rowTotal(d: DocumentCellTotalData, locale: NumberLocale): string {
  const name = tableName(d.table, locale);
  const after = `${lineNote(d.line, locale)}.${estimateNote(d.estimate, locale)}`;
  return locale === 'sv'
    ? `${name}: raden "${d.row}" anger ${fig(d.stated, 'sv', d.unit)} i summakolumnen "${d.column}", men radens värden ger ${fig(d.computed, 'sv', d.unit)}${after}`
    : `${name}: row "${d.row}" states ${fig(d.stated, 'en', d.unit)} in the total column "${d.column}", but the row’s values give ${fig(d.computed, 'en', d.unit)}${after}`;
}

/** A row that breaks the relation the other rows follow. */
export function brokenRelation(d: DocumentBrokenRelationData, locale: NumberLocale): string {
  const name = tableName(d.table, locale);
  return locale === 'sv'
    ? `${name}: i de flesta rader gäller ${d.relation}, men på raden "${d.row}" anger "${d.column}" ${fig(d.stated, 'sv', d.unit)} där sambandet ger ${fig(d.computed, 'sv', d.unit)}${lineNote(d.line, 'sv')}.`
    : `${name}: in most rows ${d.relation} holds, but in row "${d.row}" "${d.column}" states ${fig(d.stated, 'en', d.unit)} where the relation gives ${fig(d.computed, 'en', d.unit)}${lineNote(d.line, 'en')}.`;
}

const WHAT: Readonly<Record<CheckRule, { readonly sv: string; readonly en: string }>> = {
  'column-total': { sv: 'summan', en: 'the total' },
  'block-total': { sv: 'delsumman', en: 'the subtotal' },
  'row-total': { sv: 'radsumman', en: 'the row total' },
  relation: { sv: 'sambandet', en: 'the relation' },
};

/** What a rounding difference is in: "delsumman", "sambandet X på raden" … */
function roundedWhat(d: DocumentRoundingData & { in: 'table' }, locale: NumberLocale): string {
  if (d.rule !== 'relation' || d.relation === undefined) return WHAT[d.rule][locale];
  return locale === 'sv' ? `sambandet ${d.relation} på raden` : `the relation ${d.relation} in row`;
}

/** A difference of one unit of the last shown digit, explained by rounding. */
export function rounding(d: DocumentRoundingData, locale: NumberLocale): string {
  const p = precision(d.decimals, locale);
  const sv = locale === 'sv';
  if (d.in === 'text') {
    return sv
      ? `Texten anger ${fig(d.stated, 'sv', d.unit)} och delarna ger ${fig(d.computed, 'sv', d.unit)}${lineNote(d.line, 'sv')}: en avrundningsdifferens, eftersom delarna och summan är avrundade var för sig till ${p}.`
      : `The text states ${fig(d.stated, 'en', d.unit)} and its parts give ${fig(d.computed, 'en', d.unit)}${lineNote(d.line, 'en')}: a rounding difference, as the parts and the total are each rounded to ${p}.`;
  }
  const name = tableName(d.table, locale);
  const what = roundedWhat(d, locale);
  return sv
    ? `${name}: ${what} "${d.row}" / "${d.column}" anger ${fig(d.stated, 'sv', d.unit)} och delarna ger ${fig(d.computed, 'sv', d.unit)}${lineNote(d.line, 'sv')}: en avrundningsdifferens, eftersom delarna och summan visas avrundade var för sig till ${p}.`
    : `${name}: ${what} "${d.row}" / "${d.column}" states ${fig(d.stated, 'en', d.unit)} and the parts give ${fig(d.computed, 'en', d.unit)}${lineNote(d.line, 'en')}: a rounding difference, as the parts and the total are each shown rounded to ${p}.`;
}

/** A total whose items include unknown ones. */
export function unknownItems(d: DocumentUnknownItemsData, locale: NumberLocale): string {
  const name = tableName(d.table, locale);
  return locale === 'sv'
    ? `${name}: "${d.row}" / "${d.column}" kan inte kontrolleras: kända poster ger ${fig(d.known, 'sv', d.unit)} + ${d.unknown} ${d.unknown === 1 ? 'okänd' : 'okända'}${lineNote(d.line, 'sv')}.`
    : `${name}: "${d.row}" / "${d.column}" cannot be checked: known items give ${fig(d.known, 'en', d.unit)} + ${d.unknown} unknown${lineNote(d.line, 'en')}.`;
}

/** How a spaced table was read, decided by its own totals. */
export function readingChosen(d: DocumentReadingChosenData, locale: NumberLocale): string {
  const name = tableName(d.table, locale);
  return locale === 'sv'
    ? `${name}: siffrorna står åtskilda av mellanslag, som kan vara både tusentalsavgränsare och kolumngränser (${d.alternatives} möjliga läsningar). Läsningen med ${columnCount(d.columns, 'sv')} valdes, eftersom tabellens egna rad- och kolumnsummor stämmer med den.`
    : `${name}: the figures are separated by spaces, which can be thousands separators or column gaps (${d.alternatives} possible readings). The reading with ${columnCount(d.columns, 'en')} was chosen, as the table’s own row and column totals hold under it.`;
}

/** A spaced row that can be split in several ways. */
export function ambiguousRow(d: DocumentAmbiguousRowData, locale: NumberLocale): string {
  const name = tableName(d.table, locale);
  return locale === 'sv'
    ? `${name}: raden "${d.row}" kan delas i kolumner på flera sätt och tabellens summor avgör inte vilket; raden kontrolleras inte.`
    : `${name}: row "${d.row}" can be split into columns in several ways and the table’s totals do not decide; the row is not checked.`;
}

/** A spaced row that cannot be split into the table's columns. */
export function unreadableRow(d: DocumentUnreadableRowData, locale: NumberLocale): string {
  const name = tableName(d.table, locale);
  return locale === 'sv'
    ? `${name}: raden "${d.row}" kunde inte delas i tabellens ${columnCount(d.columns, 'sv')}.`
    : `${name}: row "${d.row}" could not be split into the table’s ${columnCount(d.columns, 'en')}.`;
}

function partsList(d: DocumentTextTotalData, locale: NumberLocale): string {
  const approx = locale === 'sv' ? 'ca ' : 'approx. ';
  return d.parts
    .map((p) => `${p.estimate ? approx : ''}${fig(p.value, locale, d.unit)}`)
    .join(' + ');
}

/** A total in the text whose parts add up to something else. */
export function textTotal(d: DocumentTextTotalData, locale: NumberLocale): string {
  return locale === 'sv'
    ? `Texten anger summan ${fig(d.stated, 'sv', d.unit)}, men delarna ${partsList(d, 'sv')} ger ${fig(d.computed, 'sv', d.unit)}${lineNote(d.line, 'sv')}.${d.estimate ? ' Någon del är ungefärlig ("ca").' : ''}`
    : `The text states a total of ${fig(d.stated, 'en', d.unit)}, but its parts ${partsList(d, 'en')} give ${fig(d.computed, 'en', d.unit)}${lineNote(d.line, 'en')}.${d.estimate ? ' A part is approximate ("ca").' : ''}`;
}

/** The tables a restated figure comes from, by name, each once. */
function tableNames(tables: readonly DocumentTableRef[], locale: NumberLocale): string {
  return [...new Set(tables.map((t) => tableName(t, locale)))].join(', ');
}

/** A count in the text that differs from the table total it restates. */
export function restatedMismatch(d: DocumentRestatedData, locale: NumberLocale): string {
  const n = (v: Exact): string => formatNumber(v, { locale });
  const tables = tableNames(d.tables, locale);
  return locale === 'sv'
    ? `Texten anger ${n(d.stated)} ${d.noun}, men ${tables} anger totalt ${n(d.table)}${lineNote(d.line, 'sv')}.`
    : `The text states ${n(d.stated)} ${d.noun}, but ${tables} states a total of ${n(d.table)}${lineNote(d.line, 'en')}.`;
}

/** A count in the text that repeats a table total the table's own rows contradict. */
export function restatedWrongTotal(d: DocumentRestatedData, locale: NumberLocale): string {
  const n = (v: Exact): string => formatNumber(v, { locale });
  const tables = tableNames(d.tables, locale);
  return locale === 'sv'
    ? `Texten anger ${n(d.stated)} ${d.noun}, som ${tables} anger som totalsumma; men tabellens rader ger ${n(d.table)}${lineNote(d.line, 'sv')}.`
    : `The text states ${n(d.stated)} ${d.noun}, as ${tables} states as its total; but the table’s rows give ${n(d.table)}${lineNote(d.line, 'en')}.`;
}
