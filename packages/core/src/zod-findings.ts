import type { z } from 'zod';
import { pathToString, type Finding, type LocalizedText, type Path } from './finding.js';
import { actualText, describeGiven, echoText } from './given-text.js';
import { err, ok, type Result } from './result.js';

type Issue = z.core.$ZodIssue;

/** What a schema wanted, with its article: "förväntade ett tal" / "expected a number". */
const typeNames: Record<string, LocalizedText> = {
  string: { sv: 'en text', en: 'a text' },
  number: { sv: 'ett tal', en: 'a number' },
  int: { sv: 'ett heltal', en: 'a whole number' },
  bigint: { sv: 'ett heltal', en: 'a whole number' },
  boolean: { sv: 'ett ja/nej-värde (true/false)', en: 'a true/false value' },
  object: { sv: 'ett objekt', en: 'an object' },
  array: { sv: 'en lista', en: 'a list' },
  tuple: { sv: 'en lista', en: 'a list' },
  record: { sv: 'ett objekt', en: 'an object' },
  map: { sv: 'ett objekt', en: 'an object' },
  date: { sv: 'ett datum', en: 'a date' },
  null: { sv: 'null', en: 'null' },
  // z.unknown() fields that must be present, and fields that must be absent.
  nonoptional: { sv: 'ett värde', en: 'a value' },
  never: { sv: 'inget värde (fältet ska inte finnas)', en: 'no value (the field must be absent)' },
  undefined: { sv: 'inget värde', en: 'no value' },
};

function typeName(name: string): LocalizedText {
  return typeNames[name] ?? { sv: name, en: name };
}

/** Units of a size limit by what is measured: "minst 1 tecken" / "at least 1 character". */
function sizeUnit(origin: string, n: unknown): LocalizedText {
  const one = String(n) === '1';
  if (origin === 'string') return { sv: ' tecken', en: one ? ' character' : ' characters' };
  if (origin === 'array' || origin === 'set')
    return { sv: ' element', en: one ? ' item' : ' items' };
  return { sv: '', en: '' };
}

/**
 * The value an issue is about: zod's own `input` (present when parsing with
 * `reportInput: true`), else the value at the issue's path in the whole input when the caller
 * gave it. `present` is false when the path leads nowhere (a missing field).
 */
function givenValue(
  issue: Issue,
  root: { input?: unknown },
): { present: boolean; value?: unknown } {
  if (issue.input !== undefined) return { present: true, value: issue.input };
  if (!('input' in root)) return { present: false };
  let here: unknown = root.input;
  for (const key of issue.path) {
    if (typeof here !== 'object' || here === null || !(key in here)) return { present: false };
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return { present: here !== undefined, value: here };
}

/** ", fick texten 'x'" / ", got the text 'x'" when the value is known, else nothing. */
function got(given: { present: boolean; value?: unknown }): LocalizedText {
  if (!given.present) return { sv: '', en: '' };
  const d = describeGiven(given.value);
  return { sv: `, fick ${d.sv}`, en: `, got ${d.en}` };
}

/** Swedish and English wording for one zod issue, without the field name. */
function messageFor(issue: Issue, given: { present: boolean; value?: unknown }): LocalizedText {
  const g = got(given);
  switch (issue.code) {
    case 'invalid_type': {
      const t = typeName(issue.expected);
      if (!given.present) return { sv: `saknas (${t.sv} krävs)`, en: `missing (${t.en} required)` };
      return { sv: `förväntade ${t.sv}${g.sv}`, en: `expected ${t.en}${g.en}` };
    }
    case 'too_small': {
      const u = sizeUnit(issue.origin, issue.minimum);
      return {
        sv: `för litet: minst ${String(issue.minimum)}${u.sv}${g.sv}`,
        en: `too small: at least ${String(issue.minimum)}${u.en}${g.en}`,
      };
    }
    case 'too_big': {
      const u = sizeUnit(issue.origin, issue.maximum);
      return {
        sv: `för stort: högst ${String(issue.maximum)}${u.sv}${g.sv}`,
        en: `too big: at most ${String(issue.maximum)}${u.en}${g.en}`,
      };
    }
    case 'invalid_format':
      return {
        sv: `fel format (${issue.format})${g.sv}`,
        en: `wrong format (${issue.format})${g.en}`,
      };
    case 'not_multiple_of':
      return {
        sv: `måste vara en multipel av ${String(issue.divisor)}${g.sv}`,
        en: `must be a multiple of ${String(issue.divisor)}${g.en}`,
      };
    case 'unrecognized_keys': {
      const keys = issue.keys.map(echoText).join(', ');
      return { sv: `okända fält: ${keys}`, en: `unknown fields: ${keys}` };
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v)).join(', ');
      if (!given.present) {
        return {
          sv: `saknas (tillåtna värden: ${values})`,
          en: `missing (allowed values: ${values})`,
        };
      }
      return {
        sv: `tillåtna värden: ${values}${g.sv}`,
        en: `allowed values: ${values}${g.en}`,
      };
    }
    case 'invalid_union': {
      const types = unionTypes(issue);
      if (types.length > 0) {
        const sv = joinOr(
          types.map((t) => typeName(t).sv),
          'eller',
        );
        const en = joinOr(
          types.map((t) => typeName(t).en),
          'or',
        );
        if (!given.present) return { sv: `saknas (${sv} krävs)`, en: `missing (${en} required)` };
        return { sv: `förväntade ${sv}${g.sv}`, en: `expected ${en}${g.en}` };
      }
      if (!given.present) {
        return { sv: 'saknas (ett värde krävs)', en: 'missing (a value required)' };
      }
      return {
        sv: `värdet passar inget tillåtet alternativ${g.sv}`,
        en: `the value fits no allowed form${g.en}`,
      };
    }
    case 'invalid_key':
      return { sv: 'ogiltig nyckel', en: 'invalid key' };
    case 'invalid_element':
      return { sv: 'ogiltigt element', en: 'invalid element' };
    case 'custom': {
      // Our own refinements put a bilingual message in params; fall back to zod's text.
      const params = issue.params as { sv?: unknown; en?: unknown } | undefined;
      if (typeof params?.sv === 'string' && typeof params.en === 'string') {
        return { sv: lowerFirst(params.sv), en: lowerFirst(params.en) };
      }
      return { sv: lowerFirst(issue.message), en: lowerFirst(issue.message) };
    }
  }
}

/**
 * The types a union of plain types accepts ("string", "number"), read from the type errors
 * of its branches at the union's own place; empty when some branch is more than a type.
 */
function unionTypes(issue: Issue): string[] {
  if (issue.code !== 'invalid_union') return [];
  const types: string[] = [];
  for (const branch of issue.errors) {
    const own = branch.find((i) => i.path.length === 0);
    if (own === undefined) return [];
    // A z.custom branch (an Exact passed from code) has no type name to offer; leave it out.
    if (own.code === 'custom') continue;
    if (own.code !== 'invalid_type') return [];
    if (!types.includes(own.expected)) types.push(own.expected);
  }
  return types;
}

function joinOr(words: string[], or: string): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} ${or} ${words[words.length - 1] ?? ''}`;
}

/** "Förväntade" → "förväntade", but "ESF" and "ÅÅÅÅ" stay. */
function lowerFirst(text: string): string {
  const second = text.charAt(1);
  return second !== '' && second === second.toLowerCase() && second !== second.toUpperCase()
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The finding's message: "year: förväntade ett tal, fick texten '2021'" / "year: expected a
 * number, got the text '2021'", named by the field's path inside the parsed value; a whole
 * document's issue starts with a capital ("Förväntade ett objekt, fick en lista (2 element)").
 */
function wordedFor(issue: Issue, given: { present: boolean; value?: unknown }): LocalizedText {
  const text = messageFor(issue, given);
  if (issue.path.length === 0) return { sv: upperFirst(text.sv), en: upperFirst(text.en) };
  const field = echoText(
    pathToString(issue.path.map((p) => (typeof p === 'symbol' ? p.toString() : p))),
  );
  return { sv: `${field}: ${text.sv}`, en: `${field}: ${text.en}` };
}

function expectedFor(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected;
    case 'too_small':
      return `>= ${String(issue.minimum)}`;
    case 'too_big':
      return `<= ${String(issue.maximum)}`;
    case 'invalid_value':
      return issue.values.map((v) => String(v)).join(' | ');
    case 'invalid_format':
      return issue.format;
    case 'invalid_union': {
      const types = unionTypes(issue);
      return types.length > 0 ? types.join(' | ') : undefined;
    }
    default: {
      const params =
        issue.code === 'custom' ? (issue.params as { expected?: unknown } | undefined) : undefined;
      return typeof params?.expected === 'string' ? params.expected : undefined;
    }
  }
}

/**
 * Options of {@link zodIssuesToFindings} and {@link safeParseWith}.
 *
 * @example
 * ```ts
 * import type { ZodFindingOptions } from '@styrkit/core';
 * const o: ZodFindingOptions = { basePath: ['plan'], code: 'pm3/invalid-input' };
 * ```
 */
export interface ZodFindingOptions {
  /** Prefixed to every finding's path (where the parsed value sits in a larger document). */
  readonly basePath?: Path;
  /** The findings' code; default `core/invalid-input`. */
  readonly code?: string;
  /**
   * The value that was parsed. An issue that carries no `input` (zod reports it only when
   * parsing with `reportInput: true`) is then worded with the value found at its path.
   */
  readonly input?: unknown;
}

/**
 * Turns zod issues into findings with Swedish and English messages that say what was
 * expected and what was given: "year: förväntade ett tal, fick texten '2021'" / "year:
 * expected a number, got the text '2021'"; a field that is absent "saknas (ett tal krävs)" /
 * "missing (a number required)". `expected` is what the schema requires, `actual` the value
 * the document holds (see {@link Finding}). Given text is echoed safely: at most 60
 * characters, control and invisible characters as escapes.
 *
 * The given value is the issue's own `input` (parse with `reportInput: true`, as
 * {@link safeParseWith} does) or, failing that, the value at the issue's path in
 * `options.input`.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { zodIssuesToFindings } from '@styrkit/core';
 * const input = { year: '2021' };
 * const r = z.object({ year: z.number() }).safeParse(input);
 * const f = r.success ? undefined : zodIssuesToFindings(r.error.issues, { basePath: ['plan'], input })[0];
 * f?.path; // ['plan', 'year']
 * f?.message.en; // "year: expected a number, got the text '2021'"
 * f?.actual; // '"2021"'
 * ```
 */
export function zodIssuesToFindings(
  issues: readonly Issue[],
  options: ZodFindingOptions = {},
): Finding[] {
  const base = options.basePath ?? [];
  return issues.map((issue) => {
    const path = [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? p.toString() : p))];
    const expected = expectedFor(issue);
    const given = givenValue(issue, options);
    return {
      code: options.code ?? 'core/invalid-input',
      severity: 'error',
      path,
      message: wordedFor(issue, given),
      ...(expected === undefined ? {} : { expected }),
      ...(issue.code === 'unrecognized_keys'
        ? { actual: issue.keys.map(echoText).join(', ') }
        : given.present
          ? { actual: actualText(given.value) }
          : issue.code === 'invalid_type'
            ? { actual: 'undefined' }
            : {}),
    };
  });
}

/**
 * Validates input against a schema and returns a {@link Result}: the parsed value, or every
 * problem at once as findings with paths and messages that name what was given (zod is asked
 * to report each issue's input). Never throws on user data. Every package's `parse*` goes
 * through here.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { safeParseWith } from '@styrkit/core';
 * const r = safeParseWith(z.object({ year: z.number() }), { year: '2021' });
 * r.ok; // false
 * if (!r.ok) r.error[0]?.message.sv; // "year: förväntade ett tal, fick texten '2021'"
 * ```
 */
export function safeParseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  options: Omit<ZodFindingOptions, 'input'> = {},
): Result<T, Finding[]> {
  let parsed: ReturnType<typeof schema.safeParse>;
  try {
    parsed = schema.safeParse(input, { reportInput: true });
  } catch (error) {
    // A transform that throws is a bug, but user data must still get a finding, not a crash.
    return err([
      {
        code: options.code ?? 'core/invalid-input',
        severity: 'error',
        path: options.basePath ?? [],
        message: {
          sv: `Uppgiften kunde inte läsas: ${echoText(String(error))}`,
          en: `The input could not be read: ${echoText(String(error))}`,
        },
      },
    ]);
  }
  return parsed.success
    ? ok(parsed.data)
    : err(zodIssuesToFindings(parsed.error.issues, { ...options, input }));
}
