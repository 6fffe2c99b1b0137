import type { Path } from '@styrkit/core';
import { interpretAnswer } from './answers.js';
import { principlesCodes, type PrinciplesFinding } from './codes.js';
import type { Question, Template } from './model.js';

interface Located {
  readonly question: Question;
  readonly path: Path;
  /** Position in reading order across all sections. */
  readonly order: number;
}

function locateQuestions(template: Template): Located[] {
  const located: Located[] = [];
  template.sections.forEach((section, s) => {
    section.questions.forEach((question, q) => {
      located.push({ question, path: ['sections', s, 'questions', q], order: located.length });
    });
  });
  return located;
}

function duplicateIdFindings(template: Template, located: readonly Located[]): PrinciplesFinding[] {
  const findings: PrinciplesFinding[] = [];
  const report = (id: string, path: Path, what: 'section' | 'question'): void => {
    findings.push(
      principlesCodes.create('principles/duplicate-id', { path, actual: id, data: { id, what } }),
    );
  };
  const sectionIds = new Set<string>();
  template.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) report(section.id, ['sections', s, 'id'], 'section');
    sectionIds.add(section.id);
  });
  const questionIds = new Set<string>();
  for (const { question, path } of located) {
    if (questionIds.has(question.id)) report(question.id, [...path, 'id'], 'question');
    questionIds.add(question.id);
  }
  return findings;
}

function conditionFindings(located: readonly Located[]): PrinciplesFinding[] {
  const findings: PrinciplesFinding[] = [];
  const firstById = new Map<string, Located>();
  for (const l of located) if (!firstById.has(l.question.id)) firstById.set(l.question.id, l);

  for (const l of located) {
    const condition = l.question.enabledWhen;
    if (condition === undefined) continue;
    const path = [...l.path, 'enabledWhen', 'question'];
    const target = firstById.get(condition.question);
    if (target === undefined) {
      findings.push(
        principlesCodes.create('principles/condition-unknown-question', {
          path,
          actual: condition.question,
          data: { question: l.question.id, controller: condition.question },
        }),
      );
      continue;
    }
    if (target.order >= l.order) {
      findings.push(
        principlesCodes.create('principles/condition-forward-reference', {
          path,
          actual: condition.question,
          data: { question: l.question.id, controller: condition.question },
        }),
      );
    }
    // The condition value must be an answer the controlling question can actually receive.
    const reachable = interpretAnswer(target.question, condition.equals).kind;
    if (reachable !== 'choice' && reachable !== 'score') {
      findings.push(
        principlesCodes.create('principles/condition-impossible-answer', {
          path: [...l.path, 'enabledWhen', 'equals'],
          actual: String(condition.equals),
          data: { controller: condition.question, value: String(condition.equals) },
        }),
      );
    }
  }
  return [...findings, ...cycleFindings(located, firstById)];
}

function cycleFindings(
  located: readonly Located[],
  firstById: ReadonlyMap<string, Located>,
): PrinciplesFinding[] {
  // Each question has at most one condition, so the graph is a functional graph: walk each
  // chain once and report every cycle at its first member in reading order.
  const findings: PrinciplesFinding[] = [];
  const state = new Map<string, 'active' | 'done'>();
  for (const start of located) {
    const chain: Located[] = [];
    let current: Located | undefined = start;
    while (current !== undefined && !state.has(current.question.id)) {
      state.set(current.question.id, 'active');
      chain.push(current);
      const next: string | undefined = current.question.enabledWhen?.question;
      current = next === undefined ? undefined : firstById.get(next);
    }
    if (current !== undefined && state.get(current.question.id) === 'active') {
      const loopStart = chain.indexOf(current);
      const loop = chain.slice(loopStart);
      const first = loop.reduce((a, b) => (b.order < a.order ? b : a));
      const cycle = loop.map((l) => l.question.id);
      findings.push(
        principlesCodes.create('principles/condition-cycle', {
          path: [...first.path, 'enabledWhen'],
          actual: cycle.join(' → '),
          data: { cycle },
        }),
      );
    }
    for (const l of chain) state.set(l.question.id, 'done');
  }
  return findings;
}

function principleFindings(template: Template): PrinciplesFinding[] {
  const findings: PrinciplesFinding[] = [];
  template.sections.forEach((section, s) => {
    const asked = new Set(section.questions.flatMap((q) => q.principles ?? []));
    (section.principles ?? []).forEach((principle, p) => {
      if (asked.has(principle)) return;
      findings.push(
        principlesCodes.create('principles/principle-not-asked', {
          path: ['sections', s, 'principles', p],
          actual: principle,
          data: { section: section.title, principle },
        }),
      );
    });
    if (section.questions.length === 0) {
      findings.push(
        principlesCodes.create('principles/empty-section', {
          path: ['sections', s, 'questions'],
          data: { section: section.title },
        }),
      );
    }
  });
  return findings;
}

function questionShapeFindings(
  template: Template,
  located: readonly Located[],
): PrinciplesFinding[] {
  const findings: PrinciplesFinding[] = [];
  const references = template.references ?? {};
  for (const { question, path } of located) {
    if (question.type !== 'text' && question.favourable === undefined) {
      findings.push(
        principlesCodes.create('principles/no-favourable-answer', {
          path: [...path, 'favourable'],
          data: { question: question.id },
        }),
      );
    }
    if (question.type === 'scale') {
      const range = question.favourable;
      const badRange =
        range !== undefined &&
        (range.min > range.max || range.min < question.min || range.max > question.max);
      if (question.min >= question.max || badRange) {
        findings.push(
          principlesCodes.create('principles/invalid-scale', {
            path,
            actual: `${question.min}..${question.max}`,
            data: { question: question.id },
          }),
        );
      }
    }
    (question.references ?? []).forEach((ref, r) => {
      if (Object.hasOwn(references, ref)) return;
      findings.push(
        principlesCodes.create('principles/unknown-reference', {
          path: [...path, 'references', r],
          actual: ref,
          data: { question: question.id, reference: ref },
        }),
      );
    });
  }
  return findings;
}

/**
 * Lints a template: duplicate ids, conditions that point to unknown or later questions,
 * cannot hold or form a cycle, principles a section names but no question asks, questions
 * without a favourable answer, invalid scales, unknown references and empty sections.
 *
 * @example
 * ```ts
 * import { lintTemplate, ruralImpactTemplate } from '@styrkit/principles';
 * const sections = ruralImpactTemplate.sections.map((s) => ({ ...s, principles: [...s.principles, 'gender-equality'] }));
 * lintTemplate({ ...ruralImpactTemplate, sections }).map((f) => f.code); // ['principles/principle-not-asked']
 * ```
 */
export function lintTemplate(template: Template): PrinciplesFinding[] {
  const located = locateQuestions(template);
  return [
    ...duplicateIdFindings(template, located),
    ...conditionFindings(located),
    ...principleFindings(template),
    ...questionShapeFindings(template, located),
  ];
}
