/**
 * The part of JSON Schema the host's kinds use (zod 4's `toJSONSchema` output), read as the
 * shapes a form can edit. Pure: no DOM, so the rules are unit-tested.
 */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly prefixItems?: readonly JsonSchema[];
  readonly additionalProperties?: JsonSchema | boolean;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly description?: string;
  /** The field's meaning in Swedish (core's fieldText); `description` is the English one. */
  readonly 'x-description-sv'?: string;
  readonly default?: unknown;
  readonly minItems?: number;
  readonly minLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** A path into a document: property names and list positions. */
export type Path = readonly (string | number)[];

/** What a form shows for a schema. */
export type Shape =
  | { readonly kind: 'object'; readonly properties: readonly PropertyShape[] }
  | { readonly kind: 'record'; readonly values: JsonSchema }
  | { readonly kind: 'array'; readonly items: JsonSchema }
  | { readonly kind: 'choice'; readonly options: readonly (string | number | boolean)[] }
  /** `string`: plain text; `exact`: an amount (string or number in the schema), kept as typed text. */
  | { readonly kind: 'text'; readonly stores: 'string' | 'exact' }
  | { readonly kind: 'integer' }
  | { readonly kind: 'number' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'nullable'; readonly inner: JsonSchema }
  | { readonly kind: 'variants'; readonly options: readonly JsonSchema[] }
  | { readonly kind: 'json' };

/** One property of an object shape. */
export interface PropertyShape {
  readonly key: string;
  readonly schema: JsonSchema;
  readonly required: boolean;
}

const isEmptySchema = (s: JsonSchema): boolean => Object.keys(s).length === 0;

function typesOf(s: JsonSchema): readonly string[] {
  if (s.type === undefined) return [];
  return typeof s.type === 'string' ? [s.type] : s.type;
}

function constsOf(s: JsonSchema): (string | number | boolean)[] | undefined {
  const scalar = (v: unknown): v is string | number | boolean =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  if (s.const !== undefined) return scalar(s.const) ? [s.const] : undefined;
  if (s.enum !== undefined) return s.enum.every(scalar) ? [...s.enum] : undefined;
  return undefined;
}

/**
 * The shape of a schema: objects, lists, choices (enums, consts, unions of consts), text and
 * amounts, integers, numbers, yes/no, nullable values, variants; anything else is edited as
 * JSON text.
 *
 * @example
 * ```ts
 * shapeOf({ anyOf: [{ type: 'string' }, { type: 'number' }, {}] }); // { kind: 'text', stores: 'exact' }
 * shapeOf({ type: 'string', enum: ['draft', 'decided'] }).kind; // 'choice'
 * ```
 */
export function shapeOf(schema: JsonSchema): Shape {
  const consts = constsOf(schema);
  if (consts !== undefined) return { kind: 'choice', options: consts };
  const union = schema.anyOf ?? schema.oneOf;
  if (union !== undefined) {
    const members = union.filter((m) => !(typesOf(m).length === 1 && typesOf(m)[0] === 'null'));
    if (members.length < union.length) {
      const [only] = members;
      if (members.length === 1 && only !== undefined) return { kind: 'nullable', inner: only };
    }
    const memberConsts = members.map(constsOf);
    const allConsts = memberConsts.filter((c) => c !== undefined);
    if (members.length > 0 && allConsts.length === members.length) {
      return { kind: 'choice', options: allConsts.flat() };
    }
    // An amount: text or a number (or anything) in the schema, kept as the exact text typed.
    const scalarish = members.every(
      (m) =>
        isEmptySchema(m) ||
        m.anyOf !== undefined ||
        (constsOf(m) === undefined &&
          typesOf(m).length === 1 &&
          ['string', 'number', 'integer'].includes(typesOf(m)[0] ?? '')),
    );
    if (scalarish && members.some((m) => typesOf(m)[0] === 'string' || m.anyOf !== undefined)) {
      return { kind: 'text', stores: 'exact' };
    }
    if (members.length === 1 && members[0] !== undefined) return shapeOf(members[0]);
    return { kind: 'variants', options: members };
  }
  const types = typesOf(schema).filter((t) => t !== 'null');
  if (types.length > 1) {
    return types.includes('string') ? { kind: 'text', stores: 'exact' } : { kind: 'json' };
  }
  switch (types[0]) {
    case 'object': {
      if (schema.properties !== undefined) {
        const required = new Set(schema.required ?? []);
        return {
          kind: 'object',
          properties: Object.entries(schema.properties).map(([key, s]) => ({
            key,
            schema: s,
            required: required.has(key),
          })),
        };
      }
      const values =
        typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {};
      return { kind: 'record', values };
    }
    case 'array':
      return schema.items === undefined ? { kind: 'json' } : { kind: 'array', items: schema.items };
    case 'string':
      return { kind: 'text', stores: 'string' };
    case 'integer':
      return { kind: 'integer' };
    case 'number':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case undefined:
      return isEmptySchema(schema) || schema.description !== undefined
        ? { kind: 'text', stores: 'exact' }
        : { kind: 'json' };
    default:
      return { kind: 'json' };
  }
}

/**
 * A new value for a schema: its default when it has one, required properties of an object,
 * `minItems` blank items of a list, the first choice, empty text; `undefined` where nothing
 * sensible can be guessed (a number the user must type).
 *
 * @example
 * ```ts
 * blankValue({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, required: ['a'] }); // { a: '' }
 * ```
 */
export function blankValue(schema: JsonSchema): unknown {
  if (schema.default !== undefined) return structuredClone(schema.default);
  const shape = shapeOf(schema);
  switch (shape.kind) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const p of shape.properties) {
        if (!p.required && p.schema.default === undefined) continue;
        const v = blankValue(p.schema);
        if (v !== undefined) out[p.key] = v;
      }
      return out;
    }
    case 'record':
      return {};
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => blankValue(shape.items) ?? '');
    case 'choice':
      return shape.options[0];
    case 'text':
      return '';
    case 'boolean':
      return false;
    case 'nullable':
      return null;
    case 'variants': {
      const [first] = shape.options;
      return first === undefined ? undefined : blankValue(first);
    }
    case 'integer':
    case 'number':
    case 'json':
      return undefined;
  }
}

/** The value at a path (undefined where the path leads nowhere). */
export function getAt(value: unknown, path: Path): unknown {
  let v = value;
  for (const p of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/**
 * A copy of `root` with the value at `path` replaced; `undefined` removes an object's key.
 * Missing objects and lists on the way are created.
 *
 * @example
 * ```ts
 * setAt({ a: { b: 1 } }, ['a', 'c'], 2); // { a: { b: 1, c: 2 } }
 * setAt({ a: [1, 2] }, ['a', 1], undefined); // { a: [1, undefined] }
 * ```
 */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === 'number') {
    const list = Array.isArray(root) ? [...(root as unknown[])] : [];
    list[head] = setAt(list[head], rest, value);
    return list;
  }
  const obj: Record<string, unknown> =
    typeof root === 'object' && root !== null && !Array.isArray(root)
      ? { ...(root as Record<string, unknown>) }
      : {};
  const next = setAt(obj[head], rest, value);
  if (next !== undefined) return { ...obj, [head]: next };
  return Object.fromEntries(Object.entries(obj).filter(([k]) => k !== head));
}

/** A copy of a list with one item moved from `from` to `to`. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length || to < 0 || to >= out.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}

/** A copy of a list without the item at `index`. */
export function removeItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** Whether two paths are the same. */
export function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

/** Whether `prefix` is `path` or leads to it. */
export function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => p === path[i]);
}

const INTEGER = /^-?\d{1,15}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * What a typed text becomes in the document for a field's shape: text stays text (amounts
 * keep the exact characters typed, never a float); an integer becomes a number; a number only
 * when it round-trips exactly through JSON (otherwise the text is kept, so the host names the
 * problem at the field). Empty text is `undefined` (the key is left out) unless `keepEmpty`.
 *
 * @example
 * ```ts
 * fromText('1 200,50', { kind: 'text', stores: 'exact' }); // '1 200,50'
 * fromText('2027', { kind: 'integer' }); // 2027
 * fromText('0,25', { kind: 'number' }); // 0.25
 * fromText('abc', { kind: 'integer' }); // 'abc'
 * ```
 */
export function fromText(text: string, shape: Shape, keepEmpty = false): unknown {
  if (text.trim() === '') return keepEmpty ? '' : undefined;
  if (shape.kind === 'integer') return INTEGER.test(text.trim()) ? Number(text.trim()) : text;
  if (shape.kind === 'number') {
    const normal = text.trim().replace(',', '.');
    if (DECIMAL.test(normal)) {
      const n = Number(normal);
      if (Number.isFinite(n) && String(n) === normal.replace(/^(-?)0+(\d)/, '$1$2')) return n;
    }
    return text;
  }
  return text;
}

/** What a field shows for a stored value (numbers as written, nothing for absent). */
export function toText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * Which variant of a union a value matches best: a const property (a discriminator such as
 * `kind: 'weekly'`) that equals the value's, else the first whose type fits.
 */
export function variantOf(options: readonly JsonSchema[], value: unknown): number {
  const typeOfValue =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'array'
        : typeof value === 'number'
          ? Number.isInteger(value)
            ? 'integer'
            : 'number'
          : typeof value;
  for (const [i, o] of options.entries()) {
    const consts = constsOf(o);
    if (consts !== undefined) {
      if (consts.includes(value as string)) return i;
      continue;
    }
    if (typeof value === 'object' && value !== null && o.properties !== undefined) {
      const discriminators = Object.entries(o.properties).filter(([, s]) => s.const !== undefined);
      if (
        discriminators.length > 0 &&
        discriminators.every(([k, s]) => (value as Record<string, unknown>)[k] === s.const)
      )
        return i;
    }
  }
  for (const [i, o] of options.entries()) {
    const t = typesOf(o);
    if (
      constsOf(o) === undefined &&
      (t.includes(typeOfValue) || (typeOfValue === 'integer' && t.includes('number')))
    )
      return i;
  }
  return 0;
}

/** A short name for a variant: its const, its discriminator's const, or its type. */
export function variantLabel(option: JsonSchema, index: number): string {
  const consts = constsOf(option);
  if (consts !== undefined) return consts.map(String).join(' / ');
  const discriminator = Object.entries(option.properties ?? {}).find(
    ([, s]) => s.const !== undefined,
  );
  if (discriminator !== undefined) return String(discriminator[1].const);
  const t = typesOf(option)[0];
  return t ?? `#${index + 1}`;
}

/**
 * A field's meaning in the reader's language: the Swedish `x-description-sv` (core's
 * fieldText) for a Swedish reader when the schema has it, the English `description` otherwise.
 */
export function helpText(schema: JsonSchema, locale: 'sv' | 'en'): string | undefined {
  return locale === 'sv' ? (schema['x-description-sv'] ?? schema.description) : schema.description;
}
