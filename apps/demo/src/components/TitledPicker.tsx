import { Link } from './Link.js';
import { api, ApiError, docPath, type DocumentRecord, type DocumentSummary } from '../lib/api.js';
import { useApp } from '../lib/context.js';
import { detailPath, titleOf } from '../lib/portfolio.js';
import { useLoad, type Loaded } from '../lib/use-fetch.js';

const key = (d: { kind: string; id: string }) => `${d.kind}/${d.id}`;

/**
 * The titles of documents, for pickers people read: the host's portfolio summary in one
 * request where it offers one, then each document's own title (its version label, a
 * checklist's case) where the summary has only the id or gives two documents the same title.
 */
async function titlesOf(docs: readonly DocumentSummary[]): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  try {
    const q = new URLSearchParams({ kinds: [...new Set(docs.map((d) => d.kind))].join(',') });
    const summary = await api<{ documents: { kind: string; id: string; title: string }[] }>(
      `/api/portfolio?${q.toString()}`,
    );
    for (const d of summary.documents) titles.set(key(d), d.title);
  } catch (e) {
    if (!(e instanceof ApiError) || (e.status !== 404 && e.status !== 405)) throw e;
  }
  const counts = new Map<string, number>();
  for (const t of titles.values()) counts.set(t, (counts.get(t) ?? 0) + 1);
  const unclear = docs.filter((d) => {
    const t = titles.get(key(d));
    return t === undefined || t === d.id || (counts.get(t) ?? 0) > 1;
  });
  const records = await Promise.all(
    unclear.map((d) => api<DocumentRecord>(docPath(d.kind, d.id)).catch(() => undefined)),
  );
  unclear.forEach((d, i) => {
    titles.set(key(d), titleOf(records[i]?.document, d.id));
  });
  return titles;
}

/** The titles of documents by `kind/id` (see {@link titleFrom}); the ids stand in until they arrive. */
export function useTitles(docs: readonly DocumentSummary[]): Loaded<Map<string, string>> {
  return useLoad(docs.length === 0 ? null : `titles:${docs.map(key).join(',')}`, () =>
    titlesOf(docs),
  );
}

/** A document's title from {@link useTitles}' answer, its id until the titles are read. */
export function titleFrom(
  titles: ReadonlyMap<string, string> | undefined,
  d: { kind: string; id: string },
): string {
  return titles?.get(key(d)) ?? d.id;
}

/**
 * Links to the documents of a page's area, named by their titles (never their ids alone); the
 * current one is marked. Where two documents still share a title, the id follows as secondary
 * text so they can be told apart. Until the titles arrive the id stands in.
 */
export function TitledPicker(props: {
  docs: readonly DocumentSummary[];
  current: DocumentSummary | undefined;
  href?: ((d: DocumentSummary) => string) | undefined;
}) {
  const { tr } = useApp();
  const titles = useTitles(props.docs);
  const shown = props.docs.map((d) => titleFrom(titles.data, d));
  const same = (t: string) => shown.filter((x) => x === t).length > 1;
  return (
    <nav aria-label={tr('choose')} class="doc-picker">
      <ul>
        {props.docs.map((d, i) => {
          const title = shown[i] ?? d.id;
          return (
            <li key={key(d)}>
              <Link
                href={props.href?.(d) ?? detailPath(d.kind, d.id)}
                current={d.kind === props.current?.kind && d.id === props.current.id}
              >
                {title}
                {titles.data !== undefined && same(title) && (
                  <span class="secondary"> ({d.id})</span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
