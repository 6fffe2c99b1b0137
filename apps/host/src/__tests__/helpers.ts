import type { Finding } from '@styrkit/core';
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import pg from 'pg';
import type { StyrkitPlugin } from '@styrkit/plugin';
import { openDatabase, type Database } from '../db.js';
import { createRegistry } from '../registry.js';
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
  const store = new DocumentStore(db, createRegistry(plugins));
  return { db, store, users: new Users(db) };
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
