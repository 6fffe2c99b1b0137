import {
  api,
  docPath,
  type CheckResult,
  type DocumentRecord,
  type DocumentSummary,
} from './api.js';
import { useApp } from './context.js';
import type { JsonTable } from './tables.js';
import { useLoad, type Loaded } from './use-fetch.js';

/** A document's tables in the interface language. */
export function useTables(kind: string, id: string | undefined): Loaded<JsonTable[]> {
  const { locale } = useApp();
  return useLoad(id === undefined ? null : `tables:${kind}:${id}:${locale}`, () =>
    api<JsonTable[]>(`${docPath(kind, id ?? '')}/tables?format=json&locale=${locale}`),
  );
}

/** A document's check findings in the interface language. */
export function useChecks(kind: string, id: string | undefined): Loaded<CheckResult> {
  const { locale } = useApp();
  return useLoad(id === undefined ? null : `checks:${kind}:${id}:${locale}`, () =>
    api<CheckResult>(`${docPath(kind, id ?? '')}/checks?locale=${locale}`),
  );
}

/** A document's current version. */
export function useDocument<T>(kind: string, id: string | undefined): Loaded<DocumentRecord<T>> {
  return useLoad(id === undefined ? null : `doc:${kind}:${id}`, () =>
    api<DocumentRecord<T>>(docPath(kind, id ?? '')),
  );
}

/** The documents of several kinds, each with its kind, sorted by id. */
export function useDocuments(kinds: readonly string[]): Loaded<DocumentSummary[]> {
  return useLoad(`list:${kinds.join(',')}`, async () => {
    const lists = await Promise.all(
      kinds.map((k) => api<{ documents: DocumentSummary[] }>(`/api/kinds/${k}/documents`)),
    );
    return lists.flatMap((l) => l.documents).sort((a, b) => a.id.localeCompare(b.id));
  });
}
