import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ConflictAlert, isConflict } from '../components/Conflict.js';
import { DownloadButtons } from '../components/DownloadButtons.js';
import { FindingList } from '../components/Findings.js';
import { Link } from '../components/Link.js';
import { NewStarter, hasStarter } from '../components/NewStarter.js';
import { SaveError } from '../components/SaveError.js';
import { ErrorBox, Loading } from '../components/Status.js';
import { SchemaForm } from '../components/schema-form/SchemaForm.js';
import { blankValue, type JsonSchema } from '../components/schema-form/schema.js';
import { ApiError, api, docPath, type DocumentRecord, type Finding } from '../lib/api.js';
import {
  checkDraft,
  createDocument,
  fetchKinds,
  fetchSchema,
  saveDocument,
} from '../lib/api-documents.js';
import { can } from '../lib/auth.js';
import { useApp } from '../lib/context.js';
import { docWord } from '../lib/document-words.js';
import { referenceProblems, idMismatch, isValidId, syncId } from '../lib/document-checks.js';
import { pick } from '../lib/i18n.js';
import { toInputForm } from '../lib/input-form.js';
import { detailPath, titleOf } from '../lib/portfolio.js';
import { navigate } from '../lib/router.js';
import { useUnsavedGuard } from '../lib/unsaved.js';
import { useLoad } from '../lib/use-fetch.js';

/** The kinds whose own page is where one continues after creating (filling in, the matrix). */
const OWN_PAGES = new Set(['pm3/objektplan', 'principles/response', 'esf/project']);

/** Where the user lands after creating a document: its own page, else the generic one. */
function afterCreate(kind: string, id: string): string {
  return OWN_PAGES.has(kind) ? detailPath(kind, id) : `/dokument/${kind}/${encodeURIComponent(id)}`;
}

/** How long typing must pause before the host checks the draft. */
const CHECK_DELAY_MS = 600;

/**
 * Create or edit a document of any kind with a form made from the kind's JSON Schema: the
 * host checks the draft as the user types (findings at their fields), the version message is
 * the user's, leaving with unsaved changes asks first, and a document whose own id differs
 * from the id it is stored under, or that points at documents that do not exist, is refused or
 * warned about before it is stored.
 */
export default function EditDocument(props: { params: Record<string, string> }) {
  const kind = `${props.params.plugin ?? ''}/${props.params.kind ?? ''}`;
  const id = props.params.id;
  const loaded = useLoad(`edit:${kind}:${id ?? ''}`, async () => {
    const [kinds, schema, record] = await Promise.all([
      fetchKinds(),
      fetchSchema(kind),
      id === undefined ? Promise.resolve(undefined) : api<DocumentRecord>(docPath(kind, id)),
    ]);
    return { info: kinds.find((k) => k.name === kind), schema, record };
  });
  if (loaded.error !== undefined) return <ErrorBox error={loaded.error} />;
  if (loaded.data === undefined) return <Loading />;
  return (
    <Editor
      kind={kind}
      title={loaded.data.info?.title}
      schema={loaded.data.schema}
      record={loaded.data.record}
    />
  );
}

function Editor(props: {
  kind: string;
  title: { sv: string; en: string } | undefined;
  schema: JsonSchema;
  record: DocumentRecord | undefined;
}) {
  const { locale, session, tr } = useApp();
  const { kind, schema } = props;
  const isNew = props.record === undefined;
  const [record, setRecord] = useState(props.record);
  const initial = useMemo(
    () =>
      props.record === undefined ? (blankValue(schema) ?? {}) : toInputForm(props.record.document),
    [],
  );
  const [draft, setDraft] = useState<unknown>(initial);
  const [baseline, setBaseline] = useState(() => JSON.stringify(initial));
  const [envId, setEnvId] = useState(props.record?.id ?? '');
  const [message, setMessage] = useState('');
  const [findings, setFindings] = useState<readonly Finding[]>([]);
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [refWarning, setRefWarning] = useState<readonly Finding[] | undefined>();
  const [saveError, setSaveError] = useState<unknown>();
  const [conflict, setConflict] = useState<ApiError | undefined>();
  const [saved, setSaved] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);
  const [started, setStarted] = useState(!isNew || !hasStarter(kind));
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const dirty = JSON.stringify(draft) !== baseline || (isNew && envId !== '');
  const { allowLeave } = useUnsavedGuard(dirty, locale);
  const canWrite = can(session.grants, 'write', kind, record?.id);
  const hasIdField = schema.properties?.id !== undefined;

  // The host checks the draft as it is whenever typing pauses.
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      setChecking(true);
      checkDraft(kind, isValidId(envId) ? envId : 'utkast', draft).then(
        (f) => {
          if (!live) return;
          setFindings(f);
          setChecking(false);
        },
        () => {
          if (live) setChecking(false);
        },
      );
    }, CHECK_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [draft, envId]);

  const saveFindings =
    saveError instanceof ApiError && saveError.status !== 409 ? saveError.findings : [];
  const shown = useMemo(() => {
    const seen = new Set(findings.map((f) => `${f.code}:${f.path.join('.')}`));
    return [...findings, ...saveFindings.filter((f) => !seen.has(`${f.code}:${f.path.join('.')}`))];
  }, [findings, saveFindings]);

  const change = (next: unknown) => {
    setDraft(next);
    setSaved(undefined);
    setProblem(undefined);
    setRefWarning(undefined);
  };

  const save = async (acceptMissing: boolean) => {
    setProblem(undefined);
    setSaveError(undefined);
    if (isNew && envId.trim() === '') {
      setProblem(docWord('idMissing', locale));
      return;
    }
    if (!isValidId(envId)) {
      setProblem(docWord('idInvalid', locale));
      return;
    }
    if (message.trim() === '') {
      setProblem(docWord('messageMissing', locale));
      messageRef.current?.focus();
      return;
    }
    if (hasIdField && idMismatch(draft, envId)) {
      setProblem(docWord('idMismatch', locale));
      return;
    }
    setBusy(true);
    try {
      if (!acceptMissing) {
        const refs = referenceProblems(await checkDraft(kind, envId, draft));
        if (refs.length > 0) {
          setRefWarning(refs);
          setBusy(false);
          return;
        }
      }
      const r =
        record === undefined
          ? await createDocument(kind, envId, draft, message.trim())
          : await saveDocument(kind, envId, record.version, draft, message.trim());
      setRecord(r);
      const shown = toInputForm(r.document);
      setDraft(shown);
      setBaseline(JSON.stringify(shown));
      setMessage('');
      setRefWarning(undefined);
      setSaved(r.version);
      setBusy(false);
      if (isNew) {
        allowLeave();
        navigate(afterCreate(kind, envId));
      }
    } catch (e) {
      setBusy(false);
      if (isConflict(e)) setConflict(e);
      else setSaveError(e);
    }
  };

  const heading = isNew
    ? `${docWord('newOfKind', locale)}: ${pick(props.title, locale) || kind}`
    : `${docWord('editTitle', locale)}: ${titleOf(draft, envId)}`;
  const docIdText =
    typeof (draft as { id?: unknown } | null)?.id === 'string' ? (draft as { id: string }).id : '';

  return (
    <article class="edit-document">
      <h1>{heading}</h1>
      <p class="muted">
        <code>{kind}</code>
        {!isNew && (
          <>
            {' · '}
            <Link href={afterCreate(kind, envId)}>{tr('document')}</Link> ·{' '}
            {tr('version').toLowerCase()} <span data-testid="version">{record?.version}</span>
          </>
        )}
      </p>
      {!canWrite && <p class="note">{tr('readOnly')}</p>}
      {isNew && (
        <NewStarter
          kind={kind}
          schema={schema}
          onStart={(doc, suggestedId) => {
            change(doc);
            if (suggestedId !== undefined) setEnvId(suggestedId);
            setStarted(true);
          }}
        />
      )}
      {started && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save(false);
          }}
        >
          {isNew && (
            <div class="field">
              <label for="doc-id">
                {docWord('documentId', locale)} <span class="required">*</span>
              </label>
              <input
                id="doc-id"
                value={envId}
                aria-required="true"
                aria-describedby="doc-id-help"
                onInput={(e) => {
                  const next = e.currentTarget.value;
                  if (hasIdField) setDraft((d: unknown) => syncId(d, envId, next));
                  setEnvId(next);
                }}
              />
              <p class="help" id="doc-id-help">
                {docWord('documentIdHelp', locale)}
              </p>
            </div>
          )}
          <p class="muted">{docWord('liveChecks', locale)}</p>
          <SchemaForm
            schema={schema}
            value={draft}
            onChange={change}
            findings={shown}
            locale={locale}
            readOnly={!canWrite}
          />
          {canWrite && (
            <div class="save-bar">
              <div class="field">
                <label for="version-message">
                  {docWord('versionMessage', locale)} <span class="required">*</span>
                </label>
                <textarea
                  id="version-message"
                  ref={messageRef}
                  rows={2}
                  required
                  aria-required="true"
                  aria-describedby="version-message-help"
                  value={message}
                  onInput={(e) => {
                    setMessage(e.currentTarget.value);
                  }}
                />
                <p class="help" id="version-message-help">
                  {docWord('versionMessageHelp', locale)}
                </p>
              </div>
              <div class="actions">
                <button
                  type="submit"
                  class="primary"
                  disabled={busy || conflict !== undefined || (!isNew && !dirty)}
                >
                  {isNew ? docWord('create', locale) : tr('save')}
                </button>{' '}
                {dirty && <span class="muted">{tr('unsaved')}</span>}{' '}
                <span class="muted" aria-live="polite">
                  {checking ? docWord('checking', locale) : ''}
                </span>
              </div>
              <div aria-live="assertive">
                {problem !== undefined && (
                  <div role="alert" class="alert error" data-testid="save-problem">
                    <p>{problem}</p>
                    {problem === docWord('idMismatch', locale) && (
                      <p>
                        <code>{docIdText}</code> ≠ <code>{envId}</code>{' '}
                        <button
                          type="button"
                          onClick={() => {
                            change(syncId(draft, docIdText, envId, true));
                          }}
                        >
                          {docWord('useEnvelopeId', locale)} <code>{envId}</code>
                        </button>
                      </p>
                    )}
                  </div>
                )}
                {refWarning !== undefined && (
                  <div role="alert" class="alert warn" data-testid="missing-references">
                    <p>{docWord('missingReferences', locale)}</p>
                    <ul>
                      {refWarning.map((f, i) => (
                        <li key={i}>{f.message[locale]}</li>
                      ))}
                    </ul>
                    <button type="button" onClick={() => void save(true)}>
                      {docWord('saveAnyway', locale)}
                    </button>
                  </div>
                )}
                {saveError !== undefined && <SaveError error={saveError} />}
              </div>
              <div aria-live="polite">
                {saved !== undefined && (
                  <p class="alert ok" data-testid="saved">
                    {tr('saved')} {saved}.
                  </p>
                )}
              </div>
            </div>
          )}
        </form>
      )}
      {conflict !== undefined && (
        <ConflictAlert
          conflict={conflict}
          onReload={() => {
            allowLeave();
            location.reload();
          }}
        />
      )}
      {!isNew && record !== undefined && <DownloadButtons kind={kind} id={record.id} />}
      {started && <FindingList findings={shown} />}
    </article>
  );
}
