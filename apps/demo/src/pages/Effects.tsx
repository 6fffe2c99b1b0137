import { ChartView } from '../components/Chart.js';
import { PrintHeader, documentStatus } from '../components/PrintHeader.js';
import { DocumentArea } from '../components/DocumentArea.js';
import { DocTables } from '../components/DocTables.js';
import { FindingList } from '../components/Findings.js';
import { ErrorBox } from '../components/Status.js';
import { TableView } from '../components/TableView.js';
import { useApp } from '../lib/context.js';
import {
  goalSeries,
  goalTree,
  type GoalJson,
  type GoalNode,
  type MeasurementJson,
} from '../lib/effects.js';
import { useChecks, useDocument, useTables } from '../lib/hooks.js';
import { pick } from '../lib/i18n.js';
import { titleOf } from '../lib/portfolio.js';
import type { JsonTable } from '../lib/tables.js';

const KINDS = ['effects/effect-plan', 'effects/goal-tree', 'effects/backlog'];

/** Effects: goal tree with status, measurements against the planned path, what keeps goals unmeasurable. */
export default function Effects(props: { params: Record<string, string> }) {
  const { tr } = useApp();
  const wanted = props.params.kind === undefined ? undefined : `effects/${props.params.kind}`;
  return (
    <DocumentArea
      kinds={KINDS}
      id={props.params.id}
      title={tr('effects')}
      named={(d, id) => d.id === id && (wanted === undefined || d.kind === wanted)}
      fallback={(list) => list.find((d) => d.kind === 'effects/goal-tree') ?? list[0]}
    >
      {(current) => (
        <EffectsDoc key={`${current.kind}/${current.id}`} kind={current.kind} id={current.id} />
      )}
    </DocumentArea>
  );
}

function statusById(
  tables: readonly JsonTable[] | undefined,
): Map<string, string | { sv: string; en: string }> {
  const map = new Map<string, string | { sv: string; en: string }>();
  for (const row of tables?.find((t) => t.id === 'effects/goal-status')?.rows ?? []) {
    const s = row.cells.status;
    if (row.id !== undefined && s !== null && s !== undefined) map.set(row.id, s);
  }
  return map;
}

function Tree(props: {
  nodes: readonly GoalNode[];
  status: Map<string, string | { sv: string; en: string }>;
}) {
  const { locale } = useApp();
  return (
    <ul class="tree">
      {props.nodes.map((n) => {
        const s = props.status.get(n.goal.id);
        return (
          <li key={n.goal.id}>
            {n.goal.title}
            {s !== undefined && <span class="status"> · {pick(s, locale)}</span>}
            {n.children.length > 0 && <Tree nodes={n.children} status={props.status} />}
          </li>
        );
      })}
    </ul>
  );
}

function EffectsDoc(props: { kind: string; id: string }) {
  const { locale, tr } = useApp();
  const { kind, id } = props;
  const doc = useDocument<{ goals?: GoalJson[]; measurements?: MeasurementJson[] }>(kind, id);
  const tables = useTables(kind, id);
  const checks = useChecks(kind, id);
  const goals = doc.data?.document.goals ?? [];
  const measurements = doc.data?.document.measurements ?? [];
  const status = statusById(tables.data);
  const series = goals.flatMap((g) => {
    const s = goalSeries(g, measurements);
    return s === undefined ? [] : [s];
  });
  const counts = new Map<string, number>();
  for (const s of status.values())
    counts.set(pick(s, locale), (counts.get(pick(s, locale)) ?? 0) + 1);
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
      {goals.length > 0 && (
        <section aria-labelledby="tree-title">
          <h2 id="tree-title">
            {locale === 'sv' ? 'Målträd med status' : 'Goal tree with status'}
          </h2>
          <Tree nodes={goalTree(goals)} status={status} />
        </section>
      )}
      {counts.size > 0 && (
        <section aria-labelledby="status-title">
          <h2 id="status-title">
            {locale === 'sv' ? 'Effektmål per status' : 'Effect goals by status'}
          </h2>
          <ChartView
            type="bar"
            labels={[...counts.keys()]}
            series={[
              {
                label: locale === 'sv' ? 'Antal mål' : 'Number of goals',
                values: [...counts.values()],
              },
            ]}
            description={
              locale === 'sv' ? 'Antal effektmål per status' : 'Number of effect goals by status'
            }
          />
          <DocTables kind={kind} id={id} tables={tables} only={['effects/goal-status']} />
        </section>
      )}
      <section aria-labelledby="measure-title">
        <h2 id="measure-title">{tr('measurements')}</h2>
        {series.length === 0 && <p>{tr('noMeasurements')}</p>}
        {series.map((s) => {
          const unit = s.goal.indicator?.unit ?? '';
          const table: JsonTable = {
            id: `effects-measurements-${s.goal.id}`,
            title: {
              sv: `${s.goal.title}: ${s.goal.indicator?.name ?? ''} (${unit})`,
              en: `${s.goal.title}: ${s.goal.indicator?.name ?? ''} (${unit})`,
            },
            columns: [
              { key: 'date', title: { sv: 'Datum', en: 'Date' }, kind: 'date' },
              {
                key: 'planned',
                title: { sv: 'Planerad väg', en: 'Planned path' },
                kind: 'quantity',
                unit,
              },
              { key: 'measured', title: { sv: 'Uppmätt', en: 'Measured' }, kind: 'quantity', unit },
            ],
            rows: s.dates.map((d, i) => ({
              cells: {
                date: d,
                planned:
                  s.planned[i] === null || s.planned[i] === undefined ? null : String(s.planned[i]),
                measured:
                  s.measured[i] === null || s.measured[i] === undefined
                    ? null
                    : String(s.measured[i]),
              },
            })),
          };
          return (
            <div key={s.goal.id} data-testid="measurement-chart">
              <ChartView
                type="line"
                labels={s.dates}
                series={[
                  { label: tr('planned'), values: s.planned, dashed: true },
                  { label: tr('measured'), values: s.measured },
                ]}
                description={pick(table.title, locale)}
              />
              <TableView table={table} source="local" />
            </div>
          );
        })}
      </section>
      <section aria-labelledby="measurability-title">
        <h2 id="measurability-title">{tr('notMeasurable')}</h2>
        <DocTables kind={kind} id={id} tables={tables} only={['effects/measurability']} />
      </section>
      <section aria-labelledby="other-title">
        <h2 id="other-title">{tr('tables')}</h2>
        <DocTables
          kind={kind}
          id={id}
          tables={tables}
          skip={['effects/goal-status', 'effects/measurability']}
        />
      </section>
      {checks.data !== undefined && <FindingList findings={checks.data.findings} />}
    </article>
  );
}
