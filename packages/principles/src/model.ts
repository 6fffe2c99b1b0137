import { fieldText, isoDateSchema, localizedTextSchema } from '@styrkit/core';
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
  question: idSchema.meta(
    fieldText('Id för frågan som villkoret läser', 'Id of the question the condition reads'),
  ),
  equals: z
    .union([choiceSchema, z.number().int()])
    .meta(
      fieldText(
        'Svaret (ett val eller ett heltal på en skala) som gör frågan aktiv',
        'The answer (a choice or a whole number on a scale) that enables the question',
      ),
    ),
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
  id: idSchema.meta(
    fieldText(
      'Frågans id, unikt i mallen; svaren nycklas med det',
      'Id of the question, unique in the template; answers are keyed by it',
    ),
  ),
  text: localizedTextSchema.meta(
    fieldText('Frågan på svenska och engelska', 'The question in Swedish and English'),
  ),
  /** Absent means required: a blank checklist answer is the failure the package exists to catch. */
  required: z
    .boolean()
    .optional()
    .meta(
      fieldText(
        'Falskt gör frågan frivillig; utelämnad betyder obligatorisk',
        'False makes the question optional; left out means required',
      ),
    ),
  principles: z
    .array(principleIdSchema)
    .optional()
    .meta(fieldText('Principer (id) som frågan prövar', 'Principles (ids) the question tests')),
  references: z
    .array(idSchema)
    .optional()
    .meta(
      fieldText(
        'Källor (nycklar i mallens references) som frågan bygger på',
        "Sources (keys of the template's references) the question rests on",
      ),
    ),
  help: localizedTextSchema
    .optional()
    .meta(fieldText('Hjälptext till den som svarar', 'Help text for the person answering')),
  enabledWhen: conditionSchema
    .optional()
    .meta(
      fieldText(
        'Villkor: frågan gäller bara när en annan fråga har ett visst svar',
        'Condition: the question applies only when another question has a given answer',
      ),
    ),
};

const yesNoQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('yes-no').meta(fieldText('Svarstyp: ja eller nej', 'Answer type: yes or no')),
  favourable: z
    .array(z.enum(['yes', 'no']))
    .optional()
    .meta(
      fieldText(
        'Svar som är gynnsamma; andra svar kan kräva motivering',
        'Answers that are favourable; others may require a justification',
      ),
    ),
});

const yesNoNaQuestionSchema = z.object({
  ...questionBase,
  type: z
    .literal('yes-no-na')
    .meta(
      fieldText('Svarstyp: ja, nej eller ej tillämplig', 'Answer type: yes, no or not applicable'),
    ),
  favourable: z
    .array(z.enum(['yes', 'no', 'not-applicable']))
    .optional()
    .meta(
      fieldText(
        'Svar som är gynnsamma; andra svar kan kräva motivering',
        'Answers that are favourable; others may require a justification',
      ),
    ),
});

const ratingQuestionSchema = z.object({
  ...questionBase,
  type: z
    .literal('rating')
    .meta(
      fieldText(
        'Svarstyp: positiv, neutral eller negativ påverkan',
        'Answer type: positive, neutral or negative impact',
      ),
    ),
  favourable: z
    .array(z.enum(['positive', 'neutral', 'negative']))
    .optional()
    .meta(
      fieldText(
        'Bedömningar som är gynnsamma; andra kan kräva motivering',
        'Ratings that are favourable; others may require a justification',
      ),
    ),
});

const scaleQuestionSchema = z.object({
  ...questionBase,
  type: z
    .literal('scale')
    .meta(fieldText('Svarstyp: ett heltal på en skala', 'Answer type: a whole number on a scale')),
  min: z.number().int().meta(fieldText('Skalans lägsta värde', 'Lowest value of the scale')),
  max: z.number().int().meta(fieldText('Skalans högsta värde', 'Highest value of the scale')),
  /** Inclusive range of favourable scores. */
  favourable: z
    .object({
      min: z.number().int().meta(fieldText('Lägsta gynnsamma värde', 'Lowest favourable value')),
      max: z.number().int().meta(fieldText('Högsta gynnsamma värde', 'Highest favourable value')),
    })
    .optional()
    .meta(
      fieldText('Gynnsamma värden, gränserna inräknade', 'Favourable values, both ends included'),
    ),
});

const textQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('text').meta(fieldText('Svarstyp: fritext', 'Answer type: free text')),
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
  when: z
    .enum(['unfavourable', 'always'])
    .meta(
      fieldText(
        'När motivering krävs: unfavourable (vid ett ogynnsamt svar) eller always (alltid)',
        'When a justification is required: unfavourable (after an unfavourable answer) or always',
      ),
    ),
  prompt: localizedTextSchema
    .optional()
    .meta(
      fieldText(
        'Uppmaning till den som motiverar',
        'Prompt for the person writing the justification',
      ),
    ),
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
  id: idSchema.meta(
    fieldText('Avsnittets id, unikt i mallen', 'Id of the section, unique in the template'),
  ),
  title: localizedTextSchema.meta(fieldText('Avsnittets rubrik', 'Title of the section')),
  principles: z
    .array(principleIdSchema)
    .optional()
    .meta(fieldText('Principer (id) som avsnittet prövar', 'Principles (ids) the section tests')),
  justification: justificationRuleSchema
    .optional()
    .meta(
      fieldText(
        'Regel för när avsnittet kräver en skriftlig motivering',
        'Rule for when the section requires a written justification',
      ),
    ),
  questions: z
    .array(questionSchema)
    .meta(fieldText('Avsnittets frågor i ordning', 'Questions of the section, in order')),
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
  title: localizedTextSchema.meta(fieldText('Källans titel', 'Title of the source')),
  url: z.url().optional().meta(fieldText('Länk till källan', 'Link to the source')),
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
  term: localizedTextSchema.meta(fieldText('Begreppet', 'The term')),
  explanation: localizedTextSchema.meta(
    fieldText('Förklaring av begreppet', 'Explanation of the term'),
  ),
});

/** The most migrations a template may list. */
const MAX_TEMPLATE_MIGRATIONS = 200;

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
  from: z
    .number()
    .int()
    .positive()
    .meta(
      fieldText('Mallversionen som svar flyttas från', 'Template version that answers move from'),
    ),
  renames: z
    .record(z.string(), idSchema)
    .optional()
    .meta(
      fieldText(
        'Frågor som bytt id: gammalt id → nytt id',
        'Questions that changed id: old id → new id',
      ),
    ),
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
  id: idSchema.meta(
    fieldText(
      'Mallens id (små bokstäver, siffror och bindestreck)',
      'Id of the template (lower-case letters, digits and hyphens)',
    ),
  ),
  version: z
    .number()
    .int()
    .positive()
    .meta(
      fieldText(
        'Mallens version; ett svar anger vilken version det besvarar',
        'Version of the template; a response names the version it answers',
      ),
    ),
  title: localizedTextSchema.meta(fieldText('Mallens titel', 'Title of the template')),
  description: localizedTextSchema
    .optional()
    .meta(fieldText('Vad mallen är till för', 'What the template is for')),
  references: z
    .record(z.string(), referenceSchema)
    .optional()
    .meta(
      fieldText(
        'Källor som frågorna hänvisar till, per nyckel',
        'Sources the questions refer to, by key',
      ),
    ),
  terms: z
    .array(termSchema)
    .optional()
    .meta(fieldText('Begrepp som mallen förklarar', 'Terms the template explains')),
  migrations: z
    .array(templateMigrationSchema)
    // Each step copies a response's answers: 200 versions is far past any template, and keeps
    // a response of many answers over a long chain of renames cheap.
    .max(MAX_TEMPLATE_MIGRATIONS)
    .optional()
    .meta(
      fieldText(
        'Hur svar på äldre versioner flyttas till den här',
        'How answers to older versions move to this one',
      ),
    ),
  sections: z
    .array(sectionSchema)
    .meta(fieldText('Mallens avsnitt i ordning', 'Sections of the template, in order')),
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
  title: z.string().min(1).meta(fieldText('Ärendets rubrik', 'Title of the case')),
  diarienummer: z
    .string()
    .min(1)
    .optional()
    .meta(fieldText('Ärendets diarienummer', 'Case number (diarienummer)')),
  committee: z
    .string()
    .min(1)
    .optional()
    .meta(fieldText('Nämnd eller utskott som beslutar', 'Committee that decides')),
  meetingDate: isoDateSchema
    .optional()
    .meta(fieldText('Sammanträdesdag, ÅÅÅÅ-MM-DD', 'Meeting date, YYYY-MM-DD')),
  agendaItem: z
    .number()
    .int()
    .positive()
    .optional()
    .meta(fieldText('Paragraf eller punkt på dagordningen', 'Item on the agenda')),
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
  case: caseRefSchema.meta(
    fieldText('Ärendet som checklistan hör till', 'The case the checklist belongs to'),
  ),
  template: z
    .object({
      id: idSchema.meta(fieldText('Mallens id', 'Id of the template')),
      version: z
        .number()
        .int()
        .positive()
        .meta(fieldText('Mallversionen som besvaras', 'Template version answered')),
    })
    .meta(fieldText('Mallen som svaren gäller', 'The template the answers are for')),
  answers: z
    .record(z.string(), answerValueSchema)
    .meta(
      fieldText(
        'Svar per fråge-id: ett val, ett tal, sant/falskt, text eller null (obesvarad)',
        'Answers by question id: a choice, a number, true/false, text or null (unanswered)',
      ),
    ),
  /** Free remarks per question, printed beside the answer. */
  comments: z
    .record(z.string(), z.string())
    .optional()
    .meta(
      fieldText(
        'Fria kommentarer per fråge-id, skrivs ut bredvid svaret',
        'Free remarks by question id, printed beside the answer',
      ),
    ),
  /** Written reasons per section id, asked for by a section's justification rule. */
  justifications: z
    .record(z.string(), z.string())
    .optional()
    .meta(
      fieldText('Skriftliga motiveringar per avsnitts-id', 'Written justifications by section id'),
    ),
  signedBy: z
    .object({
      name: z.string().min(1).meta(fieldText('Namn på den som undertecknar', 'Name of the signer')),
      role: z
        .string()
        .min(1)
        .optional()
        .meta(fieldText('Undertecknarens roll', 'Role of the signer')),
    })
    .optional()
    .meta(fieldText('Den som undertecknar checklistan', 'The person who signs the checklist')),
  signedAt: isoDateSchema
    .optional()
    .meta(fieldText('Dag för underskrift, ÅÅÅÅ-MM-DD', 'Day of signing, YYYY-MM-DD')),
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
