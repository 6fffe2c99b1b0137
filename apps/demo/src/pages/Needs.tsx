import { currentState, nextTransitions, type Organisation } from '@styrkit/governance';
import { useMemo, useState } from 'preact/hooks';
import { DocumentArea } from '../components/DocumentArea.js';
import { FindingList } from '../components/Findings.js';
import { ErrorBox, Loading } from '../components/Status.js';
import { TableView } from '../components/TableView.js';
import {
  api,
  docPath,
  type DocumentRecord,
  type DocumentSummary,
  type Finding,
} from '../lib/api.js';
import { saveDocument } from '../lib/api-workflow.js';
import { can } from '../lib/auth.js';
import { useApp } from '../lib/context.js';
import { pick, type Locale, type Text } from '../lib/i18n.js';
import {
  board,
  decide,
  deciderFor,
  FUNDING_TEXT,
  OUTCOME_TEXT,
  organisationOf,
  rankedBacklog,
  SCOPE_TEXT,
  STATE_TEXT_EN,
  submitNeed,
  type NeedInput,
  type StoredBacklog,
  type StoredGateLog,
} from '../lib/needs.js';
import { datasetOf } from '../lib/portfolio.js';
import type { JsonTable } from '../lib/tables.js';
import { useLoad } from '../lib/use-fetch.js';

const LOG_KIND = 'governance/gate-log';
const BACKLOG_KIND = 'effects/backlog';

const T = {
  title: { sv: 'Behovsprocess', en: 'Needs process' },
  intro: {
    sv: 'Lämna ett behov eller en idé och för det genom grovsållning, beredning och klart för start. Vid varje beslutspunkt beslutar den roll som beslutsreglerna pekar ut: gå vidare, till gemensam väntelista eller sortera bort.',
    en: 'Submit a need or an idea and move it through rough screening, preparation and ready to start. At each decision point the role the decision rules name decides: advance, put on the shared backlog, or sort out.',
  },
  submit: { sv: 'Lämna ett behov eller en idé', en: 'Submit a need or an idea' },
  needTitle: { sv: 'Rubrik', en: 'Title' },
  scope: { sv: 'Vilka berörs', en: 'Who is affected' },
  funding: { sv: 'Vem betalar', en: 'Who pays' },
  mandatory: { sv: 'Lagkrav eller tvingande', en: 'Legal requirement or mandatory' },
  send: { sv: 'Lämna in', en: 'Submit' },
  decidingAs: { sv: 'Jag beslutar som', en: 'I decide as' },
  chooseRole: { sv: 'Välj roll', en: 'Choose a role' },
  board: { sv: 'Tavla per steg', en: 'Board by step' },
  decidedBy: { sv: 'Beslutas av', en: 'Decided by' },
  anyRole: { sv: 'valfri roll', en: 'any role' },
  empty: { sv: 'Inga behov i steget.', en: 'No needs in this step.' },
  backlog: { sv: 'Gemensam väntelista, rangordnad', en: 'Shared backlog, ranked' },
  backlogIntro: {
    sv: 'Rangordnad efter prioriteringsprinciperna: tvingande först, sedan kriterierna i ordning; beroenden respekteras.',
    en: 'Ranked by the prioritisation principles: mandatory first, then the criteria in order; dependencies respected.',
  },
  decisions: { sv: 'Beslutslogg', en: 'Decision log' },
  submitted: { sv: 'Behovet är inlämnat', en: 'The need is submitted' },
  decided: { sv: 'Beslutet är registrerat', en: 'The decision is recorded' },
  readOnly: {
    sv: 'Du kan läsa behovsprocessen men inte ändra den.',
    en: 'You can read the needs process but not change it.',
  },
  noLog: { sv: 'Det finns ingen beslutslogg för behov.', en: 'There is no gate log for needs.' },
} as const satisfies Record<string, Text>;

/** Needs process: submit needs, decide them step by step, rank the backlog, board per step. */
export default function Needs(props: { params: Record<string, string> }) {
  const { locale } = useApp();
  return (
    <DocumentArea
      kinds={[LOG_KIND]}
      id={props.params.id}
      title={pick(T.title, locale)}
      none={pick(T.noLog, locale)}
      href={(d) => `/behov/${encodeURIComponent(d.id)}`}
      hideSinglePicker
    >
      {(current) => <Funnel key={current.id} id={current.id} />}
    </DocumentArea>
  );
}

interface Loaded {
  log: DocumentRecord<StoredGateLog>;
  backlog: DocumentRecord<StoredBacklog> | undefined;
  org: Organisation | undefined;
}

async function loadFunnel(id: string): Promise<Loaded> {
  const log = await api<DocumentRecord<StoredGateLog>>(docPath(LOG_KIND, id));
  const backlogs = await api<{ documents: DocumentSummary[] }>(
    `/api/kinds/${BACKLOG_KIND}/documents`,
  );
  const match =
    backlogs.documents.find((d) => datasetOf(d.id) === datasetOf(id)) ?? backlogs.documents[0];
  const [backlog, orgRecord] = await Promise.all([
    match === undefined
      ? Promise.resolve(undefined)
      : api<DocumentRecord<StoredBacklog>>(docPath(BACKLOG_KIND, match.id)),
    log.document.organisation === undefined
      ? Promise.resolve(undefined)
      : api<DocumentRecord>(docPath('governance/organisation', log.document.organisation)).catch(
          () => undefined,
        ),
  ]);
  return { log, backlog, org: organisationOf(orgRecord?.document) };
}

function stateName(log: StoredGateLog, state: string, locale: Locale): string {
  const s = log.process.states.find((x) => x.id === state);
  if (locale === 'en') return STATE_TEXT_EN[state] ?? s?.name ?? state;
  return s?.name ?? state;
}

function roleName(org: Organisation | undefined, role: string, locale: Locale): string {
  const r = org?.roles.find((x) => x.id === role);
  if (r === undefined) return role;
  return locale === 'en' ? (r.nameEn ?? r.name) : r.name;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function Funnel(props: { id: string }) {
  const { locale, session } = useApp();
  const [tick, setTick] = useState(0);
  const loaded = useLoad(`needs:${props.id}:${tick}`, () => loadFunnel(props.id));
  const [role, setRole] = useState('');
  const [findings, setFindings] = useState<Finding[]>([]);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const tx = (t: Text) => pick(t, locale);
  const data = loaded.data;
  const ranked = useMemo(
    () =>
      data?.backlog === undefined
        ? undefined
        : rankedBacklog(data.log.document, data.backlog.document),
    [data],
  );
  if (loaded.error !== undefined) return <ErrorBox error={loaded.error} />;
  if (data === undefined) return <Loading />;
  const log = data.log.document;
  const { org } = data;
  const canWrite = can(session.grants, 'write', LOG_KIND, props.id);

  const store = async (next: StoredGateLog, backlog?: StoredBacklog) => {
    await saveDocument(
      LOG_KIND,
      props.id,
      next,
      data.log.version,
      'Behovsprocess: ändrad i portalen',
    );
    if (backlog !== undefined && data.backlog !== undefined) {
      await saveDocument(
        BACKLOG_KIND,
        data.backlog.id,
        backlog,
        data.backlog.version,
        'Behovsprocess: nytt behov',
      );
    }
  };
  const run = (work: () => Promise<void>, done: string) => {
    setBusy(true);
    setError(undefined);
    work().then(
      () => {
        setBusy(false);
        setNotice(done);
        setTick((n) => n + 1);
      },
      (e: unknown) => {
        setBusy(false);
        setError(e);
        setTick((n) => n + 1);
      },
    );
  };

  const columns = board(log);
  const decisionTable: JsonTable = {
    id: `${props.id}-decision-log`,
    title: T.decisions,
    columns: [
      { key: 'date', title: { sv: 'Datum', en: 'Date' }, kind: 'date' },
      { key: 'item', title: { sv: 'Behov', en: 'Need' }, kind: 'text' },
      { key: 'gate', title: { sv: 'Beslutspunkt', en: 'Decision point' }, kind: 'text' },
      { key: 'outcome', title: { sv: 'Utfall', en: 'Outcome' }, kind: 'text' },
      { key: 'by', title: { sv: 'Beslutad av', en: 'Decided by' }, kind: 'text' },
    ],
    rows: [...log.decisions].reverse().map((d) => ({
      id: d.id,
      cells: {
        date: d.date,
        item: log.items.find((i) => i.id === d.item)?.title ?? d.item,
        gate: d.gate ?? null,
        outcome: OUTCOME_TEXT[d.outcome],
        by: { sv: roleName(org, d.decidedBy, 'sv'), en: roleName(org, d.decidedBy, 'en') },
      },
    })),
  };
  const backlogTable: JsonTable | undefined =
    ranked === undefined
      ? undefined
      : {
          id: `${props.id}-ranked-backlog`,
          title: T.backlog,
          columns: [
            { key: 'rank', title: { sv: 'Rang', en: 'Rank' }, kind: 'integer' },
            { key: 'title', title: { sv: 'Behov', en: 'Need' }, kind: 'text' },
            { key: 'mandatory', title: T.mandatory, kind: 'text' },
            { key: 'reason', title: { sv: 'Varför här', en: 'Why here' }, kind: 'text' },
          ],
          rows: ranked.ranked.map((r) => ({
            id: r.item.id,
            cells: {
              rank: String(r.rank),
              title: r.item.title,
              mandatory: r.item.mandatory ? { sv: 'Ja', en: 'Yes' } : { sv: 'Nej', en: 'No' },
              reason: r.reason,
            },
          })),
        };

  return (
    <article>
      <h1>{tx(T.title)}</h1>
      <p>{tx(T.intro)}</p>
      <p class="muted">{log.name}</p>
      {!canWrite && <p class="note">{tx(T.readOnly)}</p>}
      <div aria-live="polite">
        {notice !== undefined && (
          <p class="alert ok" data-testid="needs-notice">
            {notice}
          </p>
        )}
      </div>
      {error !== undefined && <ErrorBox error={error} />}
      {findings.length > 0 && <FindingList findings={findings} id="needs-findings" />}
      {canWrite && (
        <SubmitForm
          backlog={data.backlog?.document}
          busy={busy}
          onSubmit={(input) => {
            if (data.backlog === undefined) return;
            const r = submitNeed(log, data.backlog.document, input);
            if (!r.ok) {
              setFindings(r.findings);
              return;
            }
            setFindings([]);
            run(() => store(r.log, r.backlog), tx(T.submitted));
          }}
        />
      )}
      <section aria-labelledby="needs-board-title">
        <h2 id="needs-board-title">{tx(T.board)}</h2>
        {canWrite && (
          <div class="field">
            <label for="deciding-role">{tx(T.decidingAs)}</label>{' '}
            <select
              id="deciding-role"
              value={role}
              onChange={(e) => {
                setRole(e.currentTarget.value);
              }}
            >
              <option value="">{tx(T.chooseRole)}</option>
              {(org?.roles ?? []).map((r) => (
                <option key={r.id} value={r.id}>
                  {roleName(org, r.id, locale)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="needs-board" data-testid="needs-board">
          {columns.map((col) => (
            <section
              key={col.state.id}
              class="needs-column"
              aria-labelledby={`col-${col.state.id}`}
              data-state={col.state.id}
            >
              <h3 id={`col-${col.state.id}`}>
                {stateName(log, col.state.id, locale)}{' '}
                <span class="muted">({col.items.length})</span>
              </h3>
              {col.items.length === 0 ? (
                <p class="muted">{tx(T.empty)}</p>
              ) : (
                <ul class="needs-cards">
                  {col.items.map((item) => (
                    <li key={item.id} class="need-card" data-need={item.id}>
                      <strong>{item.title}</strong>
                      <br />
                      <span class="muted">
                        {item.scope === undefined ? '–' : tx(SCOPE_TEXT[item.scope])},{' '}
                        {item.funding === undefined
                          ? '–'
                          : tx(FUNDING_TEXT[item.funding]).toLowerCase()}
                      </span>
                      {canWrite &&
                        nextTransitions(log.process, item).map((move) => {
                          const check = deciderFor(org, log.process, item, move, role || undefined);
                          const who =
                            check.allowed.length === 0
                              ? tx(T.anyRole)
                              : check.allowed.map((r) => roleName(org, r, locale)).join(', ');
                          const reasonId = `why-${item.id}-${move.to}`;
                          return (
                            <div key={move.to} class="need-move">
                              <button
                                type="button"
                                data-move={move.to}
                                disabled={busy || !check.mayDecide}
                                aria-describedby={reasonId}
                                onClick={() => {
                                  const r = decide(log, org, item.id, move.to, role, today());
                                  if (!r.ok) {
                                    setFindings(r.findings);
                                    return;
                                  }
                                  setFindings([]);
                                  run(() => store(r.log), tx(T.decided));
                                }}
                              >
                                {tx(OUTCOME_TEXT[move.outcome])}: {stateName(log, move.to, locale)}
                              </button>
                              <span id={reasonId} class="muted small">
                                {tx(T.decidedBy)} {who}
                              </span>
                            </div>
                          );
                        })}
                      {!canWrite && (
                        <span class="muted small">
                          {' '}
                          · {stateName(log, currentState(log.process, item), locale)}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      </section>
      <section aria-labelledby="needs-backlog-title">
        <h2 id="needs-backlog-title">{tx(T.backlog)}</h2>
        <p>{tx(T.backlogIntro)}</p>
        {ranked !== undefined && ranked.findings.length > 0 && (
          <FindingList findings={ranked.findings} id="backlog-findings" />
        )}
        {backlogTable !== undefined && <TableView table={backlogTable} source="local" />}
      </section>
      <TableView table={decisionTable} source="local" />
    </article>
  );
}

function SubmitForm(props: {
  backlog: StoredBacklog | undefined;
  busy: boolean;
  onSubmit: (input: NeedInput) => void;
}) {
  const { locale } = useApp();
  const tx = (t: Text) => pick(t, locale);
  const [title, setTitle] = useState('');
  const [scope, setScope] = useState<NeedInput['scope']>('one-unit');
  const [funding, setFunding] = useState<NeedInput['funding']>('own-unit');
  const [mandatory, setMandatory] = useState(false);
  const [scores, setScores] = useState<Record<string, string>>({});
  const scored = (props.backlog?.criteria ?? []).filter(
    (c) => c.source === undefined || c.source === 'score',
  );
  return (
    <form
      class="needs-form"
      aria-labelledby="needs-submit-title"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit({ title, scope, funding, mandatory, scores });
        setTitle('');
        setScores({});
        setMandatory(false);
      }}
    >
      <h2 id="needs-submit-title">{tx(T.submit)}</h2>
      <div class="field">
        <label for="need-title">{tx(T.needTitle)}</label>
        <input
          id="need-title"
          value={title}
          maxLength={200}
          onInput={(e) => {
            setTitle(e.currentTarget.value);
          }}
        />
      </div>
      <div class="field">
        <label for="need-scope">{tx(T.scope)}</label>
        <select
          id="need-scope"
          value={scope}
          onChange={(e) => {
            setScope(e.currentTarget.value as NeedInput['scope']);
          }}
        >
          {(Object.keys(SCOPE_TEXT) as NeedInput['scope'][]).map((s) => (
            <option key={s} value={s}>
              {tx(SCOPE_TEXT[s])}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="need-funding">{tx(T.funding)}</label>
        <select
          id="need-funding"
          value={funding}
          onChange={(e) => {
            setFunding(e.currentTarget.value as NeedInput['funding']);
          }}
        >
          {(Object.keys(FUNDING_TEXT) as NeedInput['funding'][]).map((f) => (
            <option key={f} value={f}>
              {tx(FUNDING_TEXT[f])}
            </option>
          ))}
        </select>
      </div>
      {scored.map((c) => (
        <div class="field" key={c.id}>
          <label for={`need-score-${c.id}`}>
            {c.title} {locale === 'sv' ? '(poäng, valfri)' : '(score, optional)'}
          </label>
          <input
            id={`need-score-${c.id}`}
            inputMode="decimal"
            value={scores[c.id] ?? ''}
            onInput={(e) => {
              setScores({ ...scores, [c.id]: e.currentTarget.value.trim() });
            }}
          />
        </div>
      ))}
      <div class="field check">
        <input
          type="checkbox"
          id="need-mandatory"
          checked={mandatory}
          onChange={(e) => {
            setMandatory(e.currentTarget.checked);
          }}
        />{' '}
        <label for="need-mandatory">{tx(T.mandatory)}</label>
      </div>
      <button type="submit" class="primary" disabled={props.busy || props.backlog === undefined}>
        {tx(T.send)}
      </button>
    </form>
  );
}
