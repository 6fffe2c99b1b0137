import { inflateRawSync } from 'node:zlib';
import { HostError, hostFinding } from './errors.js';
import type { HostXlsxTooLargeData, HostXlsxUnreadableData } from './codes.js';

/**
 * Limits on an uploaded workbook, checked on the ZIP container before any XML is parsed, so a
 * small file that inflates to hundreds of megabytes (a zip bomb) costs a bounded amount of work.
 */
export interface WorkbookLimits {
  /** Most files inside the ZIP. */
  readonly maxEntries: number;
  /** Most bytes of all files together once inflated. */
  readonly maxInflatedBytes: number;
  /** Most `<row>` elements over all sheets. */
  readonly maxRows: number;
  /** Most `<c>` (cell) elements over all sheets. */
  readonly maxCells: number;
}

/** The defaults (docs/hosting.md, "Limits"). */
export const WORKBOOK_LIMITS: WorkbookLimits = {
  maxEntries: 500,
  maxInflatedBytes: 16 * 1024 * 1024,
  maxRows: 20_000,
  maxCells: 100_000,
};

function tooLarge(measure: HostXlsxTooLargeData['measure'], limit: number, actual: string): never {
  throw new HostError(413, [
    hostFinding('host/xlsx-too-large', { measure, limit }, { expected: `<= ${limit}`, actual }),
  ]);
}

function unreadable(why: HostXlsxUnreadableData): never {
  throw new HostError(422, [hostFinding('host/xlsx-unreadable', why)]);
}

/** Occurrences of `<row` / `<c` start tags (not `<cols`, `<col`) in a sheet's XML. */
function countTags(xml: string): { rows: number; cells: number } {
  let rows = 0;
  let cells = 0;
  for (const m of xml.matchAll(/<(?:\w+:)?(row|c)[\s>/]/g)) {
    if (m[1] === 'row') rows++;
    else cells++;
  }
  return { rows, cells };
}

/**
 * Checks a workbook's ZIP container against `limits` before it is parsed: reads the central
 * directory (entry count, declared sizes), then inflates each entry with a hard output cap (the
 * declared sizes may lie) and counts the rows and cells of every sheet. Throws 413
 * `host/xlsx-too-large` over a limit and 422 `host/xlsx-unreadable` for a broken container.
 *
 * @example
 * ```ts
 * assertWorkbookWithinLimits(await readFile('plans.xlsx'));
 * ```
 */
export function assertWorkbookWithinLimits(
  bytes: Uint8Array,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): { entries: number; inflatedBytes: number; rows: number; cells: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of at most 65535 bytes, at the end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) unreadable({ problem: 'no-central-directory' });
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) unreadable({ problem: 'zip64' });
  if (count > limits.maxEntries) tooLarge('entries', limits.maxEntries, String(count));
  if (cdOffset + cdSize > bytes.length) unreadable({ problem: 'central-directory-out-of-range' });

  const decoder = new TextDecoder();
  let declared = 0;
  let inflated = 0;
  let rows = 0;
  let cells = 0;
  let at = cdOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) {
      unreadable({ problem: 'broken-central-directory' });
    }
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    declared += size;
    if (declared > limits.maxInflatedBytes) {
      tooLarge('inflated-bytes', limits.maxInflatedBytes, `>= ${declared}`);
    }
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== 0x04034b50) {
      unreadable({ problem: 'broken-entry', entry: name.slice(0, 100) });
    }
    const dataStart =
      localOffset +
      30 +
      view.getUint16(localOffset + 26, true) +
      view.getUint16(localOffset + 28, true);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    const budget = limits.maxInflatedBytes - inflated;
    let content: Buffer;
    if (method === 0) content = Buffer.from(data);
    else if (method === 8) {
      try {
        // The cap holds whatever the header claims: inflating stops at the remaining budget.
        content = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          tooLarge('inflated-bytes', limits.maxInflatedBytes, `> ${limits.maxInflatedBytes}`);
        }
        unreadable({ problem: 'entry-not-inflatable', entry: name.slice(0, 100) });
      }
    } else unreadable({ problem: 'compression-method', method });
    inflated += content.length;
    if (inflated > limits.maxInflatedBytes) {
      tooLarge('inflated-bytes', limits.maxInflatedBytes, `> ${limits.maxInflatedBytes}`);
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
      const counted = countTags(content.toString('utf8'));
      rows += counted.rows;
      cells += counted.cells;
      if (rows > limits.maxRows) tooLarge('rows', limits.maxRows, String(rows));
      if (cells > limits.maxCells) tooLarge('cells', limits.maxCells, String(cells));
    }
  }
  return { entries: count, inflatedBytes: inflated, rows, cells };
}
