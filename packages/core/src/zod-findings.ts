import type { z } from 'zod';
import type { Finding, LocalizedText, Path } from './finding.js';
import { err, ok, type Result } from './result.js';

type Issue = z.core.$ZodIssue;

const typeNames: Record<string, LocalizedText> = {
  string: { sv: 'text', en: 'text' },
  number: { sv: 'tal', en: 'number' },
  int: { sv: 'heltal', en: 'whole number' },
  boolean: { sv: 'ja/nej-värde', en: 'true/false value' },
  object: { sv: 'objekt', en: 'object' },
  array: { sv: 'lista', en: 'list' },
  date: { sv: 'datum', en: 'date' },
};

function typeName(name: string): LocalizedText {
  return typeNames[name] ?? { sv: name, en: name };
}

function describeInput(input: unknown): string {
  let text: string;
  switch (typeof input) {
    case 'string':
      text = JSON.stringify(input);
      break;
    case 'number':
    case 'boolean':
    case 'bigint':
      text = input.toString();
      break;
    case 'undefined':
      return 'undefined';
    default:
      return input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Swedish and English wording for one zod issue. */
function messageFor(issue: Issue): LocalizedText {
  switch (issue.code) {
    case 'invalid_type': {
      const t = typeName(issue.expected);
      if (issue.input === undefined) {
        return { sv: `Uppgiften saknas (${t.sv} krävs)`, en: `Missing value (${t.en} required)` };
      }
      return { sv: `Förväntade ${t.sv}`, en: `Expected ${t.en}` };
    }
    case 'too_small':
      return {
        sv: `För litet: minst ${String(issue.minimum)}`,
        en: `Too small: at least ${String(issue.minimum)}`,
      };
    case 'too_big':
      return {
        sv: `För stort: högst ${String(issue.maximum)}`,
        en: `Too big: at most ${String(issue.maximum)}`,
      };
    case 'invalid_format':
      return { sv: `Fel format (${issue.format})`, en: `Wrong format (${issue.format})` };
    case 'not_multiple_of':
      return {
        sv: `Måste vara en multipel av ${String(issue.divisor)}`,
        en: `Must be a multiple of ${String(issue.divisor)}`,
      };
    case 'unrecognized_keys':
      return {
        sv: `Okända fält: ${issue.keys.join(', ')}`,
        en: `Unknown fields: ${issue.keys.join(', ')}`,
      };
    case 'invalid_value':
      return {
        sv: `Tillåtna värden: ${issue.values.map((v) => String(v)).join(', ')}`,
        en: `Allowed values: ${issue.values.map((v) => String(v)).join(', ')}`,
      };
    case 'invalid_union':
      return {
        sv: 'Värdet passar inget tillåtet alternativ',
        en: 'The value fits no allowed form',
      };
    case 'invalid_key':
      return { sv: 'Ogiltig nyckel', en: 'Invalid key' };
    case 'invalid_element':
      return { sv: 'Ogiltigt element', en: 'Invalid element' };
    case 'custom': {
      // Our own refinements put a bilingual message in params; fall back to zod's text.
      const params = issue.params as { sv?: unknown; en?: unknown } | undefined;
      if (typeof params?.sv === 'string' && typeof params.en === 'string') {
        return { sv: params.sv, en: params.en };
      }
      return { sv: issue.message, en: issue.message };
    }
  }
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
    default: {
      const params =
        issue.code === 'custom' ? (issue.params as { expected?: unknown } | undefined) : undefined;
      return typeof params?.expected === 'string' ? params.expected : undefined;
    }
  }
}

/**
 * Turns zod issues into findings with Swedish and English messages, so a schema violation is
 * reported like any other finding. Issues inside unions are flattened to their most specific
 * messages only when every branch agrees on nothing; the union issue itself is kept.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { zodIssuesToFindings } from '@styrkit/core';
 * const r = z.object({ year: z.number() }).safeParse({});
 * if (!r.success) zodIssuesToFindings(r.error.issues, { basePath: ['plan'] })[0]?.path; // ['plan', 'year']
 * ```
 */
export function zodIssuesToFindings(
  issues: readonly Issue[],
  options: { basePath?: Path; code?: string } = {},
): Finding[] {
  const base = options.basePath ?? [];
  return issues.map((issue) => {
    const path = [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? p.toString() : p))];
    const expected = expectedFor(issue);
    const input = issue.input;
    return {
      code: options.code ?? 'core/invalid-input',
      severity: 'error',
      path,
      message: messageFor(issue),
      ...(expected === undefined ? {} : { expected }),
      ...(input === undefined && issue.code !== 'invalid_type'
        ? {}
        : { actual: describeInput(input) }),
    };
  });
}

/**
 * Validates input against a schema and returns a {@link Result}: the parsed value, or every
 * problem at once as findings with paths. Never throws on user data.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { safeParseWith } from '@styrkit/core';
 * const r = safeParseWith(z.object({ name: z.string() }), { name: 7 });
 * r.ok; // false
 * ```
 */
export function safeParseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  options: { basePath?: Path; code?: string } = {},
): Result<T, Finding[]> {
  let parsed: ReturnType<typeof schema.safeParse>;
  try {
    parsed = schema.safeParse(input);
  } catch (error) {
    // A transform that throws is a bug, but user data must still get a finding, not a crash.
    return err([
      {
        code: options.code ?? 'core/invalid-input',
        severity: 'error',
        path: options.basePath ?? [],
        message: {
          sv: `Uppgiften kunde inte läsas: ${String(error)}`,
          en: `The input could not be read: ${String(error)}`,
        },
      },
    ]);
  }
  return parsed.success ? ok(parsed.data) : err(zodIssuesToFindings(parsed.error.issues, options));
}
