import { api, docPath, type DocumentRecord, type DocumentSummary } from './api.js';
import type { ResponseDocument } from './checklist.js';

/** A response and the template it was made on. */
export interface ChecklistData {
  readonly response: DocumentRecord<ResponseDocument>;
  readonly template: DocumentRecord<{ id: string; version: number }> | undefined;
}

/** Loads a response and finds its template (same template id and version) on the host. */
export async function loadChecklist(id: string): Promise<ChecklistData> {
  const [response, templates] = await Promise.all([
    api<DocumentRecord<ResponseDocument>>(docPath('principles/response', id)),
    api<{ documents: DocumentSummary[] }>('/api/kinds/principles/template/documents'),
  ]);
  const all = await Promise.all(
    templates.documents.map((d) =>
      api<DocumentRecord<{ id: string; version: number }>>(docPath('principles/template', d.id)),
    ),
  );
  const ref = response.document.template;
  const template =
    all.find((t) => t.document.id === ref.id && t.document.version === ref.version) ??
    all.find((t) => t.document.id === ref.id);
  return { response, template };
}
