import type { Exact, Finding } from '@styrkit/core';
import type { SourceLocation } from '../model.js';

/**
 * A figure stated in running text: its value, its unit in this package's spelling, how many
 * decimals it was shown with, and whether it is marked as approximate ("ca", "cirka").
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import type { TextAmount } from '@styrkit/documents';
 * const a: TextAmount = { text: 'ca 3,5 miljoner', value: exact('3.5'), unit: 'mnkr', decimals: 1, estimate: true };
 * ```
 */
export interface TextAmount {
  /** The words as written. */
  readonly text: string;
  /** The exact value. */
  readonly value: Exact;
  /** Unit ('kr', 'tkr', 'mnkr', 'mdkr', '%', 'årsarbeten', 'timmar'), or undefined for a count. */
  readonly unit?: string;
  /** Decimals shown. */
  readonly decimals: number;
  /** Approximate. */
  readonly estimate: boolean;
}

/**
 * A total the text states and what it was checked against: its parts in the same text
 * (`total-with-parts`) or the total of a table it restates (`restates-table`).
 *
 * @example
 * ```ts
 * import type { TextClaim } from '@styrkit/documents';
 * const c: TextClaim['kind'] = 'total-with-parts';
 * ```
 */
export interface TextClaim {
  /** What kind of claim. */
  readonly kind: 'total-with-parts' | 'restates-table';
  /** The sentence(s) the claim was read from. */
  readonly text: string;
  /** The stated total. */
  readonly stated: TextAmount;
  /** The parts, for `total-with-parts`. */
  readonly parts?: readonly TextAmount[];
  /** The figure computed from the parts, or the table's figure, in the stated unit. */
  readonly computed: Exact;
  /** For `restates-table`: the tables (indexes) and column compared with. */
  readonly table?: {
    readonly indexes: readonly number[];
    readonly column: string;
    readonly rowsGive: Exact;
  };
  /** holds, rounding (one unit of the last shown digit) or mismatch. */
  readonly outcome: 'holds' | 'rounding' | 'mismatch';
  /** Where the claim is. */
  readonly source: SourceLocation;
}

/** A claim with the findings it gives. */
export interface FoundClaim {
  readonly claim: TextClaim;
  readonly findings: Finding[];
}
