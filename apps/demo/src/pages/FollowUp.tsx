import { useState } from 'preact/hooks';
import { ChartView } from '../components/Chart.js';
import { DocTables } from '../components/DocTables.js';
import { FindingList } from '../components/Findings.js';
import { ErrorBox, Loading } from '../components/Status.js';
import { TableView } from '../components/TableView.js';
import { DocumentArea } from '../components/DocumentArea.js';
import { api, docPath, type DocumentRecord, type DocumentSummary } from '../lib/api.js';
import { useApp } from '../lib/context.js';
import { monthlySeries, type StoredFollowUp } from '../lib/follow-up-series.js';
import { useChecks, useTables } from '../lib/hooks.js';
import { pick, type Text } from '../lib/i18n.js';
import type { JsonTable } from '../lib/tables.js';
import { useLoad } from '../lib/use-fetch.js';

const KIND = 'pm3/budget-follow-up';

const T = {
  title: { sv: 'Budgetuppföljning', en: 'Budget follow-up' },
  none: { sv: 'Det finns ingen budgetuppföljning.', en: 'There is no budget follow-up.' },
  series: { sv: 'Månadsserie', en: 'Monthly series' },
  seriesIntro: {
    sv: 'Periodbudget och utfall till och med varje månad, från uppföljningarna för samma organisation och år, i båda teckenkonventionerna. Månader utan uppföljning visar den linjära periodbudgeten (årsbudget × månader / 12) när raden anger en årsbudget.',
    en: 'Period budget and outcome up to each month, from the follow-ups of the same organisation and year, in both sign conventions. Months without a follow-up show the linear period budget (annual × months / 12) when the row states an annual budget.',
  },
  row: { sv: 'Rad', en: 'Row' },
  tables: { sv: 'Uppföljningens tabeller', en: "The follow-up's tables" },
} as const satisfies Record<string, Text>;

/** The series' two sign conventions, each a budget, outcome and deviation column. */
const CONVENTIONS = [
  {
    key: 'ip',
    sign: 'incomePositive',
    plus: { sv: 'intäkter +', en: 'income +' },
    deviation: { sv: 'utfall − budget', en: 'outcome − budget' },
  },
  {
    key: 'in',
    sign: 'incomeNegative',
    plus: { sv: 'kostnader +', en: 'costs +' },
    deviation: { sv: 'budget − utfall', en: 'budget − outcome' },
  },
] as const;

/** The three figures of a convention, with their column titles. */
const MEASURES: readonly {
  key: string;
  value: 'budget' | 'outcome' | 'deviation';
  title: (c: (typeof CONVENTIONS)[number]) => Text;
}[] = [
  {
    key: 'Budget',
    value: 'budget',
    title: (c) => ({ sv: `Budget (${c.plus.sv})`, en: `Budget (${c.plus.en})` }),
  },
  {
    key: 'Outcome',
    value: 'outcome',
    title: (c) => ({ sv: `Utfall (${c.plus.sv})`, en: `Outcome (${c.plus.en})` }),
  },
  {
    key: 'Dev',
    value: 'deviation',
    title: (c) => ({ sv: `Avvikelse = ${c.deviation.sv}`, en: `Deviation = ${c.deviation.en}` }),
  },
];

/** Budget follow-up: the follow-ups of a year as a monthly series, and each one's tables. */
export default function FollowUp(props: { params: Record<string, string> }) {
  const { locale } = useApp();
  return (
    <DocumentArea
      kinds={[KIND]}
      id={props.params.id}
      title={pick(T.title, locale)}
      none={pick(T.none, locale)}
      href={(d) => `/uppfoljning/${encodeURIComponent(d.id)}`}
    >
      {(current, list) => <Period key={current.id} id={current.id} all={list} />}
    </DocumentArea>
  );
}

function Period(props: { id: string; all: readonly DocumentSummary[] }) {
  const { locale } = useApp();
  const tx = (t: Text) => pick(t, locale);
  const loaded = useLoad(`follow-up:${props.id}`, async () => {
    const records = await Promise.all(
      props.all.map((d) => api<DocumentRecord<StoredFollowUp>>(docPath(KIND, d.id))),
    );
    const mine = records.find((r) => r.id === props.id);
    if (mine === undefined) throw new Error(props.id);
    const same = records
      .map((r) => r.document)
      .filter(
        (d) => d.organisation === mine.document.organisation && d.year === mine.document.year,
      );
    return { doc: mine.document, same };
  });
  const tables = useTables(KIND, props.id);
  const checks = useChecks(KIND, props.id);
  const [rowChoice, setRow] = useState<string | undefined>();
  if (loaded.error !== undefined) return <ErrorBox error={loaded.error} />;
  if (loaded.data === undefined) return <Loading />;
  const { doc, same } = loaded.data;
  const statement = doc.statements.find((s) => s.basis === 'period');
  const rows = statement?.rows ?? [];
  const rowId =
    rowChoice ??
    rows.find((r) => r.id === 'nettokostnad')?.id ??
    [...rows].reverse().find((r) => r.periodBudget !== undefined && r.periodOutcome !== undefined)
      ?.id;
  const series =
    statement === undefined || rowId === undefined ? [] : monthlySeries(same, statement.id, rowId);
  const label = rows.find((r) => r.id === rowId)?.label ?? '';
  const monthName = (m: number) =>
    new Date(Date.UTC(doc.year, m - 1, 1)).toLocaleString(locale === 'sv' ? 'sv-SE' : 'en-GB', {
      month: 'short',
      timeZone: 'UTC',
    });
  const num = (v: { toString(): string } | undefined) => (v === undefined ? null : v.toString());
  const table: JsonTable = {
    id: `${props.id}-monthly-series-${rowId ?? 'row'}`,
    title: {
      sv: `${label}: periodbudget och utfall per månad ${doc.year} (${doc.unit})`,
      en: `${label}: period budget and outcome per month ${doc.year} (${doc.unit})`,
    },
    columns: [
      { key: 'month', title: { sv: 'Månad', en: 'Month' }, kind: 'text' },
      ...CONVENTIONS.flatMap((c) =>
        MEASURES.map((m) => ({
          key: `${c.key}${m.key}`,
          title: m.title(c),
          kind: 'money' as const,
        })),
      ),
    ],
    rows: series.map((p) => ({
      id: String(p.month),
      cells: {
        month: monthName(p.month),
        ...Object.fromEntries(
          CONVENTIONS.flatMap((c) =>
            MEASURES.map((m) => [`${c.key}${m.key}`, num(p[c.sign][m.value])]),
          ),
        ),
      },
    })),
  };
  const values = (pick: (p: (typeof series)[number]) => { toString(): string } | undefined) =>
    series.map((p) => {
      const v = pick(p);
      return v === undefined ? null : Number(v.toString());
    });
  return (
    <article>
      <h1>
        {tx(T.title)}: {doc.title}
      </h1>
      <p class="muted">
        {doc.organisation}, {doc.year}
      </p>
      <section aria-labelledby="series-title">
        <h2 id="series-title">{tx(T.series)}</h2>
        <p>{tx(T.seriesIntro)}</p>
        {rows.length > 0 && (
          <div class="field">
            <label for="series-row">{tx(T.row)}</label>{' '}
            <select
              id="series-row"
              value={rowId}
              onChange={(e) => {
                setRow(e.currentTarget.value);
              }}
            >
              {rows.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </select>
          </div>
        )}
        {series.length > 0 && (
          <>
            <ChartView
              type="line"
              labels={series.map((p) => monthName(p.month))}
              series={[
                {
                  label: locale === 'sv' ? 'Periodbudget (intäkter +)' : 'Period budget (income +)',
                  values: values((p) => p.incomePositive.budget),
                  dashed: true,
                },
                {
                  label: locale === 'sv' ? 'Utfall (intäkter +)' : 'Outcome (income +)',
                  values: values((p) => p.incomePositive.outcome),
                },
              ]}
              description={`${label} ${doc.year}, ${doc.unit}`}
            />
            <TableView table={table} source="local" />
          </>
        )}
      </section>
      <section aria-labelledby="fu-tables">
        <h2 id="fu-tables">{tx(T.tables)}</h2>
        <DocTables kind={KIND} id={props.id} tables={tables} />
      </section>
      {checks.data !== undefined && <FindingList findings={checks.data.findings} />}
    </article>
  );
}
