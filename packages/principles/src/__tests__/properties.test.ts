// Property tests: invariants of evaluation and summary, and fuzzed input never crashes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditResponse, auditTemplate } from '../audit.js';
import { lintTemplate } from '../lint.js';
import type { AnswerValue, ChecklistResponse, Choice, Question, Template } from '../model.js';
import { parseResponse, parseTemplate } from '../parse.js';
import { escapeHtml, renderResponseHtml } from '../render-html.js';
import { escapeMarkdown, renderResponseMarkdown } from '../render-markdown.js';
import { summarizeResponse } from '../summary.js';
import { responseTable, summaryTable } from '../tables.js';
import { readEnvelope } from './fixtures.js';

/**
 * Any code point, lone surrogates included: the domain of fast-check's `unit: 'binary'`, whose
 * first use builds tables for ~2 s (a minute on a loaded CI machine, past the test timeout).
 */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'constructor', 'to-string'];
const idArb = fc.constantFrom(...ids);
const text = { sv: 'F', en: 'Q' };

const conditionArb = fc.option(
  fc.record({
    question: idArb,
    equals: fc.constantFrom<Choice | number>('yes', 'no', 'positive', 3),
  }),
  { nil: undefined },
);

const questionArb: fc.Arbitrary<Question> = fc
  .tuple(
    idArb,
    fc.constantFrom('yes-no', 'yes-no-na', 'rating', 'scale', 'text'),
    conditionArb,
    fc.boolean(),
    fc.subarray(['gender-equality', 'rural', 'accessibility']),
  )
  .map(([id, type, enabledWhen, required, principles]): Question => {
    const common = {
      id,
      text,
      required,
      principles,
      ...(enabledWhen === undefined ? {} : { enabledWhen }),
    };
    switch (type) {
      case 'yes-no':
        return { ...common, type, favourable: ['yes'] };
      case 'yes-no-na':
        return { ...common, type, favourable: ['no'] };
      case 'rating':
        return { ...common, type, favourable: ['positive', 'neutral'] };
      case 'scale':
        return { ...common, type, min: 1, max: 5, favourable: { min: 4, max: 5 } };
      default:
        return { ...common, type: 'text' };
    }
  });

const templateArb: fc.Arbitrary<Template> = fc
  .array(
    fc.record({
      id: idArb,
      questions: fc.array(questionArb, { maxLength: 5 }),
      rule: fc.constantFrom(undefined, 'unfavourable', 'always'),
      principles: fc.subarray(['gender-equality', 'rural', 'accessibility']),
    }),
    { maxLength: 4 },
  )
  .map((sections) => ({
    id: 'fuzz',
    version: 1,
    title: text,
    sections: sections.map((s) => ({
      id: s.id,
      title: text,
      principles: s.principles,
      questions: s.questions,
      ...(s.rule === undefined ? {} : { justification: { when: s.rule } }),
    })),
  }));

const answerArb: fc.Arbitrary<AnswerValue> = fc.oneof(
  fc.constantFrom(
    'yes',
    'no',
    'ja',
    'nej',
    'not-applicable',
    'positive',
    'neutral',
    'negative',
    '',
    ' ',
  ),
  fc.integer({ min: -2, max: 8 }),
  fc.boolean(),
  fc.constant(null),
  fc.string(),
);

const responseArb: fc.Arbitrary<ChecklistResponse> = fc
  .record({
    answers: fc.dictionary(fc.oneof(idArb, fc.string()), answerArb),
    justifications: fc.dictionary(fc.oneof(idArb, fc.string()), fc.string()),
    version: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ answers, justifications, version }) => ({
    case: { title: 'Ärende' },
    template: { id: 'fuzz', version },
    answers,
    justifications,
  }));

describe('properties', () => {
  it('summary counts add up: every question is counted once, overall is the sum', () => {
    fc.assert(
      fc.property(templateArb, responseArb, (template, response) => {
        const summary = summarizeResponse(response, template);
        summary.sections.forEach((s, i) => {
          const total =
            s.favourable +
            s.unfavourable +
            s.notApplicable +
            s.answered +
            s.unanswered +
            s.invalid +
            s.disabled;
          expect(total).toBe(template.sections[i]?.questions.length);
        });
        const all = template.sections.reduce((a, s) => a + s.questions.length, 0);
        const o = summary.overall;
        expect(
          o.favourable +
            o.unfavourable +
            o.notApplicable +
            o.answered +
            o.unanswered +
            o.invalid +
            o.disabled,
        ).toBe(all);
        expect(o.needsAttention).toBe(o.reasons.length > 0);
      }),
    );
  });

  it('audit and summary agree on unanswered required questions (same template version)', () => {
    fc.assert(
      fc.property(templateArb, responseArb, (template, r) => {
        const response = { ...r, template: { id: 'fuzz', version: 1 } };
        const unanswered = auditResponse(response, template).filter(
          (f) => f.code === 'principles/unanswered-required',
        );
        const reasons = summarizeResponse(response, template).overall.reasons.filter(
          (x) => x.kind === 'unanswered-required',
        );
        expect(unanswered.length).toBe(reasons.length);
      }),
    );
  });

  it('templates whose conditions only point backwards have no condition-order or cycle findings', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 10 }), { minLength: 1, maxLength: 12 }), (pointers) => {
        const questions = pointers.map((p, i): Question => ({
          id: `q${i}`,
          type: 'yes-no',
          text,
          favourable: ['yes'],
          ...(i > 0 && p % 2 === 0
            ? { enabledWhen: { question: `q${p % i}`, equals: 'yes' as const } }
            : {}),
        }));
        const codes = lintTemplate({
          id: 't',
          version: 1,
          title: text,
          sections: [{ id: 's', title: text, questions }],
        }).map((f) => f.code);
        expect(codes).toEqual([]);
      }),
    );
  });

  it('fuzzed templates and responses never crash audit, summary, tables or rendering', () => {
    fc.assert(
      fc.property(templateArb, responseArb, (template, response) => {
        for (const f of [...auditTemplate(template), ...auditResponse(response, template)]) {
          expect(f.code).toMatch(/^principles\//);
          expect(Array.isArray(f.path)).toBe(true);
          expect(f.message.sv.length).toBeGreaterThan(0);
          expect(f.message.en.length).toBeGreaterThan(0);
        }
        const summary = summarizeResponse(response, template);
        summaryTable(summary);
        responseTable(response, template);
        renderResponseMarkdown(response, template);
        const html = renderResponseHtml(response, template);
        const questionCount = template.sections.reduce((a, s) => a + s.questions.length, 0);
        expect(html.match(/<fieldset/g)?.length ?? 0).toBe(questionCount);
      }),
    );
  });

  it('escaped Markdown and HTML leave no active syntax in user text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            anyCodePoint,
            fc.constantFrom(
              '`',
              '*',
              '_',
              '[',
              ']',
              '<',
              '>',
              '|',
              '~',
              '&',
              '#',
              '\\',
              '\r',
              '\n',
              ' ',
              '"',
              "'",
            ),
          ),
        }),
        (s) => {
          // Remove every escape pair; what is left must hold no syntax character.
          expect(escapeMarkdown(s).replace(/\\[\s\S]/g, '')).not.toMatch(/[`*_[\]<>|~&\r\n]/);
          expect(escapeHtml(s)).not.toMatch(/[<>"']/);
        },
      ),
    );
  });

  it('parsers never throw and report every rejection as a finding with a path', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        for (const result of [parseTemplate(input), parseResponse(input)]) {
          if (!result.ok) {
            expect(result.error.length).toBeGreaterThan(0);
            for (const f of result.error) {
              expect(f.code).toMatch(/^principles\/invalid-(template|response)$/);
              expect(Array.isArray(f.path)).toBe(true);
            }
          }
        }
      }),
    );
  });

  it('mutated reference documents either parse or are rejected with findings', () => {
    const docs = [
      readEnvelope('checklist-template.yaml').document,
      readEnvelope('checklist-response-2.yaml').document,
    ];
    const mutate = (value: unknown, path: string[], replacement: unknown): unknown => {
      if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
      const [head, ...rest] = path as [string, ...string[]];
      const copy: Record<string, unknown> = Array.isArray(value)
        ? ([...(value as unknown[])] as never)
        : { ...value };
      copy[head] = mutate((value as Record<string, unknown>)[head], rest, replacement);
      return copy;
    };
    const keys = (value: unknown): string[][] => {
      if (typeof value !== 'object' || value === null) return [[]];
      return [
        [],
        ...Object.keys(value).flatMap((k) =>
          keys((value as Record<string, unknown>)[k]).map((p) => [k, ...p]),
        ),
      ];
    };
    for (const doc of docs) {
      const paths = keys(doc);
      fc.assert(
        fc.property(fc.constantFrom(...paths), fc.anything(), (path, replacement) => {
          const input = mutate(doc, path, replacement);
          const t = parseTemplate(input);
          const r = parseResponse(input);
          for (const result of [t, r])
            if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
          if (t.ok) auditTemplate(t.value);
          if (r.ok && t.ok) auditResponse(r.value, t.value);
        }),
        { numRuns: 300 },
      );
    }
  });
});
