import { describe, expect, it } from 'vitest';
import { parseJsonExact } from '../http-input.js';
import { parseYamlExact } from '../yaml-bounded.js';

// YAML bodies (POST /api/check and /api/import) hold numbers exactly, like JSON (issue 14, item 3).
describe('exact numbers in YAML', () => {
  it('refuses a number a JavaScript number cannot hold as written, at its path', async () => {
    for (const [text, token, path] of [
      ['amount: 12345678901234567890123', '12345678901234567890123', ['amount']],
      ['rows:\n  - amount: 1e-400', '1e-400', ['rows', 0, 'amount']],
      ['amount: 0.1000000000000000055511', '0.1000000000000000055511', ['amount']],
      ['amount: .inf', '.inf', ['amount']],
    ] as const) {
      const error = await parseYamlExact(text).catch((e: unknown) => e);
      expect(error, text).toMatchObject({
        status: 400,
        findings: [{ code: 'host/inexact-number', path, actual: token }],
      });
    }
  });

  it('reads exact numbers as they are, also in a worker-parsed (large) text', async () => {
    expect(
      await parseYamlExact('a: 45100.5\nb: 1.50\nc: 0x1F\nd: "12345678901234567890123"'),
    ).toEqual({
      a: 45100.5,
      b: 1.5,
      c: 31,
      d: '12345678901234567890123',
    });
    const large = `${Array.from({ length: 2000 }, (_, i) => `k${i}: ${i}.25`).join('\n')}\nbig: 99999999999999999999\n`;
    expect(large.length).toBeGreaterThan(8 * 1024); // past the inline limit: parsed in a worker
    await expect(parseYamlExact(large)).rejects.toMatchObject({
      findings: [{ code: 'host/inexact-number', path: ['big'] }],
    });
  });

  it('says YAML, where the JSON reader says JSON', async () => {
    const yaml = await parseYamlExact('a: 1e-400').catch((e: unknown) => e);
    let json: unknown;
    try {
      parseJsonExact('{"a": 1e-400}');
    } catch (e) {
      json = e;
    }
    expect(yaml).toMatchObject({
      findings: [{ message: { en: expect.stringContaining('YAML') } }],
    });
    expect(json).toMatchObject({
      findings: [{ message: { en: expect.stringContaining('JSON') } }],
    });
  });
});
