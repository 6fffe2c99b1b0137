import { ChartView } from '../components/Chart.js';
import { PrintHeader, documentStatus } from '../components/PrintHeader.js';
import { DocumentArea } from '../components/DocumentArea.js';
import { DocTables } from '../components/DocTables.js';
import { FindingList } from '../components/Findings.js';
import { ErrorBox, Loading } from '../components/Status.js';
import { TableView } from '../components/TableView.js';
import { api, docPath, type DocumentRecord, type DocumentSummary } from '../lib/api.js';
import { useApp } from '../lib/context.js';
import { useChecks, useDocument, useTables } from '../lib/hooks.js';
import { plainValue, numberOf, type JsonTable } from '../lib/tables.js';
import { titleOf } from '../lib/portfolio.js';
import { useLoad } from '../lib/use-fetch.js';

/** ESF: financing and its shortfall, co-financing hours against plan, participants, change requests. */
export default function Esf(props: { params: Record<string, string> }) {
  const { tr } = useApp();
  return (
    <DocumentArea
      kinds={['esf/project']}
      id={props.params.id}
      title={tr('esf')}
      fallback={(list) => list.find((d) => d.id === 'sala-esf-ip') ?? list[0]}
    >
      {(current) => <Project key={current.id} id={current.id} />}
    </DocumentArea>
  );
}

interface Related {
  timeReports: DocumentSummary | undefined;
  changeRequests: DocumentRecord<ChangeRequest>[];
}

interface ChangeRequest {
  projectId?: string;
  submitted?: string;
  reason?: string;
  decision?: string;
  moves?: {
    from: { phase?: string; category?: string };
    to: { phase?: string; category?: string };
    amount: string | number;
  }[];
}

async function related(id: string): Promise<Related> {
  const [reports, requests] = await Promise.all([
    api<{ documents: DocumentSummary[] }>('/api/kinds/esf/time-reports/documents'),
    api<{ documents: DocumentSummary[] }>('/api/kinds/esf/change-request/documents'),
  ]);
  const timeReports = reports.documents.find((d) => d.id === `${id}-time-reports`);
  const all = await Promise.all(
    requests.documents.map((d) =>
      api<DocumentRecord<ChangeRequest>>(docPath('esf/change-request', d.id)),
    ),
  );
  return { timeReports, changeRequests: all.filter((r) => r.document.projectId === id) };
}

const PHASES: Record<string, { sv: string; en: string }> = {
  analysis: { sv: 'Analys och planering', en: 'Analysis and planning' },
  implementation: { sv: 'Genomförande', en: 'Implementation' },
  closing: { sv: 'Avslut', en: 'Closing' },
};

/** A table's data rows for a chart: totals, subtotals and the given rows left out. */
function dataRows(
  table: JsonTable | undefined,
  skip: readonly string[] = [],
): JsonTable | undefined {
  if (table === undefined) return undefined;
  return {
    ...table,
    rows: table.rows.filter(
      (r) => r.kind !== 'total' && r.kind !== 'subtotal' && !skip.includes(r.id ?? ''),
    ),
  };
}

function Project(props: { id: string }) {
  const { locale, tr } = useApp();
  const { id } = props;
  const doc = useDocument('esf/project', id);
  const tables = useTables('esf/project', id);
  const checks = useChecks('esf/project', id);
  const rel = useLoad(`esf-related:${id}`, () => related(id));
  const reportsId = rel.data?.timeReports?.id;
  const hours = useTables('esf/time-reports', reportsId);
  const financing = tables.data?.find((t) => t.id === 'esf/financing');
  const cofin = numberOf(financing?.rows.find((r) => r.id === 'cofinancing')?.cells.amount);
  const grant = numberOf(financing?.rows.find((r) => r.id === 'grant')?.cells.amount);
  const shortfall = numberOf(financing?.rows.find((r) => r.id === 'shortfall')?.cells.amount);
  const vsPlan = dataRows(hours.data?.find((t) => t.id === 'esf/hours-vs-plan'));
  // Participants by gender: the gender rows only (not the total or the "of whom" row).
  const participants = dataRows(
    hours.data?.find((t) => t.id === 'esf/participants'),
    ['hourly'],
  );
  const crTable: JsonTable = {
    id: `${id}-change-requests`,
    title: { sv: 'Förändringsansökningar', en: 'Change requests' },
    columns: [
      { key: 'submitted', title: { sv: 'Inlämnad', en: 'Submitted' }, kind: 'date' },
      { key: 'decision', title: { sv: 'Beslut', en: 'Decision' }, kind: 'text' },
      { key: 'from', title: { sv: 'Från', en: 'From' }, kind: 'text' },
      { key: 'to', title: { sv: 'Till', en: 'To' }, kind: 'text' },
      { key: 'amount', title: { sv: 'Belopp', en: 'Amount' }, kind: 'money', unit: 'kr' },
      { key: 'reason', title: { sv: 'Skäl', en: 'Reason' }, kind: 'text' },
    ],
    rows: (rel.data?.changeRequests ?? []).flatMap((r) =>
      (r.document.moves ?? []).map((m, i) => ({
        id: `${r.id}-${i}`,
        cells: {
          submitted: r.document.submitted ?? null,
          decision:
            r.document.decision === 'approved'
              ? { sv: 'Beviljad', en: 'Approved' }
              : (r.document.decision ?? null),
          from: PHASES[m.from.phase ?? ''] ?? m.from.phase ?? null,
          to: PHASES[m.to.phase ?? ''] ?? m.to.phase ?? null,
          amount: String(m.amount),
          reason: r.document.reason ?? null,
        },
      })),
    ),
  };
  return (
    <article>
      <PrintHeader
        title={titleOf(doc.data?.document, id)}
        id={id}
        version={doc.data?.version}
        status={documentStatus(doc.data?.document)}
      />
      <h1>{titleOf(doc.data?.document, id)}</h1>
      {doc.error !== undefined && <ErrorBox error={doc.error} />}
      <section aria-labelledby="fin-title">
        <h2 id="fin-title">{tr('financing')}</h2>
        {grant !== undefined && cofin !== undefined && (
          <ChartView
            type="bar"
            labels={[locale === 'sv' ? 'Finansiering' : 'Financing']}
            stacked
            series={[
              { label: locale === 'sv' ? 'ESF-stöd' : 'ESF grant', values: [grant] },
              { label: locale === 'sv' ? 'Medfinansiering' : 'Co-financing', values: [cofin] },
              ...(shortfall !== undefined && shortfall > 0
                ? [
                    {
                      label: locale === 'sv' ? 'Saknad medfinansiering' : 'Co-financing shortfall',
                      values: [shortfall],
                    },
                  ]
                : []),
            ]}
            description={
              locale === 'sv'
                ? 'ESF-stöd och medfinansiering i kronor'
                : 'ESF grant and co-financing in SEK'
            }
          />
        )}
        <DocTables kind="esf/project" id={id} tables={tables} />
      </section>
      {reportsId !== undefined && (
        <section aria-labelledby="hours-title">
          <h2 id="hours-title">{tr('hours')}</h2>
          {vsPlan !== undefined && (
            <ChartView
              type="line"
              labels={vsPlan.rows.map((r) => plainValue(r.cells.month, locale))}
              series={[
                {
                  label: locale === 'sv' ? 'Planerat, kumulativt' : 'Planned, cumulative',
                  values: vsPlan.rows.map((r) => numberOf(r.cells.cumulativePlanned) ?? null),
                  dashed: true,
                },
                {
                  label: locale === 'sv' ? 'Rapporterat, kumulativt' : 'Reported, cumulative',
                  values: vsPlan.rows.map((r) => numberOf(r.cells.cumulativeReported) ?? null),
                },
              ]}
              description={tr('hours')}
            />
          )}
          {participants !== undefined && (
            <>
              <h3>{tr('participants')}</h3>
              <ChartView
                type="bar"
                labels={participants.rows.map((r) => plainValue(r.cells.item, locale))}
                series={[
                  {
                    label: locale === 'sv' ? 'Antal' : 'Count',
                    values: participants.rows.map((r) => numberOf(r.cells.count) ?? null),
                  },
                ]}
                description={tr('participants')}
              />
            </>
          )}
          <DocTables kind="esf/time-reports" id={reportsId} tables={hours} />
        </section>
      )}
      <section aria-labelledby="cr-title">
        <h2 id="cr-title">{tr('changeRequests')}</h2>
        {rel.error !== undefined && <ErrorBox error={rel.error} />}
        {rel.data === undefined ? <Loading /> : <TableView table={crTable} source="local" />}
      </section>
      {checks.data !== undefined && <FindingList findings={checks.data.findings} />}
    </article>
  );
}
