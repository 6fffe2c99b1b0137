import { Exact } from '@styrkit/core';
import { pick, type Locale, type Text } from './i18n.js';

/** Where a document stands. */
export type PortfolioStatus = 'draft' | 'decided' | 'approved';

/** One row of the portfolio, from the host's summary or from the portal's own requests. */
export interface PortfolioRow {
  readonly kind: string;
  readonly kindTitle: Text;
  readonly id: string;
  readonly title: string;
  readonly organisation: string | null;
  readonly year: number | null;
  readonly status: PortfolioStatus;
  readonly approvedBy: string | null;
  /** The budget total in kronor, exact (decimal string), or null. */
  readonly budgetKr: string | null;
  readonly effect: Text | null;
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
}

/** The words of the statuses. */
export const STATUS_TEXT: Record<PortfolioStatus, Text> = {
  draft: { sv: 'Utkast', en: 'Draft' },
  decided: { sv: 'Beslutad', en: 'Decided' },
  approved: { sv: 'Godkänd', en: 'Approved' },
};

function field(v: unknown, key: string): unknown {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
}

/**
 * A document's organisation as it names it: `organisation`, `owner` or `municipality` (text,
 * or an object's `name`).
 *
 * @example
 * ```ts
 * organisationOfDoc({ owner: 'Sala kommun' }); // 'Sala kommun'
 * organisationOfDoc({}); // null
 * ```
 */
export function organisationOfDoc(doc: unknown): string | null {
  for (const key of ['organisation', 'owner', 'municipality']) {
    const v = field(doc, key);
    if (typeof v === 'string' && v !== '') return v;
    const name = field(v, 'name');
    if (typeof name === 'string' && name !== '') return name;
  }
  return null;
}

/**
 * The year a document is about: its `year`, else the year its `validity`, `period` or first
 * phase starts.
 *
 * @example
 * ```ts
 * yearOfDoc({ phases: [{ start: '2022-03-01' }] }); // 2022
 * ```
 */
export function yearOfDoc(doc: unknown): number | null {
  const year = field(doc, 'year');
  if (typeof year === 'number' && Number.isInteger(year)) return year;
  const phases = field(doc, 'phases');
  const first: unknown = Array.isArray(phases) ? phases[0] : undefined;
  for (const from of [field(doc, 'validity'), field(doc, 'period'), first]) {
    const start = field(from, 'start');
    const m = typeof start === 'string' ? /^(\d{4})-/.exec(start) : null;
    if (m?.[1] !== undefined) return Number(m[1]);
  }
  return null;
}

/**
 * Where a document stands: approved when its current version has an approval, else decided
 * when the document says so (`version.status` or `status` is decided or revised), else draft.
 *
 * @example
 * ```ts
 * statusOfDoc({ version: { status: 'decided' } }, false); // 'decided'
 * ```
 */
export function statusOfDoc(doc: unknown, approved: boolean): PortfolioStatus {
  if (approved) return 'approved';
  const own = field(field(doc, 'version'), 'status') ?? field(doc, 'status');
  return own === 'decided' || own === 'revised' ? 'decided' : 'draft';
}

const FACTOR: Readonly<Record<string, string>> = {
  kr: '1',
  kkr: '1000',
  tkr: '1000',
  mnkr: '1000000',
};

/**
 * An amount in a unit (kr, kkr, tkr, mnkr) as exact kronor, or null for another unit.
 *
 * @example
 * ```ts
 * toKronor('45100', 'kkr'); // '45100000'
 * ```
 */
export function toKronor(value: string, unit: string): string | null {
  const factor = FACTOR[unit];
  if (factor === undefined || !/^-?\d+(\.\d+)?$/.test(value)) return null;
  return Exact.of(value).times(factor).toString();
}

/**
 * Kronor shown in kkr, rounded half-up to whole kkr (the one unit of the portfolio column).
 *
 * @example
 * ```ts
 * kronorAsKkr('5549825'); // '5550'
 * ```
 */
export function kronorAsKkr(kr: string): string {
  return Exact.of(kr).dividedBy(1000).toFixed(0, 'half-up');
}

/** What the portfolio is filtered by (empty: everything). */
export interface PortfolioFilter {
  readonly search: string;
  readonly kind: string;
  readonly status: PortfolioStatus | '';
  readonly year: string;
}

/** A sortable column. */
export type SortKey =
  'title' | 'kind' | 'organisation' | 'year' | 'status' | 'approvedBy' | 'budget' | 'findings';

/**
 * The rows a filter keeps: the search matches title, id, organisation or approver (case and
 * accents ignored); kind, status and year must equal when chosen.
 *
 * @example
 * ```ts
 * const row = { kind: 'k', kindTitle: { sv: 'K', en: 'K' }, id: 'x', title: 'Vård och omsorg',
 *   organisation: 'Linköping', year: 2021, status: 'draft', approvedBy: null, budgetKr: null,
 *   effect: null, counts: { error: 0, warning: 0, info: 0 } } as const;
 * filterRows([row], { search: 'VARD', kind: '', status: '', year: '' }).length; // 1
 * ```
 */
export function filterRows(rows: readonly PortfolioRow[], f: PortfolioFilter): PortfolioRow[] {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const words = fold(f.search)
    .split(/\s+/)
    .filter((w) => w !== '');
  return rows.filter((r) => {
    if (f.kind !== '' && r.kind !== f.kind) return false;
    if (f.status !== '' && r.status !== f.status) return false;
    if (f.year !== '' && String(r.year ?? '') !== f.year) return false;
    const hay = fold([r.title, r.id, r.organisation ?? '', r.approvedBy ?? ''].join(' '));
    return words.every((w) => hay.includes(w));
  });
}

const STATUS_ORDER: Record<PortfolioStatus, number> = { draft: 0, decided: 1, approved: 2 };

/**
 * Rows sorted by a column (ascending or descending); empty values last either way; ties by
 * title. Budgets compare exactly.
 *
 * @example
 * ```ts
 * const r = (id: string, budgetKr: string | null) => ({ kind: 'k', kindTitle: { sv: 'K', en: 'K' }, id,
 *   title: id, organisation: null, year: null, status: 'draft' as const, approvedBy: null, budgetKr,
 *   effect: null, counts: { error: 0, warning: 0, info: 0 } });
 * sortRows([r('a', '5'), r('b', null), r('c', '10')], 'budget', 'desc', 'sv').map((x) => x.id); // ['c', 'a', 'b']
 * ```
 */
export function sortRows(
  rows: readonly PortfolioRow[],
  key: SortKey,
  direction: 'asc' | 'desc',
  locale: Locale,
): PortfolioRow[] {
  const collator = new Intl.Collator(locale === 'sv' ? 'sv-SE' : 'en-GB');
  const value = (r: PortfolioRow): string | number | Exact | null => {
    switch (key) {
      case 'title':
        return r.title;
      case 'kind':
        return pick(r.kindTitle, locale);
      case 'organisation':
        return r.organisation;
      case 'year':
        return r.year;
      case 'status':
        return STATUS_ORDER[r.status];
      case 'approvedBy':
        return r.approvedBy;
      case 'budget':
        return r.budgetKr === null ? null : Exact.of(r.budgetKr);
      case 'findings':
        return r.counts.error * 1_000_000 + r.counts.warning * 1000 + r.counts.info;
    }
  };
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null && vb === null) return collator.compare(a.title, b.title);
    if (va === null) return 1;
    if (vb === null) return -1;
    const c =
      typeof va === 'string' && typeof vb === 'string'
        ? collator.compare(va, vb)
        : va instanceof Exact && vb instanceof Exact
          ? va.compare(vb)
          : Number(va) - Number(vb);
    return c === 0 ? collator.compare(a.title, b.title) : sign * c;
  });
}
