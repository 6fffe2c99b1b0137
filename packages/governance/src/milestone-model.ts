import { isoDateSchema } from '@styrkit/core';
import * as z from 'zod';
import { statedCountSchema } from './model.js';

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be kebab-case: lower-case letters, digits and "-"');

/**
 * A milestone (milstolpe) or decision gate (beslutspunkt) with its planned date beside the
 * decided one: `planned` is the original plan, `replanned` a later revised date, `decided` when
 * it was actually reached or decided. `gate` and `decision` may name the gate and the decision
 * in a gate log; `after` lists milestones that must come first.
 *
 * @example
 * ```ts
 * milestoneSchema.parse({ id: 'bp2', title: 'Beslut om genomförande', kind: 'gate', planned: '2025-03-01', decided: '2025-03-20' });
 * ```
 */
export const milestoneSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  kind: z.enum(['milestone', 'gate']).default('milestone'),
  gate: z.string().min(1).optional(),
  planned: isoDateSchema.optional(),
  replanned: isoDateSchema.optional(),
  decided: isoDateSchema.optional(),
  decision: z.string().min(1).optional(),
  decidedBy: z.string().min(1).optional(),
  after: z.array(idSchema).optional(),
  source: z.string().min(1).optional(),
});
/** A milestone or gate. @example `const m: Milestone = milestoneSchema.parse({ id: 'm1', title: 'M1' });` */
export type Milestone = z.infer<typeof milestoneSchema>;

/**
 * Document kind `governance/milestones` (tidplan med milstolpar och beslutspunkter): the
 * milestones, the reporting date the status is judged at (no clock in the library), and the
 * counts the text states ("fem beslutspunkter").
 *
 * @example
 * ```ts
 * milestonePlanSchema.parse({ name: 'Tidplan', asOf: '2025-06-30', milestones: [] });
 * ```
 */
export const milestonePlanSchema = z.object({
  name: z.string().min(1),
  organisation: z.string().min(1).optional(),
  gateLog: z.string().min(1).optional(),
  asOf: isoDateSchema.optional(),
  milestones: z.array(milestoneSchema),
  statedCounts: z.array(statedCountSchema).optional(),
});
/** A milestone plan. @example `const p: MilestonePlan = milestonePlanSchema.parse(input);` */
export type MilestonePlan = z.infer<typeof milestonePlanSchema>;
