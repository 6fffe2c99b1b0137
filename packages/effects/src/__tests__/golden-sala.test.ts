import { tableToMarkdown, plainCell } from '@styrkit/core';
import { describe, expect, it } from 'vitest';
import {
  auditGoalTree,
  evaluateStatuses,
  goalMatrix,
  goalMatrixTable,
  parseGoalTree,
  rollUpGoalTree,
  rollUpStatuses,
} from '../index.js';
import { loadExample, seedLines, seedsAvailable, unwrap } from './helpers.js';

// Reference dataset: docs/examples/sala-esf-ip/goals.yaml, built from the change theory in
// sala-san-kallelse-2023-06-15.txt: figure 4 (lines 937-944, short term, all met) and figure 6
// (lines 954-969, medium and long term).
const envelope = loadExample('sala-esf-ip/goals.yaml');
const tree = unwrap(parseGoalTree(envelope.document));
const effectGoals = tree.goals.filter((g) => g.level === 'effect-goal');

describe('Sala ESF project IP: the goal matrix', () => {
  it('has 37 goals: 10 short, 14 medium and 13 long term', () => {
    const m = goalMatrix(tree.goals);
    expect(envelope.kind).toBe('effects/goal-tree');
    expect(m.total).toBe(37);
    expect(m.byHorizon).toEqual({ short: 10, medium: 14, long: 13 });
    // Per level, from the three columns of figures 4 and 6.
    expect(m.counts.individual).toEqual({ short: 3, medium: 6, long: 5 });
    expect(m.counts.project).toEqual({ short: 4, medium: 5, long: 3 });
    expect(m.counts.organisation).toEqual({ short: 3, medium: 3, long: 5 });
    expect(m.unplaced).toBe(0);
  });

  it.skipIf(!seedsAvailable)('counts the same bullets as the seed figures', () => {
    const lines = seedLines('sala-san-kallelse-2023-06-15.txt');
    // Every goal is a "- att …" bullet in a tab-separated cell of lines 939-942 and 956-967.
    const bullets = [...lines.slice(939, 943), ...lines.slice(956, 968)]
      .flatMap((line) => line.split('\t'))
      .filter((cell) => cell.trim().startsWith('- att'));
    expect(bullets).toHaveLength(effectGoals.length);
    expect(bullets.filter((_, i) => i < 10)).toHaveLength(goalMatrix(tree.goals).byHorizon.short);
  });

  // seed: sala-san-kallelse-2023-06-15.txt:935: every short-term goal is assessed as met.
  it('evaluates every short-term goal as achieved and the rest as not measurable', () => {
    const statuses = evaluateStatuses(
      tree.goals,
      [],
      tree.asOf === undefined ? {} : { asOf: tree.asOf },
    );
    const short = effectGoals.filter((g) => g.horizon === 'short');
    const later = effectGoals.filter((g) => g.horizon !== 'short');
    expect(short.every((g) => statuses.get(g.id)?.status === 'achieved')).toBe(true);
    expect(later.every((g) => statuses.get(g.id)?.status === 'not-measurable')).toBe(true);
    expect(statuses.get(later[0]!.id)?.reason.sv).toBe(
      'Saknar indikator, utgångsvärde, målvärde, måldatum',
    );

    const all = rollUpStatuses(effectGoals.map((g) => statuses.get(g.id)!.status));
    expect(all.counts.achieved).toBe(short.length);
    expect(all.counts['not-measurable']).toBe(later.length);
    expect(all.overall).toBe('not-measurable');
    const top = rollUpGoalTree(tree.goals, statuses).get('ip-overall');
    expect(top?.total).toBe(37);
  });

  it('reports every goal as a draft missing indicator, baseline, target, date and owner', () => {
    const findings = auditGoalTree(tree);
    const gaps = findings.filter((f) => f.code === 'effects/goal-not-measurable');
    expect(gaps).toHaveLength(effectGoals.length);
    expect(gaps[0]?.actual).toBe('indicator, baseline, target, target-date, owner');
    expect(gaps[0]?.severity).toBe('warning');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.code === 'effects/goal-without-parent')).toEqual([]);
  });

  it('renders the level × horizon matrix with totals', () => {
    const md = tableToMarkdown(goalMatrixTable(tree.goals));
    expect(md).toContain('Summa');
    const total = goalMatrixTable(tree.goals).rows.at(-1);
    expect(plainCell(total?.cells.total)).toBe(String(goalMatrix(tree.goals).total));
  });
});
