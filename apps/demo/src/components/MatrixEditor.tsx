import { FindingItem } from './Findings.js';
import type { Finding } from '../lib/api.js';
import { useApp } from '../lib/context.js';
import { formatDecimal, pick } from '../lib/i18n.js';
import {
  MATRIX_COLUMNS,
  activityName,
  cellInput,
  cellValue,
  findingsForRow,
  findingsForTotals,
  rowActivity,
  rowCount,
  type Evaluation,
  type MatrixColumn,
  type MatrixName,
  type PlanDocument,
} from '../lib/objektplan.js';

const COLUMN_TITLES: Record<MatrixColumn, { sv: string; en: string }> = {
  businessVm: { sv: 'Verksamhetsnära VM', en: 'Business side, maintain (VM)' },
  businessVu: { sv: 'Verksamhetsnära VU', en: 'Business side, improve (VU)' },
  itVm: { sv: 'IT-nära VM', en: 'IT side, maintain (VM)' },
  itVu: { sv: 'IT-nära VU', en: 'IT side, improve (VU)' },
};

function statedText(value: unknown, locale: 'sv' | 'en'): string {
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
    return formatDecimal(value, locale);
  const text = cellInput(value, locale);
  return text === '' ? '–' : text;
}

/**
 * A budget or FTE matrix, editable cell by cell for editors: row, column and grand totals are
 * recomputed as the user types, and each row's findings are shown in the row they concern.
 */
export function MatrixEditor(props: {
  matrix: MatrixName;
  doc: PlanDocument;
  evaluation: Evaluation;
  editable: boolean;
  onCell: (row: number, column: MatrixColumn, text: string) => void;
}) {
  const { locale, tr } = useApp();
  const { matrix, doc, evaluation, editable } = props;
  const n = rowCount(doc, matrix);
  if (n === 0) return null;
  const totals = evaluation.totals[matrix];
  const title = matrix === 'budget' ? tr('budgetMatrix') : tr('fteMatrix');
  const m = doc[matrix] as {
    statedColumnTotals?: Record<string, unknown>;
    statedGrandTotal?: unknown;
  };
  const totalFindings = findingsForTotals(evaluation.findings, matrix);
  return (
    <section class="matrix">
      <div class="table-scroll" role="region" aria-label={title} tabIndex={0}>
        <table data-matrix={matrix}>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{tr('activity')}</th>
              {MATRIX_COLUMNS.map((c) => (
                <th key={c} scope="col" class="num">
                  {COLUMN_TITLES[c][locale]}
                </th>
              ))}
              <th scope="col" class="num">
                {tr('total')}
              </th>
              <th scope="col" class="num">
                {tr('stated')}
              </th>
              <th scope="col">{tr('findings')}</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: n }, (_, row) => {
              const activity = pick(activityName(doc, rowActivity(doc, matrix, row)), locale);
              const rowFindings = findingsForRow(evaluation.findings, matrix, row);
              const stated = (doc[matrix] as { rows: { statedTotal?: unknown }[] }).rows[row]
                ?.statedTotal;
              return (
                <tr
                  key={row}
                  data-row={row}
                  class={rowFindings.some((f) => f.severity === 'error') ? 'has-error' : undefined}
                >
                  <th scope="row">{activity}</th>
                  {MATRIX_COLUMNS.map((c) => {
                    const value = cellInput(cellValue(doc, matrix, row, c), locale);
                    const cellFinding = rowFindings.find((f) => f.path[3] === c);
                    return (
                      <td key={c} class="num">
                        {editable ? (
                          <input
                            class="cell"
                            inputMode="decimal"
                            data-cell={`${matrix}.${row}.${c}`}
                            aria-label={`${title}, ${activity}, ${COLUMN_TITLES[c][locale]}`}
                            aria-invalid={cellFinding?.severity === 'error' ? 'true' : undefined}
                            value={value}
                            onInput={(e) => {
                              props.onCell(row, c, e.currentTarget.value);
                            }}
                          />
                        ) : value === '' ? (
                          '–'
                        ) : (
                          value
                        )}
                      </td>
                    );
                  })}
                  <td class="num total" data-total={`${matrix}.${row}`}>
                    {totals === undefined ? '–' : pick(totals.rows[row], locale)}
                  </td>
                  <td class="num">{statedText(stated, locale)}</td>
                  <td class="row-findings">
                    {rowFindings.length > 0 && (
                      <ul class="finding-list compact">
                        {rowFindings.map((f: Finding, i) => (
                          <FindingItem key={i} finding={f} />
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr class="total">
              <th scope="row">{tr('total')}</th>
              {MATRIX_COLUMNS.map((c) => (
                <td key={c} class="num" data-total={`${matrix}.${c}`}>
                  {totals === undefined ? '–' : pick(totals.columns[c], locale)}
                </td>
              ))}
              <td class="num" data-total={`${matrix}.grand`}>
                {totals === undefined ? '–' : pick(totals.grand, locale)}
              </td>
              <td class="num">{statedText(m.statedGrandTotal, locale)}</td>
              <td class="row-findings">
                {totalFindings.length > 0 && (
                  <ul class="finding-list compact">
                    {totalFindings.map((f, i) => (
                      <FindingItem key={i} finding={f} />
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
