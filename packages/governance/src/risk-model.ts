import { fieldText, isoDateSchema } from '@styrkit/core';
import * as z from 'zod';
import { statedCountSchema } from './model.js';

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be kebab-case: lower-case letters, digits and "-"');

/**
 * One axis of a risk scale: the lowest and highest step and, optionally, a label per step
 * from the lowest up ("Låg", "Medel", "Hög", "Mycket hög").
 *
 * @example
 * ```ts
 * riskAxisSchema.parse({ min: 1, max: 4, labels: ['Låg', 'Medel', 'Hög', 'Mycket hög'] });
 * ```
 */
export const riskAxisSchema = z
  .object({
    min: z
      .number()
      .int()
      .min(0)
      .default(1)
      .meta(fieldText('Skalans lägsta steg', 'Lowest step of the scale')),
    max: z
      .number()
      .int()
      .min(1)
      .max(10)
      .meta(fieldText('Skalans högsta steg', 'Highest step of the scale')),
    labels: z
      .array(z.string().min(1))
      .optional()
      .meta(fieldText('En etikett per steg', 'One label per step')),
  })
  .refine((a) => a.min < a.max, { message: 'min must be below max' })
  .refine((a) => a.labels === undefined || a.labels.length === a.max - a.min + 1, {
    message: 'one label per step',
  });
/** A risk axis. @example `const a: RiskAxis = { min: 1, max: 5 };` */
export type RiskAxis = z.infer<typeof riskAxisSchema>;

/**
 * The scale a risk register states: probability and consequence axes (score = probability ×
 * consequence) and optional levels by score ("från 9: hög").
 *
 * @example
 * ```ts
 * riskScaleSchema.parse({ probability: { max: 4 }, consequence: { max: 4 }, levels: [{ from: 1, label: 'Låg' }, { from: 6, label: 'Hög' }] });
 * ```
 */
export const riskScaleSchema = z.object({
  probability: riskAxisSchema.meta(fieldText('Skala för sannolikhet', 'Scale of probability')),
  consequence: riskAxisSchema.meta(fieldText('Skala för konsekvens', 'Scale of consequence')),
  levels: z
    .array(
      z.object({
        from: z
          .number()
          .int()
          .min(0)
          .meta(fieldText('Lägsta poäng för nivån', 'Lowest score of the level')),
        label: z.string().min(1).meta(fieldText('Nivåns namn', 'Name of the level')),
      }),
    )
    .optional()
    .meta(
      fieldText(
        'Risknivåer efter poäng (sannolikhet × konsekvens)',
        'Risk levels by score (probability × consequence)',
      ),
    ),
});
/** A risk scale. @example `const s: RiskScale = riskScaleSchema.parse({ probability: { max: 5 }, consequence: { max: 5 } });` */
export type RiskScale = z.infer<typeof riskScaleSchema>;

/**
 * A measure (åtgärd) against a risk: what, who, by when, and whether it is done.
 *
 * @example
 * ```ts
 * riskMeasureSchema.parse({ text: 'Dubbel bemanning vid driftstart', owner: 'it-chef', due: '2025-03-01' });
 * ```
 */
export const riskMeasureSchema = z.object({
  text: z.string().min(1).meta(fieldText('Åtgärden', 'The measure')),
  owner: z.string().min(1).optional().meta(fieldText('Ansvarig', 'Owner')),
  due: isoDateSchema.optional().meta(fieldText('Klar senast, ÅÅÅÅ-MM-DD', 'Due, YYYY-MM-DD')),
  done: z
    .boolean()
    .optional()
    .meta(fieldText('Sant när åtgärden är genomförd', 'True when the measure is done')),
});
/** A risk measure. @example `const m: RiskMeasure = { text: 'Utbildning' };` */
export type RiskMeasure = z.infer<typeof riskMeasureSchema>;

/**
 * Where a risk stands: open (identifierad), being handled (hanteras), accepted (accepterad),
 * closed (stängd), or occurred (inträffad).
 *
 * @example
 * ```ts
 * riskStatusSchema.parse('accepted');
 * ```
 */
export const riskStatusSchema = z.enum(['open', 'handling', 'accepted', 'closed', 'occurred']);
/** A risk status. @example `const s: RiskStatus = 'open';` */
export type RiskStatus = z.infer<typeof riskStatusSchema>;

/**
 * How far a rating may stray from any scale (axes end at 10 at most) and still be read: past
 * the scale it is an out-of-scale finding, but 999 999 999 × 999 999 999 is no safe integer and
 * made the risk check and tables throw. A score is at most their product.
 */
const MAX_RISK_RATING = 1_000;
const MAX_RISK_SCORE = MAX_RISK_RATING * MAX_RISK_RATING;

/**
 * One risk: what may happen, its assessed probability and consequence on the register's scale
 * (either may be missing in a draft), the score the document states (checked against
 * probability × consequence), owner (a role id or a name), measures and status.
 *
 * @example
 * ```ts
 * riskSchema.parse({ id: 'r1', title: 'Leverantören hinner inte', probability: 3, consequence: 4, statedScore: 12, owner: 'projektledare', measures: [{ text: 'Vite i avtalet' }] });
 * ```
 */
export const riskSchema = z.object({
  id: idSchema.meta(fieldText('Riskens id', 'Id of the risk')),
  title: z.string().min(1).meta(fieldText('Risken', 'The risk')),
  description: z.string().optional().meta(fieldText('Beskrivning', 'Description')),
  category: z.string().min(1).optional().meta(fieldText('Kategori', 'Category')),
  probability: z
    .number()
    .int()
    .min(-MAX_RISK_RATING)
    .max(MAX_RISK_RATING)
    .optional()
    .meta(fieldText('Sannolikhet på skalan', 'Probability on the scale')),
  consequence: z
    .number()
    .int()
    .min(-MAX_RISK_RATING)
    .max(MAX_RISK_RATING)
    .optional()
    .meta(fieldText('Konsekvens på skalan', 'Consequence on the scale')),
  statedScore: z
    .number()
    .int()
    .min(-MAX_RISK_SCORE)
    .max(MAX_RISK_SCORE)
    .optional()
    .meta(
      fieldText(
        'Angiven riskpoäng; kontrolleras mot sannolikhet × konsekvens',
        'Stated risk score; checked against probability × consequence',
      ),
    ),
  owner: z.string().min(1).optional().meta(fieldText('Riskägare', 'Risk owner')),
  measures: z.array(riskMeasureSchema).default([]).meta(fieldText('Åtgärder', 'Measures')),
  status: riskStatusSchema
    .default('open')
    .meta(
      fieldText(
        'Status: open, handling, accepted, closed eller occurred',
        'Status: open, handling, accepted, closed or occurred',
      ),
    ),
  source: z.string().min(1).optional().meta(fieldText('Källa', 'Source')),
});
/** A risk. @example `const r: Risk = riskSchema.parse({ id: 'r1', title: 'R' });` */
export type Risk = z.infer<typeof riskSchema>;

/**
 * Document kind `governance/risk-register` (riskregister, riskanalys): the scale, the risks and
 * the counts the text states ("sju risker").
 *
 * @example
 * ```ts
 * riskRegisterSchema.parse({ name: 'Risker', scale: { probability: { max: 4 }, consequence: { max: 4 } }, risks: [] });
 * ```
 */
export const riskRegisterSchema = z.object({
  name: z.string().min(1).meta(fieldText('Namn', 'Name')),
  organisation: z.string().min(1).optional().meta(fieldText('Organisation', 'Organisation')),
  asOf: isoDateSchema.optional().meta(fieldText('Per dag, ÅÅÅÅ-MM-DD', 'As of, YYYY-MM-DD')),
  scale: riskScaleSchema.meta(
    fieldText('Skalor för sannolikhet och konsekvens', 'Scales of probability and consequence'),
  ),
  risks: z.array(riskSchema).meta(fieldText('Risker', 'Risks')),
  statedCounts: z
    .array(statedCountSchema)
    .optional()
    .meta(fieldText('Antal som texten anger; kontrolleras', 'Counts the text states; checked')),
});
/** A risk register. @example `const r: RiskRegister = riskRegisterSchema.parse(input);` */
export type RiskRegister = z.infer<typeof riskRegisterSchema>;
