import { useEffect, useMemo, useState } from 'preact/hooks';
import { DownloadButtons } from '../components/DownloadButtons.js';
import { FindingList } from '../components/Findings.js';
import { Link } from '../components/Link.js';
import { NewStarter, hasStarter } from '../components/NewStarter.js';
import { SaveBar, useSaveBar } from '../components/SaveBar.js';
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
  const [findings, setFindings] = useState<readonly Finding[]>([]);
  const [checking, setChecking] = useState(false);
  const [refWarning, setRefWarning] = useState<readonly Finding[] | undefined>();
  const [started, setStarted] = useState(!isNew || !hasStarter(kind));
  const dirty = JSON.stringify(draft) !== baseline || (isNew && envId !== '');
  const bar = useSaveBar(dirty);
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

  const saveFindings = bar.error instanceof ApiError ? bar.error.findings : [];
  const shown = useMemo(() => {
    const seen = new Set(findings.map((f) => `${f.code}:${f.path.join('.')}`));
    return [...findings, ...saveFindings.filter((f) => !seen.has(`${f.code}:${f.path.join('.')}`))];
  }, [findings, saveFindings]);

  const change = (next: unknown) => {
    setDraft(next);
    bar.setProblem(undefined);
    setRefWarning(undefined);
  };

  const save = async (acceptMissing: boolean) => {
    bar.setProblem(undefined);
    if (isNew && envId.trim() === '') {
      bar.setProblem(docWord('idMissing', locale));
      return;
    }
    if (!isValidId(envId)) {
      bar.setProblem(docWord('idInvalid', locale));
      return;
    }
    const message = bar.takeMessage();
    if (message === undefined) return;
    if (hasIdField && idMismatch(draft, envId)) {
      bar.setProblem(docWord('idMismatch', locale));
      return;
    }
    await bar.run(
      async () => {
        if (!acceptMissing) {
          const refs = referenceProblems(await checkDraft(kind, envId, draft));
          if (refs.length > 0) {
            setRefWarning(refs);
            return undefined;
          }
        }
        return record === undefined
          ? createDocument(kind, envId, draft, message)
          : saveDocument(kind, envId, record.version, draft, message);
      },
      (r) => {
        setRecord(r);
        const shown = toInputForm(r.document);
        setDraft(shown);
        setBaseline(JSON.stringify(shown));
        setRefWarning(undefined);
        if (isNew) {
          bar.allowLeave();
          navigate(afterCreate(kind, envId));
        }
      },
    );
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
            <SaveBar
              state={bar}
              fieldId="version-message"
              sticky
              label={isNew ? docWord('create', locale) : tr('save')}
              ready={isNew || dirty}
              onReload={() => {
                location.reload();
              }}
              actions={
                <span class="muted" aria-live="polite">
                  {checking ? docWord('checking', locale) : ''}
                </span>
              }
              problemDetail={
                bar.problem === docWord('idMismatch', locale) && (
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
                )
              }
            >
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
            </SaveBar>
          )}
        </form>
      )}
      {!isNew && record !== undefined && <DownloadButtons kind={kind} id={record.id} />}
      {started && <FindingList findings={shown} />}
    </article>
  );
}
