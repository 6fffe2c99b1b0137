import type { ExportContext } from './types.js';

/**
 * The export request time of an {@link ExportContext} as an ISO 8601 UTC text
 * (`2026-12-01T20:45:00.000Z`), or undefined when the host gave none or gave a text that is no
 * date-time. Reads no clock: the time comes from the host.
 *
 * @example
 * ```ts
 * import { exportTime } from '@styrkit/plugin';
 * exportTime({ locale: 'sv', documents: () => [], now: '2026-12-01T21:45:00+01:00' }); // '2026-12-01T20:45:00.000Z'
 * exportTime({ locale: 'sv', documents: () => [] }); // undefined
 * ```
 */
export function exportTime(context: Pick<ExportContext, 'now'>): string | undefined {
  const now = context.now;
  if (now === undefined) return undefined;
  // A bare date or free text is not a moment; only full date-times (or Date objects) count.
  if (typeof now === 'string' && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(now)) return undefined;
  const date = typeof now === 'string' ? new Date(now) : now;
  const ms = date.getTime();
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
