// Constants only, no imports: importing DOCX_MEDIA_TYPE must not load the `docx` library.

/**
 * The IANA media type of a Word document (Office Open XML), for exporters and HTTP responses.
 *
 * @example
 * ```ts
 * import { DOCX_MEDIA_TYPE } from '@styrkit/reports';
 * DOCX_MEDIA_TYPE.endsWith('wordprocessingml.document'); // true
 * ```
 */
export const DOCX_MEDIA_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
