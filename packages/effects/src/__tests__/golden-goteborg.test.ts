import { describe, expect, it } from 'vitest';
import {
  auditBacklog,
  auditEffectPlan,
  backlogSchema,
  parseBacklog,
  parseEffectPlan,
  rankBacklog,
} from '../index.js';
import { loadExample, unwrap } from './helpers.js';

// Reference datasets: docs/examples/goteborg-avo-2024/effects-plan.yaml and effects-backlog.yaml,
// built from goteborg-avo-digitaliseringsplan-2024.txt.
const planEnvelope = loadExample('goteborg-avo-2024/effects-plan.yaml');
const backlogEnvelope = loadExample('goteborg-avo-2024/effects-backlog.yaml');
const plan = unwrap(parseEffectPlan(planEnvelope.document));
const backlog = unwrap(parseBacklog(backlogEnvelope.document));

describe('Göteborg ÄVO 2024: shared ownership', () => {
  // seed: goteborg-avo-digitaliseringsplan-2024.txt:293-309
  it('gives every responsibility exactly one owner, effect realisation to the business side', () => {
    const findings = auditEffectPlan(plan);
    expect(findings.filter((f) => f.code === 'effects/responsibility-shared')).toEqual([]);
    expect(findings.filter((f) => f.code === 'effects/unknown-reference')).toEqual([]);
    const sideOf = new Map(plan.roles.map((r) => [r.id, r.side]));
    const realisation = plan.responsibilities.filter((r) => /effekthemtagning/i.test(r.task));
    expect(realisation.length).toBeGreaterThan(0);
    expect(realisation.every((r) => sideOf.get(r.owner) === 'business')).toBe(true);
    // Licences with the formal project owner, hardware with the effect owner (seed line 301).
    const budget = (word: string) =>
      plan.responsibilities.find((r) => r.task.includes(word))?.owner;
    expect(sideOf.get(budget('mjukvarulicenser') ?? '')).toBe('project');
    expect(sideOf.get(budget('hårdvara') ?? '')).toBe('business');
  });

  it('reports a responsibility listed under both owners', () => {
    const first = plan.responsibilities[0]!;
    const other = plan.roles.find((r) => r.id !== first.owner)!;
    const shared = {
      ...plan,
      responsibilities: [...plan.responsibilities, { task: first.task, owner: other.id }],
    };
    const found = auditEffectPlan(shared).filter((f) => f.code === 'effects/responsibility-shared');
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toEqual(['responsibilities', plan.responsibilities.length]);
  });

  // seed: goteborg-avo-digitaliseringsplan-2024.txt:388-410: four long-term goals under the plan.
  it('links the four long-term goals to the ten-year plan', () => {
    const objectives = plan.goals.filter((g) => g.level === 'objective');
    expect(objectives).toHaveLength(4);
    expect(objectives.every((g) => g.parents.includes('tioarsplan'))).toBe(true);
  });
});

describe('Göteborg ÄVO 2024: prioritisation', () => {
  // seed: goteborg-avo-digitaliseringsplan-2024.txt:339-357: four principles, cost vs benefit first.
  it('keeps the four principles in order, with the legal principle as the mandatory flag', () => {
    expect(backlog.method).toBe('ordered');
    expect(backlog.criteria.map((c) => c.source)).toEqual([
      'score',
      'score',
      'mandatory',
      'dependency-order',
    ]);
    expect(backlog.criteria[0]?.title).toContain('Kostnad');
    // seed: goteborg-avo-digitaliseringsplan-2024.txt:361-364: four follow-up dimensions.
    expect(backlog.dimensions).toHaveLength(4);
  });

  it('ranks the unscored development areas in input order and says why', () => {
    const ranked = rankBacklog(backlog);
    expect(ranked.map((r) => r.item.id)).toEqual(backlog.items.map((i) => i.id));
    expect(ranked[0]?.reason.sv).toContain('Saknar värde');
    const unscored = auditBacklog(backlog).filter((f) => f.code === 'effects/item-not-scored');
    expect(unscored).toHaveLength(backlog.items.length);
  });

  it('puts a mandatory item first and honours dependencies once items are scored', () => {
    const scored = backlogSchema.parse({
      ...(backlogEnvelope.document as object),
      items: [
        { id: 'a', title: 'Hög nytta', scores: { 'kostnad-nytta': '5', helhetsperspektiv: '1' } },
        {
          id: 'b',
          title: 'Helhet',
          scores: { 'kostnad-nytta': '3', helhetsperspektiv: '5' },
          dependsOn: ['c'],
        },
        {
          id: 'c',
          title: 'Lagkrav',
          mandatory: true,
          scores: { 'kostnad-nytta': '1', helhetsperspektiv: '1' },
        },
        { id: 'd', title: 'Låg', scores: { 'kostnad-nytta': '3', helhetsperspektiv: '1' } },
      ],
    });
    // Mandatory c first; then cost-benefit decides (a: 5), ties broken by the next principle (b over d).
    expect(rankBacklog(scored).map((r) => r.item.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});
