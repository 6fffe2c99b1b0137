import {
  defineTemplatedFindingCodes,
  messageTemplate,
  type CodedFinding,
  type LocalizedText,
  type MessageTemplate,
  type Path,
  type Severity,
} from '@styrkit/core';
import {
  conflictText,
  mismatchText,
  roundingText,
  structureText,
  unknownPartsText,
  type StatementConflictData,
  type StatementInvalidInputData,
  type StatementMismatchData,
  type StatementRoundingData,
  type StatementUnknownPartsData,
  type StructureProblem,
} from './messages.js';

/** The template of a mismatch code; `what` names the figure compared ("delsumman"). */
function mismatchTemplate(what: LocalizedText): MessageTemplate<StatementMismatchData> {
  return messageTemplate<StatementMismatchData>({
    sv: (d) => mismatchText(d, what, 'sv'),
    en: (d) => mismatchText(d, what, 'en'),
  });
}

/**
 * Every finding code the statements package raises, with its default severity, title,
 * description and message template in Swedish and English. Rules pass data (labels, figures);
 * the catalogue words the message, when it is first read. Codes are stable: a code is never
 * renamed.
 *
 * @example
 * ```ts
 * import { statementCodes } from '@styrkit/statements';
 * statementCodes.specs['statements/row-total-mismatch'].title.sv; // 'Radsumman stämmer inte'
 * ```
 */
export const statementCodes = defineTemplatedFindingCodes({
  'statements/invalid-input': {
    severity: 'error',
    title: { sv: 'Ogiltig uppgift', en: 'Invalid input' },
    description: {
      sv: 'Sammanställningen följer inte formatet: ett fält saknas, har fel typ eller ett tal går inte att läsa.',
      en: 'The statement does not follow the format: a field is missing, has the wrong type or a number cannot be read.',
    },
    message: messageTemplate<StatementInvalidInputData>({
      sv: (d) => d.detail.sv,
      en: (d) => d.detail.en,
    }),
  },
  'statements/invalid-structure': {
    severity: 'error',
    title: { sv: 'Tabellens uppbyggnad går inte ihop', en: 'The structure does not hold' },
    description: {
      sv: 'Ett id förekommer två gånger, ett värde står i en kolumn som inte finns eller en beräknad kolumn pekar fel.',
      en: 'An id occurs twice, a value names a column that does not exist, or a derived column points the wrong way.',
    },
    message: messageTemplate<StructureProblem>({
      sv: (d) => structureText(d, 'sv'),
      en: (d) => structureText(d, 'en'),
    }),
  },
  'statements/row-total-mismatch': {
    severity: 'error',
    title: { sv: 'Radsumman stämmer inte', en: 'Row total does not match' },
    description: {
      sv: 'En summakolumn skiljer sig från summan av de kolumner den summerar på samma rad.',
      en: 'A total column differs from the sum of the columns it adds up on the same row.',
    },
    message: mismatchTemplate({ sv: 'radsumman', en: 'the row total' }),
  },
  'statements/difference-mismatch': {
    severity: 'error',
    title: { sv: 'Skillnaden stämmer inte', en: 'Difference does not match' },
    description: {
      sv: 'En skillnadskolumn (till exempel avvikelse) är inte den ena kolumnen minus den andra.',
      en: 'A difference column (a deviation, say) is not one column minus the other.',
    },
    message: mismatchTemplate({ sv: 'skillnaden', en: 'the difference' }),
  },
  'statements/share-mismatch': {
    severity: 'error',
    title: { sv: 'Andelen stämmer inte', en: 'Share does not match' },
    description: {
      sv: 'En procentkolumn är inte den ena kolumnen delad med den andra, avrundad till de decimaler som visas.',
      en: 'A percent column is not one column divided by the other, rounded to the decimals shown.',
    },
    message: mismatchTemplate({ sv: 'andelen', en: 'the share' }),
  },
  'statements/block-total-mismatch': {
    severity: 'error',
    title: { sv: 'Delsumman stämmer inte', en: 'Subtotal does not match' },
    description: {
      sv: 'Ett avsnitts angivna delsumma skiljer sig från summan av avsnittets rader.',
      en: "A block's stated subtotal differs from the sum of its rows.",
    },
    message: mismatchTemplate({ sv: 'delsumman', en: 'the subtotal' }),
  },
  'statements/grand-total-mismatch': {
    severity: 'error',
    title: { sv: 'Totalsumman stämmer inte', en: 'Grand total does not match' },
    description: {
      sv: 'Den angivna totalsumman skiljer sig från summan av alla avsnitt.',
      en: 'The stated grand total differs from the sum of all blocks.',
    },
    message: mismatchTemplate({ sv: 'totalsumman', en: 'the grand total' }),
  },
  'statements/rounding-difference': {
    severity: 'info',
    title: { sv: 'Avrundningsdifferens', en: 'Rounding difference' },
    description: {
      sv: 'Summan skiljer sig med en enhet i sista visade siffran från delarna; delarna är avrundade, så det är inget fel.',
      en: 'The total differs from its parts by one unit in the last shown digit; the parts are rounded, so it is not an error.',
    },
    message: messageTemplate<StatementRoundingData>({
      sv: (d) => roundingText(d, 'sv'),
      en: (d) => roundingText(d, 'en'),
    }),
  },
  'statements/conflicting-figure': {
    severity: 'warning',
    title: { sv: 'Samma uppgift skiljer sig', en: 'The same figure differs' },
    description: {
      sv: 'Två sammanställningar för samma organisation och period anger olika belopp för samma rad och kolumn.',
      en: 'Two statements for the same organisation and period give different amounts for the same row and column.',
    },
    message: messageTemplate<StatementConflictData>({
      sv: (d) => conflictText(d, 'sv'),
      en: (d) => conflictText(d, 'en'),
    }),
  },
  'statements/total-has-unknown': {
    severity: 'info',
    title: { sv: 'Summan har okända delar', en: 'The total has unknown parts' },
    description: {
      sv: 'Någon del är okänd ("?"), så summan kan inte kontrolleras; de kända delarna redovisas.',
      en: 'A part is unknown ("?"), so the total cannot be checked; the known parts are given.',
    },
    message: messageTemplate<StatementUnknownPartsData>({
      sv: (d) => unknownPartsText(d, 'sv'),
      en: (d) => unknownPartsText(d, 'en'),
    }),
  },
});

/**
 * A code of this package.
 *
 * @example
 * ```ts
 * import type { StatementCode } from '@styrkit/statements';
 * const code: StatementCode = 'statements/share-mismatch';
 * ```
 */
export type StatementCode = keyof typeof statementCodes.specs;

/**
 * A finding of this package: its code is one of {@link StatementCode}.
 *
 * @example
 * ```ts
 * import type { StatementFinding } from '@styrkit/statements';
 * const isShare = (f: StatementFinding): boolean => f.code === 'statements/share-mismatch';
 * ```
 */
export type StatementFinding = CodedFinding<StatementCode>;

/** The codes whose findings compare a stated figure with a computed one. */
export type MismatchCode =
  | 'statements/row-total-mismatch'
  | 'statements/difference-mismatch'
  | 'statements/share-mismatch'
  | 'statements/block-total-mismatch'
  | 'statements/grand-total-mismatch';

/** What a mismatch finding says: where, which figures, and how they were compared. */
export interface MismatchData extends StatementMismatchData {
  readonly code: MismatchCode;
  readonly path: Path;
  readonly severity: Severity;
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
export function mismatchFinding(data: MismatchData): CodedFinding<MismatchCode> {
  const { code, path, severity, ...message } = data;
  return statementCodes.create(code, {
    path,
    severity,
    expected: data.computed,
    actual: data.stated,
    data: message,
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
export function roundingFinding(
  data: StatementRoundingData & { readonly path: Path },
): CodedFinding<'statements/rounding-difference'> {
  const { path, ...message } = data;
  return statementCodes.create('statements/rounding-difference', {
    path,
    expected: data.computed,
    actual: data.stated,
    data: message,
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
export function unknownPartsFinding(
  data: StatementUnknownPartsData & { readonly path: Path },
): CodedFinding<'statements/total-has-unknown'> {
  const { path, ...message } = data;
  return statementCodes.create('statements/total-has-unknown', {
    path,
    expected: data.known,
    actual: data.stated,
    data: message,
  });
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
export function structureFinding(
  path: Path,
  problem: StructureProblem,
): CodedFinding<'statements/invalid-structure'> {
  return statementCodes.create('statements/invalid-structure', {
    path,
    data: problem,
    ...(problem.kind === 'duplicate-id' || problem.kind === 'unknown-column'
      ? { actual: problem.id }
      : {}),
  });
}
