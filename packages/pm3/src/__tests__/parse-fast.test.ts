// The hand-written objektplan reader beside zod: it may only accept what the schema accepts,
// must build the very plan the schema returns (keys, order, trimmed texts, defaults), and must
// leave every finding to zod. Checked on the reference plans, the benchmark's synthetic plans
// and both mutated at random.
import fc from 'fast-check';
import { safeParseWith } from '@styrkit/core';
import { describe, expect, it } from 'vitest';
import { syntheticPortfolio } from '../../bench/synthetic.js';
import { objektplanSchema, parseObjektplan } from '../index.js';
import { fastObjektplan } from '../parse-fast.js';
import { readEnvelope } from './fixtures.js';

/** Results compared as text: Exact values serialise to their decimal string. */
const asText = (value: unknown) => JSON.stringify(value);
const viaZod = (input: unknown) =>
  safeParseWith(objektplanSchema, input, { code: 'pm3/invalid-input' });

const plans: unknown[] = [
  readEnvelope('linkoping-vso-2021/objektplan-a.yaml').document,
  readEnvelope('linkoping-vso-2021/objektplan-b.yaml').document,
  ...syntheticPortfolio(2, 2),
];

/** Every path to a value in a document. */
function pathsOf(node: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  if (path.length > 0) out.push(path);
  if (Array.isArray(node)) node.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (typeof node === 'object' && node !== null) {
    for (const [k, v] of Object.entries(node)) pathsOf(v, [...path, k], out);
  }
  return out;
}

/** Values near the edges of the format, valid and not. */
const junk = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  '  ',
  ' x ',
  'abc',
  '?',
  '–',
  'ca 3,5',
  '1 200',
  '1,5',
  '12 %',
  '2021-02-30',
  '2021-12-31',
  0,
  -1,
  1.5,
  2021,
  1899,
  Number.NaN,
  2 ** 60,
  true,
  [],
  ['x'],
  [''],
  {},
  { value: '3', estimate: true },
  { sv: 'a', en: 'b' },
  'draft',
  'strategic',
  'vm',
  'kkr',
);

function mutate(doc: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] ?? '';
  if (value === undefined && !Array.isArray(node)) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return copy;
}

describe('objektplan: the fast reader agrees with the zod schema', () => {
  it('accepts the reference and synthetic plans and returns exactly what zod returns', () => {
    for (const plan of plans) {
      const fast = fastObjektplan(plan);
      const zod = objektplanSchema.safeParse(plan);
      expect(zod.success).toBe(true);
      expect(fast).toBeDefined();
      expect(asText(fast)).toBe(asText(zod.data));
    }
  });

  it('property: one value changed anywhere: accepted only as zod accepts it, identical output', () => {
    const cases = plans.map((plan) => ({ plan, paths: pathsOf(plan) }));
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: cases.length - 1 }).chain((i) => {
          const c = cases[i] ?? { plan: {}, paths: [['id']] };
          return fc.tuple(fc.constant(c.plan), fc.constantFrom(...c.paths), junk);
        }),
        ([plan, path, value]) => {
          const doc = mutate(plan, path, value);
          const fast = fastObjektplan(doc);
          const zod = objektplanSchema.safeParse(doc);
          if (fast === undefined) {
            refused += 1;
          } else {
            accepted += 1;
            expect(zod.success).toBe(true);
            expect(asText(fast)).toBe(asText(zod.data));
          }
          // What the user sees is zod's result either way, findings and messages included.
          expect(asText(parseObjektplan(doc))).toBe(asText(viaZod(doc)));
        },
      ),
      { numRuns: 800 },
    );
    expect(accepted).toBeGreaterThan(100); // the comparison really ran on accepted plans
    expect(refused).toBeGreaterThan(100); // and on refused ones
  });

  it('property: extra keys are dropped as zod drops them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...plans), fc.constantFrom('extra', 'note', 'x'), (plan, key) => {
        const doc = { ...(plan as Record<string, unknown>), [key]: 1 };
        expect(asText(fastObjektplan(doc))).toBe(asText(objektplanSchema.parse(doc)));
      }),
    );
  });
});
