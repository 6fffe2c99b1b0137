import { Link } from '../components/Link.js';
import { ErrorBox, Loading } from '../components/Status.js';
import { Downloads } from '../components/TableView.js';
import {
  api,
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
import type { JsonTable } from '../lib/tables.js';
import { useLoad } from '../lib/use-fetch.js';

interface KindInfo {
  name: string;
  title: Text;
}

interface Item {
  kind: string;
  kindTitle: Text;
  id: string;
  title: string;
  budget: { value: string; unit: string } | null;
  effect: Text | null;
  counts: CheckResult['counts'];
}

async function loadPortfolio(locale: Locale): Promise<Item[]> {
  const { kinds } = await api<{ kinds: KindInfo[] }>('/api/kinds');
  const wanted = kinds.filter((k) => (PORTFOLIO_KINDS as readonly string[]).includes(k.name));
  const lists = await Promise.all(
    wanted.map(async (k) => ({
      kind: k,
      docs: (await api<{ documents: DocumentSummary[] }>(`/api/kinds/${k.name}/documents`))
        .documents,
    })),
  );
  const items = await Promise.all(
    lists.flatMap(({ kind, docs }) =>
      docs.map(async (d) => {
        const [record, checks, tables] = await Promise.all([
          api<DocumentRecord>(docPath(kind.name, d.id)),
          api<CheckResult>(`${docPath(kind.name, d.id)}/checks?locale=${locale}`),
          api<JsonTable[]>(`${docPath(kind.name, d.id)}/tables?format=json&locale=${locale}`),
        ]);
        return {
          kind: kind.name,
          kindTitle: kind.title,
          id: d.id,
          title: titleOf(record.document, d.id),
          budget: budgetOf(kind.name, tables),
          status: statusCounts(tables),
          counts: checks.counts,
        };
      }),
    ),
  );
  // An object's or plan's effect status is that of the effect documents of its dataset.
  return items
    .map((item) => {
      const own = item.kind.startsWith('effects/')
        ? [item]
        : items.filter(
            (o) => o.kind.startsWith('effects/') && datasetOf(o.id) === datasetOf(item.id),
          );
      const merged = new Map<string, number>();
      for (const o of own) for (const [k, n] of o.status) merged.set(k, (merged.get(k) ?? 0) + n);
      const { status: _status, ...rest } = item;
      return { ...rest, effect: statusText(merged) };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}

/** Portfolio: every object, plan, project and effect plan with budget, effect status and findings. */
export default function Portfolio() {
  const { locale, tr } = useApp();
  const loaded = useLoad(`portfolio:${locale}`, () => loadPortfolio(locale));
  const items = loaded.data;
  const table: JsonTable | undefined =
    items === undefined
      ? undefined
      : {
          id: 'portfolio',
          title: { sv: 'Portfölj', en: 'Portfolio' },
          columns: [
            { key: 'name', title: { sv: 'Namn', en: 'Name' }, kind: 'text' },
            { key: 'type', title: { sv: 'Typ', en: 'Type' }, kind: 'text' },
            { key: 'budget', title: { sv: 'Budget', en: 'Budget' }, kind: 'money' },
            { key: 'unit', title: { sv: 'Enhet', en: 'Unit' }, kind: 'text' },
            { key: 'effect', title: { sv: 'Effektstatus', en: 'Effect status' }, kind: 'text' },
            { key: 'errors', title: { sv: 'Fel', en: 'Errors' }, kind: 'integer' },
            { key: 'warnings', title: { sv: 'Varningar', en: 'Warnings' }, kind: 'integer' },
            { key: 'infos', title: { sv: 'Info', en: 'Info' }, kind: 'integer' },
          ],
          rows: items.map((i) => ({
            id: i.id,
            cells: {
              name: i.title,
              type: i.kindTitle,
              budget: i.budget?.value ?? null,
              unit: i.budget?.unit ?? null,
              effect: i.effect,
              errors: String(i.counts.error),
              warnings: String(i.counts.warning),
              infos: String(i.counts.info),
            },
          })),
        };
  return (
    <>
      <h1>{tr('portfolio')}</h1>
      <p>{tr('portfolioIntro')}</p>
      {loaded.error !== undefined && <ErrorBox error={loaded.error} />}
      {items === undefined ? (
        loaded.error === undefined && <Loading />
      ) : (
        <>
          <div class="table-scroll" role="region" aria-label={tr('portfolio')} tabIndex={0}>
            <table class="portfolio">
              <caption>{tr('portfolio')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tr('name')}</th>
                  <th scope="col">{tr('type')}</th>
                  <th scope="col" class="num">
                    {tr('budget')}
                  </th>
                  <th scope="col">{tr('effectStatus')}</th>
                  <th scope="col" class="num">
                    {tr('findingCount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr key={`${i.kind}/${i.id}`}>
                    <th scope="row">
                      <Link href={detailPath(i.kind, i.id)}>{i.title}</Link>
                    </th>
                    <td>{pick(i.kindTitle, locale)}</td>
                    <td class="num">
                      {i.budget === null
                        ? '–'
                        : `${formatDecimal(i.budget.value, locale)} ${i.budget.unit}`}
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
          {table !== undefined && <Downloads table={table} source="local" />}
        </>
      )}
    </>
  );
}
