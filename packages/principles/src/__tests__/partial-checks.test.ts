// Checks that do not hide each other (issue 16): a filled-in checklist with invalid fields still
// gets every check that does not depend on them. Fixture: a hand-edited copy of
// docs/examples/sala-san-2023-06/checklist-response-2.yaml (meeting date :14 an impossible
// date, answer child-heard :20 an object).
import { describe, expect, it } from 'vitest';
import type { Finding } from '@styrkit/core';
import { checkWithKind, type PluginContext } from '@styrkit/plugin';
import { parseResponse } from '../parse.js';
import { principlesPlugin } from '../plugin.js';
import { loadTemplate, readEnvelope } from './fixtures.js';

const file = readEnvelope('checklist-response-2.yaml');
const template = readEnvelope('checklist-template.yaml');
const ctx: PluginContext = {
  locale: 'sv',
  documents: (kind) =>
    kind === template.kind ? [{ id: template.id, kind, document: loadTemplate() }] : [],
};
const keyed = (fs: readonly Finding[]) => fs.map((f) => `${f.code} ${f.path.join('.')}`);

function check(input: unknown): string[] {
  const kind = principlesPlugin.kinds.find((k) => k.name === file.kind)!;
  const checks = principlesPlugin.checks.filter((c) => c.kind === file.kind);
  return keyed(checkWithKind(kind, checks, input, ctx));
}

function broken(): unknown {
  const doc = structuredClone(file.document) as {
    case: Record<string, unknown>;
    answers: Record<string, unknown>;
  };
  doc.case['meetingDate'] = '2023-06-31';
  doc.answers['child-heard'] = { ja: true };
  return doc;
}

describe('checklist response with an impossible date and an answer that is an object', () => {
  it('the strict parser refuses it (what hid every check before)', () => {
    expect(parseResponse(broken()).ok).toBe(false);
  });

  it('reports both fields and keeps the unanswered question and the missing signature', () => {
    const before = check(file.document);
    expect(before).toEqual([
      'principles/unanswered-required answers.hp-crpd',
      'principles/not-signed signedBy',
    ]);
    const after = check(broken());
    expect(after).toContain('principles/invalid-response case.meetingDate');
    expect(after).toContain('principles/invalid-response answers.child-heard');
    for (const k of before) expect(after).toContain(k);
  });
});
