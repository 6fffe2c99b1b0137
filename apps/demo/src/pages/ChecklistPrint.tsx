import { useMemo } from 'preact/hooks';
import { Link } from '../components/Link.js';
import { ErrorBox, Loading } from '../components/Status.js';
import { CHOICE_LABELS, OUTCOME_LABELS, evaluateChecklist } from '../lib/checklist.js';
import { loadChecklist } from '../lib/checklist-data.js';
import { useApp } from '../lib/context.js';
import { pick } from '../lib/i18n.js';
import { useLoad } from '../lib/use-fetch.js';

/** The filled-in checklist as the committee document: read-only, made for printing. */
export default function ChecklistPrint(props: { params: Record<string, string> }) {
  const { locale, tr } = useApp();
  const id = props.params.id ?? '';
  const loaded = useLoad(`checklist-print:${id}`, () => loadChecklist(id));
  const state = useMemo(
    () =>
      loaded.data === undefined
        ? undefined
        : evaluateChecklist(loaded.data.template?.document, loaded.data.response.document),
    [loaded.data],
  );
  if (loaded.error !== undefined) return <ErrorBox error={loaded.error} />;
  if (loaded.data === undefined || state === undefined) return <Loading />;
  const doc = loaded.data.response.document;
  const c = doc.case as {
    title: string;
    diarienummer?: string;
    committee?: string;
    meetingDate?: string;
    agendaItem?: number;
  };
  return (
    <article class="print-view">
      <p class="no-print">
        <Link href={`/checklistor/${encodeURIComponent(id)}`}>{tr('back')}</Link>{' '}
        <button
          type="button"
          onClick={() => {
            window.print();
          }}
        >
          {tr('printNow')}
        </button>
      </p>
      <h1>{state.template === undefined ? tr('checklist') : pick(state.template.title, locale)}</h1>
      <dl class="case">
        <dt>{locale === 'sv' ? 'Ärende' : 'Case'}</dt>
        <dd>{c.title}</dd>
        {c.diarienummer !== undefined && (
          <>
            <dt>{locale === 'sv' ? 'Diarienummer' : 'Case number'}</dt>
            <dd>{c.diarienummer}</dd>
          </>
        )}
        {c.committee !== undefined && (
          <>
            <dt>{locale === 'sv' ? 'Nämnd' : 'Committee'}</dt>
            <dd>{c.committee}</dd>
          </>
        )}
        {c.meetingDate !== undefined && (
          <>
            <dt>{locale === 'sv' ? 'Sammanträdesdatum' : 'Meeting date'}</dt>
            <dd>
              {c.meetingDate}
              {c.agendaItem !== undefined && `, § ${c.agendaItem}`}
            </dd>
          </>
        )}
      </dl>
      <p>{state.valid ? tr('valid') : tr('invalid')}</p>
      {state.evaluated?.sections.map((s) => (
        <section key={s.section.id}>
          <h2>{pick(s.section.title, locale)}</h2>
          <table>
            <caption class="sr-only">{pick(s.section.title, locale)}</caption>
            <thead>
              <tr>
                <th scope="col">{locale === 'sv' ? 'Fråga' : 'Question'}</th>
                <th scope="col">{locale === 'sv' ? 'Svar' : 'Answer'}</th>
                <th scope="col">{locale === 'sv' ? 'Bedömning' : 'Assessment'}</th>
              </tr>
            </thead>
            <tbody>
              {s.questions.map((q) => (
                <tr key={q.question.id}>
                  <th scope="row">{pick(q.question.text, locale)}</th>
                  <td>
                    {q.answer.kind === 'choice'
                      ? pick(CHOICE_LABELS[q.answer.choice], locale)
                      : q.answer.kind === 'score'
                        ? String(q.answer.score)
                        : q.answer.kind === 'text'
                          ? q.answer.text
                          : '–'}
                  </td>
                  <td>{pick(OUTCOME_LABELS[q.outcome], locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {s.justification !== undefined && s.justification !== '' && (
            <p>
              <strong>{tr('justification')}:</strong> {s.justification}
            </p>
          )}
        </section>
      ))}
    </article>
  );
}
