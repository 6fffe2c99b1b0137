import { isoDateSchema } from '@styrkit/core';
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
    min: z.number().int().min(0).default(1),
    max: z.number().int().min(1).max(10),
    labels: z.array(z.string().min(1)).optional(),
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
  probability: riskAxisSchema,
  consequence: riskAxisSchema,
  levels: z.array(z.object({ from: z.number().int().min(0), label: z.string().min(1) })).optional(),
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
  text: z.string().min(1),
  owner: z.string().min(1).optional(),
  due: isoDateSchema.optional(),
  done: z.boolean().optional(),
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
  id: idSchema,
  title: z.string().min(1),
  description: z.string().optional(),
  category: z.string().min(1).optional(),
  probability: z.number().int().optional(),
  consequence: z.number().int().optional(),
  statedScore: z.number().int().optional(),
  owner: z.string().min(1).optional(),
  measures: z.array(riskMeasureSchema).default([]),
  status: riskStatusSchema.default('open'),
  source: z.string().min(1).optional(),
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
  name: z.string().min(1),
  organisation: z.string().min(1).optional(),
  asOf: isoDateSchema.optional(),
  scale: riskScaleSchema,
  risks: z.array(riskSchema),
  statedCounts: z.array(statedCountSchema).optional(),
});
/** A risk register. @example `const r: RiskRegister = riskRegisterSchema.parse(input);` */
export type RiskRegister = z.infer<typeof riskRegisterSchema>;
