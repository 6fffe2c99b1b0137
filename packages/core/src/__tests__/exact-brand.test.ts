import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';

/** A specifier for a separately loaded copy of the Exact module (a query makes a new module). */
const copyOf = (name: string): string => `../exact.js?${name}`;
import { Exact, exact, isExact, sum } from '../index.js';

/** A second, separately loaded copy of the Exact module, as an ESM and a CJS build would be. */
async function otherCopy(): Promise<typeof import('../exact.js')> {
  return (await import(/* @vite-ignore */ copyOf('second-copy'))) as typeof import('../exact.js');
}

describe('Exact misuse fails loudly', () => {
  it('throws a TypeError for number and default hints, keeps template strings', () => {
    const ten = exact('10');
    const nine = exact('9');
    expect(() => (ten as unknown as number) > (nine as unknown as number)).toThrow(TypeError);
    expect(() => (exact('1') as unknown as number) + 1).toThrow(/cannot be used as a JS/);
    expect(() => Number(ten)).toThrow(TypeError);
    expect(() => (ten as unknown) == '10').toThrow(TypeError);
    // eslint-disable-next-line @typescript-eslint/restrict-template-expressions -- what is tested
    expect(`${exact('12.50')} kr`).toBe('12.5 kr');
    expect(String(exact('-3'))).toBe('-3');
    expect(JSON.stringify({ a: exact('1.10') })).toBe('{"a":"1.1"}');
  });

  it('prints its value with console.log (util.inspect)', () => {
    expect(inspect(exact('12.50'))).toBe('Exact(12.5)');
    expect(inspect({ total: exact('45100') })).toBe('{ total: Exact(45100) }');
  });

  it('loses everything in structuredClone; toJSON text is what crosses', () => {
    const clone: unknown = structuredClone(exact('12.5'));
    expect(isExact(clone)).toBe(false);
    expect(clone).toEqual({});
    expect(exact(structuredClone(exact('12.5').toJSON())).toString()).toBe('12.5');
  });
});

describe('two loaded copies recognise each other', () => {
  it('brands with Symbol.for("styrkit.exact")', async () => {
    const copy = await otherCopy();
    expect(copy.Exact).not.toBe(Exact);
    const theirs = copy.exact('2.5');
    expect((theirs as unknown as Record<symbol, unknown>)[Symbol.for('styrkit.exact')]).toBe(true);
    expect(isExact(theirs)).toBe(true);
    expect(copy.isExact(exact('1'))).toBe(true);
    expect(theirs instanceof Exact).toBe(true);
    expect(isExact({ toString: () => '1' })).toBe(false);
  });

  it('computes with values of the other copy', async () => {
    const copy = await otherCopy();
    const theirs = copy.exact('2.5');
    expect(exact('1').plus(theirs).toString()).toBe('3.5');
    expect(exact(theirs).equals('2.5')).toBe(true);
    const mixed = [exact('0.001'), theirs, copy.exact('0.125')];
    expect(sum(mixed).toString()).toBe('2.626');
  });
});
