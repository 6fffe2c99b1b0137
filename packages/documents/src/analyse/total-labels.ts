/**
 * Labels that say a row or column is a total: "Summa", "Summa kostnader", "Totalt", "Total",
 * "TOTAL", "S:a", "Sammanlagt", "Sammantaget". The word must open the label: "Periodutfall
 * totalt" is an outcome column, not a sum of the columns beside it.
 */
const TOTAL_LABEL =
  /^(?:summa|s:a|totalt?|total|sammanlagt|sammantaget|grand total|sum)(?=$|[\s:,.(–-])/i;

/**
 * Whether a label says its row or column is a total.
 *
 * @example
 * ```ts
 * isTotalLabel('Summa FTE'); // true
 * isTotalLabel('Periodutfall totalt'); // false
 * ```
 */
export function isTotalLabel(label: string): boolean {
  return TOTAL_LABEL.test(label.trim().replace(/^[*_]+/, ''));
}

/** "varav" and "därav" open a part of the figure above, not a sum. */
export function isPartLabel(label: string): boolean {
  return /^(?:varav|därav|whereof|of which)\b/i.test(label.trim());
}
