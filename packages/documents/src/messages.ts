import { formatNumber, type Exact, type LocalizedText } from '@styrkit/core';
import { roundingPrecision } from './analyse/compare-total.js';

/**
 * The wording of every finding, in one place (rules pass figures and labels; this file owns
 * the sentences). Figures are written as each language writes them ("45 100" / "45,100").
 */

/** How a table is named in a message: its caption, or its number in the document. */
export function tableName(caption: string | undefined, index: number): LocalizedText {
  if (caption !== undefined && caption !== '') return { sv: caption, en: caption };
  return { sv: `tabell ${index + 1}`, en: `table ${index + 1}` };
}

/** Swedish units that take their singular after exactly one ("1 årsarbete", not "1 årsarbeten"). */
const SV_SINGULAR: Readonly<Record<string, string>> = {
  årsarbeten: 'årsarbete',
  timmar: 'timme',
  dagar: 'dag',
  poster: 'post',
  personer: 'person',
};

function fig(value: Exact, locale: 'sv' | 'en', unit: string | undefined): string {
  const text = formatNumber(value, { locale });
  if (unit === undefined) return text;
  const one = value.abs().equals(1);
  const singular = locale === 'sv' && one ? SV_SINGULAR[unit.toLowerCase()] : undefined;
  return `${text} ${singular ?? unit}`;
}

function where(line: number | undefined, locale: 'sv' | 'en'): string {
  if (line === undefined) return '';
  return locale === 'sv' ? ` (rad ${line})` : ` (line ${line})`;
}

/** What a total check found, for the message. */
export interface TotalMessage {
  readonly table: LocalizedText;
  readonly row: string;
  readonly column: string;
  readonly stated: Exact;
  readonly computed: Exact;
  readonly unit?: string;
  readonly line?: number;
  readonly estimate?: boolean;
  readonly decimals: number;
}

function estimateNote(m: TotalMessage, locale: 'sv' | 'en'): string {
  if (m.estimate !== true) return '';
  return locale === 'sv'
    ? ' Någon siffra är ungefärlig ("ca").'
    : ' A figure is approximate ("ca").';
}

/** A total row that does not match the rows it totals (column or block total). */
export function columnTotalMessage(m: TotalMessage, block: boolean): LocalizedText {
  return {
    sv: `${m.table.sv}: ${block ? 'delsumman' : 'summan'} "${m.row}" i kolumnen "${m.column}" anger ${fig(m.stated, 'sv', m.unit)}, men raderna den summerar ger ${fig(m.computed, 'sv', m.unit)}${where(m.line, 'sv')}.${estimateNote(m, 'sv')}`,
    en: `${m.table.en}: the ${block ? 'subtotal' : 'total'} "${m.row}" in column "${m.column}" states ${fig(m.stated, 'en', m.unit)}, but the rows it totals give ${fig(m.computed, 'en', m.unit)}${where(m.line, 'en')}.${estimateNote(m, 'en')}`,
  };
}

/** A total column whose cell does not match the sum of its row. */
export function rowTotalMessage(m: TotalMessage): LocalizedText {
  return {
    sv: `${m.table.sv}: raden "${m.row}" anger ${fig(m.stated, 'sv', m.unit)} i summakolumnen "${m.column}", men radens värden ger ${fig(m.computed, 'sv', m.unit)}${where(m.line, 'sv')}.${estimateNote(m, 'sv')}`,
    en: `${m.table.en}: row "${m.row}" states ${fig(m.stated, 'en', m.unit)} in the total column "${m.column}", but the row’s values give ${fig(m.computed, 'en', m.unit)}${where(m.line, 'en')}.${estimateNote(m, 'en')}`,
  };
}

/** A row that breaks the relation the other rows follow. */
export function brokenRelationMessage(m: TotalMessage, relation: string): LocalizedText {
  return {
    sv: `${m.table.sv}: i de flesta rader gäller ${relation}, men på raden "${m.row}" anger "${m.column}" ${fig(m.stated, 'sv', m.unit)} där sambandet ger ${fig(m.computed, 'sv', m.unit)}${where(m.line, 'sv')}.`,
    en: `${m.table.en}: in most rows ${relation} holds, but in row "${m.row}" "${m.column}" states ${fig(m.stated, 'en', m.unit)} where the relation gives ${fig(m.computed, 'en', m.unit)}${where(m.line, 'en')}.`,
  };
}

/** A difference of one unit of the last shown digit, explained by rounding. */
export function roundingMessage(m: TotalMessage, what: LocalizedText): LocalizedText {
  const p = roundingPrecision(m.decimals);
  return {
    sv: `${m.table.sv}: ${what.sv} "${m.row}" / "${m.column}" anger ${fig(m.stated, 'sv', m.unit)} och delarna ger ${fig(m.computed, 'sv', m.unit)}${where(m.line, 'sv')}: en avrundningsdifferens, eftersom delarna och summan visas avrundade var för sig till ${p.sv}.`,
    en: `${m.table.en}: ${what.en} "${m.row}" / "${m.column}" states ${fig(m.stated, 'en', m.unit)} and the parts give ${fig(m.computed, 'en', m.unit)}${where(m.line, 'en')}: a rounding difference, as the parts and the total are each shown rounded to ${p.en}.`,
  };
}

/** A total whose items include unknown ones. */
export function unknownItemsMessage(
  m: Omit<TotalMessage, 'stated'>,
  unknown: number,
): LocalizedText {
  return {
    sv: `${m.table.sv}: "${m.row}" / "${m.column}" kan inte kontrolleras: kända poster ger ${fig(m.computed, 'sv', m.unit)} + ${unknown} ${unknown === 1 ? 'okänd' : 'okända'}${where(m.line, 'sv')}.`,
    en: `${m.table.en}: "${m.row}" / "${m.column}" cannot be checked: known items give ${fig(m.computed, 'en', m.unit)} + ${unknown} unknown${where(m.line, 'en')}.`,
  };
}
