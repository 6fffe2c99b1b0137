import type { ComponentChildren } from 'preact';
import { ErrorBox, Loading } from './Status.js';
import { TitledPicker } from './TitledPicker.js';
import type { DocumentSummary } from '../lib/api.js';
import { useDocuments } from '../lib/hooks.js';

/**
 * A page's area of documents: lists the documents of its kinds, picks the one the path names
 * (else the page's default, else the first), shows the picker by title and then the page's
 * view of the picked document. With no documents it shows the page's title and why.
 */
export function DocumentArea(props: {
  kinds: readonly string[];
  /** The id in the path, if any. */
  id: string | undefined;
  /** Heading (and sentence) shown when the area has no documents. */
  title: string;
  none?: string;
  /** The page's choice when the path names no document it has; default the first. */
  fallback?: (list: readonly DocumentSummary[]) => DocumentSummary | undefined;
  /** Which of the listed documents the path's id names; default the one with that id. */
  named?: (d: DocumentSummary, id: string) => boolean;
  /** Where a picked document is shown; default its kind's page. */
  href?: (d: DocumentSummary) => string;
  /** Without a choice to make (one document) the picker can be left out. */
  hideSinglePicker?: boolean;
  children: (current: DocumentSummary, list: readonly DocumentSummary[]) => ComponentChildren;
}) {
  const docs = useDocuments(props.kinds);
  const list = docs.data ?? [];
  const { id } = props;
  const named = props.named ?? ((d, wanted) => d.id === wanted);
  const current =
    (id === undefined ? undefined : list.find((d) => named(d, id))) ??
    (props.fallback ?? ((l) => l[0]))(list);
  if (docs.error !== undefined) return <ErrorBox error={docs.error} />;
  if (current === undefined) {
    return docs.loading ? (
      <Loading />
    ) : (
      <>
        <h1>{props.title}</h1>
        {props.none !== undefined && <p>{props.none}</p>}
      </>
    );
  }
  return (
    <>
      {(props.hideSinglePicker !== true || list.length > 1) && (
        <TitledPicker docs={list} current={current} href={props.href} />
      )}
      {props.children(current, list)}
    </>
  );
}
