import type { Finding, TemplatedCodeData } from '@styrkit/core';
import type { ReadBudget } from './limits.js';
import type { SourceLocation } from './model.js';
import { readerCodes, type ReaderCode } from './reader-codes.js';

/** What a reader carries through one document: the file name, the budget, its findings. */
export interface ReaderContext {
  readonly file: string | undefined;
  readonly budget: ReadBudget;
  readonly findings: Finding[];
}

/** A source location with the file name added when known. */
export function at(ctx: ReaderContext, location: SourceLocation): SourceLocation {
  return ctx.file === undefined ? location : { file: ctx.file, ...location };
}

/** The data a reader code's message is worded from. */
export type ReaderData<K extends ReaderCode> = TemplatedCodeData<(typeof readerCodes.specs)[K]>;

/** Records a reader finding about the whole file; the catalogue words it from `data`. */
export function report<K extends ReaderCode>(
  ctx: ReaderContext,
  code: K,
  data: ReaderData<K>,
): void {
  ctx.findings.push(
    readerCodes.create(code, {
      path: [],
      data,
      ...(ctx.file === undefined ? {} : { source: { file: ctx.file } }),
    }),
  );
}

/** "R3C2": row and column, 1-based, the cell address of tables outside workbooks. */
export function gridAddress(row: number, column: number): string {
  return `R${row + 1}C${column + 1}`;
}
