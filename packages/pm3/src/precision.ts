import type { Exact } from '@styrkit/core';

/**
 * @internal Whether `computed` rounded half-up to the decimals `stated` is written with equals `stated`.
 * Amounts in öre are rounded as integers (exact: a remainder, no division), since Exact's
 * `round` to fewer than two decimals leaves its öre path and builds a decimal for every
 * figure; anything else goes through `round`.
 */
export function holdsAtPrecision(computed: Exact, stated: Exact): boolean {
  const places = stated.decimalPlaces();
  const c = computed.cents;
  const s = stated.cents;
  if (c !== null && s !== null && places <= 2 && Math.abs(c) < 2 ** 52) {
    if (places === 2) return c === s;
    const unit = places === 1 ? 10 : 100;
    // Ties away from zero ('half-up'), on the magnitude.
    const a = Math.abs(c) + unit / 2;
    const magnitude = a - (a % unit);
    return (c < 0 ? -magnitude : magnitude) === s;
  }
  return computed.round(places, 'half-up').equals(stated);
}
