import { sortFindings, type Finding, type NumberLocale } from '@styrkit/core';
import type { DocumentStore } from '../store.js';

/**
 * The findings of a kind's checks on a parsed document, sorted.
 *
 * @example
 * ```ts
 * const findings = await checkFindings(store, 'pm3/objektplan', value, 'sv');
 * ```
 */
export async function checkFindings(
  store: DocumentStore,
  kind: string,
  value: unknown,
  locale: NumberLocale,
): Promise<Finding[]> {
  const context = await store.context(locale);
  return sortFindings(store.entry(kind).checks.flatMap((check) => check.run(value, context)));
}
