// The input and the baseline of the reading benchmarks (run.ts, object-floor.ts), kept in one
// place so that every figure compares against the same loop over the same strings.
import { exact } from '../src/index.js';

/** How many amounts the reading benchmarks read. */
export const COUNT = 1_000_000;

// Deterministic amounts in öre, as a ledger would hold them (up to 10 000 000 kr each).
export function amounts(): { texts: string[]; expected: string } {
  let seed = 20261123;
  const cents: number[] = Array.from({ length: COUNT }, () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return (seed % 1_000_000_000) - 100_000_000;
  });
  const total = cents.reduce((a, c) => a + c, 0);
  return {
    texts: cents.map((c) => (c / 100).toFixed(2)),
    expected: exact(total).dividedBy(100).toString(),
  };
}

/** The baseline: a hand-written loop reading "-1234.56" into integer öre and adding them. */
export function handLoop(texts: string[]): string {
  let total = 0;
  for (const text of texts) {
    let i = 0;
    let negative = false;
    if (text.charCodeAt(0) === 45) {
      negative = true;
      i = 1;
    }
    let value = 0;
    let decimals = -1;
    for (; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === 46) decimals = 0;
      else {
        value = value * 10 + (code - 48);
        if (decimals >= 0) decimals += 1;
      }
    }
    if (decimals <= 0) value *= 100;
    else if (decimals === 1) value *= 10;
    total += negative ? -value : value;
  }
  return exact(total).dividedBy(100).toString();
}
