import { useState } from 'preact/hooks';
import { FindingList, SeverityBadge } from '../components/Findings.js';
import { ErrorBox } from '../components/Status.js';
import { api, type DocumentRecord, type Finding } from '../lib/api.js';
import {
  ACCEPTED_TYPES,
  MAX_UPLOAD_BYTES,
  buildAuditView,
  cellKey,
  cellName,
  cellShown,
  columnTitle,
  documentRoute,
  draftFor,
  expectedActual,
  sourceText,
  suggestedId,
  tableTitle,
  uploadError,
  type AuditRecognition,
  type AuditReport,
  type AuditView,
  type NumberedFinding,
  type TableView,
} from '../lib/audit-view.js';
import { can } from '../lib/auth.js';
import { useApp } from '../lib/context.js';
import { formatDecimal, pick, type Locale } from '../lib/i18n.js';
import { navigate } from '../lib/router.js';

type State =
  | { readonly status: 'idle' }
  | { readonly status: 'busy' }
  | { readonly status: 'done'; readonly report: AuditReport; readonly file: string }
  | { readonly status: 'failed'; readonly error: unknown };

/** Sends the file as multipart/form-data field `file`, with the session's CSRF token. */
async function upload(file: File, locale: Locale, csrf: string | null): Promise<AuditReport> {
  const body = new FormData();
  body.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (csrf !== null) headers['x-csrf-token'] = csrf;
  const res = await fetch(`/api/audit?locale=${locale}`, {
    method: 'POST',
    headers,
    body,
    credentials: 'same-origin',
  });
  if (!res.ok) {
    let json: unknown = null;
    try {
      json = await res.json();
    } catch {
      // no JSON body: the status says it
    }
    throw uploadError(res.status, json);
  }
  return (await res.json()) as AuditReport;
}

/** The page "Granska dokument": upload a document and see its tables audited as they are. */
export default function AuditDocument() {
  const { tr, locale, session } = useApp();
  const [file, setFile] = useState<File | undefined>();
  const [state, setState] = useState<State>({ status: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [tooLarge, setTooLarge] = useState(false);

  const choose = (f: File | undefined) => {
    setTooLarge(f !== undefined && f.size > MAX_UPLOAD_BYTES);
    setFile(f);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (file === undefined || file.size > MAX_UPLOAD_BYTES) return;
    setState({ status: 'busy' });
    upload(file, locale, session.csrfToken).then(
      (report) => {
        setState({ status: 'done', report, file: file.name });
      },
      (error: unknown) => {
        setState({ status: 'failed', error });
      },
    );
  };

  return (
    <article class="audit-page">
      <h1>{tr('audit')}</h1>
      <p>{tr('auditIntro')}</p>
      <form class="audit-upload" onSubmit={submit}>
        <div
          class={dragging ? 'dropzone active' : 'dropzone'}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => {
            setDragging(false);
          }}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            choose(e.dataTransfer?.files[0]);
          }}
        >
          <label for="audit-file">{tr('auditFile')}</label>
          <input
            id="audit-file"
            type="file"
            name="file"
            accept={ACCEPTED_TYPES}
            aria-describedby="audit-file-help"
            onChange={(e) => {
              choose(e.currentTarget.files?.[0]);
            }}
          />
          <p id="audit-file-help" class="muted">
            {tr('auditDrop')}
          </p>
          {file !== undefined && (
            <p>
              {tr('auditChosen')}: <strong>{file.name}</strong> (
              {formatDecimal(String(Math.max(1, Math.round(file.size / 1024))), locale)} KiB)
            </p>
          )}
        </div>
        {tooLarge && (
          <p role="alert" class="alert error">
            {tr('auditTooLarge')}
          </p>
        )}
        <button type="submit" disabled={file === undefined || tooLarge || state.status === 'busy'}>
          {tr('auditSubmit')}
        </button>
      </form>
      <p role="status" class="muted">
        {state.status === 'busy'
          ? tr('auditBusy')
          : state.status === 'done'
            ? `${tr('auditDone')}: ${state.file}`
            : ''}
      </p>
      {state.status === 'failed' && <ErrorBox error={state.error} />}
      {state.status === 'done' && <Results report={state.report} file={state.file} />}
    </article>
  );
}

function Results(props: { report: AuditReport; file: string }) {
  const { tr } = useApp();
  const view = buildAuditView(props.report);
  return (
    <>
      <section aria-labelledby="audit-result">
        <h2 id="audit-result">
          {tr('auditResult')}: {props.file}
        </h2>
        <p>
          {view.counts.error} {tr('errors')}, {view.counts.warning} {tr('warnings')},{' '}
          {view.counts.info} {tr('infos')}
        </p>
      </section>
      <section aria-labelledby="audit-tables">
        <h2 id="audit-tables">{tr('auditTables')}</h2>
        {view.tables.length === 0 ? (
          <p>{tr('auditNoTables')}</p>
        ) : (
          view.tables.map((t) => <AuditedTable key={t.table.index} view={t} />)
        )}
      </section>
      {view.claims.length > 0 && <Claims view={view} />}
      {view.general.length > 0 && (
        <FindingList findings={view.general} title={tr('auditGeneral')} id="audit-general" />
      )}
      {props.report.recognitions.length > 0 && (
        <Recognitions recognitions={props.report.recognitions} file={props.file} view={view} />
      )}
    </>
  );
}

const noteId = (table: number, note: number) => `audit-t${String(table)}-n${String(note)}`;

function NoteRefs(props: { table: number; notes: readonly number[] | undefined }) {
  const { tr } = useApp();
  if (props.notes === undefined || props.notes.length === 0) return null;
  return (
    <span class="cell-flag">
      <span aria-hidden="true" class="cell-mark">
        ⚠
      </span>
      <span class="sr-only">{tr('auditFlagged')}</span>
      {props.notes.map((n) => (
        <sup key={n}>
          <a href={`#${noteId(props.table, n)}`}>
            <span class="sr-only">{tr('auditNote')} </span>
            {n}
          </a>
        </sup>
      ))}
    </span>
  );
}

function AuditedTable(props: { view: TableView }) {
  const { tr, locale } = useApp();
  const { table, findings, cells, rows } = props.view;
  const title = tableTitle(table, locale);
  const headingId = `audit-table-${String(table.index)}`;
  const flagged = (notes: readonly number[] | undefined) =>
    notes !== undefined && notes.some((n) => findings[n - 1]?.finding.severity !== 'info');
  return (
    <section class="audit-table" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p class="muted">
        {[table.unit, sourceText(table.source, locale)]
          .filter((x) => x !== undefined && x !== '')
          .join(' · ')}
      </p>
      <div class="audit-grid">
        <div class="table-scroll" role="region" aria-label={title} tabIndex={0}>
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{table.headerRows?.[0]?.[0] ?? tr('auditRowLabel')}</th>
                {table.columns.map((c, j) => (
                  <th key={j} scope="col" class="num">
                    {columnTitle(c)}
                    {c.unit !== undefined && ` (${c.unit})`}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr
                  key={r}
                  class={
                    [row.kind === 'data' ? '' : 'total', flagged(rows.get(r)) ? 'has-error' : '']
                      .filter((c) => c !== '')
                      .join(' ') || undefined
                  }
                >
                  <th scope="row">
                    {row.label}
                    <NoteRefs table={table.index} notes={rows.get(r)} />
                  </th>
                  {table.columns.map((_, c) => {
                    const notes = cells.get(cellKey(r, c));
                    const bad = flagged(notes);
                    return (
                      <td
                        key={c}
                        class={bad ? 'num flagged' : notes !== undefined ? 'num noted' : 'num'}
                      >
                        {cellShown(row.cells[c])}
                        <NoteRefs table={table.index} notes={notes} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div class="audit-notes">
          <h4>{tr('auditTableFindings')}</h4>
          {findings.length === 0 ? (
            <p>{tr('auditTableOk')}</p>
          ) : (
            <ol class="finding-list">
              {findings.map((f) => (
                <Note key={f.note} table={props.view} numbered={f} />
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}

function Note(props: { table: TableView; numbered: NumberedFinding }) {
  const { locale } = useApp();
  const { finding, cell, note, from } = props.numbered;
  const figures = expectedActual(finding, locale);
  return (
    <li
      id={noteId(props.table.table.index, note)}
      value={note}
      class="finding"
      data-code={finding.code}
    >
      <SeverityBadge severity={finding.severity} /> {finding.message[locale]}
      {cell !== undefined && (
        <span class="muted"> ({cellName(props.table.table, cell.row, cell.column, locale)})</span>
      )}
      {figures !== undefined && <span class="muted"> – {figures}</span>}
      {from !== undefined && <span class="muted"> – {pick(from, locale)}</span>}{' '}
      <code class="path">{finding.code}</code>
    </li>
  );
}

function Claims(props: { view: AuditView }) {
  const { tr, locale } = useApp();
  const outcome = {
    holds: tr('auditClaimHolds'),
    rounding: tr('auditClaimRounding'),
    mismatch: tr('auditClaimMismatch'),
  };
  return (
    <section aria-labelledby="audit-claims">
      <h2 id="audit-claims">{tr('auditClaims')}</h2>
      <ul class="audit-claims">
        {props.view.claims.map(({ claim, findings }, i) => (
          <li key={i} class={`claim ${claim.outcome}`}>
            <blockquote>{claim.text}</blockquote>
            <p>
              <strong>{outcome[claim.outcome]}</strong>: {tr('auditClaimStated')}{' '}
              {claim.stated.text}, {tr('auditClaimComputed')}{' '}
              {formatDecimal(claim.computed, locale)}
              {claim.stated.unit !== undefined && ` ${claim.stated.unit}`}
              {claim.source !== undefined && (
                <span class="muted"> ({sourceText(claim.source, locale)})</span>
              )}
            </p>
            {findings.length > 0 && <Plain findings={findings} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Plain(props: { findings: readonly Finding[] }) {
  const { locale } = useApp();
  return (
    <ul class="finding-list compact">
      {props.findings.map((f, i) => {
        const figures = expectedActual(f, locale);
        return (
          <li key={i} class="finding" data-code={f.code}>
            <SeverityBadge severity={f.severity} /> {f.message[locale]}
            {figures !== undefined && <span class="muted"> – {figures}</span>}{' '}
            <code class="path">{f.code}</code>
          </li>
        );
      })}
    </ul>
  );
}

function Recognitions(props: {
  recognitions: readonly AuditRecognition[];
  file: string;
  view: AuditView;
}) {
  const { tr } = useApp();
  return (
    <section aria-labelledby="audit-recognitions">
      <h2 id="audit-recognitions">{tr('auditRecognitions')}</h2>
      <p>{tr('auditRecognitionsIntro')}</p>
      {props.recognitions.map((r, i) => (
        <Recognition
          key={i}
          index={i}
          recognition={r}
          file={props.file}
          view={props.view}
          taken={props.recognitions.slice(0, i).map((x) => suggestedId(x))}
        />
      ))}
    </section>
  );
}

function Recognition(props: {
  index: number;
  recognition: AuditRecognition;
  file: string;
  view: AuditView;
  taken: readonly string[];
}) {
  const { tr, locale, session } = useApp();
  const r = props.recognition;
  const [id, setId] = useState(() => suggestedId(r, props.taken));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const headingId = `audit-recognition-${String(props.index)}`;
  const inputId = `audit-draft-id-${String(props.index)}`;
  const allowed = can(session.grants, 'write', r.kind);
  const tables = r.tableIndexes
    .map((t) => {
      const v = props.view.tables[t];
      return v === undefined ? String(t + 1) : tableTitle(v.table, locale);
    })
    .join('; ');
  const open = (e: Event) => {
    e.preventDefault();
    const chosen = id.trim();
    if (chosen === '') return;
    setBusy(true);
    setError(undefined);
    api<DocumentRecord>(`/api/kinds/${r.kind}/documents`, {
      method: 'POST',
      body: {
        id: chosen,
        document: draftFor(r, chosen),
        message:
          locale === 'sv'
            ? `Utkast från dokumentgranskning av ${props.file}`
            : `Draft from the audit of ${props.file}`,
      },
    }).then(
      (record) => {
        navigate(documentRoute(record.kind, record.id));
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  return (
    <section class="recognition" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {pick(r.title, locale)}
        {r.fallback === true && ` (${tr('auditFallback')})`}
      </h3>
      <p class="muted">
        <code>{r.kind}</code> · {tr('auditFromTables')}: {tables}
      </p>
      {r.findings.length > 0 && <Plain findings={r.findings} />}
      {allowed ? (
        <form class="inline-form" onSubmit={open}>
          <label for={inputId}>{tr('auditDraftId')}</label>{' '}
          <input
            id={inputId}
            type="text"
            value={id}
            required
            pattern="[A-Za-z0-9][A-Za-z0-9._\-]*"
            onInput={(e) => {
              setId(e.currentTarget.value);
            }}
          />{' '}
          <button type="submit" disabled={busy}>
            {tr('auditOpenDraft')}
          </button>
          {busy && (
            <span role="status" class="muted">
              {' '}
              {tr('auditCreating')}
            </span>
          )}
        </form>
      ) : (
        <p class="muted">{tr('auditNoWrite')}</p>
      )}
      {error !== undefined && <ErrorBox error={error} />}
    </section>
  );
}
