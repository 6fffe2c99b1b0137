import { formatNumber, type Exact, type LocalizedText } from '@styrkit/core';
import { roundingPrecision } from '../analyse/compare-total.js';
import type { TextAmount } from './types.js';

function fig(value: Exact, unit: string | undefined, locale: 'sv' | 'en'): string {
  const text = formatNumber(value, { locale });
  return unit === undefined ? text : `${text} ${unit}`;
}

function line(at: number | undefined, locale: 'sv' | 'en'): string {
  if (at === undefined) return '';
  return locale === 'sv' ? ` (rad ${at})` : ` (line ${at})`;
}

function list(parts: readonly TextAmount[], unit: string | undefined, locale: 'sv' | 'en'): string {
  return parts
    .map(
      (p) =>
        `${p.estimate ? (locale === 'sv' ? 'ca ' : 'approx. ') : ''}${fig(p.value, unit, locale)}`,
    )
    .join(' + ');
}

/** A total in the text whose parts add up to something else. */
export function textTotalMessage(
  stated: TextAmount,
  parts: readonly TextAmount[],
  computed: Exact,
  at: number | undefined,
  estimate: boolean,
): LocalizedText {
  const u = stated.unit;
  return {
    sv: `Texten anger summan ${fig(stated.value, u, 'sv')}, men delarna ${list(parts, u, 'sv')} ger ${fig(computed, u, 'sv')}${line(at, 'sv')}.${estimate ? ' Någon del är ungefärlig ("ca").' : ''}`,
    en: `The text states a total of ${fig(stated.value, u, 'en')}, but its parts ${list(parts, u, 'en')} give ${fig(computed, u, 'en')}${line(at, 'en')}.${estimate ? ' A part is approximate ("ca").' : ''}`,
  };
}

/** A total in the text one unit of its last digit off its rounded parts. */
export function textRoundingMessage(
  stated: TextAmount,
  computed: Exact,
  decimals: number,
  at: number | undefined,
): LocalizedText {
  const p = roundingPrecision(decimals);
  const u = stated.unit;
  return {
    sv: `Texten anger ${fig(stated.value, u, 'sv')} och delarna ger ${fig(computed, u, 'sv')}${line(at, 'sv')}: en avrundningsdifferens, eftersom delarna och summan är avrundade var för sig till ${p.sv}.`,
    en: `The text states ${fig(stated.value, u, 'en')} and its parts give ${fig(computed, u, 'en')}${line(at, 'en')}: a rounding difference, as the parts and the total are each rounded to ${p.en}.`,
  };
}

/** A total in the text that differs from the table total it restates. */
export function restateMismatchMessage(
  text: Exact,
  noun: string,
  table: Exact,
  tables: string,
  at: number | undefined,
): LocalizedText {
  return {
    sv: `Texten anger ${formatNumber(text, { locale: 'sv' })} ${noun}, men ${tables} anger totalt ${formatNumber(table, { locale: 'sv' })}${line(at, 'sv')}.`,
    en: `The text states ${formatNumber(text, { locale: 'en' })} ${noun}, but ${tables} states a total of ${formatNumber(table, { locale: 'en' })}${line(at, 'en')}.`,
  };
}

/** A total in the text that repeats a table total the table's own rows contradict. */
export function restateWrongTotalMessage(
  text: Exact,
  noun: string,
  rows: Exact,
  tables: string,
  at: number | undefined,
): LocalizedText {
  return {
    sv: `Texten anger ${formatNumber(text, { locale: 'sv' })} ${noun}, som ${tables} anger som totalsumma; men tabellens rader ger ${formatNumber(rows, { locale: 'sv' })}${line(at, 'sv')}.`,
    en: `The text states ${formatNumber(text, { locale: 'en' })} ${noun}, as ${tables} states as its total; but the table’s rows give ${formatNumber(rows, { locale: 'en' })}${line(at, 'en')}.`,
  };
}
