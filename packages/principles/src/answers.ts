import type { AnswerValue, Choice, Question } from './model.js';

/**
 * A raw answer read against its question: blank, a choice, a score, free text, or invalid
 * (the answer does not fit the question type; `expected` and `actual` say how).
 *
 * @example
 * ```ts
 * const a: InterpretedAnswer = { kind: 'choice', choice: 'no' };
 * ```
 */
export type InterpretedAnswer =
  | { kind: 'blank' }
  | { kind: 'choice'; choice: Choice }
  | { kind: 'score'; score: number }
  | { kind: 'text'; text: string }
  | { kind: 'invalid'; expected: string; actual: string };

/**
 * How one question came out in a response. `answered` is an answer without polarity (free
 * text, a routing question); `disabled` is a question whose condition does not hold.
 *
 * @example
 * ```ts
 * const o: AnswerOutcome = 'unfavourable';
 * ```
 */
export type AnswerOutcome =
  | 'favourable'
  | 'unfavourable'
  | 'not-applicable'
  | 'answered'
  | 'unanswered'
  | 'disabled'
  | 'invalid';

// Swedish and English spellings people actually type; keys are trimmed lower case.
const CHOICE_ALIASES: Readonly<Record<string, Choice>> = {
  yes: 'yes',
  ja: 'yes',
  no: 'no',
  nej: 'no',
  'not-applicable': 'not-applicable',
  'not applicable': 'not-applicable',
  na: 'not-applicable',
  'n/a': 'not-applicable',
  'ej aktuellt': 'not-applicable',
  'ej aktuell': 'not-applicable',
  'ej tillämpligt': 'not-applicable',
  'ej tillämplig': 'not-applicable',
  positive: 'positive',
  positiv: 'positive',
  neutral: 'neutral',
  negative: 'negative',
  negativ: 'negative',
};

const ALLOWED_CHOICES: Readonly<Record<'yes-no' | 'yes-no-na' | 'rating', readonly Choice[]>> = {
  'yes-no': ['yes', 'no'],
  'yes-no-na': ['yes', 'no', 'not-applicable'],
  rating: ['positive', 'neutral', 'negative'],
};

/**
 * The answers a question accepts, as shown in a finding's `expected`
 * (`"yes | no"`, `"integer 1..5"`, `"text"`).
 *
 * @example
 * ```ts
 * describeExpectedAnswer({ id: 'q', type: 'yes-no', text: { sv: 'F', en: 'Q' } }); // 'yes | no'
 * ```
 */
export function describeExpectedAnswer(question: Question): string {
  switch (question.type) {
    case 'yes-no':
    case 'yes-no-na':
    case 'rating':
      return ALLOWED_CHOICES[question.type].join(' | ');
    case 'scale':
      return `integer ${question.min}..${question.max}`;
    case 'text':
      return 'text';
  }
}

function isBlank(value: AnswerValue | undefined): value is null | undefined | '' {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

function showActual(value: AnswerValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function interpretChoice(
  allowed: readonly Choice[],
  value: AnswerValue,
  expected: string,
): InterpretedAnswer {
  let choice: Choice | undefined;
  if (typeof value === 'boolean') {
    // YAML 1.1 readers turn yes/no into booleans; read them back as the choice they were.
    choice = value ? 'yes' : 'no';
  } else if (typeof value === 'string') {
    choice = CHOICE_ALIASES[value.trim().toLowerCase()];
  }
  if (choice !== undefined && allowed.includes(choice)) {
    return { kind: 'choice', choice };
  }
  return { kind: 'invalid', expected, actual: showActual(value) };
}

function interpretScore(min: number, max: number, value: AnswerValue): InterpretedAnswer {
  const expected = `integer ${min}..${max}`;
  const score =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)
        ? Number.parseInt(value, 10)
        : Number.NaN;
  if (Number.isInteger(score) && score >= min && score <= max) {
    return { kind: 'score', score };
  }
  return { kind: 'invalid', expected, actual: showActual(value) };
}

/**
 * Reads a raw answer against its question. Never throws: an answer that does not fit the
 * question type comes back as `{ kind: 'invalid' }`.
 *
 * @example
 * ```ts
 * const q = { id: 'q', type: 'yes-no', text: { sv: 'F', en: 'Q' } } as const;
 * interpretAnswer(q, 'Nej'); // { kind: 'choice', choice: 'no' }
 * interpretAnswer(q, 3); // { kind: 'invalid', expected: 'yes | no', actual: '3' }
 * ```
 */
export function interpretAnswer(
  question: Question,
  value: AnswerValue | undefined,
): InterpretedAnswer {
  if (isBlank(value)) return { kind: 'blank' };
  switch (question.type) {
    case 'yes-no':
    case 'yes-no-na':
    case 'rating':
      return interpretChoice(
        ALLOWED_CHOICES[question.type],
        value,
        describeExpectedAnswer(question),
      );
    case 'scale':
      return interpretScore(question.min, question.max, value);
    case 'text':
      return typeof value === 'string'
        ? { kind: 'text', text: value }
        : { kind: 'invalid', expected: 'text', actual: showActual(value) };
  }
}

/**
 * Classifies an enabled question's answer as favourable, unfavourable, not applicable,
 * answered (no polarity defined), unanswered or invalid.
 *
 * @example
 * ```ts
 * const q = { id: 'risk', type: 'yes-no', text: { sv: 'Risk?', en: 'Risk?' }, favourable: ['no'] } as const;
 * classifyAnswer(q, { kind: 'choice', choice: 'no' }); // 'favourable' (reverse polarity)
 * ```
 */
export function classifyAnswer(
  question: Question,
  answer: InterpretedAnswer,
): Exclude<AnswerOutcome, 'disabled'> {
  switch (answer.kind) {
    case 'blank':
      return 'unanswered';
    case 'invalid':
      return 'invalid';
    case 'text':
      return 'answered';
    case 'score': {
      if (question.type !== 'scale' || question.favourable === undefined) return 'answered';
      const { min, max } = question.favourable;
      return answer.score >= min && answer.score <= max ? 'favourable' : 'unfavourable';
    }
    case 'choice': {
      if (answer.choice === 'not-applicable') return 'not-applicable';
      if (question.type === 'scale' || question.type === 'text') return 'answered';
      const favourable: readonly Choice[] | undefined = question.favourable;
      if (favourable === undefined || favourable.length === 0) return 'answered';
      return favourable.includes(answer.choice) ? 'favourable' : 'unfavourable';
    }
  }
}

/**
 * Whether an interpreted answer satisfies a condition's `equals` value.
 *
 * @example
 * ```ts
 * answerEquals({ kind: 'choice', choice: 'yes' }, 'yes'); // true
 * ```
 */
export function answerEquals(answer: InterpretedAnswer, equals: Choice | number): boolean {
  if (answer.kind === 'choice') return answer.choice === equals;
  if (answer.kind === 'score') return answer.score === equals;
  return false;
}
