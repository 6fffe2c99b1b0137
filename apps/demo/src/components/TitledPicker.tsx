import { Link } from './Link.js';
import { api, ApiError, docPath, type DocumentRecord, type DocumentSummary } from '../lib/api.js';
import { useApp } from '../lib/context.js';
import { detailPath, titleOf } from '../lib/portfolio.js';
import { useLoad } from '../lib/use-fetch.js';

/**
 * The titles of documents, for pickers people read: the host's portfolio summary in one
 * request where it offers one, else each document's own title.
 */
async function titlesOf(docs: readonly DocumentSummary[]): Promise<Map<string, string>> {
  const kinds = [...new Set(docs.map((d) => d.kind))];
  const key = (kind: string, id: string) => `${kind}/${id}`;
  try {
    const q = new URLSearchParams({ kinds: kinds.join(',') });
    const summary = await api<{ documents: { kind: string; id: string; title: string }[] }>(
      `/api/portfolio?${q.toString()}`,
    );
    return new Map(summary.documents.map((d) => [key(d.kind, d.id), d.title]));
  } catch (e) {
    if (!(e instanceof ApiError) || (e.status !== 404 && e.status !== 405)) throw e;
  }
  const records = await Promise.all(
    docs.map((d) => api<DocumentRecord>(docPath(d.kind, d.id)).catch(() => undefined)),
  );
  return new Map(
    docs.map((d, i) => [key(d.kind, d.id), titleOf(records[i]?.document, d.id)] as const),
  );
}

/**
 * Links to the documents of a page's area, named by their titles (never their ids); the
 * current one is marked. Until the titles arrive (or if they cannot be read) the id stands in.
 */
export function TitledPicker(props: {
  docs: readonly DocumentSummary[];
  current: string | undefined;
  href?: (d: DocumentSummary) => string;
}) {
  const { tr } = useApp();
  const titles = useLoad(`titles:${props.docs.map((d) => `${d.kind}/${d.id}`).join(',')}`, () =>
    titlesOf(props.docs),
  );
  return (
    <nav aria-label={tr('choose')} class="doc-picker">
      <ul>
        {props.docs.map((d) => (
          <li key={`${d.kind}/${d.id}`}>
            <Link
              href={props.href?.(d) ?? detailPath(d.kind, d.id)}
              current={d.id === props.current}
            >
              {titles.data?.get(`${d.kind}/${d.id}`) ?? d.id}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
