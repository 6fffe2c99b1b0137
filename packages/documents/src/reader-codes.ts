import { defineTemplatedFindingCodes, messageTemplate } from '@styrkit/core';
import {
  encrypted,
  formatMismatch,
  tooLarge,
  truncated,
  unreadable,
  type DocumentEncryptedData,
  type DocumentFormatMismatchData,
  type DocumentLegacyFormatData,
  type DocumentNoData,
  type DocumentTooLargeData,
  type DocumentTruncatedData,
  type DocumentUnreadableData,
} from './reader-messages.js';

/**
 * The readers' finding codes (a file that could not be read, or only in part), with their
 * wording: `documents/too-large`, `documents/truncated`, `documents/unreadable`,
 * `documents/encrypted`, `documents/legacy-format`, `documents/format-mismatch`,
 * `documents/empty` and `documents/no-text`. They are part of the package's one catalogue,
 * `documentCodes`; kept in their own catalogue so reading a file does not load the audit's
 * wording.
 */
export const readerCodes = defineTemplatedFindingCodes({
  'documents/too-large': {
    severity: 'error',
    title: { sv: 'Filen är för stor', en: 'File too large' },
    description: {
      sv: 'Filen, eller det den packas upp till, är större än läsgränsen; den lästes inte.',
      en: 'The file, or what it unpacks to, is larger than the read limit; it was not read.',
    },
    message: messageTemplate<DocumentTooLargeData>({
      sv: (d) => tooLarge(d, 'sv'),
      en: (d) => tooLarge(d, 'en'),
    }),
  },
  'documents/truncated': {
    severity: 'warning',
    title: { sv: 'Bara en del lästes', en: 'Only part was read' },
    description: {
      sv: 'En läsgräns (sidor, celler eller tecken) nåddes; resten av dokumentet lästes inte.',
      en: 'A read limit (pages, cells or characters) was reached; the rest was not read.',
    },
    message: messageTemplate<DocumentTruncatedData>({
      sv: (d) => truncated(d, 'sv'),
      en: (d) => truncated(d, 'en'),
    }),
  },
  'documents/unreadable': {
    severity: 'error',
    title: { sv: 'Filen kan inte läsas', en: 'File cannot be read' },
    description: {
      sv: 'Filen är trasig, avkortad eller inte i ett format som kan läsas.',
      en: 'The file is damaged, truncated or not in a format that can be read.',
    },
    message: messageTemplate<DocumentUnreadableData>({
      sv: (d) => unreadable(d, 'sv'),
      en: (d) => unreadable(d, 'en'),
    }),
  },
  'documents/encrypted': {
    severity: 'error',
    title: { sv: 'Filen är lösenordsskyddad', en: 'File is password-protected' },
    description: {
      sv: 'Filen är krypterad; spara den utan lösenord och försök igen.',
      en: 'The file is encrypted; save it without a password and try again.',
    },
    message: messageTemplate<DocumentEncryptedData>({
      sv: (d) => encrypted(d, 'sv'),
      en: (d) => encrypted(d, 'en'),
    }),
  },
  'documents/legacy-format': {
    severity: 'error',
    title: { sv: 'Gammalt Office-format', en: 'Old Office format' },
    description: {
      sv: 'Filen är i det gamla binära formatet (.doc, .xls); spara den som .docx eller .xlsx.',
      en: 'The file is in the old binary format (.doc, .xls); save it as .docx or .xlsx.',
    },
    message: messageTemplate<DocumentLegacyFormatData>({
      sv: (d) =>
        `Filen är i det gamla binära Office-formatet (${d.extension}); spara den som .docx eller .xlsx.`,
      en: (d) =>
        `The file is in the old binary Office format (${d.extension}); save it as .docx or .xlsx.`,
    }),
  },
  'documents/format-mismatch': {
    severity: 'warning',
    title: { sv: 'Filen är inte vad namnet säger', en: 'File is not what its name says' },
    description: {
      sv: 'Filens innehåll är ett annat format än filnamnet anger; den lästes som det den är.',
      en: 'The content is another format than the file name says; it was read as what it is.',
    },
    message: messageTemplate<DocumentFormatMismatchData>({
      sv: (d) => formatMismatch(d, 'sv'),
      en: (d) => formatMismatch(d, 'en'),
    }),
  },
  'documents/empty': {
    severity: 'warning',
    title: { sv: 'Tom fil', en: 'Empty file' },
    description: {
      sv: 'Filen innehåller inget att läsa.',
      en: 'The file has nothing to read.',
    },
    message: messageTemplate<DocumentNoData>({
      sv: () => 'Filen är tom.',
      en: () => 'The file is empty.',
    }),
  },
  'documents/no-text': {
    severity: 'warning',
    title: { sv: 'PDF utan text', en: 'PDF without text' },
    description: {
      sv: 'PDF-filen har sidor men ingen text, troligen inskannade bilder; den behöver textigenkänning (OCR) först.',
      en: 'The PDF has pages but no text, probably scanned images; it needs text recognition (OCR) first.',
    },
    message: messageTemplate<DocumentNoData>({
      sv: () =>
        'PDF-filen har ingen text, troligen inskannade sidor; kör textigenkänning (OCR) först.',
      en: () => 'The PDF has no text, probably scanned pages; run text recognition (OCR) first.',
    }),
  },
});

/** The codes a reader may raise. */
export type ReaderCode = keyof typeof readerCodes.specs;
