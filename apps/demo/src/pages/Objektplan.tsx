import { useMemo, useState } from 'preact/hooks';
import { PrintHeader, documentStatus } from '../components/PrintHeader.js';
import { DownloadButtons } from '../components/DownloadButtons.js';
import { FindingList } from '../components/Findings.js';
import { DocumentArea } from '../components/DocumentArea.js';
import { Link } from '../components/Link.js';
import { titleFrom, useTitles } from '../components/TitledPicker.js';
import { MatrixEditor } from '../components/MatrixEditor.js';
import { SaveBar, useSaveBar } from '../components/SaveBar.js';
import { ErrorBox, Loading } from '../components/Status.js';
import { TableView } from '../components/TableView.js';
import { VersionHistory } from '../components/VersionHistory.js';
import { api, docPath, type DocumentRecord, type DocumentSummary } from '../lib/api.js';
import { can } from '../lib/auth.js';
import { useApp } from '../lib/context.js';
import { pick } from '../lib/i18n.js';
import { docWord } from '../lib/document-words.js';
import {
  diffTables,
  evaluatePlan,
  setCell,
  setStated,
  type PlanDocument,
  type StatedTarget,
} from '../lib/objektplan.js';
import { titleOf } from '../lib/portfolio.js';
import type { JsonTable } from '../lib/tables.js';
import { useLoad } from '../lib/use-fetch.js';

const KIND = 'pm3/objektplan';

/** Objektplan: pick a plan, edit its matrices with live totals and findings, save, approve, compare. */
export default function Objektplan(props: { params: Record<string, string> }) {
  const { tr } = useApp();
  return (
    <DocumentArea
      kinds={[KIND]}
      id={props.params.id}
      title={tr('objektplan')}
      href={(d) => `/objektplan/${encodeURIComponent(d.id)}`}
    >
      {(current, list) => (
        <PlanEditor
          key={current.id}
          id={current.id}
          others={list.filter((d) => d.id !== current.id)}
        />
      )}
    </DocumentArea>
  );
}

function PlanEditor(props: { id: string; others: readonly DocumentSummary[] }) {
  const { locale, session, tr } = useApp();
  const { id } = props;
  const [record, setRecord] = useState<DocumentRecord<PlanDocument> | undefined>();
  const [draft, setDraft] = useState<PlanDocument | undefined>();
  const [dirty, setDirty] = useState(false);
  const bar = useSaveBar(dirty);
  const [versionsTick, setVersionsTick] = useState(0);
  const loaded = useLoad(`plan:${id}`, async () => {
    const r = await api<DocumentRecord<PlanDocument>>(docPath(KIND, id));
    setRecord(r);
    setDraft(r.document);
    setDirty(false);
    bar.clearConflict();
    return r;
  });
  const evaluation = useMemo(
    () => (draft === undefined ? undefined : evaluatePlan(draft, record?.document)),
    [draft, record],
  );
  const canWrite = can(session.grants, 'write', KIND, id);
  const canApprove = can(session.grants, 'approve', KIND, id);

  if (loaded.error !== undefined) return <ErrorBox error={loaded.error} />;
  if (record === undefined || draft === undefined || evaluation === undefined) return <Loading />;

  const onCell =
    (matrix: 'budget' | 'fte') =>
    (row: number, column: Parameters<typeof setCell>[3], text: string) => {
      setDraft((d) => (d === undefined ? d : setCell(d, matrix, row, column, text)));
      setDirty(true);
    };
  const onStated = (matrix: 'budget' | 'fte') => (target: StatedTarget, text: string) => {
    setDraft((d) => (d === undefined ? d : setStated(d, matrix, target, text)));
    setDirty(true);
  };
  const save = () => {
    const message = bar.takeMessage();
    if (message === undefined) return;
    void bar.run(
      () =>
        api<DocumentRecord<PlanDocument>>(docPath(KIND, id), {
          method: 'PUT',
          body: { baseVersion: record.version, document: draft, message },
        }),
      (r) => {
        setRecord(r);
        setDraft(r.document);
        setDirty(false);
        setVersionsTick((n) => n + 1);
      },
    );
  };
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of evaluation.findings) counts[f.severity] += 1;
  const grand = evaluation.totals.budget?.grand;
  return (
    <article>
      <PrintHeader
        title={titleOf(draft, id)}
        id={id}
        version={record.version}
        status={documentStatus(draft)}
      />
      <h1>{titleOf(draft, id)}</h1>
      <p class="muted">
        {tr('document')} <code>{id}</code>, {tr('version').toLowerCase()}{' '}
        <span data-testid="version">{record.version}</span>
      </p>
      <p class="actions plan-links">
        {canWrite && (
          <>
            <Link href={`/ny/pm3/objektplan?from=${encodeURIComponent(id)}`} class="button">
              {docWord('newPlan', locale)}
            </Link>{' '}
            <Link href={`/dokument/${KIND}/${encodeURIComponent(id)}/redigera`} class="button">
              {locale === 'sv' ? 'Redigera alla fält' : 'Edit every field'}
            </Link>
          </>
        )}
      </p>
      {!canWrite && <p class="note">{tr('readOnly')}</p>}
      {canWrite && <p class="muted">{tr('live')}</p>}
      <p aria-live="polite" class="live-summary" data-testid="live-summary">
        {tr('budget')}: {grand === undefined ? '–' : pick(grand, locale)}; {counts.error}{' '}
        {tr('errors')}, {counts.warning} {tr('warnings')}, {counts.info} {tr('infos')}
      </p>
      <MatrixEditor
        matrix="budget"
        doc={draft}
        evaluation={evaluation}
        editable={canWrite}
        onCell={onCell('budget')}
        onStated={onStated('budget')}
      />
      <MatrixEditor
        matrix="fte"
        doc={draft}
        evaluation={evaluation}
        editable={canWrite}
        onCell={onCell('fte')}
        onStated={onStated('fte')}
      />
      {canWrite && (
        <SaveBar
          state={bar}
          fieldId="plan-message"
          onSave={save}
          onReload={loaded.reload}
          actions={
            <>
              <button
                type="button"
                disabled={!dirty || bar.busy}
                onClick={() => {
                  setDraft(record.document);
                  setDirty(false);
                }}
              >
                {tr('reset')}
              </button>{' '}
            </>
          }
        />
      )}
      <FindingList findings={evaluation.findings} />
      <DownloadButtons kind={KIND} id={id} />
      <VersionHistory kind={KIND} id={id} tick={versionsTick} canApprove={canApprove} />
      <HostTables id={id} version={record.version} />
      <Compare id={id} others={props.others} current={draft} />
    </article>
  );
}

function HostTables(props: { id: string; version: number }) {
  const { locale, tr } = useApp();
  const tables = useLoad(`tables:${props.id}:${props.version}:${locale}`, () =>
    api<JsonTable[]>(
      `${docPath(KIND, props.id)}/tables?format=json&locale=${locale}&version=${props.version}`,
    ),
  );
  return (
    <section aria-labelledby="tables-title">
      <h2 id="tables-title">{tr('tables')}</h2>
      {tables.error !== undefined && <ErrorBox error={tables.error} />}
      {tables.data === undefined ? (
        <Loading />
      ) : (
        tables.data.map((t) => (
          <TableView
            key={t.id}
            table={t}
            source={{ kind: KIND, id: props.id, version: props.version }}
          />
        ))
      )}
    </section>
  );
}

function Compare(props: { id: string; others: readonly DocumentSummary[]; current: PlanDocument }) {
  const { locale, tr } = useApp();
  const [chosen, setOther] = useState<string | undefined>();
  const other = chosen ?? props.others[0]?.id;
  const titles = useTitles(props.others);
  const mineTitle = titleOf(props.current, props.id);
  const otherTitle = other === undefined ? '' : titleFrom(titles.data, { kind: KIND, id: other });
  const loaded = useLoad(
    other === undefined ? null : `compare:${props.id}:${other}:${locale}`,
    async () => {
      const otherId = other ?? '';
      const [rec, mine, theirs] = await Promise.all([
        api<DocumentRecord<PlanDocument>>(docPath(KIND, otherId)),
        api<JsonTable[]>(
          `${docPath(KIND, props.id)}/tables?format=json&locale=${locale}&table=pm3/budget-matrix`,
        ),
        api<JsonTable[]>(
          `${docPath(KIND, otherId)}/tables?format=json&locale=${locale}&table=pm3/budget-matrix`,
        ),
      ]);
      return { rec, mine, theirs };
    },
  );
  const diff = useMemo(
    () => (loaded.data === undefined ? [] : diffTables(props.current, loaded.data.rec.document)),
    [loaded.data, props.current],
  );
  if (other === undefined) return null;
  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">{tr('compare')}</h2>
      <div class="field">
        <label for="compare-with">{tr('to')}</label>{' '}
        <select
          id="compare-with"
          value={other}
          onChange={(e) => {
            setOther(e.currentTarget.value);
          }}
        >
          {props.others.map((o) => (
            <option key={o.id} value={o.id}>
              {titleFrom(titles.data, o)}
            </option>
          ))}
        </select>
      </div>
      {loaded.error !== undefined && <ErrorBox error={loaded.error} />}
      {loaded.data === undefined ? (
        <Loading />
      ) : (
        <>
          <h3>{tr('sideBySide')}</h3>
          <div class="side-by-side">
            <div>
              {loaded.data.mine.map((t) => (
                <TableView
                  key={t.id}
                  table={{
                    ...t,
                    title: { sv: `${mineTitle}: ${t.title.sv}`, en: `${mineTitle}: ${t.title.en}` },
                  }}
                  source={{ kind: KIND, id: props.id }}
                />
              ))}
            </div>
            <div>
              {loaded.data.theirs.map((t) => (
                <TableView
                  key={t.id}
                  table={{
                    ...t,
                    title: {
                      sv: `${otherTitle}: ${t.title.sv}`,
                      en: `${otherTitle}: ${t.title.en}`,
                    },
                  }}
                  source={{ kind: KIND, id: other }}
                />
              ))}
            </div>
          </div>
          <h3>{tr('changedCells')}</h3>
          <div data-testid="plan-diff">
            {diff.map((t) => (
              <TableView key={t.id} table={t} source="local" />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
