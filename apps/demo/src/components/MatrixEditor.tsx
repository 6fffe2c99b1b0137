import { parseNumber } from '@styrkit/core';
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
  statedValue,
  type Evaluation,
  type MatrixColumn,
  type MatrixName,
  type PlanDocument,
  type StatedTarget,
} from '../lib/objektplan.js';
import { docWord } from '../lib/document-words.js';

const COLUMN_TITLES: Record<MatrixColumn, { sv: string; en: string }> = {
  businessVm: { sv: 'Verksamhetsnära VM', en: 'Business side, maintain (VM)' },
  businessVu: { sv: 'Verksamhetsnära VU', en: 'Business side, improve (VU)' },
  itVm: { sv: 'IT-nära VM', en: 'IT side, maintain (VM)' },
  itVu: { sv: 'IT-nära VU', en: 'IT side, improve (VU)' },
};

/**
 * A stated total ("Angiven summa"): editable by an editor, with a button that sets it to the
 * computed total when they differ (the computed total is exact, so it is stored as such).
 */
function StatedCell(props: {
  matrix: MatrixName;
  target: StatedTarget;
  label: string;
  doc: PlanDocument;
  computed: string | undefined;
  editable: boolean;
  invalid: boolean;
  onStated?: ((target: StatedTarget, text: string) => void) | undefined;
}) {
  const { locale } = useApp();
  const stored = statedValue(props.doc, props.matrix, props.target);
  const key =
    'row' in props.target
      ? `${props.matrix}.${props.target.row}`
      : 'column' in props.target
        ? `${props.matrix}.${props.target.column}`
        : `${props.matrix}.grand`;
  if (!props.editable || props.onStated === undefined) {
    return <td class="num">{statedText(stored, locale)}</td>;
  }
  const onStated = props.onStated;
  const text = cellInput(stored, locale);
  const computedText = props.computed === undefined ? undefined : cellInput(props.computed, locale);
  const differs = computedText !== undefined && !sameFigure(text, props.computed ?? '', locale);
  return (
    <td class="num stated">
      <input
        class="cell"
        inputMode="decimal"
        data-stated={key}
        aria-label={`${docWord('statedTotalOf', locale)}, ${props.label}`}
        aria-invalid={props.invalid ? 'true' : undefined}
        value={text}
        onInput={(e) => {
          onStated(props.target, e.currentTarget.value);
        }}
      />
      {differs && (
        <button
          type="button"
          class="use-computed"
          data-use-computed={key}
          aria-label={`${docWord('useComputed', locale)} (${computedText}), ${props.label}`}
          onClick={() => {
            onStated(props.target, computedText);
          }}
        >
          {docWord('useComputed', locale)}
        </button>
      )}
    </td>
  );
}

/** Whether a typed figure ("1 900", "1900,0") is the computed exact one ("1900"). */
function sameFigure(typed: string, computed: string, locale: 'sv' | 'en'): boolean {
  const read = parseNumber(typed, { locale });
  return read.ok && read.value.kind === 'number' && read.value.value.toString() === computed;
}

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
  onStated?: (target: StatedTarget, text: string) => void;
}) {
  const { locale, tr } = useApp();
  const { matrix, doc, evaluation, editable } = props;
  const n = rowCount(doc, matrix);
  if (n === 0) return null;
  const totals = evaluation.totals[matrix];
  const title = matrix === 'budget' ? tr('budgetMatrix') : tr('fteMatrix');
  const exact = evaluation.exact[matrix];
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
                  <StatedCell
                    matrix={matrix}
                    target={{ row }}
                    label={`${title}, ${activity}`}
                    doc={doc}
                    computed={exact?.rows[row]}
                    editable={editable}
                    invalid={rowFindings.some(
                      (f) => f.severity === 'error' && f.path[3] === 'statedTotal',
                    )}
                    onStated={props.onStated}
                  />
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
            <tr class="stated-columns">
              <th scope="row">{tr('stated')}</th>
              {MATRIX_COLUMNS.map((c) => (
                <StatedCell
                  key={c}
                  matrix={matrix}
                  target={{ column: c }}
                  label={`${title}, ${COLUMN_TITLES[c][locale]}`}
                  doc={doc}
                  computed={exact?.columns[c]}
                  editable={editable}
                  invalid={totalFindings.some(
                    (f) =>
                      f.severity === 'error' &&
                      f.path[1] === 'statedColumnTotals' &&
                      f.path[2] === c,
                  )}
                  onStated={props.onStated}
                />
              ))}
              <td />
              <td />
              <td />
            </tr>
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
              <StatedCell
                matrix={matrix}
                target={{ grand: true }}
                label={`${title}, ${tr('total')}`}
                doc={doc}
                computed={exact?.grand}
                editable={editable}
                invalid={totalFindings.some(
                  (f) => f.severity === 'error' && f.path[1] === 'statedGrandTotal',
                )}
                onStated={props.onStated}
              />
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
