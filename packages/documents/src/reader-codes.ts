import { documentCodes } from './codes.js';

/**
 * The readers raise their findings from the package's one catalogue, {@link documentCodes}:
 * `documents/too-large`, `documents/truncated`, `documents/unreadable`, `documents/encrypted`,
 * `documents/legacy-format`, `documents/format-mismatch`, `documents/empty` and
 * `documents/no-text`.
 */
export const readerCodes = documentCodes;

/** The codes a reader may raise. */
export type ReaderCode =
  | 'documents/too-large'
  | 'documents/truncated'
  | 'documents/unreadable'
  | 'documents/encrypted'
  | 'documents/legacy-format'
  | 'documents/format-mismatch'
  | 'documents/empty'
  | 'documents/no-text';
