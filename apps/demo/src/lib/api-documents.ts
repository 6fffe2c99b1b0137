import { api, docPath, type DocumentRecord, type DocumentSummary, type Finding } from './api.js';
import type { JsonSchema } from '../components/schema-form/schema.js';
import type { Text } from './i18n.js';

/** An exporter of a kind as `GET /api/kinds` lists it. */
export interface ExporterInfo {
  readonly id: string;
  readonly title: Text;
  readonly mediaType: string;
  readonly fileExtension: string;
}

/** A kind as `GET /api/kinds` lists it. */
export interface KindInfo {
  readonly name: string;
  readonly title: Text;
  readonly schemaVersion: number;
  readonly exporters: readonly ExporterInfo[];
}

/** The media type of a Word document (an exporter that writes one can also give a PDF). */
export const DOCX_MEDIA_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Every kind the host's plugins declare. */
export async function fetchKinds(): Promise<KindInfo[]> {
  return (await api<{ kinds: KindInfo[] }>('/api/kinds')).kinds;
}

/** A kind's JSON Schema (its data format). */
export function fetchSchema(kind: string): Promise<JsonSchema> {
  return api<JsonSchema>(`/api/kinds/${kind}/schema`);
}

/** The documents of a kind. */
export async function listDocuments(kind: string): Promise<DocumentSummary[]> {
  return (await api<{ documents: DocumentSummary[] }>(`/api/kinds/${kind}/documents`)).documents;
}

/** The checks of a document that is not stored (yet): the host parses and audits it as is. */
export async function checkDraft(kind: string, id: string, document: unknown): Promise<Finding[]> {
  const { results } = await api<{ results: { findings: Finding[] }[] }>('/api/check', {
    method: 'POST',
    body: { kind, id, document },
  });
  return results.flatMap((r) => r.findings);
}

/** Stores a new document (version 1) with the user's version message. */
export function createDocument<T>(
  kind: string,
  id: string,
  document: unknown,
  message: string,
): Promise<DocumentRecord<T>> {
  return api<DocumentRecord<T>>(`/api/kinds/${kind}/documents`, {
    method: 'POST',
    body: { id, document, message },
  });
}

/** Saves a new version on top of `baseVersion` with the user's version message. */
export function saveDocument<T>(
  kind: string,
  id: string,
  baseVersion: number,
  document: unknown,
  message: string,
): Promise<DocumentRecord<T>> {
  return api<DocumentRecord<T>>(docPath(kind, id), {
    method: 'PUT',
    body: { baseVersion, document, message },
  });
}

/**
 * Where an exporter's file is downloaded; `pdf` asks the host to turn a Word export into PDF.
 *
 * @example
 * ```ts
 * exportUrl('pm3/objektplan', 'p 1', 'pm3/objektplan-docx', 'sv', 'pdf');
 * // '/api/kinds/pm3/objektplan/documents/p%201/export?exporter=pm3%2Fobjektplan-docx&locale=sv&format=pdf'
 * ```
 */
export function exportUrl(
  kind: string,
  id: string,
  exporter: string,
  locale: string,
  format?: 'pdf',
): string {
  const q = new URLSearchParams({ exporter, locale });
  if (format !== undefined) q.set('format', format);
  return `${docPath(kind, id)}/export?${q.toString()}`;
}
