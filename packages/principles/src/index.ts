/**
 * @styrkit/principles: impact checklists for committee decisions (horizontal principles,
 * child rights, rural impact): templates, responses, validation, summaries, template lint,
 * tables and Markdown/HTML rendering.
 *
 * @packageDocumentation
 */
export {
  answerValueSchema,
  caseRefSchema,
  choiceSchema,
  conditionSchema,
  justificationRuleSchema,
  principleIdSchema,
  questionSchema,
  referenceSchema,
  responseSchema,
  sectionSchema,
  templateMigrationSchema,
  templateSchema,
  termSchema,
  type AnswerType,
  type AnswerValue,
  type CaseRef,
  type ChecklistResponse,
  type Choice,
  type Condition,
  type Question,
  type Section,
  type Template,
} from './model.js';
export { parseResponse, parseTemplate } from './parse.js';
export { readResponse, readTemplate } from './read.js';
export { principlesCodes, type PrinciplesFinding, type PrinciplesFindingCode } from './codes.js';
export {
  answerEquals,
  classifyAnswer,
  describeExpectedAnswer,
  interpretAnswer,
  type AnswerOutcome,
  type InterpretedAnswer,
} from './answers.js';
export { enabledQuestions, questionsById } from './conditions.js';
export {
  evaluateResponse,
  justificationRequired,
  type EvaluatedChecklist,
  type EvaluatedQuestion,
  type EvaluatedSection,
} from './evaluate.js';
export { lintTemplate } from './lint.js';
export { validateResponse } from './validate.js';
export { migrateResponse } from './migrate.js';
export { auditResponse, auditTemplate } from './audit.js';
export { findTemplateFor } from './resolve.js';
export {
  summarizeResponse,
  type AttentionReason,
  type ChecklistSummary,
  type OutcomeCounts,
  type SectionSummary,
} from './summary.js';
export { responseTable, summaryTable, templateTable } from './tables.js';
export {
  escapeMarkdown,
  renderResponseMarkdown,
  type ChecklistRenderOptions,
} from './render-markdown.js';
export { renderResponseHtml, type HtmlRenderOptions } from './render-html.js';
export {
  CHOICE_LABELS,
  DISCRIMINATION_GROUNDS,
  KNOWN_PRINCIPLES,
  OUTCOME_LABELS,
  principleLabel,
} from './labels.js';
export {
  builtInTemplates,
  childRightsTemplate,
  esfAssessmentTemplate,
  horizontalPrinciplesTemplate,
  ruralImpactTemplate,
} from './templates/index.js';
export { checklistAttachment, type ChecklistAttachmentOptions } from './report.js';
export {
  type PrinciplesInvalidInputData,
  type PrinciplesDuplicateIdData,
  type PrinciplesConditionData,
  type PrinciplesImpossibleAnswerData,
  type PrinciplesCycleData,
  type PrinciplesPrincipleNotAskedData,
  type PrinciplesQuestionIdData,
  type PrinciplesReferenceData,
  type PrinciplesSectionData,
  type PrinciplesTemplateMismatchData,
  type PrinciplesTemplateNotFoundData,
  type PrinciplesVersionMismatchData,
  type PrinciplesMigrationData,
  type PrinciplesIdData,
  type PrinciplesWrongAnswerData,
  type PrinciplesQuestionTextData,
  type PrinciplesNoData,
  type PrinciplesAttentionKind,
} from './messages.js';
