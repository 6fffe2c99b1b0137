import { Exact } from '@styrkit/core';
import { MONEY_EXPONENT } from '../analyse/units.js';
import type { TextAmount } from './types.js';

/** Whether two amounts can be compared: the same unit, or two scales of money. */
export function sameFamily(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  return a !== undefined && b !== undefined && a in MONEY_EXPONENT && b in MONEY_EXPONENT;
}

/** An amount in another unit of its family, exactly ("500 tkr" → 0,5 mnkr). */
export function inUnit(amount: TextAmount, unit: string | undefined): TextAmount {
  if (amount.unit === unit || amount.unit === undefined || unit === undefined) return amount;
  const from = MONEY_EXPONENT[amount.unit];
  const to = MONEY_EXPONENT[unit];
  if (from === undefined || to === undefined) return amount;
  const shift = from - to;
  const factor = Exact.of(`1${'0'.repeat(Math.abs(shift))}`);
  const value = shift >= 0 ? amount.value.times(factor) : amount.value.dividedBy(factor);
  return { ...amount, value, unit, decimals: Math.max(0, amount.decimals - shift) };
}
