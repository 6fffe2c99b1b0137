import { defineFindingCodes } from '@styrkit/core';

/**
 * The finding codes of the document audit. Codes are stable: reports, the portal and tools
 * may rely on them. In every total finding `expected` is the figure computed from the parts
 * and `actual` the figure the document states.
 *
 * @example
 * ```ts
 * import { documentCodes } from '@styrkit/documents';
 * documentCodes.specs['documents/column-total-mismatch'].severity; // 'error'
 * ```
 */
export const documentCodes = defineFindingCodes({
  'documents/row-total-mismatch': {
    severity: 'error',
    title: { sv: 'Radsumman stämmer inte', en: 'Row total does not match' },
    description: {
      sv: 'En summakolumn ("Summa", "Totalt") skiljer sig från summan av radens övriga värden.',
      en: 'A total column ("Summa", "Totalt") differs from the sum of the row’s other values.',
    },
  },
  'documents/column-total-mismatch': {
    severity: 'error',
    title: { sv: 'Kolumnsumman stämmer inte', en: 'Column total does not match' },
    description: {
      sv: 'En summarad skiljer sig från summan av raderna den summerar.',
      en: 'A total row differs from the sum of the rows it totals.',
    },
  },
  'documents/block-total-mismatch': {
    severity: 'error',
    title: { sv: 'Delsumman stämmer inte', en: 'Subtotal does not match' },
    description: {
      sv: 'En delsumma (fetstilt rad, "Summa …" inne i tabellen, rad med punktade underposter) skiljer sig från summan av sina poster.',
      en: 'A subtotal (a bold row, a "Summa …" inside the table, a row with bullet sub-items) differs from the sum of its items.',
    },
  },
  'documents/broken-relation': {
    severity: 'error',
    title: { sv: 'Raden bryter kolumnsambandet', en: 'Row breaks the column relation' },
    description: {
      sv: 'I de flesta rader är en kolumn summan eller skillnaden av två andra (t.ex. Avvikelse = Utfall − Budget); den här raden följer inte sambandet.',
      en: 'In most rows one column is the sum or difference of two others (e.g. Deviation = Outcome − Budget); this row does not follow it.',
    },
  },
  'documents/text-total-mismatch': {
    severity: 'error',
    title: { sv: 'Summan i texten stämmer inte', en: 'Total in the text does not match' },
    description: {
      sv: 'Texten anger en summa och dess delar i samma enhet, och delarna summerar till något annat. En varning när någon del är ungefärlig ("ca").',
      en: 'The text states a total and its parts in the same unit, and the parts add up to something else. A warning when a part is approximate ("ca").',
    },
  },
  'documents/text-restates-table-mismatch': {
    severity: 'warning',
    title: { sv: 'Texten och tabellen säger olika', en: 'Text and table disagree' },
    description: {
      sv: 'En summa i texten ("Totalt köptes 170 …") skiljer sig från tabellens summa för samma sak.',
      en: 'A total in the text ("Totalt köptes 170 …") differs from the table’s total for the same thing.',
    },
  },
  'documents/text-restates-wrong-total': {
    severity: 'info',
    title: { sv: 'Texten upprepar en felaktig summa', en: 'Text repeats a wrong total' },
    description: {
      sv: 'Texten stämmer med tabellens angivna summa, men den summan stämmer inte med tabellens rader.',
      en: 'The text agrees with the table’s stated total, but that total does not match the table’s rows.',
    },
  },
  'documents/rounding-difference': {
    severity: 'info',
    title: { sv: 'Avrundningsdifferens', en: 'Rounding difference' },
    description: {
      sv: 'Summan skiljer sig med en enhet i sista visade siffran; delarna och summan är avrundade var för sig.',
      en: 'The total differs by one unit in the last shown digit; the parts and the total were rounded separately.',
    },
  },
  'documents/total-has-unknown': {
    severity: 'info',
    title: { sv: 'Summa med okända poster', en: 'Total with unknown items' },
    description: {
      sv: 'Några poster är okända ("?"); summan kan inte kontrolleras.',
      en: 'Some items are unknown ("?"); the total cannot be checked.',
    },
  },
  'documents/ambiguous-reading': {
    severity: 'warning',
    title: { sv: 'Tvetydig läsning', en: 'Ambiguous reading' },
    description: {
      sv: 'Mellanslag kan vara både tusentalsavgränsare och kolumngräns, och tabellens egna summor avgör inte vilket; de berörda cellerna kontrolleras inte.',
      en: 'A space can be a thousands separator or a column gap, and the table’s own totals do not decide; the cells concerned are not checked.',
    },
  },
  'documents/reading-chosen-by-totals': {
    severity: 'info',
    title: { sv: 'Läsning vald efter summorna', en: 'Reading chosen by the totals' },
    description: {
      sv: 'Mellanslagen i tabellen kunde läsas på flera sätt; läsningen där tabellens egna summor stämmer valdes.',
      en: 'The spaces in the table could be read in several ways; the reading under which the table’s own totals hold was chosen.',
    },
  },
  'documents/unreadable-cell': {
    severity: 'warning',
    title: { sv: 'Cell kunde inte läsas', en: 'Cell could not be read' },
    description: {
      sv: 'En rad i en tabell med siffror kunde inte delas upp i tabellens kolumner.',
      en: 'A row of a table of figures could not be split into the table’s columns.',
    },
  }, // The readers' codes: a file that could not be read, or only in part.
  'documents/too-large': {
    severity: 'error',
    title: { sv: 'Filen är för stor', en: 'File too large' },
    description: {
      sv: 'Filen, eller det den packas upp till, är större än läsgränsen; den lästes inte.',
      en: 'The file, or what it unpacks to, is larger than the read limit; it was not read.',
    },
  },
  'documents/truncated': {
    severity: 'warning',
    title: { sv: 'Bara en del lästes', en: 'Only part was read' },
    description: {
      sv: 'En läsgräns (sidor, celler eller tecken) nåddes; resten av dokumentet lästes inte.',
      en: 'A read limit (pages, cells or characters) was reached; the rest was not read.',
    },
  },
  'documents/unreadable': {
    severity: 'error',
    title: { sv: 'Filen kan inte läsas', en: 'File cannot be read' },
    description: {
      sv: 'Filen är trasig, avkortad eller inte i ett format som kan läsas.',
      en: 'The file is damaged, truncated or not in a format that can be read.',
    },
  },
  'documents/encrypted': {
    severity: 'error',
    title: { sv: 'Filen är lösenordsskyddad', en: 'File is password-protected' },
    description: {
      sv: 'Filen är krypterad; spara den utan lösenord och försök igen.',
      en: 'The file is encrypted; save it without a password and try again.',
    },
  },
  'documents/legacy-format': {
    severity: 'error',
    title: { sv: 'Gammalt Office-format', en: 'Old Office format' },
    description: {
      sv: 'Filen är i det gamla binära formatet (.doc, .xls); spara den som .docx eller .xlsx.',
      en: 'The file is in the old binary format (.doc, .xls); save it as .docx or .xlsx.',
    },
  },
  'documents/format-mismatch': {
    severity: 'warning',
    title: { sv: 'Filen är inte vad namnet säger', en: 'File is not what its name says' },
    description: {
      sv: 'Filens innehåll är ett annat format än filnamnet anger; den lästes som det den är.',
      en: 'The content is another format than the file name says; it was read as what it is.',
    },
  },
  'documents/empty': {
    severity: 'warning',
    title: { sv: 'Tom fil', en: 'Empty file' },
    description: {
      sv: 'Filen innehåller inget att läsa.',
      en: 'The file has nothing to read.',
    },
  },
  'documents/no-text': {
    severity: 'warning',
    title: { sv: 'PDF utan text', en: 'PDF without text' },
    description: {
      sv: 'PDF-filen har sidor men ingen text, troligen inskannade bilder; den behöver textigenkänning (OCR) först.',
      en: 'The PDF has pages but no text, probably scanned images; it needs text recognition (OCR) first.',
    },
  },
});

/** A code of the document audit. */
export type DocumentCode = keyof typeof documentCodes.specs;
