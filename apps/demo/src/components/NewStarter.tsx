import { DEFAULT_MAIN_ACTIVITIES } from '@styrkit/pm3';
import { useState } from 'preact/hooks';
import { ErrorBox, Loading } from './Status.js';
import { blankValue, type JsonSchema } from './schema-form/schema.js';
import { api, docPath, type DocumentRecord } from '../lib/api.js';
import { listDocuments } from '../lib/api-documents.js';
import { useApp } from '../lib/context.js';
import { docWord } from '../lib/document-words.js';
import { titleOf } from '../lib/portfolio.js';
import { blankPlan, nextFollowUpPeriod, rollForwardPlan, type Doc } from '../lib/roll-forward.js';
import { useLoad } from '../lib/use-fetch.js';

type Start = (doc: unknown, suggestedId?: string) => void;

/** The kinds that start from a choice (a plan to roll forward, a call, a template …). */
const STARTERS: Readonly<Record<string, (p: StarterProps) => preact.JSX.Element>> = {
  'pm3/objektplan': PlanStarter,
  'esf/project': ProjectStarter,
  'principles/response': ChecklistStarter,
  'effects/measurements': MeasurementsStarter,
  'pm3/budget-follow-up': FollowUpStarter,
};

/** Whether a kind starts from a choice; other kinds start from the schema's blank document. */
export function hasStarter(kind: string): boolean {
  return STARTERS[kind] !== undefined;
}

interface StarterProps {
  readonly schema: JsonSchema;
  readonly onStart: Start;
}

/** The choices a new document of a kind starts from, or nothing for a blank one. */
export function NewStarter(props: { kind: string; schema: JsonSchema; onStart: Start }) {
  const S = STARTERS[props.kind];
  if (S === undefined) return null;
  return <S schema={props.schema} onStart={props.onStart} />;
}

const query = (name: string): string | undefined =>
  new URLSearchParams(location.search).get(name) ?? undefined;

function useDocs<T>(kind: string) {
  return useLoad(`starter:${kind}`, async () => {
    const list = await listDocuments(kind);
    return Promise.all(list.map((d) => api<DocumentRecord<T>>(docPath(kind, d.id))));
  });
}

function blankOf(schema: JsonSchema): Record<string, unknown> {
  const b = blankValue(schema);
  return typeof b === 'object' && b !== null ? (b as Record<string, unknown>) : {};
}

function Panel(props: { children: preact.ComponentChildren; onApply: () => void; ok: boolean }) {
  const { locale } = useApp();
  const [applied, setApplied] = useState(false);
  return (
    <form
      class="starter"
      onSubmit={(e) => {
        e.preventDefault();
        props.onApply();
        setApplied(true);
      }}
    >
      <fieldset>
        <legend>{docWord('start', locale)}</legend>
        {props.children}
        <div class="actions">
          <button type="submit" disabled={!props.ok}>
            {docWord('apply', locale)}
          </button>
        </div>
        <p aria-live="polite" class="muted">
          {applied ? docWord('starterApplied', locale) : ''}
        </p>
      </fieldset>
    </form>
  );
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (v: string) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>{' '}
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => {
          props.onChange(e.currentTarget.value);
        }}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function PlanStarter(props: StarterProps) {
  const { locale } = useApp();
  const plans = useDocs<Doc>('pm3/objektplan');
  const objects = useDocs<Doc>('pm3/forvaltningsobjekt');
  const [mode, setMode] = useState<'roll' | 'blank'>(query('mode') === 'blank' ? 'blank' : 'roll');
  const [from, setFrom] = useState(query('from') ?? '');
  const [objectId, setObjectId] = useState(query('object') ?? '');
  const [yearText, setYearText] = useState('');
  const [keep, setKeep] = useState(false);
  if (plans.error !== undefined) return <ErrorBox error={plans.error} />;
  if (objects.error !== undefined) return <ErrorBox error={objects.error} />;
  if (plans.data === undefined || objects.data === undefined) return <Loading />;
  const planList = [...plans.data].sort(
    (a, b) => Number(b.document.year ?? 0) - Number(a.document.year ?? 0),
  );
  const source = planList.find((p) => p.id === from) ?? planList[0];
  const object = objects.data.find((o) => o.id === objectId) ?? objects.data[0];
  const sourceYear = typeof source?.document.year === 'number' ? source.document.year : undefined;
  const defaultYear =
    mode === 'roll' && sourceYear !== undefined ? sourceYear + 1 : new Date().getFullYear() + 1;
  const year = yearText === '' ? defaultYear : Number(yearText);
  const yearOk = Number.isInteger(year) && year >= 1900 && year <= 2200;
  const ok = yearOk && (mode === 'roll' ? source !== undefined : object !== undefined);
  const objectOf = (p: DocumentRecord<Doc> | undefined) =>
    typeof p?.document.objectId === 'string' ? p.document.objectId : 'plan';
  return (
    <Panel
      ok={ok}
      onApply={() => {
        if (mode === 'roll' && source !== undefined) {
          const id = `${objectOf(source)}-${year}`;
          props.onStart(rollForwardPlan(source.document, { id, year, keepAmounts: keep }), id);
        } else if (object !== undefined) {
          const id = `${object.id}-${year}`;
          const name = typeof object.document.name === 'string' ? object.document.name : object.id;
          props.onStart(
            blankPlan({
              id,
              objectId: object.id,
              title: `Objektplan ${name} ${year}`,
              year,
              activities: DEFAULT_MAIN_ACTIVITIES.map((a) => a.id),
            }),
            id,
          );
        }
      }}
    >
      <div class="choices" role="radiogroup" aria-label={docWord('start', locale)}>
        <label>
          <input
            type="radio"
            name="plan-mode"
            checked={mode === 'roll'}
            disabled={planList.length === 0}
            onChange={() => {
              setMode('roll');
            }}
          />{' '}
          {docWord('rollForward', locale)}
        </label>
        <label>
          <input
            type="radio"
            name="plan-mode"
            checked={mode === 'blank'}
            onChange={() => {
              setMode('blank');
            }}
          />{' '}
          {docWord('blankPlan', locale)}
        </label>
      </div>
      {mode === 'roll' ? (
        <>
          <Select
            id="starter-from"
            label={docWord('fromPlan', locale)}
            value={source?.id ?? ''}
            options={planList.map((p) => ({ value: p.id, label: titleOf(p.document, p.id) }))}
            onChange={setFrom}
          />
          <div class="starter-check">
            <label>
              <input
                type="checkbox"
                checked={keep}
                onChange={(e) => {
                  setKeep(e.currentTarget.checked);
                }}
              />{' '}
              {docWord('keepAmounts', locale)}
            </label>
          </div>
        </>
      ) : (
        <Select
          id="starter-object"
          label={docWord('object', locale)}
          value={object?.id ?? ''}
          options={objects.data.map((o) => ({ value: o.id, label: titleOf(o.document, o.id) }))}
          onChange={setObjectId}
        />
      )}
      <div class="field">
        <label for="starter-year">{docWord('year', locale)}</label>{' '}
        <input
          id="starter-year"
          inputMode="numeric"
          value={yearText === '' ? String(defaultYear) : yearText}
          aria-invalid={yearOk ? undefined : 'true'}
          onInput={(e) => {
            setYearText(e.currentTarget.value);
          }}
        />
      </div>
    </Panel>
  );
}

function ProjectStarter(props: StarterProps) {
  const { locale } = useApp();
  const calls = useDocs<Doc>('esf/call');
  const [callId, setCallId] = useState(query('call') ?? '');
  if (calls.error !== undefined) return <ErrorBox error={calls.error} />;
  if (calls.data === undefined) return <Loading />;
  const call = calls.data.find((c) => c.id === callId) ?? calls.data[0];
  return (
    <Panel
      ok={call !== undefined}
      onApply={() => {
        props.onStart({ ...blankOf(props.schema), callId: call?.id ?? '' });
      }}
    >
      <Select
        id="starter-call"
        label={docWord('call', locale)}
        value={call?.id ?? ''}
        options={calls.data.map((c) => ({ value: c.id, label: titleOf(c.document, c.id) }))}
        onChange={setCallId}
      />
    </Panel>
  );
}

function ChecklistStarter(props: StarterProps) {
  const { locale } = useApp();
  const templates = useDocs<{ id?: string; version?: number; title?: unknown }>(
    'principles/template',
  );
  const [chosen, setChosen] = useState(query('template') ?? '');
  if (templates.error !== undefined) return <ErrorBox error={templates.error} />;
  if (templates.data === undefined) return <Loading />;
  const template = templates.data.find((t) => t.id === chosen) ?? templates.data[0];
  return (
    <Panel
      ok={template !== undefined}
      onApply={() => {
        if (template === undefined) return;
        props.onStart({
          case: { title: '', diarienummer: '', committee: '', meetingDate: '' },
          template: {
            id: template.document.id ?? template.id,
            version: template.document.version ?? 1,
          },
          answers: {},
          justifications: {},
          signedBy: { name: '' },
        });
      }}
    >
      <Select
        id="starter-template"
        label={docWord('template', locale)}
        value={template?.id ?? ''}
        options={templates.data.map((t) => {
          const title = t.document.title;
          const text =
            typeof title === 'object' && title !== null && 'sv' in title
              ? String((title as { sv: unknown; en: unknown })[locale])
              : titleOf(t.document, t.id);
          return { value: t.id, label: `${text} (v${String(t.document.version ?? 1)})` };
        })}
        onChange={setChosen}
      />
    </Panel>
  );
}

function MeasurementsStarter(props: StarterProps) {
  const { locale } = useApp();
  const plans = useDocs<Doc>('effects/effect-plan');
  const [planId, setPlanId] = useState(query('plan') ?? '');
  if (plans.error !== undefined) return <ErrorBox error={plans.error} />;
  if (plans.data === undefined) return <Loading />;
  const plan = plans.data.find((p) => p.id === planId) ?? plans.data[0];
  return (
    <Panel
      ok={plan !== undefined}
      onApply={() => {
        if (plan === undefined) return;
        props.onStart(
          {
            ...blankOf(props.schema),
            title: `Mätningar ${titleOf(plan.document, plan.id)}`,
            planId: plan.id,
            measurements: [],
          },
          `${plan.id}-matningar`,
        );
      }}
    >
      <Select
        id="starter-plan"
        label={docWord('effectPlan', locale)}
        value={plan?.id ?? ''}
        options={plans.data.map((p) => ({ value: p.id, label: titleOf(p.document, p.id) }))}
        onChange={setPlanId}
      />
    </Panel>
  );
}

function FollowUpStarter(props: StarterProps) {
  const { locale } = useApp();
  const followUps = useDocs<Doc>('pm3/budget-follow-up');
  const [fromId, setFromId] = useState(query('from') ?? '');
  const [monthsText, setMonthsText] = useState('');
  if (followUps.error !== undefined) return <ErrorBox error={followUps.error} />;
  if (followUps.data === undefined) return <Loading />;
  const source = followUps.data.find((f) => f.id === fromId) ?? followUps.data[0];
  const lastMonths = typeof source?.document.months === 'number' ? source.document.months : 0;
  const lastYear =
    typeof source?.document.year === 'number' ? source.document.year : new Date().getFullYear();
  const defaultMonths = lastMonths >= 12 ? 1 : lastMonths + 1;
  const months = monthsText === '' ? defaultMonths : Number(monthsText);
  const year = lastMonths >= 12 ? lastYear + 1 : lastYear;
  const ok = source !== undefined && Number.isInteger(months) && months >= 1 && months <= 12;
  return (
    <Panel
      ok={ok}
      onApply={() => {
        if (source === undefined) return;
        const base = source.id.replace(/-\d{4}-\d{2}$/, '');
        const id = `${base}-${year}-${String(months).padStart(2, '0')}`;
        props.onStart(nextFollowUpPeriod(source.document, { id, year, months }), id);
      }}
    >
      <Select
        id="starter-follow-up"
        label={docWord('followUpFrom', locale)}
        value={source?.id ?? ''}
        options={followUps.data.map((f) => ({ value: f.id, label: titleOf(f.document, f.id) }))}
        onChange={setFromId}
      />
      <div class="field">
        <label for="starter-months">{docWord('months', locale)}</label>{' '}
        <input
          id="starter-months"
          inputMode="numeric"
          value={monthsText === '' ? String(defaultMonths) : monthsText}
          onInput={(e) => {
            setMonthsText(e.currentTarget.value);
          }}
        />
      </div>
    </Panel>
  );
}
