// Golden tests from the Sala meeting pack (seed: sala-san-kallelse-2023-06-15.txt).
// Expected figures are computed from the seed text and the dataset, never typed in.
import { describe, expect, it } from 'vitest';
import { auditResponse, auditTemplate } from '../audit.js';
import { evaluateResponse } from '../evaluate.js';
import { summarizeResponse } from '../summary.js';
import {
  citedAnswerLines,
  loadResponse,
  loadTemplate,
  readEnvelope,
  seedAnswer,
  seedLine,
} from './fixtures.js';

const template = loadTemplate();

describe('reference dataset matches the seed', () => {
  it('has the envelope kinds the plugin declares', () => {
    expect(readEnvelope('checklist-template.yaml').kind).toBe('principles/template');
    expect(readEnvelope('checklist-response-1.yaml').kind).toBe('principles/response');
    expect(readEnvelope('checklist-response-2.yaml').kind).toBe('principles/response');
  });

  it.each([1, 2] as const)('response %i records every tick box as the seed shows it', (n) => {
    // seed: sala-san-kallelse-2023-06-15.txt:222-243 (copy 1) and :313-333 (copy 2)
    const response = loadResponse(n);
    const cited = citedAnswerLines(`checklist-response-${n}.yaml`);
    const questionCount = template.sections.reduce((a, s) => a + s.questions.length, 0);
    expect(cited).toHaveLength(questionCount);
    for (const { id, line } of cited) {
      expect(response.answers[id] ?? null, `${id} (seed line ${line})`).toBe(seedAnswer(line));
    }
  });

  it('cites seed lines that hold the section headings', () => {
    // seed: sala-san-kallelse-2023-06-15.txt:220, 229, 237-238
    expect(seedLine(220)).toContain('Barnperspektivet');
    expect(seedLine(229)).toContain('Landsbygdsperspektivet');
    expect(seedLine(238)).toContain('jämställdhet');
  });
});

describe('template lint on the Sala checklist', () => {
  it('reports gender equality as named but not asked, and nothing else', () => {
    // seed: sala-san-kallelse-2023-06-15.txt:237-243: the heading names jämställdhet, no question asks it
    const findings = auditTemplate(template);
    const horizontal = template.sections.findIndex((s) => s.id === 'horizontal');
    const principleIndex = template.sections[horizontal]?.principles?.indexOf('gender-equality');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'principles/principle-not-asked',
      severity: 'warning',
      path: ['sections', horizontal, 'principles', principleIndex],
      actual: 'gender-equality',
    });
    expect(findings[0]?.message.sv).toContain('gender-equality');
  });
});

describe('response 1 (agenda item 5)', () => {
  const response = loadResponse(1);

  it('is complete: no errors, no missing justification', () => {
    // seed: sala-san-kallelse-2023-06-15.txt:222-244
    const findings = auditResponse(response, template);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.code)).toEqual(['principles/not-signed']);
  });

  it('needs no justification: the horizontal section has no unfavourable answer', () => {
    // seed: sala-san-kallelse-2023-06-15.txt:240, 242 are reverse polarity, NEJ ticked
    const summary = summarizeResponse(response, template);
    const horizontal = summary.sections.find((s) => s.sectionId === 'horizontal');
    expect(horizontal?.unfavourable).toBe(0);
    expect(horizontal?.favourable).toBe(
      template.sections.find((s) => s.id === 'horizontal')?.questions.length,
    );
    expect(horizontal?.needsAttention).toBe(false);
  });

  it('counts favourable and unfavourable answers from the ticked boxes', () => {
    const summary = summarizeResponse(response, template);
    const evaluated = evaluateResponse(response, template);
    // Expected counts from the template's polarity applied to the seed's ticks.
    let favourable = 0;
    let unfavourable = 0;
    for (const { id, line } of citedAnswerLines('checklist-response-1.yaml')) {
      const question = evaluated.sections
        .flatMap((s) => s.questions)
        .find((q) => q.question.id === id);
      const answer = seedAnswer(line);
      if (question === undefined || answer === null || question.question.type !== 'yes-no')
        continue;
      const good = question.question.favourable;
      if (good === undefined || good.length === 0) continue;
      if (good.includes(answer)) favourable += 1;
      else unfavourable += 1;
    }
    expect(summary.overall.favourable).toBe(favourable);
    expect(summary.overall.unfavourable).toBe(unfavourable);
    // The one unfavourable answer: children were not heard (seed line 225, NEJ ticked).
    expect(seedAnswer(225)).toBe('no');
    expect(summary.overall.reasons.map((r) => [r.kind, r.questionId])).toEqual([
      ['unfavourable', 'child-heard'],
    ]);
  });

  it('needs no answers to the rural follow-ups when the first rural question is no', () => {
    // seed: sala-san-kallelse-2023-06-15.txt:231 NEJ, 233-235 left empty
    expect(seedAnswer(231)).toBe('no');
    const rural = evaluateResponse(response, template).sections.find(
      (s) => s.section.id === 'rural',
    );
    const followUps = rural?.questions.filter((q) => q.question.enabledWhen !== undefined) ?? [];
    expect(followUps).toHaveLength(3);
    for (const q of followUps) {
      expect(q.enabled).toBe(false);
      expect(q.outcome).toBe('disabled');
    }
    const findings = auditResponse(response, template);
    expect(findings.filter((f) => String(f.path[1]).startsWith('rural-'))).toEqual([]);
  });
});

describe('response 2 (agenda item 6)', () => {
  const response = loadResponse(2);

  it('reports the last horizontal-principles question as unanswered, with its path', () => {
    // seed: sala-san-kallelse-2023-06-15.txt:333 neither JA nor NEJ ticked
    expect(seedAnswer(333)).toBeNull();
    const lastQuestion = template.sections.find((s) => s.id === 'horizontal')?.questions.at(-1);
    const errors = auditResponse(response, template).filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: 'principles/unanswered-required',
      path: ['answers', lastQuestion?.id],
    });
    expect(errors[0]?.message.en).toContain('unanswered');
  });

  it('summarises one unanswered question and no rural follow-up as unanswered', () => {
    // seed: sala-san-kallelse-2023-06-15.txt:322 NEJ, 324-326 empty
    const summary = summarizeResponse(response, template);
    expect(summary.overall.unanswered).toBe(1);
    expect(summary.sections.find((s) => s.sectionId === 'rural')).toMatchObject({
      unanswered: 0,
      disabled: 3,
      needsAttention: false,
    });
    expect(summary.sections.find((s) => s.sectionId === 'horizontal')?.reasons).toEqual([
      expect.objectContaining({ kind: 'unanswered-required', questionId: 'hp-crpd' }),
    ]);
  });

  it('differs from response 1 only in that question', () => {
    const first = loadResponse(1).answers;
    const changed = Object.keys(response.answers).filter(
      (id) => first[id] !== response.answers[id],
    );
    expect(changed).toEqual(['hp-crpd']);
  });
});
