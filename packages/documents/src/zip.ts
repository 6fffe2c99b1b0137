import { Inflate } from 'fflate';
import type { ReadLimits } from './model.js';

/** One entry of a zip's central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/** Why a zip could not be opened or an entry not read. */
export type ZipProblem =
  | { readonly kind: 'corrupt'; readonly detail: string }
  | { readonly kind: 'too-many-entries'; readonly count: number }
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'encrypted' };

/** A zip opened for reading, with the decompressed bytes it has spent so far. */
export interface ZipArchive {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  /** Inflates one entry; counts against the archive's decompressed limit. */
  read(name: string): Uint8Array | ZipProblem | undefined;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
// Inflate is fed this much compressed data at a time, so one push can never produce more than
// about 4 MiB (deflate inflates at most about 1 000-fold) before the count is checked.
const CHUNK = 4 * 1024;

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (u32(bytes, i) === EOCD) return i;
  }
  return -1;
}

/**
 * Reads a zip's central directory. The sizes it gives are checked before anything is inflated;
 * since a crafted file can state false sizes, {@link ZipArchive.read} counts again while
 * inflating and stops at the limit. Zip64 archives (over 4 GiB) are refused as too large.
 */
export function openZip(bytes: Uint8Array, limits: ReadLimits): ZipArchive | ZipProblem {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) return { kind: 'corrupt', detail: 'no central directory' };
  const count = u16(bytes, eocd + 10);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) return { kind: 'too-large', size: Infinity };
  if (count > limits.maxZipEntries) return { kind: 'too-many-entries', count };
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  let at = cdOffset;
  let declared = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) {
      return { kind: 'corrupt', detail: 'central directory cut short' };
    }
    const nameLength = u16(bytes, at + 28);
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      encrypted: (u16(bytes, at + 8) & 1) === 1,
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    };
    declared += entry.size;
    entries.set(entry.name, entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  if (declared > limits.maxDecompressedBytes) return { kind: 'too-large', size: declared };
  let spent = 0;
  return {
    entries,
    read(name) {
      const entry = entries.get(name);
      if (entry === undefined) return undefined;
      const result = readEntry(bytes, entry, limits.maxDecompressedBytes - spent);
      if (result instanceof Uint8Array) spent += result.length;
      return result;
    },
  };
}

function readEntry(bytes: Uint8Array, entry: ZipEntry, allowance: number): Uint8Array | ZipProblem {
  if (entry.encrypted) return { kind: 'encrypted' };
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) {
    return { kind: 'corrupt', detail: `no local header for ${entry.name}` };
  }
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return { kind: 'corrupt', detail: `${entry.name} cut short` };
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    return data.length > allowance ? { kind: 'too-large', size: data.length } : data.slice();
  }
  if (entry.method !== 8) return { kind: 'corrupt', detail: `compression method ${entry.method}` };
  return inflateCounted(data, Math.min(allowance, entry.size), entry.name);
}

/**
 * Inflates in small pushes and stops as soon as the output passes what the directory declared
 * (or the archive's remaining allowance): a zip bomb is refused after a few MiB of work.
 */
function inflateCounted(
  data: Uint8Array,
  allowance: number,
  name: string,
): Uint8Array | ZipProblem {
  const parts: Uint8Array[] = [];
  let total = 0;
  // An object, so the check after the callback is not narrowed away by the compiler.
  const state = { over: false };
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > allowance) state.over = true;
    else parts.push(chunk);
  });
  try {
    for (let i = 0; i < data.length && !state.over; i += CHUNK) {
      inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
    }
  } catch (error) {
    return {
      kind: 'corrupt',
      detail: `${name}: ${error instanceof Error ? error.message : 'inflate failed'}`,
    };
  }
  if (state.over) return { kind: 'too-large', size: total };
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
