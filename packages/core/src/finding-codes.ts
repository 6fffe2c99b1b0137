import type { ExactLike } from './exact.js';
import type { Finding, LocalizedText, Path, Severity, SourceRef } from './finding.js';

/**
 * The documentation of one finding code: default severity, a title and what it means.
 *
 * @example
 * ```ts
 * import type { FindingCodeSpec } from '@styrkit/core';
 * const spec: FindingCodeSpec = {
 *   severity: 'error',
 *   title: { sv: 'Summa stämmer inte', en: 'Total does not match' },
 *   description: { sv: 'Angiven summa skiljer sig från beräknad.', en: 'Stated total differs from computed.' },
 * };
 * ```
 */
export interface FindingCodeSpec {
  /** Default severity; a rule may lower it (an estimate makes a mismatch a warning). */
  readonly severity: Severity;
  /** Short name of the rule. */
  readonly title: LocalizedText;
  /** What the rule checks and why it matters. */
  readonly description: LocalizedText;
}

/**
 * What a rule supplies when it raises a finding from a catalogue.
 *
 * @example
 * ```ts
 * import type { FindingInput } from '@styrkit/core';
 * const input: FindingInput = { path: ['total'], message: { sv: 'Fel', en: 'Wrong' }, expected: '3', actual: '2' };
 * ```
 */
export interface FindingInput {
  /** Path to the offending value. */
  readonly path: Path;
  /** Message for this occurrence. */
  readonly message: LocalizedText;
  /** What the rule computes or requires (a sum of the figures); see {@link Finding}. */
  readonly expected?: ExactLike;
  /** What the document says (the stated figure, the value as written). */
  readonly actual?: ExactLike;
  /** Overrides the code's default severity. */
  readonly severity?: Severity;
  /** Where the figure came from. */
  readonly source?: SourceRef;
}

/**
 * A catalogue of stable finding codes and a factory for findings that use them.
 *
 * @example
 * ```ts
 * import { defineFindingCodes } from '@styrkit/core';
 * const codes = defineFindingCodes({
 *   'demo/negative': {
 *     severity: 'error',
 *     title: { sv: 'Negativt belopp', en: 'Negative amount' },
 *     description: { sv: 'Beloppet får inte vara negativt.', en: 'The amount must not be negative.' },
 *   },
 * });
 * codes.create('demo/negative', { path: ['amount'], message: { sv: 'Negativt', en: 'Negative' } });
 * ```
 */
export interface FindingCatalog<T extends Record<string, FindingCodeSpec>> {
  /** The documented codes. */
  readonly specs: T;
  /** Makes a finding with one of the catalogue's codes. */
  create(code: keyof T & string, input: FindingInput): Finding;
}

function asText(value: ExactLike): string {
  // A number here is a figure for display (a count, a year): its own text, never refused. An
  // Exact (of any loaded copy of core) converts to its plain decimal text by itself, so the
  // catalogue does not bundle the Exact class and its decimal engine (big.js).
  return typeof value === 'string' ? value : String(value);
}

/**
 * Declares the finding codes of a package. Each package keeps one catalogue, so its codes are
 * stable and documented in one place.
 *
 * @example
 * ```ts
 * import { defineFindingCodes } from '@styrkit/core';
 * const codes = defineFindingCodes({
 *   'demo/missing-owner': {
 *     severity: 'warning',
 *     title: { sv: 'Ägare saknas', en: 'Owner missing' },
 *     description: { sv: 'Varje mål behöver en ägare.', en: 'Every goal needs an owner.' },
 *   },
 * });
 * Object.keys(codes.specs); // ['demo/missing-owner']
 * ```
 */
export function defineFindingCodes<const T extends Record<string, FindingCodeSpec>>(
  specs: T,
): FindingCatalog<T> {
  return {
    specs,
    create(code, input) {
      // Typed callers can only pass known codes; a JavaScript caller with an unknown one still
      // gets a finding (as an error) rather than a crash.
      return makeFinding(code, specs[code]?.severity ?? 'error', input);
    },
  };
}

/**
 * @internal A finding of `code` from a rule's input, with `severity` unless the input
 * overrides it; what a catalogue's `create` makes. Core's own rules call it directly (see
 * core-finding.ts) so that checking a total does not bundle every code's documentation.
 */
export function makeFinding(code: string, severity: Severity, input: FindingInput): Finding {
  return {
    code,
    severity: input.severity ?? severity,
    path: input.path,
    message: input.message,
    ...(input.expected === undefined ? {} : { expected: asText(input.expected) }),
    ...(input.actual === undefined ? {} : { actual: asText(input.actual) }),
    ...(input.source === undefined ? {} : { source: input.source }),
  };
}
