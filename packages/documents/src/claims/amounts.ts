import { Exact } from '@styrkit/core';
import { unitIn } from '../analyse/units.js';
import type { TextAmount } from './types.js';

const APPROX =
  '(?:ca\\.?|c:a|cirka|drygt|knappt|omkring|ungefär|runt|nästan|närmare|över|under|upp till)';
const NUMBER = '[-−–]?(?:\\d{1,3}(?:[ \\u00a0]\\d{3})+|\\d+)(?:,\\d+)?';
const UNIT =
  '(?:miljoner kronor|miljoner kr|miljoner|miljarder kronor|miljarder|mnkr|mkr|mdkr|msek|tkr|kkr|tsek|tusen kronor|kronor|kr|sek|procent|%|årsarbeten|timmar)';
const AMOUNT = new RegExp(`(?:(${APPROX})\\s+)?(${NUMBER})\\s*(${UNIT})(?=$|[^\\p{L}\\d])`, 'giu');

/** An amount found in a sentence, with where it starts. */
export interface AmountAt extends TextAmount {
  readonly index: number;
  readonly end: number;
}

/**
 * Every amount with a unit in a sentence: "22,7 miljoner kr", "(5,6 miljoner)", "ca 3,5
 * miljoner kronor", "275 tkr", "67,15 %". Counts without a unit are not amounts.
 */
export function amountsIn(sentence: string): AmountAt[] {
  const out: AmountAt[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(sentence); m !== null; m = AMOUNT.exec(sentence)) {
    const number = (m[2] ?? '')
      .replace(/[ \u00a0]/g, '')
      .replace(/^[−–]/, '-')
      .replace(',', '.');
    const unit = unitIn(` ${m[3] ?? ''} `) ?? (m[3] === '%' ? '%' : undefined);
    let value: Exact;
    try {
      value = Exact.of(number);
    } catch {
      continue;
    }
    out.push({
      text: m[0],
      value,
      ...(unit === undefined ? {} : { unit }),
      decimals: /,(\d+)/.exec(m[2] ?? '')?.[1]?.length ?? 0,
      estimate: m[1] !== undefined,
      index: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}
