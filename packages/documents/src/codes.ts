import { defineTemplatedFindingCodes, messageTemplate, type CodedFinding } from '@styrkit/core';
import {
  brokenRelation,
  columnTotal,
  restatedMismatch,
  restatedWrongTotal,
  rounding,
  rowTotal,
  textTotal,
  unknownItems,
  readingChosen,
  ambiguousRow,
  unreadableRow,
  type DocumentAmbiguousRowData,
  type DocumentBrokenRelationData,
  type DocumentCellTotalData,
  type DocumentReadingChosenData,
  type DocumentRestatedData,
  type DocumentRoundingData,
  type DocumentTextTotalData,
  type DocumentUnknownItemsData,
  type DocumentUnreadableRowData,
} from './messages.js';
import { readerCodes } from './reader-codes.js';

/**
 * The finding codes of the document audit. Codes are stable: reports, the portal and tools
 * may rely on them. In every total finding `expected` is the figure computed from the parts
 * and `actual` the figure the document states. Each code owns its wording as a Swedish and
 * an English template (`documentCodes.render(code, data)`); the rules pass figures and labels.
 * The readers' codes (`documents/unreadable`, `documents/truncated` …) are part of it.
 *
 * @example
 * ```ts
 * import { documentCodes } from '@styrkit/documents';
 * documentCodes.specs['documents/column-total-mismatch'].severity; // 'error'
 * ```
 */
export const documentCodes = defineTemplatedFindingCodes({
  'documents/row-total-mismatch': {
    severity: 'error',
    title: { sv: 'Radsumman stämmer inte', en: 'Row total does not match' },
    description: {
      sv: 'En summakolumn ("Summa", "Totalt") skiljer sig från summan av radens övriga värden.',
      en: 'A total column ("Summa", "Totalt") differs from the sum of the row’s other values.',
    },
    message: messageTemplate<DocumentCellTotalData>({
      sv: (d) => rowTotal(d, 'sv'),
      en: (d) => rowTotal(d, 'en'),
    }),
  },
  'documents/column-total-mismatch': {
    severity: 'error',
    title: { sv: 'Kolumnsumman stämmer inte', en: 'Column total does not match' },
    description: {
      sv: 'En summarad skiljer sig från summan av raderna den summerar.',
      en: 'A total row differs from the sum of the rows it totals.',
    },
    message: messageTemplate<DocumentCellTotalData>({
      sv: (d) => columnTotal(d, false, 'sv'),
      en: (d) => columnTotal(d, false, 'en'),
    }),
  },
  'documents/block-total-mismatch': {
    severity: 'error',
    title: { sv: 'Delsumman stämmer inte', en: 'Subtotal does not match' },
    description: {
      sv: 'En delsumma (fetstilt rad, "Summa …" inne i tabellen, rad med punktade underposter) skiljer sig från summan av sina poster.',
      en: 'A subtotal (a bold row, a "Summa …" inside the table, a row with bullet sub-items) differs from the sum of its items.',
    },
    message: messageTemplate<DocumentCellTotalData>({
      sv: (d) => columnTotal(d, true, 'sv'),
      en: (d) => columnTotal(d, true, 'en'),
    }),
  },
  'documents/broken-relation': {
    severity: 'error',
    title: { sv: 'Raden bryter kolumnsambandet', en: 'Row breaks the column relation' },
    description: {
      sv: 'I de flesta rader är en kolumn summan eller skillnaden av två andra (t.ex. Avvikelse = Utfall − Budget); den här raden följer inte sambandet.',
      en: 'In most rows one column is the sum or difference of two others (e.g. Deviation = Outcome − Budget); this row does not follow it.',
    },
    message: messageTemplate<DocumentBrokenRelationData>({
      sv: (d) => brokenRelation(d, 'sv'),
      en: (d) => brokenRelation(d, 'en'),
    }),
  },
  'documents/text-total-mismatch': {
    severity: 'error',
    title: { sv: 'Summan i texten stämmer inte', en: 'Total in the text does not match' },
    description: {
      sv: 'Texten anger en summa och dess delar i samma enhet, och delarna summerar till något annat. En varning när någon del är ungefärlig ("ca").',
      en: 'The text states a total and its parts in the same unit, and the parts add up to something else. A warning when a part is approximate ("ca").',
    },
    message: messageTemplate<DocumentTextTotalData>({
      sv: (d) => textTotal(d, 'sv'),
      en: (d) => textTotal(d, 'en'),
    }),
  },
  'documents/text-restates-table-mismatch': {
    severity: 'warning',
    title: { sv: 'Texten och tabellen säger olika', en: 'Text and table disagree' },
    description: {
      sv: 'En summa i texten ("Totalt köptes 170 …") skiljer sig från tabellens summa för samma sak.',
      en: 'A total in the text ("Totalt köptes 170 …") differs from the table’s total for the same thing.',
    },
    message: messageTemplate<DocumentRestatedData>({
      sv: (d) => restatedMismatch(d, 'sv'),
      en: (d) => restatedMismatch(d, 'en'),
    }),
  },
  'documents/text-restates-wrong-total': {
    severity: 'info',
    title: { sv: 'Texten upprepar en felaktig summa', en: 'Text repeats a wrong total' },
    description: {
      sv: 'Texten stämmer med tabellens angivna summa, men den summan stämmer inte med tabellens rader.',
      en: 'The text agrees with the table’s stated total, but that total does not match the table’s rows.',
    },
    message: messageTemplate<DocumentRestatedData>({
      sv: (d) => restatedWrongTotal(d, 'sv'),
      en: (d) => restatedWrongTotal(d, 'en'),
    }),
  },
  'documents/rounding-difference': {
    severity: 'info',
    title: { sv: 'Avrundningsdifferens', en: 'Rounding difference' },
    description: {
      sv: 'Summan skiljer sig med en enhet i sista visade siffran; delarna och summan är avrundade var för sig.',
      en: 'The total differs by one unit in the last shown digit; the parts and the total were rounded separately.',
    },
    message: messageTemplate<DocumentRoundingData>({
      sv: (d) => rounding(d, 'sv'),
      en: (d) => rounding(d, 'en'),
    }),
  },
  'documents/total-has-unknown': {
    severity: 'info',
    title: { sv: 'Summa med okända poster', en: 'Total with unknown items' },
    description: {
      sv: 'Några poster är okända ("?"); summan kan inte kontrolleras.',
      en: 'Some items are unknown ("?"); the total cannot be checked.',
    },
    message: messageTemplate<DocumentUnknownItemsData>({
      sv: (d) => unknownItems(d, 'sv'),
      en: (d) => unknownItems(d, 'en'),
    }),
  },
  'documents/ambiguous-reading': {
    severity: 'warning',
    title: { sv: 'Tvetydig läsning', en: 'Ambiguous reading' },
    description: {
      sv: 'Mellanslag kan vara både tusentalsavgränsare och kolumngräns, och tabellens egna summor avgör inte vilket; de berörda cellerna kontrolleras inte.',
      en: 'A space can be a thousands separator or a column gap, and the table’s own totals do not decide; the cells concerned are not checked.',
    },
    message: messageTemplate<DocumentAmbiguousRowData>({
      sv: (d) => ambiguousRow(d, 'sv'),
      en: (d) => ambiguousRow(d, 'en'),
    }),
  },
  'documents/reading-chosen-by-totals': {
    severity: 'info',
    title: { sv: 'Läsning vald efter summorna', en: 'Reading chosen by the totals' },
    description: {
      sv: 'Mellanslagen i tabellen kunde läsas på flera sätt; läsningen där tabellens egna summor stämmer valdes.',
      en: 'The spaces in the table could be read in several ways; the reading under which the table’s own totals hold was chosen.',
    },
    message: messageTemplate<DocumentReadingChosenData>({
      sv: (d) => readingChosen(d, 'sv'),
      en: (d) => readingChosen(d, 'en'),
    }),
  },
  'documents/unreadable-cell': {
    severity: 'warning',
    title: { sv: 'Cell kunde inte läsas', en: 'Cell could not be read' },
    description: {
      sv: 'En rad i en tabell med siffror kunde inte delas upp i tabellens kolumner.',
      en: 'A row of a table of figures could not be split into the table’s columns.',
    },
    message: messageTemplate<DocumentUnreadableRowData>({
      sv: (d) => unreadableRow(d, 'sv'),
      en: (d) => unreadableRow(d, 'en'),
    }),
  },
  ...readerCodes.specs,
});

/**
 * A finding code of the documents package.
 *
 * @example
 * ```ts
 * import type { DocumentCode } from '@styrkit/documents';
 * const code: DocumentCode = 'documents/rounding-difference';
 * ```
 */
export type DocumentCode = keyof typeof documentCodes.specs;

/**
 * A finding of the documents package: its code is one of {@link DocumentCode}.
 *
 * @example
 * ```ts
 * import type { DocumentFinding } from '@styrkit/documents';
 * const isError = (f: DocumentFinding): boolean => f.severity === 'error';
 * ```
 */
export type DocumentFinding = CodedFinding<DocumentCode>;
