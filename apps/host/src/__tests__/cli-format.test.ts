import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zodIssuesToFindings, type Finding } from '@styrkit/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { findingLine, messageAfterPath } from '../cli-format.js';

const hostDir = fileURLToPath(new URL('../..', import.meta.url));

/** A finding as a kind's parse makes it: zod's message names the field, under a base path. */
function zodFinding(input: unknown, basePath: (string | number)[]): Finding {
  const r = z.object({ plan: z.object({ year: z.number() }) }).safeParse(input);
  if (r.success) throw new Error('expected a refusal');
  const f = zodIssuesToFindings(r.error.issues, { basePath, input })[0];
  if (f === undefined) throw new Error('expected a finding');
  return f;
}

describe('CLI finding lines', () => {
  it('print the path once when the message starts with it (issue 15)', () => {
    const f = zodFinding({ plan: { year: '2021' } }, ['document']);
    expect(f.message.en.startsWith('plan.year: ')).toBe(true);
    const en = findingLine(f, 'en');
    expect(en).toContain("@ document.plan.year: expected a number, got the text '2021'");
    expect(en.match(/plan\.year/g)).toHaveLength(1);
    const sv = findingLine(f, 'sv');
    expect(sv).toContain("@ document.plan.year: förväntade ett tal, fick texten '2021'");
    expect(sv).toContain('(väntat number, faktiskt "2021")');
    // The whole path as the message's prefix, too.
    expect(messageAfterPath(zodFinding({ plan: { year: '1' } }, []), 'en')).toBe(
      "expected a number, got the text '1'",
    );
  });

  it('leave a message alone that does not start with the path', () => {
    const f: Finding = {
      code: 'demo/x',
      severity: 'warning',
      path: ['amount'],
      message: { sv: 'amountet är lågt', en: 'amount is low' },
    };
    expect(findingLine(f, 'en')).toBe('! demo/x @ amount: amount is low');
    expect(findingLine({ ...f, path: [], severity: 'info' }, 'en')).toBe(
      'i demo/x @ /: amount is low',
    );
  });

  it('styrkit check prints a wrong-type field with its path once', { timeout: 300_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'styrkit-cli-format-'));
    writeFileSync(
      join(dir, 'wrong.yaml'),
      'kind: demo/note\nid: wrong-type\ndocument:\n  title: Titel\n  amount: "1"\n  tags: 5\n',
    );
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli.ts',
        'check',
        join(dir, 'wrong.yaml'),
        '--locale',
        'en',
        '--plugin',
        join(hostDir, 'src', '__tests__', 'fixtures', 'plugin.ts'),
      ],
      { cwd: hostDir, encoding: 'utf8', timeout: 240_000 },
    );
    expect(r.status).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.includes('tags'));
    expect(line, r.stdout).toMatch(/@ (document\.)?tags: expected a list/);
    expect(line?.match(/tags/g)).toHaveLength(1);
  });
});
