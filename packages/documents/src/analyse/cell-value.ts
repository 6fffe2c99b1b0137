import { parseNumber, type Exact, type NumberLocale } from '@styrkit/core';
import type { CellStatus } from './types.js';

/** A cell's text read as a figure. */
export interface CellValue {
  readonly status: CellStatus;
  readonly value?: Exact;
  readonly decimals: number;
  readonly estimate?: boolean;
  readonly unit?: string;
}

/** Dashes mean "nothing / not applicable" in committee tables (DOMAIN §8), unlike "?". */
const NOT_APPLICABLE = new Set(['-', '–', '—', '−']);
const DECIMALS = /[,.](\d+)\s*(?:%|[a-zåäö. ]*)$/i;

/**
 * Reads a cell: empty and dashes are `null` (nothing), "?" is unknown, a figure is exact
 * (core's `parseNumber`: "1 200", "−9 722", "1,5", "29%", "275 tkr", "ca 3,5"), anything else
 * is text.
 */
export function readCellValue(text: string, locale: NumberLocale): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return { status: 'empty', decimals: 0 };
  if (NOT_APPLICABLE.has(trimmed)) return { status: 'not-applicable', decimals: 0 };
  const parsed = parseNumber(trimmed, { locale });
  if (!parsed.ok) return { status: 'text', decimals: 0 };
  if (parsed.value.kind === 'unknown') return { status: 'unknown', decimals: 0 };
  const n = parsed.value;
  const decimals = DECIMALS.exec(trimmed)?.[1]?.length ?? 0;
  const unit = n.percent ? '%' : n.unit;
  return {
    status: 'number',
    value: n.value,
    decimals,
    ...(n.estimate ? { estimate: true } : {}),
    ...(unit === undefined ? {} : { unit }),
  };
}

/** A figure, or a mark that stands where a figure would (nothing, unknown). */
export function isFigureLike(status: CellStatus): boolean {
  return (
    status === 'number' ||
    status === 'unknown' ||
    status === 'not-applicable' ||
    status === 'ambiguous'
  );
}
