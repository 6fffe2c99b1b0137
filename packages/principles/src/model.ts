import { isoDateSchema, localizedTextSchema } from '@styrkit/core';
import * as z from 'zod';

/** Ids of questions, sections, templates and references: lower-case words joined by hyphens. */
const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');

/**
 * A principle a section covers or a question asks about, e.g. `gender-equality` or `rural`.
 *
 * Free ids so a municipality can add its own; {@link KNOWN_PRINCIPLES} holds the labelled defaults.
 *
 * @example
 * ```ts
 * principleIdSchema.parse('gender-equality');
 * ```
 */
export const principleIdSchema = idSchema;

/**
 * A choice a closed question can be answered with. `not-applicable` only for `yes-no-na`,
 * `positive`/`neutral`/`negative` only for `rating`.
 *
 * @example
 * ```ts
 * choiceSchema.parse('not-applicable');
 * ```
 */
export const choiceSchema = z.enum([
  'yes',
  'no',
  'not-applicable',
  'positive',
  'neutral',
  'negative',
]);

/**
 * A choice answer: see {@link choiceSchema}.
 *
 * @example
 * ```ts
 * const c: Choice = 'yes';
 * ```
 */
export type Choice = z.infer<typeof choiceSchema>;

/**
 * A condition that enables a question: the earlier question `question` must be enabled and
 * answered with `equals` (a choice, or a number on a scale question).
 *
 * @example
 * ```ts
 * conditionSchema.parse({ question: 'rural-consequences', equals: 'yes' });
 * ```
 */
export const conditionSchema = z.object({
  question: idSchema,
  equals: z.union([choiceSchema, z.number().int()]),
});

/**
 * Type of {@link conditionSchema}.
 *
 * @example
 * ```ts
 * const c: Condition = { question: 'rural-consequences', equals: 'yes' };
 * ```
 */
export type Condition = z.infer<typeof conditionSchema>;

const questionBase = {
  id: idSchema,
  text: localizedTextSchema,
  /** Absent means required: a blank checklist answer is the failure the package exists to catch. */
  required: z.boolean().optional(),
  principles: z.array(principleIdSchema).optional(),
  references: z.array(idSchema).optional(),
  help: localizedTextSchema.optional(),
  enabledWhen: conditionSchema.optional(),
};

const yesNoQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('yes-no'),
  favourable: z.array(z.enum(['yes', 'no'])).optional(),
});

const yesNoNaQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('yes-no-na'),
  favourable: z.array(z.enum(['yes', 'no', 'not-applicable'])).optional(),
});

const ratingQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('rating'),
  favourable: z.array(z.enum(['positive', 'neutral', 'negative'])).optional(),
});

const scaleQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('scale'),
  min: z.number().int(),
  max: z.number().int(),
  /** Inclusive range of favourable scores. */
  favourable: z.object({ min: z.number().int(), max: z.number().int() }).optional(),
});

const textQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('text'),
});

/**
 * One question of a checklist. `type` decides the allowed answers: `yes-no`, `yes-no-na`,
 * `rating` (positive / neutral / negative), `scale` (integer min..max) or `text`.
 * `favourable` lists the good answers; `[]` marks a deliberate routing question with no
 * good or bad answer, and an absent `favourable` is reported by the template lint.
 *
 * @example
 * ```ts
 * questionSchema.parse({
 *   id: 'hp-accessibility-risk',
 *   type: 'yes-no',
 *   text: { sv: 'Finns risk att tillgängligheten begränsas?', en: 'Risk of limited accessibility?' },
 *   favourable: ['no'], // reverse polarity
 * });
 * ```
 */
export const questionSchema = z.discriminatedUnion('type', [
  yesNoQuestionSchema,
  yesNoNaQuestionSchema,
  ratingQuestionSchema,
  scaleQuestionSchema,
  textQuestionSchema,
]);

/**
 * Type of {@link questionSchema}.
 *
 * @example
 * ```ts
 * const q: Question = { id: 'q', type: 'text', text: { sv: 'Beskriv', en: 'Describe' } };
 * ```
 */
export type Question = z.infer<typeof questionSchema>;

/**
 * The answer type of a question.
 *
 * @example
 * ```ts
 * const t: AnswerType = 'yes-no-na';
 * ```
 */
export type AnswerType = Question['type'];

/**
 * A section's justification rule: when `when` is `unfavourable`, an unfavourable answer in the
 * section needs a written reason; `always` asks for a reason whatever the answers.
 *
 * @example
 * ```ts
 * justificationRuleSchema.parse({ when: 'unfavourable', prompt: { sv: 'Varför?', en: 'Why?' } });
 * ```
 */
export const justificationRuleSchema = z.object({
  when: z.enum(['unfavourable', 'always']),
  prompt: localizedTextSchema.optional(),
});

/**
 * A section: a titled group of questions, the principles it claims to cover and an optional
 * justification rule.
 *
 * @example
 * ```ts
 * sectionSchema.parse({ id: 'rural', title: { sv: 'Landsbygd', en: 'Rural' }, questions: [] });
 * ```
 */
export const sectionSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  principles: z.array(principleIdSchema).optional(),
  justification: justificationRuleSchema.optional(),
  questions: z.array(questionSchema),
});

/**
 * Type of {@link sectionSchema}.
 *
 * @example
 * ```ts
 * const s: Section = { id: 'rural', title: { sv: 'Landsbygd', en: 'Rural' }, questions: [] };
 * ```
 */
export type Section = z.infer<typeof sectionSchema>;

/**
 * A law, convention or guidance a question rests on.
 *
 * @example
 * ```ts
 * referenceSchema.parse({ title: { sv: 'Barnkonventionen', en: 'UNCRC' } });
 * ```
 */
export const referenceSchema = z.object({
  title: localizedTextSchema,
  url: z.url().optional(),
});

/**
 * An explanation of a term used in the checklist (begreppsförklaring).
 *
 * @example
 * ```ts
 * termSchema.parse({ term: { sv: 'Barn', en: 'Child' }, explanation: { sv: 'Under 18 år.', en: 'Under 18.' } });
 * ```
 */
export const termSchema = z.object({
  term: localizedTextSchema,
  explanation: localizedTextSchema,
});

/**
 * How answers made on an older template version map onto this one: `renames` maps old
 * question ids to new ones. Listed per starting version.
 *
 * @example
 * ```ts
 * templateMigrationSchema.parse({ from: 1, renames: { 'old-id': 'new-id' } });
 * ```
 */
export const templateMigrationSchema = z.object({
  from: z.number().int().positive(),
  renames: z.record(z.string(), idSchema).optional(),
});

/**
 * A checklist template (the `principles/template` document kind).
 *
 * @example
 * ```ts
 * const result = templateSchema.safeParse({
 *   id: 'mini', version: 1, title: { sv: 'Mini', en: 'Mini' },
 *   sections: [{ id: 's', title: { sv: 'S', en: 'S' }, questions: [] }],
 * });
 * ```
 */
export const templateSchema = z.object({
  id: idSchema,
  version: z.number().int().positive(),
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  references: z.record(z.string(), referenceSchema).optional(),
  terms: z.array(termSchema).optional(),
  migrations: z.array(templateMigrationSchema).optional(),
  sections: z.array(sectionSchema),
});

/**
 * Type of {@link templateSchema}.
 *
 * @example
 * ```ts
 * const t: Template = { id: 'mini', version: 1, title: { sv: 'Mini', en: 'Mini' }, sections: [] };
 * ```
 */
export type Template = z.infer<typeof templateSchema>;

/**
 * A raw answer as written in a response: a choice (`yes`, `no`, `not-applicable`, `positive`,
 * `neutral`, `negative`, Swedish `ja`/`nej`/`ej aktuellt` too), a boolean (yes/no), an integer
 * score, free text, or `null` for a question left blank. The template decides which is valid.
 *
 * @example
 * ```ts
 * answerValueSchema.parse('ja');
 * ```
 */
export const answerValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/**
 * Type of {@link answerValueSchema}.
 *
 * @example
 * ```ts
 * const a: AnswerValue = null; // left blank
 * ```
 */
export type AnswerValue = z.infer<typeof answerValueSchema>;

/**
 * The case (ärende) a response belongs to.
 *
 * @example
 * ```ts
 * caseRefSchema.parse({ title: 'Budget i balans', diarienummer: '2023/48', meetingDate: '2023-06-15' });
 * ```
 */
export const caseRefSchema = z.object({
  title: z.string().min(1),
  diarienummer: z.string().min(1).optional(),
  committee: z.string().min(1).optional(),
  meetingDate: isoDateSchema.optional(),
  agendaItem: z.number().int().positive().optional(),
});

/**
 * A filled-in checklist (the `principles/response` document kind).
 *
 * @example
 * ```ts
 * const result = responseSchema.safeParse({
 *   case: { title: 'Budget i balans' },
 *   template: { id: 'mini', version: 1 },
 *   answers: { 'child-heard': 'no' },
 * });
 * ```
 */
export const responseSchema = z.object({
  case: caseRefSchema,
  template: z.object({ id: idSchema, version: z.number().int().positive() }),
  answers: z.record(z.string(), answerValueSchema),
  /** Free remarks per question, printed beside the answer. */
  comments: z.record(z.string(), z.string()).optional(),
  /** Written reasons per section id, asked for by a section's justification rule. */
  justifications: z.record(z.string(), z.string()).optional(),
  signedBy: z.object({ name: z.string().min(1), role: z.string().min(1).optional() }).optional(),
  signedAt: isoDateSchema.optional(),
});

/**
 * Type of {@link responseSchema}.
 *
 * @example
 * ```ts
 * const r: ChecklistResponse = {
 *   case: { title: 'Budget i balans' }, template: { id: 'mini', version: 1 }, answers: {},
 * };
 * ```
 */
export type ChecklistResponse = z.infer<typeof responseSchema>;

/**
 * Type of {@link caseRefSchema}.
 *
 * @example
 * ```ts
 * const c: CaseRef = { title: 'Budget i balans', diarienummer: '2023/48' };
 * ```
 */
export type CaseRef = z.infer<typeof caseRefSchema>;
