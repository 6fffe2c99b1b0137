import { useMemo, useState } from 'preact/hooks';
import { Link } from '../components/Link.js';
import { ErrorBox, Loading } from '../components/Status.js';
import { Downloads } from '../components/TableView.js';
import {
  api,
  ApiError,
  docPath,
  type CheckResult,
  type DocumentRecord,
  type DocumentSummary,
} from '../lib/api.js';
import { useApp } from '../lib/context.js';
import { formatDecimal, pick, type Locale, type Text } from '../lib/i18n.js';
import {
  PORTFOLIO_KINDS,
  budgetOf,
  datasetOf,
  detailPath,
  statusCounts,
  statusText,
  titleOf,
} from '../lib/portfolio.js';
import {
  filterRows,
  kronorAsKkr,
  organisationOfDoc,
  sortRows,
  STATUS_TEXT,
  statusOfDoc,
  toKronor,
  yearOfDoc,
  type PortfolioFilter,
  type PortfolioRow,
  type PortfolioStatus,
  type SortKey,
} from '../lib/portfolio-rows.js';
import type { JsonTable } from '../lib/tables.js';
import { useLoad } from '../lib/use-fetch.js';

interface KindInfo {
  name: string;
  title: Text;
}

/** The host's one-request summary (`GET /api/portfolio`), where the host offers it. */
interface SummaryEntry {
  kind: string;
  id: string;
  title: string;
  organisation: string | null;
  year: number | null;
  status: PortfolioStatus;
  approvedBy: string | null;
  budget: { amount: string; unit: 'kr' } | null;
  statusTally: { label: Text; count: number }[];
  counts: CheckResult['counts'];
}

/** Effect status of objects and plans: that of the effect documents of their dataset. */
function withEffects<T extends { kind: string; id: string; tally: Map<string, number> }>(
  items: readonly T[],
): (Omit<T, 'tally'> & { effect: Text | null })[] {
  // Each dataset's effect tallies merged once: looking them up per row made the page
  // quadratic in its rows (73 ms of a 1 000-row portfolio's render).
  const byDataset = new Map<string, Map<string, number>>();
  for (const o of items) {
    if (!o.kind.startsWith('effects/')) continue;
    const dataset = datasetOf(o.id);
    const merged = byDataset.get(dataset) ?? new Map<string, number>();
    for (const [k, n] of o.tally) merged.set(k, (merged.get(k) ?? 0) + n);
    byDataset.set(dataset, merged);
  }
  return items.map((item) => {
    const tally = item.kind.startsWith('effects/')
      ? item.tally
      : (byDataset.get(datasetOf(item.id)) ?? new Map<string, number>());
    const { tally: _tally, ...rest } = item;
    return { ...rest, effect: statusText(tally) };
  });
}

async function fromSummary(kinds: KindInfo[], locale: Locale): Promise<PortfolioRow[]> {
  const q = new URLSearchParams({ kinds: kinds.map((k) => k.name).join(','), locale });
  const summary = await api<{ documents: SummaryEntry[] }>(`/api/portfolio?${q.toString()}`);
  const title = new Map(kinds.map((k) => [k.name, k.title]));
  return withEffects(
    summary.documents.map((d) => ({
      kind: d.kind,
      kindTitle: title.get(d.kind) ?? { sv: d.kind, en: d.kind },
      id: d.id,
      title: d.title,
      organisation: d.organisation,
      year: d.year,
      status: d.status,
      approvedBy: d.approvedBy,
      budgetKr: d.budget?.amount ?? null,
      counts: d.counts,
      tally: new Map(d.statusTally.map((s) => [s.label.sv, s.count])),
    })),
  );
}

async function fromDocuments(kinds: KindInfo[], locale: Locale): Promise<PortfolioRow[]> {
  const lists = await Promise.all(
    kinds.map(async (k) => ({
      kind: k,
      docs: (await api<{ documents: DocumentSummary[] }>(`/api/kinds/${k.name}/documents`))
        .documents,
    })),
  );
  const items = await Promise.all(
    lists.flatMap(({ kind, docs }) =>
      docs.map(async (d) => {
        const [record, checks, tables] = await Promise.all([
          api<DocumentRecord & { approvals?: { by?: string }[] }>(docPath(kind.name, d.id)),
          api<CheckResult>(`${docPath(kind.name, d.id)}/checks?locale=${locale}`),
          api<JsonTable[]>(`${docPath(kind.name, d.id)}/tables?format=json&locale=${locale}`),
        ]);
        const budget = budgetOf(kind.name, tables);
        const approvals = record.approvals ?? [];
        return {
          kind: kind.name,
          kindTitle: kind.title,
          id: d.id,
          title: titleOf(record.document, d.id),
          organisation: organisationOfDoc(record.document),
          year: yearOfDoc(record.document),
          status: statusOfDoc(record.document, approvals.length > 0),
          approvedBy: approvals.at(-1)?.by ?? null,
          budgetKr: budget === null ? null : toKronor(budget.value, budget.unit),
          counts: checks.counts,
          tally: statusCounts(tables),
        };
      }),
    ),
  );
  return withEffects(items);
}

/** Every row of the portfolio: the host's summary in one request, else one set per document. */
async function loadPortfolio(locale: Locale): Promise<PortfolioRow[]> {
  const { kinds } = await api<{ kinds: KindInfo[] }>('/api/kinds');
  const wanted = kinds.filter((k) => (PORTFOLIO_KINDS as readonly string[]).includes(k.name));
  try {
    return await fromSummary(wanted, locale);
  } catch (e) {
    // A host without the summary endpoint answers 404 (or 405): ask per document instead.
    if (e instanceof ApiError && (e.status === 404 || e.status === 405)) {
      return fromDocuments(wanted, locale);
    }
    throw e;
  }
}

const W = {
  search: { sv: 'Sök', en: 'Search' },
  allKinds: { sv: 'Alla typer', en: 'All kinds' },
  allStatuses: { sv: 'Alla statusar', en: 'All statuses' },
  allYears: { sv: 'Alla år', en: 'All years' },
  organisation: { sv: 'Organisation', en: 'Organisation' },
  year: { sv: 'År', en: 'Year' },
  status: { sv: 'Status', en: 'Status' },
  approvedBy: { sv: 'Godkänd av', en: 'Approved by' },
  budget: { sv: 'Budget (kkr)', en: 'Budget (kSEK)' },
  shown: { sv: 'Visar', en: 'Showing' },
  of: { sv: 'av', en: 'of' },
  rows: { sv: 'dokument', en: 'documents' },
  filters: { sv: 'Sök och filtrera', en: 'Search and filter' },
  sortBy: { sv: 'Sortera efter', en: 'Sort by' },
  none: { sv: 'Inga dokument matchar.', en: 'No documents match.' },
} as const satisfies Record<string, Text>;

/** Portfolio: every object, plan, project and effect plan; search, sort and filter. */
export default function Portfolio() {
  const { locale, tr } = useApp();
  const loaded = useLoad(`portfolio:${locale}`, () => loadPortfolio(locale));
  const [filter, setFilter] = useState<PortfolioFilter>({
    search: '',
    kind: '',
    status: '',
    year: '',
  });
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({
    key: 'kind',
    dir: 'asc',
  });
  const all = loaded.data;
  const shown = useMemo(
    () => (all === undefined ? [] : sortRows(filterRows(all, filter), sort.key, sort.dir, locale)),
    [all, filter, sort, locale],
  );
  const tx = (t: Text) => pick(t, locale);
  const kinds = [...new Map((all ?? []).map((r) => [r.kind, r.kindTitle])).entries()];
  const years = [...new Set((all ?? []).flatMap((r) => (r.year === null ? [] : [r.year])))].sort();
  const table: JsonTable = {
    id: 'portfolio',
    title: { sv: 'Portfölj', en: 'Portfolio' },
    columns: [
      { key: 'name', title: { sv: 'Namn', en: 'Name' }, kind: 'text' },
      { key: 'type', title: { sv: 'Typ', en: 'Type' }, kind: 'text' },
      { key: 'organisation', title: W.organisation, kind: 'text' },
      { key: 'year', title: W.year, kind: 'text' },
      { key: 'status', title: W.status, kind: 'text' },
      { key: 'approvedBy', title: W.approvedBy, kind: 'text' },
      { key: 'budget', title: { sv: 'Budget', en: 'Budget' }, kind: 'money', unit: 'kr' },
      { key: 'effect', title: { sv: 'Effektstatus', en: 'Effect status' }, kind: 'text' },
      { key: 'errors', title: { sv: 'Fel', en: 'Errors' }, kind: 'integer' },
      { key: 'warnings', title: { sv: 'Varningar', en: 'Warnings' }, kind: 'integer' },
      { key: 'infos', title: { sv: 'Info', en: 'Info' }, kind: 'integer' },
    ],
    rows: shown.map((i) => ({
      id: `${i.kind}/${i.id}`,
      cells: {
        name: i.title,
        type: i.kindTitle,
        organisation: i.organisation,
        year: i.year === null ? null : String(i.year),
        status: STATUS_TEXT[i.status],
        approvedBy: i.approvedBy,
        budget: i.budgetKr,
        effect: i.effect,
        errors: String(i.counts.error),
        warnings: String(i.counts.warning),
        infos: String(i.counts.info),
      },
    })),
  };
  const header = (key: SortKey, label: string, num = false) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        class={num ? 'num' : undefined}
        aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <button
          type="button"
          class="sort"
          data-sort={key}
          onClick={() => {
            setSort({ key, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' });
          }}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };
  return (
    <>
      <h1>{tr('portfolio')}</h1>
      <p>{tr('portfolioIntro')}</p>
      {loaded.error !== undefined && <ErrorBox error={loaded.error} />}
      {all === undefined ? (
        loaded.error === undefined && <Loading />
      ) : (
        <>
          <form
            class="portfolio-filters"
            role="search"
            aria-label={tx(W.filters)}
            onSubmit={(e) => {
              e.preventDefault();
            }}
          >
            <div class="field">
              <label for="pf-search">{tx(W.search)}</label>
              <input
                id="pf-search"
                type="search"
                value={filter.search}
                onInput={(e) => {
                  setFilter({ ...filter, search: e.currentTarget.value });
                }}
              />
            </div>
            <div class="field">
              <label for="pf-kind">{tr('type')}</label>
              <select
                id="pf-kind"
                value={filter.kind}
                onChange={(e) => {
                  setFilter({ ...filter, kind: e.currentTarget.value });
                }}
              >
                <option value="">{tx(W.allKinds)}</option>
                {kinds.map(([k, t]) => (
                  <option key={k} value={k}>
                    {tx(t)}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="pf-status">{tx(W.status)}</label>
              <select
                id="pf-status"
                value={filter.status}
                onChange={(e) => {
                  setFilter({ ...filter, status: e.currentTarget.value as PortfolioStatus | '' });
                }}
              >
                <option value="">{tx(W.allStatuses)}</option>
                {(Object.keys(STATUS_TEXT) as PortfolioStatus[]).map((s) => (
                  <option key={s} value={s}>
                    {tx(STATUS_TEXT[s])}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="pf-year">{tx(W.year)}</label>
              <select
                id="pf-year"
                value={filter.year}
                onChange={(e) => {
                  setFilter({ ...filter, year: e.currentTarget.value });
                }}
              >
                <option value="">{tx(W.allYears)}</option>
                {years.map((y) => (
                  <option key={y} value={String(y)}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
          </form>
          <p aria-live="polite" data-testid="portfolio-count">
            {tx(W.shown)} {shown.length} {tx(W.of)} {all.length} {tx(W.rows)}
          </p>
          <div class="table-scroll" role="region" aria-label={tr('portfolio')} tabIndex={0}>
            <table class="portfolio" data-testid="portfolio">
              <caption>{tr('portfolio')}</caption>
              <thead>
                <tr>
                  {header('title', tr('name'))}
                  {header('kind', tr('type'))}
                  {header('organisation', tx(W.organisation))}
                  {header('year', tx(W.year), true)}
                  {header('status', tx(W.status))}
                  {header('approvedBy', tx(W.approvedBy))}
                  {header('budget', tx(W.budget), true)}
                  <th scope="col">{tr('effectStatus')}</th>
                  {header('findings', tr('findingCount'), true)}
                </tr>
              </thead>
              <tbody>
                {shown.map((i) => (
                  <tr key={`${i.kind}/${i.id}`} data-doc={i.id}>
                    <th scope="row">
                      <Link href={detailPath(i.kind, i.id)}>{i.title}</Link>
                    </th>
                    <td>{pick(i.kindTitle, locale)}</td>
                    <td>{i.organisation ?? '–'}</td>
                    <td class="num">{i.year ?? '–'}</td>
                    <td>
                      <span class={`badge status-${i.status}`}>{tx(STATUS_TEXT[i.status])}</span>
                    </td>
                    <td>{i.approvedBy ?? '–'}</td>
                    <td class="num" data-budget-kr={i.budgetKr ?? ''}>
                      {i.budgetKr === null ? '–' : formatDecimal(kronorAsKkr(i.budgetKr), locale)}
                    </td>
                    <td>{i.effect === null ? '–' : pick(i.effect, locale)}</td>
                    <td class="num">
                      {i.counts.error} / {i.counts.warning} / {i.counts.info}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shown.length === 0 && <p>{tx(W.none)}</p>}
          <Downloads table={table} source="local" />
        </>
      )}
    </>
  );
}
