import type { Finding } from '@styrkit/core';
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import pg from 'pg';
import type { StyrkitPlugin } from '@styrkit/plugin';
import { openDatabase, type Database } from '../db.js';
import { createRegistry, scopeExists } from '../registry.js';
import { DocumentStore } from '../store.js';
import { Users } from '../auth.js';
import demo from './fixtures/plugin.js';

/** A unique id per test run, so a shared PostgreSQL database can be reused. */
export function uid(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** Opens a store (PGlite in memory unless a URL is given) with the demo plugin. */
export async function openTestStore(
  url?: string,
  plugins: readonly StyrkitPlugin[] = [demo],
): Promise<{ db: Database; store: DocumentStore; users: Users }> {
  const db = await openDatabase(url === undefined ? {} : { databaseUrl: url });
  const registry = createRegistry(plugins);
  const store = new DocumentStore(db, registry);
  return { db, store, users: new Users(db, { scopeExists: (s) => scopeExists(registry, s) }) };
}

/**
 * Creates an empty schema on a PostgreSQL server and returns a URL whose connections use it,
 * so each test run starts from a clean database.
 */
export async function freshSchemaUrl(url: string): Promise<string> {
  const schema = `styrkit_test_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await client.end();
  }
  const options = encodeURIComponent(`-c search_path=${schema}`);
  return `${url}${url.includes('?') ? '&' : '?'}options=${options}`;
}

/** Rows of one sheet: column A, column B, …. */
export type Rows = readonly (readonly (string | number | null)[])[];

/** Builds an XLSX workbook with exceljs, one sheet per entry. */
export async function workbook(sheets: Record<string, Rows>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = wb.addWorksheet(name);
    for (const row of rows) sheet.addRow([...row]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** An error response body: the HTTP status and the findings that explain it. */
export interface ErrorBody {
  error: { status: number; findings: Finding[] };
}

/** One entry of an import response. */
export interface ImportResult {
  status: number;
  file?: string;
  sheet?: string;
  kind?: string;
  id?: string;
  version?: number;
  findings?: Finding[];
}

/** Reads a JSON response body as the shape a test expects (checked by its assertions). */
export async function bodyOf<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** One file of a hand-made ZIP: its name, raw-deflated bytes and the size it claims. */
export interface ZipEntry {
  readonly name: string;
  readonly deflated: Uint8Array;
  /** The inflated size written into the headers (a zip bomb may lie). */
  readonly size: number;
}

/** A ZIP container of raw-deflated entries (CRC left 0: the limits are checked before it). */
export function zipOf(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.deflated.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.deflated));
    centrals.push(central, name);
    offset += 30 + name.length + e.deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

/**
 * A workbook-shaped zip bomb: one sheet whose XML inflates to `megabytes` MiB of blanks (about
 * 1 kB per MiB compressed). `claimed` is the size the headers declare (default: the true one).
 */
export async function zipBomb(megabytes: number, claimed?: number): Promise<Uint8Array> {
  const { createDeflateRaw, deflateRawSync } = await import('node:zlib');
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const head = '<worksheet><sheetData>';
  deflate.write(head);
  const blank = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < megabytes; i++) {
    if (!deflate.write(blank)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end('</sheetData></worksheet>');
  await done;
  const size = head.length + megabytes * 1024 * 1024 + 24;
  const small = (text: string) => ({
    deflated: deflateRawSync(Buffer.from(text)),
    size: Buffer.byteLength(text),
  });
  return zipOf([
    { name: '[Content_Types].xml', ...small('<Types/>') },
    { name: 'xl/workbook.xml', ...small('<workbook/>') },
    { name: 'xl/worksheets/sheet1.xml', deflated: Buffer.concat(chunks), size: claimed ?? size },
  ]);
}
