import { isExact } from './brand.js';
import type { ExactLike } from './exact.js';
import type { FindingCodeSpec } from './finding-codes.js';
import type { Finding, LocalizedText, Path, Severity, SourceRef } from './finding.js';

/**
 * The wording of one finding code: a Swedish and an English sentence made from the data a rule
 * passes (figures, labels, ids). Rules never write sentences; the catalogue does, so the two
 * languages cannot drift apart and a new language is one more function per code.
 *
 * @example
 * ```ts
 * import type { MessageTemplate } from '@styrkit/core';
 * const t: MessageTemplate<{ id: string }> = {
 *   sv: (d) => `id "${d.id}" förekommer mer än en gång`,
 *   en: (d) => `id "${d.id}" occurs more than once`,
 * };
 * t.en({ id: 'g' }); // 'id "g" occurs more than once'
 * ```
 */
export interface MessageTemplate<D> {
  /** Swedish. */
  readonly sv: (data: D) => string;
  /** English. */
  readonly en: (data: D) => string;
}

/**
 * A documented finding code with its message template.
 *
 * @example
 * ```ts
 * import { messageTemplate, type TemplatedCodeSpec } from '@styrkit/core';
 * const spec: TemplatedCodeSpec<{ n: number }> = {
 *   severity: 'info',
 *   title: { sv: 'Antal', en: 'Count' },
 *   description: { sv: 'Ett antal.', en: 'A count.' },
 *   message: messageTemplate<{ n: number }>({ sv: (d) => `${d.n} st`, en: (d) => `${d.n} items` }),
 * };
 * ```
 */
export interface TemplatedCodeSpec<D> extends FindingCodeSpec {
  /** How a finding of this code is worded. */
  readonly message: MessageTemplate<D>;
}

/**
 * Types a message template by its data; a typed identity, so both functions get the data type
 * without repeating it.
 *
 * @example
 * ```ts
 * import { messageTemplate } from '@styrkit/core';
 * const t = messageTemplate<{ name: string }>({ sv: (d) => `Hej ${d.name}`, en: (d) => `Hello ${d.name}` });
 * t.sv({ name: 'Ada' }); // 'Hej Ada'
 * ```
 */
export function messageTemplate<D>(template: MessageTemplate<D>): MessageTemplate<D> {
  return template;
}

/**
 * The data a templated code's messages are worded from.
 *
 * @example
 * ```ts
 * import type { TemplatedCodeData, TemplatedCodeSpec } from '@styrkit/core';
 * type Data = TemplatedCodeData<TemplatedCodeSpec<{ count: number }>>;
 * const data: Data = { count: 2 };
 * ```
 */
export type TemplatedCodeData<S> = S extends TemplatedCodeSpec<infer D> ? D : never;

/**
 * What a rule supplies when it raises a finding of a templated code: the data for the
 * message, never the sentences.
 *
 * @example
 * ```ts
 * import type { TemplatedFindingInput } from '@styrkit/core';
 * const input: TemplatedFindingInput<{ id: string }> = { path: ['goals', 2], data: { id: 'g' }, actual: 'g' };
 * ```
 */
export interface TemplatedFindingInput<D> {
  /** Path to the offending value. */
  readonly path: Path;
  /** What the code's template words. */
  readonly data: D;
  /** The figure or value computed from the document (a sum, a rounded figure). */
  readonly expected?: ExactLike;
  /** The figure or value as the document states it. */
  readonly actual?: ExactLike;
  /** Overrides the code's default severity. */
  readonly severity?: Severity;
  /** Where the figure came from. */
  readonly source?: SourceRef;
}

/**
 * A finding whose code is one of a catalogue's codes (a literal union, so a typo in a filter
 * does not compile).
 *
 * @example
 * ```ts
 * import type { CodedFinding } from '@styrkit/core';
 * type DemoFinding = CodedFinding<'demo/a' | 'demo/b'>;
 * const f: DemoFinding = { code: 'demo/a', severity: 'info', path: [], message: { sv: 'a', en: 'a' } };
 * ```
 */
export type CodedFinding<C extends string> = Finding & { readonly code: C };

/**
 * A catalogue of finding codes that own their wording.
 *
 * @example
 * ```ts
 * import { defineTemplatedFindingCodes, messageTemplate } from '@styrkit/core';
 * const codes = defineTemplatedFindingCodes({
 *   'demo/negative': {
 *     severity: 'error',
 *     title: { sv: 'Negativt belopp', en: 'Negative amount' },
 *     description: { sv: 'Beloppet får inte vara negativt.', en: 'The amount must not be negative.' },
 *     message: messageTemplate<{ amount: string }>({ sv: (d) => `${d.amount} är negativt`, en: (d) => `${d.amount} is negative` }),
 *   },
 * });
 * codes.create('demo/negative', { path: ['amount'], data: { amount: '-5' } }).message.en; // '-5 is negative'
 * ```
 */
export interface TemplatedFindingCatalog<T extends Record<string, TemplatedCodeSpec<never>>> {
  /** The documented codes. */
  readonly specs: T;
  /**
   * Makes a finding. Its `message` is an ordinary enumerable property that is worded the first
   * time it is read (JSON, spread, structuredClone and equality all see the same object as
   * with an eager message): an audit that only counts or filters findings formats no number.
   */
  create<K extends keyof T & string>(
    code: K,
    input: TemplatedFindingInput<TemplatedCodeData<T[K]>>,
  ): CodedFinding<K>;
  /** Words one code's message for the given data, in both languages. */
  render<K extends keyof T & string>(code: K, data: TemplatedCodeData<T[K]>): LocalizedText;
}

/**
 * `expected` and `actual` as text: an Exact (of any loaded copy of core) converts to its plain
 * decimal text by itself, so a catalogue does not bundle the Exact class and big.js. A JS
 * number must be a safe integer, as for `exact`: floats are not amounts.
 */
function asText(value: ExactLike): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new RangeError(`${String(value)} is not a safe integer: pass an amount as text`);
  }
  if (typeof value === 'object' && !isExact(value)) throw new TypeError('Not an Exact');
  return String(value);
}

/** Words a message from a finding's code and the data its rule passed. */
type Wording = (code: string, data: unknown) => LocalizedText;

/** The wording of a finding that is copied before its message is read: the original's. */
const messageOfOriginal: Wording = (_code, original) => (original as Finding).message;

/**
 * A finding whose message is worded the first time it is read. `message` is an own,
 * enumerable accessor between path and expected, so JSON, spread, structuredClone and
 * equality see what an eagerly worded finding shows; the wording and its data sit in private
 * fields, which none of them see. One shared property descriptor for every finding: an object
 * literal with a getter (a closure and a slow literal per finding) cost about 4 µs a finding,
 * this about 1 µs, and a portfolio audit makes tens of thousands.
 */
class LazyFinding {
  readonly code: string;
  readonly severity: Severity;
  path: Path;
  declare readonly message: LocalizedText;
  declare expected?: string;
  declare actual?: string;
  declare source?: SourceRef;
  #word: Wording;
  #data: unknown;
  #message: LocalizedText | undefined;

  static readonly #messageProperty: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: LazyFinding): LocalizedText {
      return LazyFinding.#worded(this);
    },
  };

  constructor(code: string, severity: Severity, path: Path, word: Wording, data: unknown) {
    this.code = code;
    this.severity = severity;
    this.path = path;
    this.#word = word;
    this.#data = data;
    Object.defineProperty(this, 'message', LazyFinding.#messageProperty);
  }

  // Static, not an instance method: a private instance method makes V8 store a brand field in
  // every instance (one more word per finding).
  static #worded(of: LazyFinding): LocalizedText {
    if (of.#message === undefined) {
      of.#message = of.#word(of.code, of.#data);
      of.#data = undefined;
    }
    return of.#message;
  }

  /** A copy under another path that words its message as this one would, when read. */
  static copy(finding: Finding, path: Path): LazyFinding {
    const copy =
      finding instanceof LazyFinding && finding.#message === undefined
        ? new LazyFinding(finding.code, finding.severity, path, finding.#word, finding.#data)
        : new LazyFinding(finding.code, finding.severity, path, messageOfOriginal, finding);
    if (finding.expected !== undefined) copy.expected = finding.expected;
    if (finding.actual !== undefined) copy.actual = finding.actual;
    if (finding.source !== undefined) copy.source = finding.source;
    return copy;
  }
}

/**
 * Declares a package's finding codes together with their wording (a
 * {@link TemplatedFindingCatalog}). Backwards compatible with `defineFindingCodes`: the specs
 * keep severity, title and description, and add a `message` template.
 *
 * @example
 * ```ts
 * import { defineTemplatedFindingCodes, messageTemplate } from '@styrkit/core';
 * const codes = defineTemplatedFindingCodes({
 *   'demo/missing-owner': {
 *     severity: 'warning',
 *     title: { sv: 'Ägare saknas', en: 'Owner missing' },
 *     description: { sv: 'Varje mål behöver en ägare.', en: 'Every goal needs an owner.' },
 *     message: messageTemplate<{ goal: string }>({ sv: (d) => `Målet ${d.goal} saknar ägare`, en: (d) => `The goal ${d.goal} has no owner` }),
 *   },
 * });
 * codes.render('demo/missing-owner', { goal: 'G1' }).sv; // 'Målet G1 saknar ägare'
 * ```
 */
export function defineTemplatedFindingCodes<
  const T extends Record<string, TemplatedCodeSpec<never>>,
>(specs: T): TemplatedFindingCatalog<T> {
  const render = (code: string, data: unknown): LocalizedText => {
    const spec = specs[code] as TemplatedCodeSpec<unknown> | undefined;
    // A JavaScript caller with an unknown code still gets a finding, worded by its code.
    if (spec === undefined) return { sv: code, en: code };
    return { sv: spec.message.sv(data), en: spec.message.en(data) };
  };
  return {
    specs,
    render,
    create(code, input) {
      const severity = input.severity ?? specs[code]?.severity ?? 'error';
      const finding = new LazyFinding(code, severity, input.path, render, input.data);
      const { expected, actual, source } = input;
      if (expected !== undefined) finding.expected = asText(expected);
      if (actual !== undefined) finding.actual = asText(actual);
      if (source !== undefined) finding.source = source;
      return finding as Finding as CodedFinding<typeof code>;
    },
  };
}

/**
 * The same finding under a path prefixed with `prefix` (a portfolio prefixes each plan's
 * findings with the plan's index). A finding whose message is not worded yet stays unworded
 * until the copy's message is read.
 *
 * @example
 * ```ts
 * import { prefixFindingPath, type Finding } from '@styrkit/core';
 * const f: Finding = { code: 'demo/a', severity: 'info', path: ['x'], message: { sv: 'a', en: 'a' } };
 * prefixFindingPath(f, [3]).path; // [3, 'x']
 * ```
 */
export function prefixFindingPath<F extends Finding>(finding: F, prefix: Path): F {
  // An unworded message stays unworded until the copy's is read.
  return LazyFinding.copy(finding, [...prefix, ...finding.path]) as Finding as F;
}
