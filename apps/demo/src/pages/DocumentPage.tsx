import { DocTables } from '../components/DocTables.js';
import { PrintHeader, documentStatus } from '../components/PrintHeader.js';
import { FindingList } from '../components/Findings.js';
import { ErrorBox } from '../components/Status.js';
import { useApp } from '../lib/context.js';
import { useChecks, useDocument, useTables } from '../lib/hooks.js';
import { titleOf } from '../lib/portfolio.js';

/** Any document: its tables and its findings. */
export default function DocumentPage(props: { params: Record<string, string> }) {
  const { tr } = useApp();
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
      </p>
      {doc.error !== undefined && <ErrorBox error={doc.error} />}
      <DocTables kind={kind} id={id} tables={tables} />
      {checks.data !== undefined && <FindingList findings={checks.data.findings} />}
    </article>
  );
}
