import { describe, expect, it } from 'vitest';
import {
  blankValue,
  fromText,
  getAt,
  helpText,
  moveItem,
  removeItem,
  setAt,
  shapeOf,
  toText,
  variantOf,
  type JsonSchema,
} from './schema.js';

// The shapes below are copied from the host's `GET /api/kinds/<kind>/schema` answers.
const amount: JsonSchema = { anyOf: [{ type: 'string' }, { type: 'number' }, {}] };
const nullableAmount: JsonSchema = { anyOf: [amount, { type: 'null' }] };

describe('shapes of the kinds’ schemas', () => {
  it('reads amounts (string | number | any) as exact text', () => {
    expect(shapeOf(amount)).toEqual({ kind: 'text', stores: 'exact' });
    expect(shapeOf(nullableAmount)).toEqual({ kind: 'nullable', inner: amount });
  });
  it('reads enums, consts and unions of consts as choices', () => {
    expect(shapeOf({ type: 'string', enum: ['draft', 'decided', 'revised'] })).toEqual({
      kind: 'choice',
      options: ['draft', 'decided', 'revised'],
    });
    expect(
      shapeOf({
        anyOf: [
          { type: 'number', const: 1 },
          { type: 'number', const: 2 },
        ],
      }),
    ).toEqual({ kind: 'choice', options: [1, 2] });
  });
  it('reads objects with properties, records and lists', () => {
    const s = shapeOf({
      type: 'object',
      properties: { id: { type: 'string' }, note: { type: 'string' } },
      required: ['id'],
    });
    expect(s.kind === 'object' && s.properties.map((p) => [p.key, p.required])).toEqual([
      ['id', true],
      ['note', false],
    ]);
    expect(shapeOf({ type: 'object', additionalProperties: { type: 'string' } }).kind).toBe(
      'record',
    );
    expect(shapeOf({ type: 'array', items: { type: 'string' } }).kind).toBe('array');
  });
  it('reads a year or a word as variants, and unknown forms as JSON', () => {
    const payback: JsonSchema = {
      anyOf: [
        { type: 'integer' },
        { type: 'string', const: 'never' },
        { type: 'string', const: 'after-horizon' },
      ],
    };
    expect(shapeOf(payback).kind).toBe('variants');
    expect(shapeOf({ type: 'array', prefixItems: [{ type: 'string' }] }).kind).toBe('json');
  });
});

describe('blank values', () => {
  it('uses defaults, required properties and minItems', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        id: { type: 'string' },
        status: { type: 'string', enum: ['draft', 'decided'] },
        tags: { type: 'array', items: { type: 'string' }, default: [] },
        phases: { type: 'array', items: { type: 'string' }, minItems: 1 },
        note: { type: 'string' },
        year: { type: 'integer' },
      },
      required: ['id', 'status', 'phases', 'year'],
    };
    expect(blankValue(schema)).toEqual({ id: '', status: 'draft', tags: [], phases: [''] });
  });
});

describe('paths', () => {
  it('sets, removes and reads values without changing the original', () => {
    const doc = { a: { rows: [{ x: '1' }, { x: '2' }] } };
    const next = setAt(doc, ['a', 'rows', 1, 'x'], 'abc');
    expect(getAt(next, ['a', 'rows', 1, 'x'])).toBe('abc');
    expect(getAt(doc, ['a', 'rows', 1, 'x'])).toBe('2');
    expect(setAt({ a: 1, b: 2 }, ['b'], undefined)).toEqual({ a: 1 });
    expect(setAt(undefined, ['a', 0, 'b'], 'c')).toEqual({ a: [{ b: 'c' }] });
  });
  it('moves and removes list items', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b'], 1, 5)).toEqual(['a', 'b']);
    expect(removeItem(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});

describe('typed text', () => {
  it('keeps amounts exactly as typed and never as floats', () => {
    expect(fromText('0,1', { kind: 'text', stores: 'exact' })).toBe('0,1');
    expect(fromText('12345678901234567890.12', { kind: 'text', stores: 'exact' })).toBe(
      '12345678901234567890.12',
    );
  });
  it('turns integers into numbers and keeps unreadable text for the host to report', () => {
    expect(fromText(' 2027 ', { kind: 'integer' })).toBe(2027);
    expect(fromText('20x7', { kind: 'integer' })).toBe('20x7');
    expect(fromText('', { kind: 'integer' })).toBeUndefined();
    expect(fromText('', { kind: 'text', stores: 'string' }, true)).toBe('');
  });
  it('turns a number into a JSON number only when it round-trips exactly', () => {
    expect(fromText('0,25', { kind: 'number' })).toBe(0.25);
    expect(fromText('0.1000000000000000055511', { kind: 'number' })).toBe(
      '0.1000000000000000055511',
    );
    expect(toText(0.25)).toBe('0.25');
    expect(toText(undefined)).toBe('');
  });
});

describe('variants', () => {
  it('finds the variant by discriminator or type', () => {
    const options: JsonSchema[] = [
      { type: 'object', properties: { kind: { type: 'string', const: 'weekly' } } },
      { type: 'object', properties: { kind: { type: 'string', const: 'monthly' } } },
    ];
    expect(variantOf(options, { kind: 'monthly' })).toBe(1);
    expect(variantOf([{ type: 'integer' }, { type: 'string', const: 'never' }], 'never')).toBe(1);
    expect(variantOf([{ type: 'integer' }, { type: 'string', const: 'never' }], 2030)).toBe(0);
  });
});

describe('help text', () => {
  it("is the field's meaning in the reader's language, English when Swedish is missing", () => {
    const both: JsonSchema = {
      description: 'Name of the project',
      'x-description-sv': 'Projektets namn',
    };
    expect(helpText(both, 'sv')).toBe('Projektets namn');
    expect(helpText(both, 'en')).toBe('Name of the project');
    expect(helpText({ description: 'Only English' }, 'sv')).toBe('Only English');
    expect(helpText({}, 'en')).toBeUndefined();
  });
});
