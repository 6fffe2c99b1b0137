import { useMemo, useState } from 'preact/hooks';
import { PrintHeader, documentStatus } from '../components/PrintHeader.js';
import { DocumentArea } from '../components/DocumentArea.js';
import { DocTables } from '../components/DocTables.js';
import { DownloadButtons } from '../components/DownloadButtons.js';
import { SaveBar, useSaveBar } from '../components/SaveBar.js';
import { FindingItem, FindingList } from '../components/Findings.js';
import { Link } from '../components/Link.js';
import { ErrorBox, Loading } from '../components/Status.js';
import { api, docPath, type DocumentRecord } from '../lib/api.js';
import { can } from '../lib/auth.js';
import {
  CHOICE_LABELS,
  OUTCOME_LABELS,
  choicesOf,
  evaluateChecklist,
  findingsAt,
  setAnswer,
  setJustification,
  type ResponseDocument,
} from '../lib/checklist.js';
import { loadChecklist } from '../lib/checklist-data.js';
import { useApp } from '../lib/context.js';
import { docWord } from '../lib/document-words.js';
import { useTables } from '../lib/hooks.js';
import { pick } from '../lib/i18n.js';
import { useLoad } from '../lib/use-fetch.js';

const KIND = 'principles/response';

/** Checklists: fill in a response with questions enabled as answers change, validated as you go. */
export default function Checklists(props: { params: Record<string, string> }) {
  const { locale, session, tr } = useApp();
  return (
    <DocumentArea
      kinds={[KIND]}
      id={props.params.id}
      title={tr('checklists')}
      fallback={(list) => list[list.length - 1]}
    >
      {(current) => (
        <>
          {can(session.grants, 'write', KIND) && (
            <p class="actions">
              <Link href="/ny/principles/response" class="button">
                {docWord('newChecklist', locale)}
              </Link>
            </p>
          )}
          <ChecklistForm key={current.id} id={current.id} />
        </>
      )}
    </DocumentArea>
  );
}

function ChecklistForm(props: { id: string }) {
  const { locale, session, tr } = useApp();
  const { id } = props;
  const [draft, setDraft] = useState<ResponseDocument | undefined>();
  const [record, setRecord] = useState<DocumentRecord<ResponseDocument> | undefined>();
  const dirty = draft !== undefined && record !== undefined && draft !== record.document;
  const bar = useSaveBar(dirty);
  const loaded = useLoad(`checklist:${id}`, async () => {
    const data = await loadChecklist(id);
    setRecord(data.response);
    setDraft(data.response.document);
    bar.clearConflict();
    return data;
  });
  const tables = useTables(KIND, record === undefined ? undefined : id);
  const templateDoc = loaded.data?.template?.document;
  const state = useMemo(
    () => (draft === undefined ? undefined : evaluateChecklist(templateDoc, draft)),
    [templateDoc, draft],
  );
  const canWrite = can(session.grants, 'write', KIND, id);
  if (loaded.error !== undefined) return <ErrorBox error={loaded.error} />;
  if (draft === undefined || record === undefined || state === undefined) return <Loading />;
  const errors = state.findings.filter((f) => f.severity === 'error');
  const save = () => {
    const message = bar.takeMessage();
    if (message === undefined) return;
    void bar.run(
      () =>
        api<DocumentRecord<ResponseDocument>>(docPath(KIND, id), {
          method: 'PUT',
          body: { baseVersion: record.version, document: draft, message },
        }),
      (r) => {
        setRecord(r);
        setDraft(r.document);
      },
    );
  };
  return (
    <article>
      <PrintHeader
        title={draft.case.title}
        id={id}
        version={record.version}
        status={documentStatus(draft)}
      />
      <h1>{draft.case.title}</h1>
      <p class="muted">
        {tr('checklist')} · <code>{id}</code> · {tr('version').toLowerCase()} {record.version} ·{' '}
        <Link href={`/checklistor/${encodeURIComponent(id)}/utskrift`}>{tr('print')}</Link>
      </p>
      <div
        aria-live="polite"
        data-testid="checklist-status"
        class={`alert ${state.valid ? 'ok' : 'warn'}`}
      >
        {state.valid ? tr('valid') : `${tr('invalid')}: ${errors.length} ${tr('errors')}`}
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (canWrite && dirty && bar.conflict === undefined && !bar.busy) save();
        }}
      >
        {state.evaluated?.sections.map((s) => {
          const section = s.section;
          const needs = state.needsJustification.has(section.id);
          const jFindings = findingsAt(state.findings, 'justifications', section.id);
          return (
            <fieldset key={section.id} class="section">
              <legend>
                <h2>{pick(section.title, locale)}</h2>
              </legend>
              {s.questions.map((q) => {
                const question = q.question;
                const name = `q-${question.id}`;
                const qFindings = findingsAt(state.findings, 'answers', question.id);
                const current =
                  q.answer.kind === 'choice'
                    ? q.answer.choice
                    : q.answer.kind === 'score'
                      ? String(q.answer.score)
                      : q.answer.kind === 'text'
                        ? q.answer.text
                        : '';
                const disabled = !canWrite || !q.enabled;
                return (
                  <fieldset
                    key={question.id}
                    class={`question ${q.enabled ? '' : 'disabled'}`}
                    data-question={question.id}
                    aria-describedby={q.enabled ? undefined : `${name}-why`}
                  >
                    <legend>{pick(question.text, locale)}</legend>
                    {!q.enabled && (
                      <p class="muted" id={`${name}-why`}>
                        {tr('disabledQuestion')}
                      </p>
                    )}
                    {question.type === 'text' ? (
                      <textarea
                        aria-label={pick(question.text, locale)}
                        disabled={disabled}
                        value={current}
                        onInput={(e) => {
                          setDraft(
                            setAnswer(templateDoc, draft, question.id, e.currentTarget.value),
                          );
                        }}
                      />
                    ) : (
                      <div class="choices">
                        {choicesOf(question).map((c) => (
                          <label key={c}>
                            <input
                              type="radio"
                              name={name}
                              value={c}
                              checked={current === c}
                              disabled={disabled}
                              onChange={() => {
                                setDraft(
                                  setAnswer(
                                    templateDoc,
                                    draft,
                                    question.id,
                                    question.type === 'scale' ? Number(c) : c,
                                  ),
                                );
                              }}
                            />{' '}
                            {c in CHOICE_LABELS
                              ? pick(CHOICE_LABELS[c as keyof typeof CHOICE_LABELS], locale)
                              : c}
                          </label>
                        ))}
                      </div>
                    )}
                    {q.enabled && q.outcome !== 'unanswered' && (
                      <p class="muted outcome">{pick(OUTCOME_LABELS[q.outcome], locale)}</p>
                    )}
                    {qFindings.length > 0 && (
                      <ul class="finding-list compact">
                        {qFindings.map((f, i) => (
                          <FindingItem key={i} finding={f} />
                        ))}
                      </ul>
                    )}
                  </fieldset>
                );
              })}
              {section.justification !== undefined && (
                <div class="field">
                  <label for={`j-${section.id}`}>
                    {tr('justification')}
                    {section.justification.prompt !== undefined &&
                      `: ${pick(section.justification.prompt, locale)}`}
                    {needs && ` (${locale === 'sv' ? 'krävs' : 'required'})`}
                  </label>
                  <textarea
                    id={`j-${section.id}`}
                    disabled={!canWrite}
                    value={draft.justifications?.[section.id] ?? ''}
                    onInput={(e) => {
                      setDraft(setJustification(draft, section.id, e.currentTarget.value));
                    }}
                  />
                  {jFindings.length > 0 && (
                    <ul class="finding-list compact">
                      {jFindings.map((f, i) => (
                        <FindingItem key={i} finding={f} />
                      ))}
                    </ul>
                  )}
                </div>
              )}
            </fieldset>
          );
        })}
        {canWrite && <SaveBar state={bar} fieldId="checklist-message" onReload={loaded.reload} />}
      </form>
      <FindingList findings={state.findings} />
      <DownloadButtons kind={KIND} id={id} />
      <section aria-labelledby="cl-tables">
        <h2 id="cl-tables">{tr('tables')}</h2>
        <DocTables kind={KIND} id={id} tables={tables} />
      </section>
    </article>
  );
}
