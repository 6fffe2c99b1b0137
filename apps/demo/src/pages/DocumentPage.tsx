import { DocTables } from '../components/DocTables.js';
import { DownloadButtons } from '../components/DownloadButtons.js';
import { PrintHeader, documentStatus } from '../components/PrintHeader.js';
import { FindingList } from '../components/Findings.js';
import { Link } from '../components/Link.js';
import { ErrorBox } from '../components/Status.js';
import { can } from '../lib/auth.js';
import { useApp } from '../lib/context.js';
import { docWord } from '../lib/document-words.js';
import { useChecks, useDocument, useTables } from '../lib/hooks.js';
import { titleOf } from '../lib/portfolio.js';

/** Any document: its tables and findings, Word and PDF downloads, and a link to edit it. */
export default function DocumentPage(props: { params: Record<string, string> }) {
  const { locale, session, tr } = useApp();
  const kind = `${props.params.plugin ?? ''}/${props.params.kind ?? ''}`;
  const id = props.params.id ?? '';
  const doc = useDocument(kind, id);
  const tables = useTables(kind, id);
  const checks = useChecks(kind, id);
  return (
    <article>
      <PrintHeader
        title={titleOf(doc.data?.document, id)}
        id={id}
        version={doc.data?.version}
        status={documentStatus(doc.data?.document)}
      />
      <h1>{titleOf(doc.data?.document, id)}</h1>
      <p class="muted">
        {tr('document')} <code>{kind}</code> <code>{id}</code>
        {doc.data !== undefined && (
          <>
            {' · '}
            {tr('version').toLowerCase()} {doc.data.version}
          </>
        )}
      </p>
      {doc.data !== undefined && can(session.grants, 'write', kind, id) && (
        <p class="actions">
          <Link href={`/dokument/${kind}/${encodeURIComponent(id)}/redigera`} class="button">
            {docWord('edit', locale)}
          </Link>
        </p>
      )}
      {doc.error !== undefined && <ErrorBox error={doc.error} />}
      <DownloadButtons kind={kind} id={id} />
      <DocTables kind={kind} id={id} tables={tables} />
      {checks.data !== undefined && <FindingList findings={checks.data.findings} />}
    </article>
  );
}
