import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import * as z from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  markParsed,
  parseEnvelope,
  parseWithBrand,
  safeParseWith,
  unwrapEnvelope,
  type Parsed,
} from '../index.js';

const examples = fileURLToPath(new URL('../../../../docs/examples/', import.meta.url));
const read = (file: string): unknown => parse(readFileSync(`${examples}${file}`, 'utf8'));

describe('unwrapEnvelope', () => {
  it('unwraps a docs/examples file (linkoping-vso-2021/objektplan-a.yaml)', () => {
    const r = unwrapEnvelope(read('linkoping-vso-2021/objektplan-a.yaml'), {
      kind: 'pm3/objektplan',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ kind: 'pm3/objektplan', schemaVersion: 1 });
    expect(r.value.id).toBe('linkoping-vso-2021-a');
    expect((r.value.document as { year: unknown }).year).toBe(2021);
  });

  it('gives findings for a bare document, a wrong kind and a bad envelope field', () => {
    const bare = unwrapEnvelope({ year: 2021 });
    expect(!bare.ok && bare.error.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['core/invalid-envelope', 'kind'],
      ['core/invalid-envelope', 'id'],
      ['core/invalid-envelope', 'document'],
      ['core/invalid-envelope', ''],
    ]);
    const kind = unwrapEnvelope(read('esf-synthetic/call.yaml'), {
      kind: ['pm3/objektplan', 'pm3/forvaltningsobjekt'],
      path: [3],
    });
    expect(!kind.ok && kind.error).toEqual([
      {
        code: 'core/wrong-kind',
        severity: 'error',
        path: [3, 'kind'],
        message: {
          sv: 'förväntade ett dokument av slaget pm3/objektplan, pm3/forvaltningsobjekt, fick esf/call',
          en: 'expected a document of kind pm3/objektplan, pm3/forvaltningsobjekt, got esf/call',
        },
        expected: 'pm3/objektplan, pm3/forvaltningsobjekt',
        actual: 'esf/call',
      },
    ]);
    expect(!bare.ok && bare.error[2]?.message.en).toBe('document: missing (a value required)');
    const version = unwrapEnvelope({ kind: 'a/b', id: 'x', schemaVersion: '1', document: {} });
    expect(!version.ok && version.error[0]?.message.en).toBe(
      "schemaVersion: expected a number, got the text '1'",
    );
    expect(unwrapEnvelope('kind: a/b').ok).toBe(false);
  });

  it('parseEnvelope parses the document and puts its findings under document', () => {
    const note = z.object({ text: z.string() });
    const parseNote = (v: unknown) => safeParseWith(note, v);
    const good = parseEnvelope(
      { kind: 'demo/note', id: 'n', document: { text: 'hej' } },
      parseNote,
    );
    expect(good.ok && good.value.document.text).toBe('hej');
    const bad = parseEnvelope({ kind: 'demo/note', id: 'n', document: { text: 7 } }, parseNote, {
      path: ['files', 0],
    });
    expect(!bad.ok && bad.error[0]?.path).toEqual(['files', 0, 'document', 'text']);
  });
});

describe('Parsed<T>', () => {
  it('brands in types only; the value is unchanged', () => {
    const schema = z.object({ amount: z.string() });
    const r = parseWithBrand(schema, { amount: '1' });
    expect(r).toEqual({ ok: true, value: { amount: '1' } });
    if (!r.ok) return;
    expectTypeOf(r.value).toEqualTypeOf<Parsed<{ amount: string }>>();
    expectTypeOf<{ amount: string }>().not.toExtend<Parsed<{ amount: string }>>();
    expectTypeOf(r.value).toExtend<{ amount: string }>();
    const marked = markParsed({ a: 1 });
    expect(Object.getOwnPropertySymbols(marked)).toEqual([]);
    expect(parseWithBrand(schema, { amount: 1 }).ok).toBe(false);
  });
});
