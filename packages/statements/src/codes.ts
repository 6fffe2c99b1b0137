import { defineFindingCodes, formatNumber } from '@styrkit/core';
import type { Exact, Finding, LocalizedText, Path, Severity } from '@styrkit/core';

/**
 * Every finding code the statements package raises, with its default severity, title and
 * description in Swedish and English. Codes are stable: a code is never renamed.
 *
 * @example
 * ```ts
 * import { statementCodes } from '@styrkit/statements';
 * statementCodes.specs['statements/row-total-mismatch'].title.sv; // 'Radsumman stämmer inte'
 * ```
 */
export const statementCodes = defineFindingCodes({
  'statements/invalid-input': {
    severity: 'error',
    title: { sv: 'Ogiltig uppgift', en: 'Invalid input' },
    description: {
      sv: 'Sammanställningen följer inte formatet: ett fält saknas, har fel typ eller ett tal går inte att läsa.',
      en: 'The statement does not follow the format: a field is missing, has the wrong type or a number cannot be read.',
    },
  },
  'statements/invalid-structure': {
    severity: 'error',
    title: { sv: 'Tabellens uppbyggnad går inte ihop', en: 'The structure does not hold' },
    description: {
      sv: 'Ett id förekommer två gånger, ett värde står i en kolumn som inte finns eller en beräknad kolumn pekar fel.',
      en: 'An id occurs twice, a value names a column that does not exist, or a derived column points the wrong way.',
    },
  },
  'statements/row-total-mismatch': {
    severity: 'error',
    title: { sv: 'Radsumman stämmer inte', en: 'Row total does not match' },
    description: {
      sv: 'En summakolumn skiljer sig från summan av de kolumner den summerar på samma rad.',
      en: 'A total column differs from the sum of the columns it adds up on the same row.',
    },
  },
  'statements/difference-mismatch': {
    severity: 'error',
    title: { sv: 'Skillnaden stämmer inte', en: 'Difference does not match' },
    description: {
      sv: 'En skillnadskolumn (till exempel avvikelse) är inte den ena kolumnen minus den andra.',
      en: 'A difference column (a deviation, say) is not one column minus the other.',
    },
  },
  'statements/share-mismatch': {
    severity: 'error',
    title: { sv: 'Andelen stämmer inte', en: 'Share does not match' },
    description: {
      sv: 'En procentkolumn är inte den ena kolumnen delad med den andra, avrundad till de decimaler som visas.',
      en: 'A percent column is not one column divided by the other, rounded to the decimals shown.',
    },
  },
  'statements/block-total-mismatch': {
    severity: 'error',
    title: { sv: 'Delsumman stämmer inte', en: 'Subtotal does not match' },
    description: {
      sv: 'Ett avsnitts angivna delsumma skiljer sig från summan av avsnittets rader.',
      en: "A block's stated subtotal differs from the sum of its rows.",
    },
  },
  'statements/grand-total-mismatch': {
    severity: 'error',
    title: { sv: 'Totalsumman stämmer inte', en: 'Grand total does not match' },
    description: {
      sv: 'Den angivna totalsumman skiljer sig från summan av alla avsnitt.',
      en: 'The stated grand total differs from the sum of all blocks.',
    },
  },
  'statements/rounding-difference': {
    severity: 'info',
    title: { sv: 'Avrundningsdifferens', en: 'Rounding difference' },
    description: {
      sv: 'Summan skiljer sig med en enhet i sista visade siffran från delarna; delarna är avrundade, så det är inget fel.',
      en: 'The total differs from its parts by one unit in the last shown digit; the parts are rounded, so it is not an error.',
    },
  },
  'statements/conflicting-figure': {
    severity: 'warning',
    title: { sv: 'Samma uppgift skiljer sig', en: 'The same figure differs' },
    description: {
      sv: 'Två sammanställningar för samma organisation och period anger olika belopp för samma rad och kolumn.',
      en: 'Two statements for the same organisation and period give different amounts for the same row and column.',
    },
  },
  'statements/total-has-unknown': {
    severity: 'info',
    title: { sv: 'Summan har okända delar', en: 'The total has unknown parts' },
    description: {
      sv: 'Någon del är okänd ("?"), så summan kan inte kontrolleras; de kända delarna redovisas.',
      en: 'A part is unknown ("?"), so the total cannot be checked; the known parts are given.',
    },
  },
});

/** A code of this package. */
export type StatementCode = keyof typeof statementCodes.specs;

/** The codes whose findings compare a stated figure with a computed one. */
export type MismatchCode =
  | 'statements/row-total-mismatch'
  | 'statements/difference-mismatch'
  | 'statements/share-mismatch'
  | 'statements/block-total-mismatch'
  | 'statements/grand-total-mismatch';

/** What a mismatch finding says: where, which figures, and how they were compared. */
export interface MismatchData {
  readonly code: MismatchCode;
  readonly path: Path;
  readonly row: string;
  readonly column: string;
  readonly unit: string;
  /** The figure computed from the parts. */
  readonly computed: Exact;
  /** The figure the document states. */
  readonly stated: Exact;
  readonly severity: Severity;
  /** Set when a part is an estimate ("ca"). */
  readonly estimate?: boolean;
}

const what: Record<MismatchCode, LocalizedText> = {
  'statements/row-total-mismatch': { sv: 'radsumman', en: 'the row total' },
  'statements/difference-mismatch': { sv: 'skillnaden', en: 'the difference' },
  'statements/share-mismatch': { sv: 'andelen', en: 'the share' },
  'statements/block-total-mismatch': { sv: 'delsumman', en: 'the subtotal' },
  'statements/grand-total-mismatch': { sv: 'totalsumman', en: 'the grand total' },
};

function unitText(unit: string): string {
  return unit === '' ? '' : ` ${unit}`;
}

/**
 * A mismatch between a stated and a computed figure. `expected` is the computed figure and
 * `actual` the stated one, as in @styrkit/documents.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { mismatchFinding } from '@styrkit/statements';
 * const f = mismatchFinding({
 *   code: 'statements/block-total-mismatch', path: ['blocks', 0, 'subtotal', 'values', 'y1'],
 *   row: 'Summa kostnader', column: '2025', unit: 'tkr',
 *   computed: exact('4500'), stated: exact('4600'), severity: 'error',
 * });
 * f.expected; // '4500'
 * ```
 */
export function mismatchFinding(data: MismatchData): Finding {
  const sv = (n: Exact) => formatNumber(n);
  const en = (n: Exact) => formatNumber(n, { locale: 'en' });
  const difference = data.stated.minus(data.computed);
  const u = unitText(data.unit);
  const estimate = data.estimate === true;
  return statementCodes.create(data.code, {
    path: data.path,
    severity: data.severity,
    expected: data.computed,
    actual: data.stated,
    message: {
      sv: `${data.row}, ${data.column}: ${what[data.code].sv} anges till ${sv(data.stated)}${u} men delarna ger ${sv(data.computed)}${u} (skillnad ${sv(difference)}${u})${estimate ? '; någon del är en uppskattning' : ''}`,
      en: `${data.row}, ${data.column}: ${what[data.code].en} is stated as ${en(data.stated)}${u} but the parts give ${en(data.computed)}${u} (difference ${en(difference)}${u})${estimate ? '; a part is an estimate' : ''}`,
    },
  });
}

/**
 * A rounding difference: the stated total is one unit of its last shown digit away from the
 * parts, which a rounded display explains.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { roundingFinding } from '@styrkit/statements';
 * roundingFinding({
 *   path: ['total', 'values', 'y1'], row: 'Totalt', column: '2025', unit: 'tkr',
 *   computed: exact('6732'), stated: exact('6733'), explanation: 'rounded',
 * }).severity; // 'info'
 * ```
 */
export function roundingFinding(data: {
  readonly path: Path;
  readonly row: string;
  readonly column: string;
  readonly unit: string;
  readonly computed: Exact;
  readonly stated: Exact;
  readonly explanation: 'rounded' | 'truncated';
}): Finding {
  const u = unitText(data.unit);
  const how: LocalizedText =
    data.explanation === 'truncated'
      ? {
          sv: 'värdet är avkortat i stället för avrundat',
          en: 'the value is truncated, not rounded',
        }
      : {
          sv: 'delarna är avrundade för visning',
          en: 'the parts are rounded for display',
        };
  return statementCodes.create('statements/rounding-difference', {
    path: data.path,
    expected: data.computed,
    actual: data.stated,
    message: {
      sv: `${data.row}, ${data.column}: angivet ${formatNumber(data.stated)}${u}, delarna ger ${formatNumber(data.computed)}${u}; avrundningsdifferens (${how.sv})`,
      en: `${data.row}, ${data.column}: stated ${formatNumber(data.stated, { locale: 'en' })}${u}, the parts give ${formatNumber(data.computed, { locale: 'en' })}${u}; a rounding difference (${how.en})`,
    },
  });
}

/**
 * A total that cannot be checked because a part is unknown; the known parts are given.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { unknownPartsFinding } from '@styrkit/statements';
 * unknownPartsFinding({
 *   path: ['total', 'values', 'y1'], row: 'Totalt', column: '2025', unit: 'tkr',
 *   known: exact('700'), unknownCount: 1, stated: exact('900'),
 * }).code; // 'statements/total-has-unknown'
 * ```
 */
export function unknownPartsFinding(data: {
  readonly path: Path;
  readonly row: string;
  readonly column: string;
  readonly unit: string;
  readonly known: Exact;
  readonly unknownCount: number;
  readonly stated: Exact;
}): Finding {
  const u = unitText(data.unit);
  const n = data.unknownCount;
  return statementCodes.create('statements/total-has-unknown', {
    path: data.path,
    expected: data.known,
    actual: data.stated,
    message: {
      sv: `${data.row}, ${data.column}: ${n === 1 ? 'en del är okänd' : `${String(n)} delar är okända`}; kända delar ger ${formatNumber(data.known)}${u} mot angivna ${formatNumber(data.stated)}${u}`,
      en: `${data.row}, ${data.column}: ${n === 1 ? 'one part is unknown' : `${String(n)} parts are unknown`}; the known parts give ${formatNumber(data.known, { locale: 'en' })}${u} against the stated ${formatNumber(data.stated, { locale: 'en' })}${u}`,
    },
  });
}

/** What is wrong with the structure of a statement. */
export type StructureProblem =
  | { readonly kind: 'duplicate-id'; readonly id: string }
  | { readonly kind: 'unknown-column'; readonly id: string }
  | { readonly kind: 'bad-reference'; readonly column: string; readonly reference: string }
  | { readonly kind: 'wrong-arity'; readonly column: string; readonly needs: number };

function structureMessage(problem: StructureProblem): LocalizedText {
  switch (problem.kind) {
    case 'duplicate-id':
      return {
        sv: `Id "${problem.id}" förekommer mer än en gång`,
        en: `The id "${problem.id}" occurs more than once`,
      };
    case 'unknown-column':
      return {
        sv: `Kolumnen "${problem.id}" finns inte bland tabellens kolumner`,
        en: `The column "${problem.id}" is not one of the table's columns`,
      };
    case 'bad-reference':
      return {
        sv: `Kolumnen "${problem.column}" räknas fram ur "${problem.reference}", som inte är en tidigare kolumn`,
        en: `The column "${problem.column}" is computed from "${problem.reference}", which is not an earlier column`,
      };
    case 'wrong-arity':
      return {
        sv: `Kolumnen "${problem.column}" behöver exakt ${String(problem.needs)} ${problem.needs === 1 ? 'kolumn' : 'kolumner'} i "of"`,
        en: `The column "${problem.column}" needs exactly ${String(problem.needs)} columns in "of"`,
      };
  }
}

/**
 * A structure finding (duplicate ids, values in unknown columns, derived columns pointing at
 * columns that do not exist or come later).
 *
 * @example
 * ```ts
 * import { structureFinding } from '@styrkit/statements';
 * structureFinding(['columns', 1, 'id'], { kind: 'duplicate-id', id: 'y1' }).severity; // 'error'
 * ```
 */
export function structureFinding(path: Path, problem: StructureProblem): Finding {
  return statementCodes.create('statements/invalid-structure', {
    path,
    message: structureMessage(problem),
    ...(problem.kind === 'duplicate-id' || problem.kind === 'unknown-column'
      ? { actual: problem.id }
      : {}),
  });
}
