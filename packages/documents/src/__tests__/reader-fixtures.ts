import { readFileSync } from 'node:fs';
import type { DocumentBlock, DocumentModel, DocumentTable } from '../model.js';

/** The fixture formats LibreOffice made from the seed tables (scripts/make-fixtures.mjs). */
export const FORMATS = ['html', 'docx', 'xlsx', 'pdf'] as const;
export type FixtureFormat = (typeof FORMATS)[number];
export const NAMES = ['linkoping-a', 'linkoping-b', 'sala', 'goteborg'] as const;

/** A fixture's bytes. */
export function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));
}

/** The tables of a model. */
export function tables(model: DocumentModel): DocumentTable[] {
  return model.blocks.filter((b): b is DocumentTable => b.type === 'table');
}

/**
 * A table as lines of cells, "text*" for bold, "_" for italic, "{c2}"/"{r2}" for spans: one
 * string per row, easy to compare and to read in a failing test.
 */
export function render(table: DocumentTable): string[] {
  return table.rows.map((row) =>
    row.cells
      .map(
        (c) =>
          `${c.text}${c.bold === true ? '*' : ''}${c.italic === true ? '_' : ''}${c.colSpan === undefined ? '' : `{c${c.colSpan}}`}${c.rowSpan === undefined ? '' : `{r${c.rowSpan}}`}`,
      )
      .join(' | '),
  );
}

/** The non-table blocks as "kind: text". */
export function textBlocks(model: DocumentModel): string[] {
  return model.blocks
    .filter((b): b is Exclude<DocumentBlock, DocumentTable> => b.type !== 'table')
    .map((b) => `${b.type === 'paragraph' && b.caption === true ? 'caption' : b.type}: ${b.text}`);
}

// The expected tables, cell by cell as the seeds have them (see fixture-docs.mjs for lines).

/** linkoping-vso-objektplan-2021.txt:177-183. */
export const LINKOPING_A_BUDGET = [
  'Huvudaktivitet{r2} | Verksamhetsnära förvaltning{c2} | IT-nära förvaltning{c2} | Summa SEK (Kkr){r2}',
  'VM | VU | VM | VU',
  'Förvaltningsstyrning | 1 200 | 100 | 500 | 0 | 1 800',
  'Användarstöd | 2 000 | 200 | 0 | 0 | 2 200',
  'Ändringshantering (Utveckling) |  | 10 200 |  | 3 000 | 13 200',
  'Daglig IT-drift och underhåll | 3 900 |  | 24 000 |  | 27 900',
  'Summa | 7 100 | 10 500 | 24 500 | 3 000 | 45 100',
];

/** linkoping-vso-objektplan-2021.txt:189-195. */
export const LINKOPING_A_FTE_LAST = 'Summa FTE | 11,2 | 8,6 | 1,0 | 0,5 | 21,3';

/** linkoping-vso-objektplan-2021-version-b.txt:416. */
export const LINKOPING_B_TOTAL = 'Summa | 21 131 | 3 432 | 22 462 | 115 | 47 140';

/** sala-san-kallelse-2023-06-15.txt:828-829 and 844. */
export const SALA_EQUIPMENT = {
  header: 'FO, Enhet | Mobiltelefon | Surfplatta | SÄBO, Enhet | Mobiltelefon | Surfplatta',
  first: 'Centrums servicebostad | 5 | 1 | Bergsmansgatan | 6 | 2',
  total: 'Totalt* | 45* | 30* | Totalt* | 125* | 14*',
  caption: 'Tabell 2 Inköp av digital utrustning FO och SÄBO i ESF-projekt IP',
};

/** sala-san-kallelse-2023-06-15.txt:31 and 39. */
export const SALA_PERIOD = {
  header:
    'Period_ | 12_ | 5_ | Periodbudget_ | Periodutfall totalt_ | Avvikelse_ | Utfall föregående period (xx)_',
  costs: 'Summa kostnader* |  |  | -77 154* | -82 116* | -4 962* | 0*',
};
