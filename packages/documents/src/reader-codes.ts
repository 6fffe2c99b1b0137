import { defineFindingCodes } from '@styrkit/core';

/**
 * The finding codes of the readers: what a reader says when it cannot read a file, or can
 * read only part of it. Codes are stable: tools and reports may rely on them.
 *
 * @example
 * ```ts
 * import { readerCodes } from '@styrkit/documents';
 * readerCodes.specs['documents/encrypted'].severity; // 'error'
 * ```
 */
export const readerCodes = defineFindingCodes({
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
});

/** The codes a reader may raise. */
export type ReaderCode = keyof typeof readerCodes.specs;
