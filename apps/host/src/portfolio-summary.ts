import {
  convertUnit,
  countBySeverity,
  exact,
  isExact,
  parseMoneyUnit,
  type Exact,
  type NumberLocale,
  type Table,
} from '@styrkit/core';
import type { ContextSnapshot } from './context-snapshot.js';
import { fail } from './errors.js';
import type { PortfolioEntry, PortfolioSummary } from './portfolio-schema.js';
import type { DocumentStore } from './store.js';

export {
  PORTFOLIO_PATH,
  portfolioEntrySchema,
  portfolioSummarySchema,
  type PortfolioEntry,
  type PortfolioSummary,
} from './portfolio-schema.js';

/** Most documents one portfolio answer covers; more is refused with a finding, not truncated. */
export const MAX_PORTFOLIO_DOCUMENTS = 20_000;

/** What the summary covers and who asks. */
export interface PortfolioOptions {
  /** Kind names, in the order they are listed in `kinds`. */
  readonly kinds: readonly string[];
  /** Locale of the checks' and tables' texts. */
  readonly locale: NumberLocale;
  /** Whether the asker may read a document (unreadable ones are left out, not counted). */
  readonly canRead: (kind: string, id: string) => boolean;
}

interface MetaRow {
  kind: string;
  id: string;
  v: number;
  updated_at: unknown;
  approved_by: string | null;
  approved_at: unknown;
}

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

function field(doc: unknown, key: string): unknown {
  return typeof doc === 'object' && doc !== null && !Array.isArray(doc)
    ? (doc as Record<string, unknown>)[key]
    : undefined;
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : undefined;

/**
 * A document's title: its `title`, else its `name`, else its id.
 *
 * @example
 * ```ts
 * titleOf({ name: 'Vård, stöd och omsorg' }, 'linkoping-vso'); // 'Vård, stöd och omsorg'
 * titleOf({}, 'plan-a'); // 'plan-a'
 * ```
 */
export function titleOf(doc: unknown, id: string): string {
  return text(field(doc, 'title')) ?? text(field(doc, 'name')) ?? id;
}

function ownOrganisation(doc: unknown): string | undefined {
  for (const key of ['organisation', 'owner', 'municipality']) {
    const v = field(doc, key);
    const found = text(v) ?? text(field(v, 'name'));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The organisation a document belongs to: its own `organisation`, `owner` or `municipality`
 * (text, or an object's `name`), else that of a document it refers to by a top-level
 * `…Ref` or `…Id` field (an objektplan's `objectId` names its förvaltningsobjekt).
 *
 * @example
 * ```ts
 * organisationOf({ owner: 'Sala kommun' }, () => undefined); // 'Sala kommun'
 * organisationOf({ objectId: 'vso' }, (id) => (id === 'vso' ? { municipality: 'Linköpings kommun' } : undefined)); // 'Linköpings kommun'
 * ```
 */
export function organisationOf(doc: unknown, lookup: (id: string) => unknown): string | null {
  const own = ownOrganisation(doc);
  if (own !== undefined) return own;
  if (typeof doc !== 'object' || doc === null) return null;
  for (const [key, value] of Object.entries(doc)) {
    if (!/.(Ref|Id)$/.test(key) || typeof value !== 'string') continue;
    const found = ownOrganisation(lookup(value));
    if (found !== undefined) return found;
  }
  return null;
}

function yearOfDate(v: unknown): number | undefined {
  if (v instanceof Date) return v.getUTCFullYear();
  const match = typeof v === 'string' ? /^(\d{4})-\d{2}/.exec(v) : null;
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * The year a document is about: its `year`, else the year its `validity`, `period` or first
 * `phases` entry starts, else its `asOf` date.
 *
 * @example
 * ```ts
 * yearOf({ year: 2021 }); // 2021
 * yearOf({ phases: [{ start: '2022-01-01' }] }); // 2022
 * yearOf({}); // null
 * ```
 */
export function yearOf(doc: unknown): number | null {
  const year = field(doc, 'year');
  if (typeof year === 'number' && Number.isInteger(year)) return year;
  const phases = field(doc, 'phases');
  const firstPhase = Array.isArray(phases) ? (phases[0] as unknown) : undefined;
  for (const from of [field(doc, 'validity'), field(doc, 'period'), firstPhase]) {
    const y = yearOfDate(field(from, 'start'));
    if (y !== undefined) return y;
  }
  return yearOfDate(field(doc, 'asOf')) ?? null;
}

/**
 * Where a document stands: `approved` when its current version has a host approval, else
 * `decided` when the document itself says it was decided (`version.status` or `status` is
 * `decided` or `revised`), else `draft`.
 *
 * @example
 * ```ts
 * statusOf({ version: { status: 'decided' } }, false); // 'decided'
 * statusOf({ version: { status: 'draft' } }, true); // 'approved'
 * ```
 */
export function statusOf(doc: unknown, approved: boolean): PortfolioEntry['status'] {
  if (approved) return 'approved';
  const own = field(field(doc, 'version'), 'status') ?? field(doc, 'status');
  return own === 'decided' || own === 'revised' ? 'decided' : 'draft';
}

/**
 * The budget total in kronor from a kind's first table: the money cell of its first total row,
 * in the column `total` when it has one, else in the first money column whose unit is a money
 * scale; converted exactly from that unit (kkr, tkr, mnkr, öre). Null when there is none.
 *
 * @example
 * ```ts
 * budgetOf(objektplanBudgetMatrix); // { amount: '47140000', unit: 'kr' }
 * ```
 */
export function budgetOf(table: Table | undefined): PortfolioEntry['budget'] {
  const total = table?.rows.find((r) => r.kind === 'total');
  if (table === undefined || total === undefined) return null;
  const money = table.columns.filter(
    (c) => c.kind === 'money' && parseMoneyUnit(c.unit ?? '') !== undefined,
  );
  const column = money.find((c) => c.key === 'total') ?? money[0];
  const unit = parseMoneyUnit(column?.unit ?? '');
  const cell = column === undefined ? undefined : total.cells[column.key];
  if (unit === undefined || !isExact(cell)) return null;
  return { amount: convertUnit(cell, unit, 'kr').toString(), unit: 'kr' };
}

/**
 * The values of the `status` column of a table counted, in order of first appearance (an
 * effects document's goal statuses); empty cells are not counted.
 *
 * @example
 * ```ts
 * statusTallyOf(goalStatusTable); // [{ label: { sv: 'uppnått', en: 'achieved' }, count: 10 }, …]
 * ```
 */
export function statusTallyOf(table: Table | undefined): PortfolioEntry['statusTally'] {
  const tally = new Map<string, { label: { sv: string; en: string }; count: number }>();
  if (table?.columns.some((c) => c.key === 'status') !== true) return [];
  for (const row of table.rows) {
    if (row.kind === 'total' || row.kind === 'subtotal') continue;
    const cell = row.cells.status;
    const label =
      typeof cell === 'string'
        ? { sv: cell, en: cell }
        : typeof cell === 'object' && cell !== null && 'sv' in cell && 'en' in cell
          ? { sv: cell.sv, en: cell.en }
          : undefined;
    if (label === undefined || label.sv === '') continue;
    const held = tally.get(label.sv);
    if (held === undefined) tally.set(label.sv, { label, count: 1 });
    else held.count++;
  }
  return [...tally.values()];
}

async function metaRows(store: DocumentStore, kinds: readonly string[]): Promise<MetaRow[]> {
  return store.db.query<MetaRow & Record<string, unknown>>(
    `SELECT d.kind, d.id, d.current_version AS v, d.updated_at, a.approved_by, a.approved_at
     FROM documents d
     LEFT JOIN LATERAL (
       SELECT approved_by, approved_at FROM approvals
       WHERE kind = d.kind AND document_id = d.id AND version = d.current_version
       ORDER BY approved_at DESC, approved_by LIMIT 1) a ON true
     WHERE d.deleted_at IS NULL AND d.kind = ANY($1::text[])
     ORDER BY d.kind, d.id`,
    [[...kinds]],
  );
}

/**
 * The portfolio in one pass: every live, readable document of the kinds with its title,
 * organisation, year, status, current version, last approval, budget total in kronor, the
 * status tally of its first table and the counts of its checks' findings. Checks and tables
 * come from the store's result cache, so a repeated summary recomputes only what changed.
 *
 * @example
 * ```ts
 * const summary = await portfolioSummary(store, { kinds: ['pm3/objektplan'], locale: 'sv', canRead: () => true });
 * summary.documents[0]?.budget; // { amount: '45100000', unit: 'kr' }
 * ```
 */
export async function portfolioSummary(
  store: DocumentStore,
  options: PortfolioOptions,
): Promise<PortfolioSummary> {
  const kinds = options.kinds.map((name) => store.entry(name));
  const rows = (await metaRows(store, options.kinds)).filter((r) => options.canRead(r.kind, r.id));
  if (rows.length > MAX_PORTFOLIO_DOCUMENTS) {
    fail(
      422,
      'host/portfolio-too-large',
      { documents: rows.length, limit: MAX_PORTFOLIO_DOCUMENTS },
      { path: ['kinds'], expected: `<= ${MAX_PORTFOLIO_DOCUMENTS}`, actual: String(rows.length) },
    );
  }
  // The snapshot is read after the rows, so it is at least as new as they are.
  const snapshot = await store.snapshot();
  const byId = indexById(snapshot);
  const { locale } = options;
  const documents: PortfolioEntry[] = [];
  for (const row of rows) {
    const version = row.v;
    const value = snapshot.has(row.kind, row.id, version)
      ? snapshot.value(row.kind, row.id, version)
      : await parsedOrUndefined(store, row.kind, row.id, version);
    if (value === undefined) continue; // unreadable by its plugin: reported where it is read
    const { budget, statusTally, counts } = await factsOf(store, snapshot, {
      kind: row.kind,
      id: row.id,
      version,
      value,
      locale,
    });
    const label = text(field(field(value, 'version'), 'label')) ?? null;
    documents.push({
      kind: row.kind,
      id: row.id,
      title: titleOf(value, row.id),
      label,
      organisation: organisationOf(value, (id) => byId.get(id)),
      year: yearOf(value),
      status: statusOf(value, row.approved_by !== null),
      version,
      updatedAt: iso(row.updated_at),
      approvedBy: row.approved_by,
      approvedAt: row.approved_at === null ? null : iso(row.approved_at),
      budget,
      statusTally,
      counts,
    });
  }
  return {
    total: documents.length,
    rollUp: rollUpOf(documents),
    kinds: kinds.map((e) => ({
      name: e.kind.name,
      title: { sv: e.kind.title.sv, en: e.kind.title.en },
    })),
    documents,
  };
}

/**
 * The portfolio rows summed per kind and year, exactly (budgets are decimal strings in kronor).
 *
 * @example
 * ```ts
 * rollUpOf(summary.documents)[0]; // { kind: 'esf/project', year: 2022, documents: 1, budget: { amount: '5549825', unit: 'kr' }, … }
 * ```
 */
export function rollUpOf(documents: readonly PortfolioEntry[]): PortfolioSummary['rollUp'] {
  const groups = new Map<string, PortfolioSummary['rollUp'][number] & { sum: Exact | null }>();
  for (const d of documents) {
    const key = `${d.kind} ${String(d.year)}`;
    const g = groups.get(key) ?? {
      kind: d.kind,
      year: d.year,
      documents: 0,
      budget: null,
      counts: { error: 0, warning: 0, info: 0 },
      sum: null,
    };
    g.documents++;
    if (d.budget !== null) g.sum = (g.sum ?? exact(0)).plus(d.budget.amount);
    g.counts = {
      error: g.counts.error + d.counts.error,
      warning: g.counts.warning + d.counts.warning,
      info: g.counts.info + d.counts.info,
    };
    groups.set(key, g);
  }
  return [...groups.values()]
    .map(({ sum, ...g }) => ({
      ...g,
      budget: sum === null ? null : { amount: sum.toString(), unit: 'kr' as const },
    }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || (a.year ?? 0) - (b.year ?? 0));
}

/** What a portfolio row takes from a document's checks and its first table. */
type Facts = Pick<PortfolioEntry, 'budget' | 'statusTally' | 'counts'>;

/**
 * A document version's budget, status tally and finding counts, cached in the store's result
 * cache (valid while the kinds its checks and table read are unchanged) as these few fields
 * only: at 10 000 documents the full findings and tables of every document outgrew the cache,
 * so each warm portfolio recomputed them all (60–98 s on two hosts, issue 18).
 */
function factsOf(
  store: DocumentStore,
  snapshot: ContextSnapshot,
  target: { kind: string; id: string; version: number; value: unknown; locale: NumberLocale },
): Promise<Facts> {
  const { kind, id, version, value, locale } = target;
  const entry = store.entry(kind);
  const firstView = entry.tables[0];
  return store.results.get(
    JSON.stringify(['portfolio-facts', kind, id, version, locale]),
    snapshot,
    locale,
    (context): Facts => {
      const counts = countBySeverity(entry.checks.flatMap((check) => check.run(value, context)));
      const table = firstView?.render(value, context)[0];
      return {
        budget: budgetOf(table),
        statusTally: statusTallyOf(table),
        counts: { error: counts.error, warning: counts.warning, info: counts.info },
      };
    },
  );
}

/** Documents of every kind by id (a reference names an id; the first kind in load order wins). */
function indexById(snapshot: ContextSnapshot): Map<string, unknown> {
  const byId = new Map<string, unknown>();
  for (const kind of snapshot.kinds()) {
    for (const d of snapshot.documents(kind)) if (!byId.has(d.id)) byId.set(d.id, d.document);
  }
  return byId;
}

async function parsedOrUndefined(
  store: DocumentStore,
  kind: string,
  id: string,
  version: number,
): Promise<unknown> {
  try {
    return (await store.parsed(kind, id, version)).value;
  } catch {
    return undefined;
  }
}
