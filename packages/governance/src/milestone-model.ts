import { fieldText, isoDateSchema } from '@styrkit/core';
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
  id: idSchema.meta(fieldText('Milstolpens id', 'Id of the milestone')),
  title: z.string().min(1).meta(fieldText('Rubrik', 'Title')),
  kind: z
    .enum(['milestone', 'gate'])
    .default('milestone')
    .meta(
      fieldText('Slag: milestone (milstolpe) eller gate (beslutspunkt)', 'Kind: milestone or gate'),
    ),
  gate: z
    .string()
    .min(1)
    .optional()
    .meta(fieldText('Beslutspunkten i processen', 'The gate in the process')),
  planned: isoDateSchema
    .optional()
    .meta(fieldText('Planerat datum, ÅÅÅÅ-MM-DD', 'Planned date, YYYY-MM-DD')),
  replanned: isoDateSchema
    .optional()
    .meta(fieldText('Nytt planerat datum, ÅÅÅÅ-MM-DD', 'Replanned date, YYYY-MM-DD')),
  decided: isoDateSchema
    .optional()
    .meta(fieldText('Datum för beslutet, ÅÅÅÅ-MM-DD', 'Date of the decision, YYYY-MM-DD')),
  decision: z.string().min(1).optional().meta(fieldText('Id för beslutet', 'Id of the decision')),
  decidedBy: z.string().min(1).optional().meta(fieldText('Vem som beslutade', 'Who decided')),
  after: z
    .array(idSchema)
    .optional()
    .meta(
      fieldText('Id för milstolpar som ska vara klara före', 'Ids of milestones that come first'),
    ),
  source: z.string().min(1).optional().meta(fieldText('Källa', 'Source')),
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
  name: z.string().min(1).meta(fieldText('Namn', 'Name')),
  organisation: z.string().min(1).optional().meta(fieldText('Organisation', 'Organisation')),
  gateLog: z
    .string()
    .min(1)
    .optional()
    .meta(fieldText('Id för beslutsloggen', 'Id of the gate log')),
  asOf: isoDateSchema.optional().meta(fieldText('Per dag, ÅÅÅÅ-MM-DD', 'As of, YYYY-MM-DD')),
  milestones: z
    .array(milestoneSchema)
    .meta(fieldText('Milstolpar och beslutspunkter', 'Milestones and gates')),
  statedCounts: z
    .array(statedCountSchema)
    .optional()
    .meta(fieldText('Antal som texten anger; kontrolleras', 'Counts the text states; checked')),
});
/** A milestone plan. @example `const p: MilestonePlan = milestonePlanSchema.parse(input);` */
export type MilestonePlan = z.infer<typeof milestonePlanSchema>;
