import type { NumberLocale } from './number-text.js';

/**
 * A space that may group thousands in the fast path: the plain space, the no-break space
 * (what formatNumber writes), the narrow no-break space and the thin space (what Excel and
 * Word write). The general path reads every `\s` as a space; these are the ones seen in
 * practice, and any other takes the general path.
 */
function isGroupSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/**
 * @internal The common shapes of a number cell read straight into öre in one scan, without
 * the general reader's copies, regular expressions and decimal text: a sign (`-`, `−`, `–`,
 * `+`), at most 13 digits, optionally grouped by thousands, and at most two decimals
 * ("-1234,56", "1 234,56", "1.5" in Swedish; "1,234.56", "1 234.56" in English).
 *
 * Null for anything else (leading or trailing spaces, units, estimates, three decimals, a
 * space after the sign, ...), which then takes the general path. Where it gives a value the
 * general path gives the same one (a property test holds the two equal): the groups follow
 * the general path's `\d{1,3}( \d{3})+` (English also `,`), and a Swedish decimal point is
 * taken only without groups, where it cannot be a thousands separator.
 */
export function plainCents(text: string, locale: NumberLocale): number | null {
  const n = text.length;
  const sv = locale === 'sv';
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 45 /* - */ || first === 0x2212 /* − */ || first === 0x2013 /* – */) {
    negative = true;
    i = 1;
  } else if (first === 43 /* + */) i = 1;
  let whole = 0;
  let digits = 0;
  // Digits since the last group separator, and how many separators there were.
  let run = 0;
  let groups = 0;
  let code = 0;
  for (; i < n; i += 1) {
    code = text.charCodeAt(i);
    const digit = code - 48;
    if (digit >= 0 && digit <= 9) {
      whole = whole * 10 + digit;
      digits += 1;
      run += 1;
    } else if (isGroupSpace(code) || (code === 44 /* , */ && !sv)) {
      // The first group has 1–3 digits, every later one exactly 3.
      if (groups === 0 ? run === 0 || run > 3 : run !== 3) return null;
      groups += 1;
      run = 0;
    } else break;
  }
  if (digits === 0 || digits > 13 || (groups > 0 && run !== 3)) return null;
  let fraction = 0;
  if (i < n) {
    const decimals = n - i - 1;
    if (decimals < 1 || decimals > 2) return null;
    if (code === 44 /* , */) {
      if (!sv) return null;
    } else if (code !== 46 /* . */ || (sv && groups > 0)) return null;
    for (let j = i + 1; j < n; j += 1) {
      const digit = text.charCodeAt(j) - 48;
      if (digit < 0 || digit > 9) return null;
      fraction = fraction * 10 + digit;
    }
    if (decimals === 1) fraction *= 10;
  }
  const cents = whole * 100 + fraction;
  return negative ? -cents : cents;
}
