import { useMemo, useState } from 'preact/hooks';
import { ChartView } from '../components/Chart.js';
import { FindingItem, FindingList, SeverityBadge } from '../components/Findings.js';
import { DocumentArea } from '../components/DocumentArea.js';
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
import {
  FIELD_TEXT,
  guessMapping,
  IMPORT_LIMITS,
  loadMapping,
  parseDelimited,
  previewImport,
  REQUIRED_FIELDS,
  saveMapping,
  TIME_FIELDS,
  type ColumnMapping,
  type StoredTimeReports,
} from '../lib/esf-month.js';
import { monthSummary } from '../lib/esf-month-summary.js';
import { pick, type Text } from '../lib/i18n.js';
import { titleOf } from '../lib/portfolio.js';
import type { JsonTable } from '../lib/tables.js';
import { useLoad } from '../lib/use-fetch.js';
import { xlsxRows } from '../lib/xlsx-rows.js';

const T = {
  title: { sv: 'ESF-månad', en: 'ESF month' },
  intro: {
    sv: 'Läs in månadens tidrapporter från en CSV- eller XLSX-export av tid- eller lönesystemet och se timmar och värde mot plan och deltagare per kön för månaden.',
    en: "Import the month's time reports from a CSV or XLSX export of the time or payroll system, and see hours and value against plan and participants by gender for the month.",
  },
  month: { sv: 'Månad', en: 'Month' },
  summary: { sv: 'Månadens siffror', en: "The month's figures" },
  import: { sv: 'Läs in tidrapporter', en: 'Import time reports' },
  file: { sv: 'Fil (CSV eller XLSX)', en: 'File (CSV or XLSX)' },
  mapping: { sv: 'Kolumner', en: 'Columns' },
  mappingIntro: {
    sv: 'Välj vilken kolumn som innehåller vad. Valet sparas för filer med samma rubrikrad.',
    en: 'Choose which column holds what. The choice is remembered for files with the same header line.',
  },
  notInFile: { sv: '– finns inte i filen –', en: '– not in the file –' },
  preview: { sv: 'Förhandsgranskning', en: 'Preview' },
  previewIntro: {
    sv: 'Inget sparas förrän du bekräftar. Rader med fel sparas inte; rader med varningar sparas.',
    en: 'Nothing is stored until you confirm. Rows with errors are not stored; rows with warnings are.',
  },
  line: { sv: 'Rad', en: 'Line' },
  stored: { sv: 'Sparas', en: 'Stored' },
  confirm: { sv: 'Bekräfta och spara', en: 'Confirm and store' },
  cancel: { sv: 'Avbryt', en: 'Cancel' },
  saved: { sv: 'Tidrapporterna är sparade', en: 'The time reports are stored' },
  rows: { sv: 'rader', en: 'rows' },
  noProject: { sv: 'Det finns inget ESF-projekt.', en: 'There is no ESF project.' },
  readOnly: {
    sv: 'Du kan se månaden men inte läsa in tidrapporter.',
    en: 'You can see the month but not import time reports.',
  },
  yes: { sv: 'ja', en: 'yes' },
  no: { sv: 'nej', en: 'no' },
  noMonths: { sv: 'Inga tidrapporter ännu.', en: 'No time reports yet.' },
} as const satisfies Record<string, Text>;

/** ESF month: import a month's time reports and see the month against the plan. */
export default function EsfMonth(props: { params: Record<string, string> }) {
  const { locale } = useApp();
  return (
    <DocumentArea
      kinds={['esf/project']}
      id={props.params.id}
      title={pick(T.title, locale)}
      none={pick(T.noProject, locale)}
      href={(d) => `/esf-manad/${encodeURIComponent(d.id)}`}
    >
      {(current) => <Month key={current.id} id={current.id} />}
    </DocumentArea>
  );
}

interface MonthData {
  project: DocumentRecord;
  reports: DocumentRecord<StoredTimeReports> | undefined;
}

async function loadMonth(id: string): Promise<MonthData> {
  const [project, list] = await Promise.all([
    api<DocumentRecord>(docPath('esf/project', id)),
    api<{ documents: DocumentSummary[] }>('/api/kinds/esf/time-reports/documents'),
  ]);
  const summary = list.documents.find((d) => d.id === `${id}-time-reports`);
  const reports =
    summary === undefined
      ? undefined
      : await api<DocumentRecord<StoredTimeReports>>(docPath('esf/time-reports', summary.id));
  return { project, reports };
}

function Month(props: { id: string }) {
  const { locale, session } = useApp();
  const { id } = props;
  const [tick, setTick] = useState(0);
  const loaded = useLoad(`esf-month:${id}:${tick}`, () => loadMonth(id));
  const [chosen, setChosen] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const tx = (t: Text) => pick(t, locale);
  const data = loaded.data;
  const reportsId = `${id}-time-reports`;
  const canWrite = can(session.grants, 'write', 'esf/time-reports', reportsId);
  const months = useMemo(
    () => [...new Set((data?.reports?.document.reports ?? []).map((r) => r.month))].sort(),
    [data],
  );
  if (loaded.error !== undefined) return <ErrorBox error={loaded.error} />;
  if (data === undefined) return <Loading />;
  const month = chosen !== undefined && months.includes(chosen) ? chosen : months.at(-1);
  const empty: StoredTimeReports = { projectId: id, participants: [], reports: [] };
  return (
    <article>
      <h1>
        {tx(T.title)}: {titleOf(data.project.document, id)}
      </h1>
      <p>{tx(T.intro)}</p>
      <div aria-live="polite">
        {notice !== undefined && (
          <p class="alert ok" data-testid="esf-month-notice">
            {notice}
          </p>
        )}
      </div>
      <section aria-labelledby="esf-month-summary">
        <h2 id="esf-month-summary">{tx(T.summary)}</h2>
        {months.length === 0 || month === undefined ? (
          <p>{tx(T.noMonths)}</p>
        ) : (
          <>
            <div class="field">
              <label for="esf-month-pick">{tx(T.month)}</label>{' '}
              <select
                id="esf-month-pick"
                value={month}
                onChange={(e) => {
                  setChosen(e.currentTarget.value);
                }}
              >
                {months.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </select>
            </div>
            <Summary
              id={id}
              project={data.project.document}
              reports={data.reports?.document ?? empty}
              month={month}
            />
          </>
        )}
      </section>
      {canWrite ? (
        <Importer
          stored={data.reports?.document ?? empty}
          onStore={async (merged, imported) => {
            if (data.reports === undefined) {
              await api(`/api/kinds/esf/time-reports/documents`, {
                method: 'POST',
                body: { id: reportsId, document: merged, message: `Tidrapporter ${imported}` },
              });
            } else {
              await saveDocument(
                'esf/time-reports',
                reportsId,
                merged,
                data.reports.version,
                `Tidrapporter ${imported} inlästa i portalen`,
              );
            }
            setChosen(imported);
            setNotice(`${tx(T.saved)}: ${imported}.`);
            setTick((n) => n + 1);
          }}
        />
      ) : (
        <p class="note">{tx(T.readOnly)}</p>
      )}
    </article>
  );
}

function Summary(props: {
  id: string;
  project: unknown;
  reports: StoredTimeReports;
  month: string;
}) {
  const { locale } = useApp();
  const s = useMemo(
    () => monthSummary(props.project, props.reports, props.month),
    [props.project, props.reports, props.month],
  );
  if (!s.ok) return <FindingList findings={s.findings} id="esf-month-findings" />;
  const v = s.value;
  const table: JsonTable = {
    id: `${props.id}-esf-month-${props.month}`,
    title: {
      sv: `Timmar och värde mot plan, ${props.month}`,
      en: `Hours and value against plan, ${props.month}`,
    },
    columns: [
      { key: 'what', title: { sv: 'Mått', en: 'Measure' }, kind: 'text' },
      { key: 'reported', title: { sv: 'Rapporterat', en: 'Reported' }, kind: 'quantity' },
      { key: 'planned', title: { sv: 'Planerat', en: 'Planned' }, kind: 'quantity' },
      {
        key: 'share',
        title: { sv: 'Andel av plan', en: 'Share of plan' },
        kind: 'percent',
        decimals: 2,
      },
    ],
    rows: [
      {
        id: 'hours',
        cells: {
          what: { sv: 'Timmar', en: 'Hours' },
          reported: String(v.hours),
          planned: String(v.plannedHours),
          share: v.hoursPercent?.toFixed(2, 'half-up') ?? null,
        },
      },
      {
        id: 'value',
        cells: {
          what: { sv: 'Värde (kr)', en: 'Value (SEK)' },
          reported: v.value?.toFixed(2, 'half-up') ?? null,
          planned: v.plannedValue.toFixed(2, 'half-up'),
          share: v.valuePercent?.toFixed(2, 'half-up') ?? null,
        },
      },
    ],
  };
  const people: JsonTable = {
    id: `${props.id}-esf-participants-${props.month}`,
    title: {
      sv: `Deltagare per kön, ${props.month}`,
      en: `Participants by gender, ${props.month}`,
    },
    columns: [
      { key: 'gender', title: { sv: 'Kön', en: 'Gender' }, kind: 'text' },
      { key: 'count', title: { sv: 'Antal', en: 'Count' }, kind: 'integer' },
    ],
    rows: [
      { id: 'women', cells: { gender: { sv: 'Kvinnor', en: 'Women' }, count: String(v.women) } },
      { id: 'men', cells: { gender: { sv: 'Män', en: 'Men' }, count: String(v.men) } },
      {
        id: 'unspecified',
        cells: { gender: { sv: 'Ej angivet', en: 'Not given' }, count: String(v.unspecified) },
      },
      {
        id: 'total',
        kind: 'total',
        cells: { gender: { sv: 'Summa', en: 'Total' }, count: String(v.participants) },
      },
    ],
  };
  return (
    <div data-testid="esf-month-summary">
      <ChartView
        type="bar"
        labels={[locale === 'sv' ? 'Timmar' : 'Hours']}
        series={[
          { label: locale === 'sv' ? 'Planerat' : 'Planned', values: [v.plannedHours] },
          { label: locale === 'sv' ? 'Rapporterat' : 'Reported', values: [v.hours] },
        ]}
        description={
          locale === 'sv'
            ? `Rapporterade och planerade timmar ${props.month}`
            : `Reported and planned hours ${props.month}`
        }
      />
      <TableView table={table} source="local" />
      <TableView table={people} source="local" />
    </div>
  );
}

/** A row's finding: severity, message and code (the message already names what was given). */
function RowFinding(props: { finding: Finding }) {
  const { locale } = useApp();
  const f = props.finding;
  return (
    <li class="finding" data-code={f.code}>
      <SeverityBadge severity={f.severity} /> {f.message[locale]} <code class="path">{f.code}</code>
    </li>
  );
}

function Importer(props: {
  stored: StoredTimeReports;
  onStore: (merged: StoredTimeReports, month: string) => Promise<void>;
}) {
  const { locale } = useApp();
  const tx = (t: Text) => pick(t, locale);
  const [rows, setRows] = useState<string[][] | undefined>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [fileError, setFileError] = useState<Finding | undefined>();
  const [storeError, setStoreError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const headers = rows?.[0] ?? [];
  const preview = useMemo(
    () => (rows === undefined ? undefined : previewImport(rows, mapping, props.stored)),
    [rows, mapping, props.stored],
  );
  const readFile = async (file: File) => {
    setFileError(undefined);
    setStoreError(undefined);
    if (file.size > IMPORT_LIMITS.maxBytes) {
      setFileError({
        code: 'demo/esf-file-too-large',
        severity: 'error',
        path: ['file'],
        message: {
          sv: `Filen är ${Math.ceil(file.size / 1024)} KiB; högst ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MiB`,
          en: `The file is ${Math.ceil(file.size / 1024)} KiB; at most ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MiB`,
        },
      });
      return;
    }
    try {
      const next = /\.xlsx$/i.test(file.name)
        ? await xlsxRows(await file.arrayBuffer())
        : parseDelimited(await file.text());
      const head = next[0] ?? [];
      setMapping(loadMapping(globalThis.localStorage, head) ?? guessMapping(head));
      setRows(next);
    } catch (e) {
      setRows(undefined);
      setFileError({
        code: 'demo/esf-file-unreadable',
        severity: 'error',
        path: ['file'],
        message: {
          sv: `Filen går inte att läsa: ${e instanceof Error ? e.message : String(e)}`,
          en: `The file cannot be read: ${e instanceof Error ? e.message : String(e)}`,
        },
      });
    }
  };
  const setField = (field: (typeof TIME_FIELDS)[number], value: string) => {
    const next: ColumnMapping = {};
    for (const f of TIME_FIELDS) {
      const col = f === field ? (value === '' ? undefined : Number(value)) : mapping[f];
      if (col !== undefined) next[f] = col;
    }
    setMapping(next);
    saveMapping(globalThis.localStorage, headers, next);
  };
  return (
    <section aria-labelledby="esf-import-title">
      <h2 id="esf-import-title">{tx(T.import)}</h2>
      <div class="field">
        <label for="esf-import-file">{tx(T.file)}</label>
        <input
          id="esf-import-file"
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f !== undefined) void readFile(f);
          }}
        />
      </div>
      {fileError !== undefined && (
        <ul class="finding-list">
          <FindingItem finding={fileError} />
        </ul>
      )}
      {rows !== undefined && (
        <>
          <fieldset class="mapping">
            <legend>{tx(T.mapping)}</legend>
            <p class="muted">{tx(T.mappingIntro)}</p>
            <div class="mapping-grid">
              {TIME_FIELDS.map((f) => (
                <div class="field" key={f}>
                  <label for={`map-${f}`}>
                    {FIELD_TEXT[f][locale]}
                    {REQUIRED_FIELDS.includes(f) ? ' *' : ''}
                  </label>
                  <select
                    id={`map-${f}`}
                    value={mapping[f] === undefined ? '' : String(mapping[f])}
                    onChange={(e) => {
                      setField(f, e.currentTarget.value);
                    }}
                  >
                    <option value="">{tx(T.notInFile)}</option>
                    {headers.map((h, i) => (
                      <option key={i} value={String(i)}>
                        {h === '' ? `#${i + 1}` : h}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          </fieldset>
          {preview !== undefined && (
            <section aria-labelledby="esf-preview-title">
              <h3 id="esf-preview-title">
                {tx(T.preview)}
                {preview.month === undefined ? '' : `: ${preview.month}`}
              </h3>
              <p>{tx(T.previewIntro)}</p>
              {preview.fileFindings.length > 0 && (
                <ul class="finding-list">
                  {preview.fileFindings.map((f, i) => (
                    <FindingItem key={i} finding={f} />
                  ))}
                </ul>
              )}
              {preview.rows.length > 0 && (
                <div class="table-scroll" role="region" aria-label={tx(T.preview)} tabIndex={0}>
                  <table class="preview" data-testid="esf-preview">
                    <caption>
                      {tx(T.preview)}: {preview.accepted} / {preview.rows.length} {tx(T.rows)}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col" class="num">
                          {tx(T.line)}
                        </th>
                        <th scope="col">{FIELD_TEXT.participant[locale]}</th>
                        <th scope="col">{FIELD_TEXT.month[locale]}</th>
                        <th scope="col" class="num">
                          {FIELD_TEXT.hours[locale]}
                        </th>
                        <th scope="col">{tx(T.stored)}</th>
                        <th scope="col">{locale === 'sv' ? 'Fynd' : 'Findings'}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {preview.rows.map((r) => {
                        const raw = rows[r.line - 1] ?? [];
                        const at = (f: (typeof TIME_FIELDS)[number]) =>
                          mapping[f] === undefined ? '' : (raw[mapping[f]] ?? '');
                        return (
                          <tr
                            key={r.line}
                            data-line={r.line}
                            class={r.report === undefined ? 'rejected' : undefined}
                          >
                            <th scope="row" class="num">
                              {r.line}
                            </th>
                            <td>{at('participant')}</td>
                            <td>{at('month')}</td>
                            <td class="num">{r.report?.hours ?? at('hours')}</td>
                            <td>{r.report === undefined ? tx(T.no) : tx(T.yes)}</td>
                            <td>
                              {r.findings.length === 0 ? (
                                '–'
                              ) : (
                                <ul class="finding-list compact">
                                  {r.findings.map((f, i) => (
                                    <RowFinding key={i} finding={f} />
                                  ))}
                                </ul>
                              )}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              )}
              {storeError !== undefined && <ErrorBox error={storeError} />}
              <div class="actions">
                <button
                  type="button"
                  class="primary"
                  data-testid="esf-import-confirm"
                  disabled={busy || preview.accepted === 0 || preview.month === undefined}
                  onClick={() => {
                    if (preview.month === undefined) return;
                    // Map the columns once: the mapping used is remembered for this header line.
                    saveMapping(globalThis.localStorage, headers, mapping);
                    setBusy(true);
                    setStoreError(undefined);
                    props.onStore(preview.merged, preview.month).then(
                      () => {
                        setBusy(false);
                        setRows(undefined);
                      },
                      (e: unknown) => {
                        setBusy(false);
                        setStoreError(e);
                      },
                    );
                  }}
                >
                  {tx(T.confirm)} ({preview.accepted} {tx(T.rows)})
                </button>{' '}
                <button
                  type="button"
                  onClick={() => {
                    setRows(undefined);
                  }}
                >
                  {tx(T.cancel)}
                </button>
              </div>
            </section>
          )}
        </>
      )}
    </section>
  );
}
