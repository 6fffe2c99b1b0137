import { DocumentArea } from '../components/DocumentArea.js';
import { PrintHeader, documentStatus } from '../components/PrintHeader.js';
import { DocTables } from '../components/DocTables.js';
import { FindingList } from '../components/Findings.js';
import { docPath } from '../lib/api.js';
import { useApp } from '../lib/context.js';
import { useChecks, useDocument, useTables } from '../lib/hooks.js';
import { titleOf } from '../lib/portfolio.js';

const KINDS = [
  'governance/organisation',
  'governance/forum-set',
  'governance/raci',
  'governance/gate-log',
];

/** Governance: organisation by level × side, forums with their calendar and ICS download. */
export default function Governance(props: { params: Record<string, string> }) {
  const { tr } = useApp();
  return (
    <DocumentArea
      kinds={KINDS}
      id={props.params.id}
      title={tr('governance')}
      fallback={(list) => list.find((d) => d.kind === 'governance/forum-set')}
    >
      {(current) => <GovernanceDoc key={current.id} kind={current.kind} id={current.id} />}
    </DocumentArea>
  );
}

function GovernanceDoc(props: { kind: string; id: string }) {
  const { locale, tr } = useApp();
  const { kind, id } = props;
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
      <p class="muted">{kind === 'governance/forum-set' ? tr('forums') : tr('organisation')}</p>
      {kind === 'governance/forum-set' && (
        <p>
          <a
            class="button"
            href={`${docPath(kind, id)}/export?exporter=governance/forum-ics&locale=${locale}`}
            download={`${id}.ics`}
            data-testid="ics"
          >
            {tr('ics')}
          </a>
        </p>
      )}
      <DocTables kind={kind} id={id} tables={tables} />
      {checks.data !== undefined && <FindingList findings={checks.data.findings} />}
    </article>
  );
}
