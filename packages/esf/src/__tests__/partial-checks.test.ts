// Checks that do not hide each other (issue 16): a final report with invalid fields still gets
// every check that does not depend on them. Fixture: a hand-edited copy of
// docs/examples/sala-esf-ip/final-report.yaml (expectedParticipants :21 in words, a staff
// count :24 that is text), checked with the other Sala documents as the host would.
import { describe, expect, it } from 'vitest';
import type { Finding } from '@styrkit/core';
import { checkWithKind, type PluginContext, type StoredDocument } from '@styrkit/plugin';
import { parseFinalReport } from '../parse.js';
import { esfPlugin } from '../plugin.js';
import { readEnvelope } from './fixtures.js';

const stored: StoredDocument[] = ['call.yaml', 'project.yaml', 'time-reports.yaml'].map((f) => {
  const e = readEnvelope(`sala-esf-ip/${f}`);
  const r = esfPlugin.kinds.find((k) => k.name === e.kind)?.parse?.(e.document);
  if (r?.ok !== true) throw new Error(`fixture ${f} does not parse`);
  return { id: e.id, kind: e.kind, document: r.value };
});
const ctx: PluginContext = {
  locale: 'sv',
  documents: (kind) => stored.filter((d) => d.kind === kind),
};
const report = readEnvelope('sala-esf-ip/final-report.yaml');
const keyed = (fs: readonly Finding[]) => fs.map((f) => `${f.code} ${f.path.join('.')}`);

function check(input: unknown): string[] {
  const kind = esfPlugin.kinds.find((k) => k.name === report.kind)!;
  const checks = esfPlugin.checks.filter((c) => c.kind === report.kind);
  return keyed(checkWithKind(kind, checks, input, ctx));
}

function broken(): unknown {
  const doc = structuredClone(report.document) as { figures: Record<string, unknown> };
  doc.figures['expectedParticipants'] = 'åttahundraåttiosju';
  (doc.figures['staffCounts'] as Record<string, unknown>[])[1]!['women'] = 'många';
  return doc;
}

describe('final report with two invalid figures', () => {
  it('the strict parser refuses it (what hid every check before)', () => {
    expect(parseFinalReport(broken()).ok).toBe(false);
  });

  it('reports the invalid fields and keeps the co-financing and table findings', () => {
    const before = check(report.document);
    const after = check(broken());
    expect(before).toEqual(
      [
        'esf/cofinancing-below-required figures.cofinancing',
        'esf/table-total-mismatch tables.0.statedTotals.1',
        'esf/table-total-mismatch tables.1.statedTotals.1',
        'esf/participants-vs-expected figures.participants.total',
        'esf/hours-vs-plan figures.reportedHours',
      ].sort((a, b) => before.indexOf(a) - before.indexOf(b)),
    );
    expect(after).toContain('esf/invalid-input figures.expectedParticipants');
    expect(after).toContain('esf/invalid-input figures.staffCounts.1.women');
    // Only the participants-versus-expected comparison needs the left-out figure.
    for (const k of before.filter((x) => !x.startsWith('esf/participants-vs-expected'))) {
      expect(after).toContain(k);
    }
    expect(after).not.toContain('esf/participants-vs-expected figures.participants.total');
  });
});
