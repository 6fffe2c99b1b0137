import { useApp } from '../lib/context.js';
import { tableUrl } from '../lib/api.js';
import { downloadCsv, downloadXlsx } from '../lib/download.js';
import { pick } from '../lib/i18n.js';
import { cellText, headerText, isNumeric, type JsonTable } from '../lib/tables.js';

/** Where a table's downloads come from: the host's renderers, or the portal for its own tables. */
export type TableSource =
  { readonly kind: string; readonly id: string; readonly version?: number } | 'local';

/**
 * A table as the host sends it, with a caption, header cells, numbers in the user's notation,
 * "–" for empty cells, and CSV/XLSX downloads. A wide table scrolls sideways inside its own box
 * (a focusable region named after the table, so the keyboard can scroll it) instead of widening
 * the page.
 */
export function TableView(props: { table: JsonTable; source: TableSource }) {
  const { locale } = useApp();
  const { table, source } = props;
  const title = pick(table.title, locale);
  return (
    <section class={table.columns.length > 6 ? 'table-block wide' : 'table-block'}>
      <div class="table-scroll" role="region" aria-label={title} tabIndex={0}>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.key} scope="col" class={isNumeric(c) ? 'num' : undefined}>
                  {headerText(c, locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr
                key={row.id ?? i}
                class={row.kind === 'total' || row.kind === 'subtotal' ? 'total' : undefined}
              >
                {table.columns.map((c, j) =>
                  j === 0 ? (
                    <th key={c.key} scope="row">
                      {cellText(row.cells[c.key], c, locale)}
                    </th>
                  ) : (
                    <td key={c.key} class={isNumeric(c) ? 'num' : undefined}>
                      {cellText(row.cells[c.key], c, locale)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.notes !== undefined && table.notes.length > 0 && (
        <ul class="notes">
          {table.notes.map((n, i) => (
            <li key={i}>{pick(n, locale)}</li>
          ))}
        </ul>
      )}
      <Downloads table={table} source={source} />
    </section>
  );
}

/** CSV and XLSX downloads of a table: the host's renderers, or the portal's own for its tables. */
export function Downloads(props: { table: JsonTable; source: TableSource }) {
  const { locale, tr } = useApp();
  const { table, source } = props;
  const title = pick(table.title, locale);
  return (
    <p class="downloads">
      {tr('downloadTable')}:{' '}
      {source === 'local' ? (
        <>
          <button
            type="button"
            class="link"
            onClick={() => {
              downloadCsv(table, locale);
            }}
          >
            CSV<span class="sr-only"> – {title}</span>
          </button>{' '}
          <button type="button" class="link" onClick={() => void downloadXlsx(table, locale)}>
            XLSX<span class="sr-only"> – {title}</span>
          </button>
        </>
      ) : (
        <>
          <a
            href={tableUrl(source.kind, source.id, 'csv', locale, table.id, source.version)}
            download
          >
            CSV<span class="sr-only"> – {title}</span>
          </a>{' '}
          <a
            href={tableUrl(source.kind, source.id, 'xlsx', locale, table.id, source.version)}
            download
          >
            XLSX<span class="sr-only"> – {title}</span>
          </a>
        </>
      )}
    </p>
  );
}
