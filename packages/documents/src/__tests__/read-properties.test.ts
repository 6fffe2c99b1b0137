import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../read.js';
import type { DocumentModel } from '../model.js';
import { fixture } from './reader-fixtures.js';

/** What every model must satisfy, whatever the input. */
function wellFormed(doc: DocumentModel): void {
  expect(Array.isArray(doc.blocks)).toBe(true);
  for (const f of doc.findings) {
    expect(f.code).toMatch(/^documents\//);
    expect(f.message.sv.length).toBeGreaterThan(0);
    expect(f.message.en.length).toBeGreaterThan(0);
  }
  for (const block of doc.blocks) {
    expect(block.source).toBeDefined();
    if (block.type === 'table') {
      for (const row of block.rows)
        for (const cell of row.cells) expect(typeof cell.text).toBe('string');
    } else {
      expect(typeof block.text).toBe('string');
    }
  }
}

/** A fixture with some bytes overwritten, a piece cut out, or its end cut off. */
function mutated(bytes: Uint8Array): fc.Arbitrary<Uint8Array> {
  const n = bytes.length;
  const overwrite = fc
    .array(fc.tuple(fc.nat({ max: n - 1 }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 20,
    })
    .map((edits) => {
      const out = bytes.slice();
      for (const [at, value] of edits) out[at] = value;
      return out;
    });
  const cut = fc
    .tuple(fc.nat({ max: n - 1 }), fc.nat({ max: 2000 }))
    .map(
      ([at, length]) => new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + length)]),
    );
  const truncate = fc.nat({ max: n - 1 }).map((at) => bytes.slice(0, at));
  return fc.oneof(overwrite, cut, truncate);
}

describe('readDocument never throws', () => {
  it('on arbitrary bytes, with any file name', async () => {
    const names = fc.constantFrom(
      undefined,
      'a.docx',
      'a.xlsx',
      'a.pdf',
      'a.html',
      'a.md',
      'a.txt',
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), names, async (bytes, file) => {
        wellFormed(await readDocument(bytes, file === undefined ? {} : { file }));
      }),
      { numRuns: 300 },
    );
  });

  it('on bytes that open like a zip, a PDF or an OLE file', async () => {
    const heads = fc.constantFrom(
      [0x50, 0x4b, 0x03, 0x04],
      [0x25, 0x50, 0x44, 0x46, 0x2d],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    );
    await fc.assert(
      fc.asyncProperty(heads, fc.uint8Array({ maxLength: 2048 }), async (head, rest) => {
        wellFormed(await readDocument(new Uint8Array([...head, ...rest])));
      }),
      { numRuns: 150 },
    );
  });

  it('on arbitrary HTML-like text', async () => {
    const piece = fc.constantFrom(
      '<table>',
      '<tr>',
      '<td colspan="3">',
      '<td rowspan="99">',
      '</td>',
      '</tr>',
      '</table>',
      '<b>',
      '</b>',
      '<p>',
      '<h2>',
      '<li>',
      '<caption>',
      'Summa',
      '45 100',
      '&amp;',
      '&#0;',
      '\n',
      ' ',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 80 }), async (parts) => {
        wellFormed(await readDocument(`<!DOCTYPE html>${parts.join('')}`));
      }),
      { numRuns: 200 },
    );
  });

  for (const [path, runs] of [
    ['docx/sala.docx', 150],
    ['xlsx/sala.xlsx', 150],
    ['pdf/linkoping-b.pdf', 40],
  ] as const) {
    it(`on mutations of ${path}`, async () => {
      const bytes = fixture(path);
      await fc.assert(
        fc.asyncProperty(mutated(bytes), async (input) => {
          wellFormed(await readDocument(input, { file: path.split('/')[1]! }));
        }),
        { numRuns: runs },
      );
    });
  }
});
