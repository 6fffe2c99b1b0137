import { fieldText } from '@styrkit/core';
import * as z from 'zod';
import { statementCellSchema, type StatementCell } from './cell.js';

const sourceSchema = z
  .object({
    file: z
      .string()
      .optional()
      .meta(fieldText('Källdokumentets filnamn', 'Source document file name')),
    line: z
      .number()
      .int()
      .positive()
      .optional()
      .meta(fieldText('Rad i källan, från 1', 'Line in the source, 1-based')),
    page: z
      .number()
      .int()
      .positive()
      .optional()
      .meta(fieldText('Sida i källan, från 1', 'Page in the source, 1-based')),
  })
  .meta(
    fieldText('Var talet står i källdokumentet', 'Where the figure stands in the source document'),
  );

/**
 * What a column holds and how it relates to the others:
 * - `value`: figures of their own (a year, a phase, a scenario); summed down the blocks;
 * - `total`: the sum of the columns in `of` (all value columns when `of` is left out);
 * - `difference`: `of[0]` − `of[1]` (Avvikelse = budget − prognos);
 * - `share`: `of[0]` / `of[1]` × 100, shown with `decimals` decimals ("% av årsbudget").
 *
 * @example
 * ```ts
 * import type { ColumnRole } from '@styrkit/statements';
 * const role: ColumnRole = 'difference';
 * ```
 */
export type ColumnRole = 'value' | 'total' | 'difference' | 'share';

/**
 * Schema of a column.
 *
 * @example
 * ```ts
 * import { columnSchema } from '@styrkit/statements';
 * columnSchema.parse({ id: 'y2025', label: '2025' }).role; // 'value'
 * ```
 */
export const columnSchema = z.object({
  id: z
    .string()
    .min(1)
    .meta(
      fieldText(
        'Stabilt id, kolumnens nyckel i varje rad',
        'Stable id, the key of the column in every row',
      ),
    ),
  label: z
    .string()
    .meta(
      fieldText(
        'Rubriken som dokumentet skriver den ("2025", "Summa")',
        'Header text as the document writes it ("2025", "Summa")',
      ),
    ),
  role: z
    .enum(['value', 'total', 'difference', 'share'])
    .default('value')
    .meta(
      fieldText(
        'value (värde), total (summa av `of`), difference (of[0] − of[1]) eller share (of[0] / of[1] %)',
        'value, total (sum of `of`), difference (of[0] − of[1]) or share (of[0] / of[1] %)',
      ),
    ),
  of: z
    .array(z.string())
    .optional()
    .meta(
      fieldText(
        'Kolumnerna som en härledd kolumn räknas ur',
        'The columns a derived column is computed from',
      ),
    ),
  decimals: z
    .number()
    .int()
    .min(0)
    .max(6)
    .optional()
    .meta(
      fieldText(
        'Decimaler i en andelskolumn (0 om inget anges)',
        'Decimals shown in a share column (default 0)',
      ),
    ),
  unit: z
    .string()
    .optional()
    .meta(
      fieldText(
        'Enhet för kolumnen när den skiljer sig från tabellens',
        'A unit for this column when it differs from the statement',
      ),
    ),
});

/** A column of a statement. */
export type StatementColumn = z.infer<typeof columnSchema>;

const valuesSchema = z
  .record(z.string(), statementCellSchema)
  .default({})
  .meta(
    fieldText(
      'Tal per kolumn-id: ett tal, "?" (okänt) eller "-" (inget)',
      'Figures by column id: a number, "?" (unknown) or "-" (nothing)',
    ),
  );

/**
 * Schema of a row: an id, the label as written, figures by column id, an optional note and
 * source line.
 *
 * @example
 * ```ts
 * import { rowSchema } from '@styrkit/statements';
 * rowSchema.parse({ id: 'licences', label: 'Licenser', values: { y2025: '1 200' } });
 * ```
 */
export const rowSchema = z.object({
  id: z
    .string()
    .min(1)
    .meta(
      fieldText(
        'Stabilt id: rader jämförs med id mellan versioner',
        'Stable id: rows are compared by id between versions',
      ),
    ),
  label: z.string().meta(fieldText('Radens rubrik som den står', 'Row label as written')),
  values: valuesSchema,
  note: z.string().optional().meta(fieldText('En anteckning om raden', 'A note on the row')),
  source: sourceSchema.optional(),
});

/** A row of a statement. */
export type StatementRow = z.infer<typeof rowSchema>;

/**
 * Schema of a stated total row (a block's subtotal or the statement's grand total).
 *
 * @example
 * ```ts
 * import { totalRowSchema } from '@styrkit/statements';
 * totalRowSchema.parse({ label: 'Summa kostnader', values: { y2025: '4 500' } });
 * ```
 */
export const totalRowSchema = z.object({
  label: z
    .string()
    .optional()
    .meta(
      fieldText(
        'Rubriken som den står ("Summa kostnader", "Totalt")',
        'Label as written ("Summa kostnader", "Totalt")',
      ),
    ),
  values: valuesSchema,
  source: sourceSchema.optional(),
});

/** A stated total row. */
export type StatementTotalRow = z.infer<typeof totalRowSchema>;

/**
 * Schema of a block: rows under one heading with an optional stated subtotal. `sign: minus`
 * subtracts the block in the grand total (costs under income, where the document writes
 * both as positive figures).
 *
 * @example
 * ```ts
 * import { blockSchema } from '@styrkit/statements';
 * blockSchema.parse({ id: 'costs', label: 'Kostnader', rows: [] }).sign; // 'plus'
 * ```
 */
export const blockSchema = z.object({
  id: z.string().min(1).meta(fieldText('Stabilt id', 'Stable id')),
  label: z.string().meta(fieldText('Blockets rubrik som den står', 'Block heading as written')),
  sign: z
    .enum(['plus', 'minus'])
    .default('plus')
    .meta(
      fieldText(
        'plus lägger blocket till totalen, minus drar av det',
        'plus adds the block to the grand total, minus subtracts it',
      ),
    ),
  rows: z.array(rowSchema).meta(fieldText('Blockets rader', 'Rows of the block')),
  subtotal: totalRowSchema
    .optional()
    .meta(fieldText('Blockets angivna delsumma', 'The stated subtotal of the block')),
});

/** A block of rows. */
export type StatementBlock = z.infer<typeof blockSchema>;

/**
 * Schema of a statement: a cost estimate, budget or result table that is not a pm3
 * objektplan. Rows × any columns (years, phases, scenarios), blocks with subtotals, stated
 * totals at every level, one unit, notes and source lines.
 *
 * @example
 * ```ts
 * import { statementSchema } from '@styrkit/statements';
 * const s = statementSchema.parse({
 *   title: 'Kostnadskalkyl', unit: 'tkr',
 *   columns: [{ id: 'y1', label: '2025' }],
 *   blocks: [{ id: 'b', label: 'Kostnader', rows: [{ id: 'r', label: 'Licenser', values: { y1: 100 } }] }],
 * });
 * s.rounding; // 'exact'
 * ```
 */
export const statementSchema = z.object({
  title: z
    .string()
    .min(1)
    .meta(
      fieldText(
        'Rubrik eller bildtext ("Tabell 3 Kostnadskalkyl 2025–2028")',
        'Title or caption ("Tabell 3 Kostnadskalkyl 2025–2028")',
      ),
    ),
  organisation: z
    .string()
    .optional()
    .meta(
      fieldText(
        'Organisationen som tabellen hör till',
        'The organisation the statement belongs to',
      ),
    ),
  period: z
    .string()
    .optional()
    .meta(fieldText('Perioden som den gäller, som den står', 'The period it covers, as written')),
  unit: z
    .string()
    .meta(
      fieldText(
        'Enhet för alla tal: kr, tkr (= kkr), mnkr, årsarbeten, timmar …',
        'Unit of every figure: kr, tkr (= kkr), mnkr, årsarbeten, timmar …',
      ),
    ),
  rounding: z
    .enum(['exact', 'rounded'])
    .default('exact')
    .meta(
      fieldText(
        'exact: varje summa ska stämma; rounded: talen är avrundade för visning, så en skillnad på en enhet i sista visade siffran är en avrundningsskillnad (info)',
        'exact: every total must hold; rounded: figures are rounded for display, so a difference of one unit in the last shown digit is a rounding difference (info)',
      ),
    ),
  columns: z
    .array(columnSchema)
    .min(1)
    .meta(fieldText('Kolumner från vänster till höger', 'Columns left to right')),
  blocks: z.array(blockSchema).meta(fieldText('Block uppifrån och ned', 'Blocks top to bottom')),
  total: totalRowSchema
    .optional()
    .meta(fieldText('Den angivna totalraden', 'The stated grand total row')),
  notes: z
    .array(z.string())
    .optional()
    .meta(fieldText('Anteckningar under tabellen', 'Notes under the table')),
  source: sourceSchema.optional(),
});

/**
 * A statement, as parsed.
 *
 * @example
 * ```ts
 * import type { Statement } from '@styrkit/statements';
 * function title(s: Statement): string { return s.title; }
 * ```
 */
export type Statement = z.infer<typeof statementSchema>;

/** The raw input shape of a statement (what YAML or JSON gives). */
export type StatementInput = z.input<typeof statementSchema>;

export type { StatementCell };
