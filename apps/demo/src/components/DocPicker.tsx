import { Link } from './Link.js';
import type { DocumentSummary } from '../lib/api.js';
import { useApp } from '../lib/context.js';
import { detailPath } from '../lib/portfolio.js';

/** Links to the documents of a page's area; the current one is marked. */
export function DocPicker(props: {
  docs: readonly DocumentSummary[];
  current: string | undefined;
}) {
  const { tr } = useApp();
  return (
    <nav aria-label={tr('choose')} class="doc-picker">
      <ul>
        {props.docs.map((d) => (
          <li key={`${d.kind}/${d.id}`}>
            <Link href={detailPath(d.kind, d.id)} current={d.id === props.current}>
              {d.id}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
