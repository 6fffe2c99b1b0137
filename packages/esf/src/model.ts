import * as z from 'zod';
import { exactSchema, fieldText, isoDateSchema, type Exact } from '@styrkit/core';

/** A custom zod issue with a Swedish and an English message (core turns it into a finding). */
function issue(
  ctx: z.core.$RefinementCtx,
  path: (string | number)[],
  sv: string,
  en: string,
): void {
  ctx.addIssue({ code: 'custom', message: en, params: { sv, en }, path });
}

const id = z.string().trim().min(1);

/** Most decimals a figure may carry: öre need 2, rates and shares a few more. */
const MAX_DECIMALS = 6;
/** Largest magnitude accepted (10^15 SEK is far beyond any public budget). */
const LIMIT = '1000000000000000';

/**
 * An exact number with at most six decimals and below 10^15 in size. Wider figures are not
 * money or hours, and bounding them keeps every later computation and message finite.
 */
const decimal = exactSchema.refine(
  (v: Exact) => v.decimalPlaces() <= MAX_DECIMALS && v.abs().lt(LIMIT),
  {
    message: `At most ${String(MAX_DECIMALS)} decimals and below 10^15`,
    params: {
      sv: `Högst ${String(MAX_DECIMALS)} decimaler och under 10^15`,
      en: `At most ${String(MAX_DECIMALS)} decimals and below 10^15`,
    },
  },
);

/** A decimal that must not be negative (amounts, counts of units, hours). */
const nonNegative = decimal.refine((v: Exact) => !v.isNegative(), {
  message: 'Must not be negative',
  params: { sv: 'Får inte vara negativt', en: 'Must not be negative' },
});

/** A percentage between 0 and 100 inclusive, in percent units (33 means 33 %). */
const percent = decimal.refine((v: Exact) => !v.isNegative() && v.lte(100), {
  message: 'A percentage between 0 and 100',
  params: { sv: 'En procentsats mellan 0 och 100', en: 'A percentage between 0 and 100' },
});

/**
 * The three phases of an ESF project: analysis and planning (analys och planering),
 * implementation (genomförande) and closing (avslut).
 *
 * @example
 * ```ts
 * import { phaseSchema } from '@styrkit/esf';
 * phaseSchema.parse('implementation'); // 'implementation'
 * ```
 */
export const phaseSchema = z.enum(['analysis', 'implementation', 'closing']);
/**
 * One project phase.
 *
 * @example
 * ```ts
 * import type { Phase } from '@styrkit/esf';
 * const phase: Phase = 'closing';
 * ```
 */
export type Phase = z.infer<typeof phaseSchema>;

/**
 * Cost categories of an ESF budget (kostnadsslag): personal, externa tjänster, resor och logi,
 * utrustning och material, övriga kostnader, indirekta kostnader and deltagarkostnader
 * (participant allowances and salaries, including valued participant time).
 *
 * @example
 * ```ts
 * import { costCategorySchema } from '@styrkit/esf';
 * costCategorySchema.parse('staff'); // 'staff'
 * ```
 */
export const costCategorySchema = z.enum([
  'staff',
  'external-services',
  'travel',
  'equipment',
  'other',
  'indirect',
  'participant-costs',
]);
/**
 * One cost category.
 *
 * @example
 * ```ts
 * import type { CostCategory } from '@styrkit/esf';
 * const category: CostCategory = 'participant-costs';
 * ```
 */
export type CostCategory = z.infer<typeof costCategorySchema>;

/**
 * The simplified cost options (schablonbelopp) of EU 2021/1060 articles 54–56:
 * - `indirect-7-direct`: indirect costs up to 7 % of direct costs,
 * - `indirect-15-staff`: indirect costs up to 15 % of direct staff costs,
 * - `indirect-25-direct`: indirect costs up to 25 % of direct costs (needs a calculation),
 * - `staff-20-other`: staff costs up to 20 % of the other direct costs,
 * - `other-40-staff`: up to 40 % of direct staff costs covering all other costs.
 *
 * @example
 * ```ts
 * import { flatRateOptionSchema } from '@styrkit/esf';
 * flatRateOptionSchema.parse('other-40-staff'); // 'other-40-staff'
 * ```
 */
export const flatRateOptionSchema = z.enum([
  'indirect-7-direct',
  'indirect-15-staff',
  'indirect-25-direct',
  'staff-20-other',
  'other-40-staff',
]);
/**
 * One simplified cost option.
 *
 * @example
 * ```ts
 * import type { FlatRateOption } from '@styrkit/esf';
 * const option: FlatRateOption = 'indirect-15-staff';
 * ```
 */
export type FlatRateOption = z.infer<typeof flatRateOptionSchema>;

/**
 * The most months one phase may span. The hours, co-financing and time-report checks and
 * tables have a row per month and phase: a phase of 1000–9999 gave 108 000 rows, a second of
 * processor time a call, and a final report whose Word export overflowed the stack. An ESF
 * project runs a few years; ten is far past any call.
 */
const MAX_PHASE_MONTHS = 120;

/** Calendar months from the month of `start` to that of `end`, both counted. */
function monthsSpanned(start: string, end: string): number {
  const year = (d: string): number => Number(d.slice(0, 4));
  const month = (d: string): number => Number(d.slice(5, 7));
  return (year(end) - year(start)) * 12 + month(end) - month(start) + 1;
}

const dateRange = z
  .object({
    start: isoDateSchema.meta(
      fieldText('Periodens första dag, ÅÅÅÅ-MM-DD', 'First day of the period, YYYY-MM-DD'),
    ),
    end: isoDateSchema.meta(
      fieldText('Periodens sista dag, ÅÅÅÅ-MM-DD', 'Last day of the period, YYYY-MM-DD'),
    ),
  })
  .superRefine((r, ctx) => {
    if (r.end < r.start) issue(ctx, ['end'], 'Slutdatum före startdatum', 'End date before start');
  });

/**
 * A call for proposals (utlysning): the rules a project is checked against.
 *
 * @example
 * ```ts
 * import { callSchema } from '@styrkit/esf';
 * const call = callSchema.parse({ id: 'c1', name: 'Kompetens', requiredCofinancingPercent: '33' });
 * call.requiredCofinancingPercent.toString(); // '33'
 * ```
 */
export const callSchema = z.object({
  id: id.meta(
    fieldText(
      'Utlysningens id, som projekt hänvisar till med callId',
      "Id of the call, referred to by a project's callId",
    ),
  ),
  name: z.string().trim().min(1).meta(fieldText('Utlysningens namn', 'Name of the call')),
  programmeArea: z
    .string()
    .optional()
    .meta(fieldText('Programområde i ESF+-programmet', 'Programme area of the ESF+ programme')),
  region: z
    .string()
    .optional()
    .meta(fieldText('Region som utlysningen gäller', 'Region the call covers')),
  /** Required co-financing share of total eligible cost, in percent. */
  requiredCofinancingPercent: percent.meta(
    fieldText(
      'Krav på medfinansieringens andel av de stödberättigande kostnaderna, i procent (33 = 33 %)',
      'Required co-financing share of total eligible cost, in percent (33 means 33 %)',
    ),
  ),
  /** Flat rates the call allows, each with its maximum and whether a project may choose less. */
  flatRates: z
    .array(
      z.object({
        option: flatRateOptionSchema.meta(
          fieldText(
            'Schablon enligt EU 2021/1060 art. 54–56',
            'Simplified cost option of EU 2021/1060 articles 54–56',
          ),
        ),
        maxPercent: percent.meta(
          fieldText(
            'Högsta procentsats som utlysningen tillåter',
            'Highest rate the call allows, in percent',
          ),
        ),
        adjustable: z
          .boolean()
          .meta(
            fieldText(
              'Sant om projektet får välja en lägre sats',
              'True when a project may choose a lower rate',
            ),
          ),
      }),
    )
    .default([])
    .meta(fieldText('Schabloner som utlysningen tillåter', 'Flat rates the call allows')),
  reportingPeriods: z
    .array(dateRange)
    .default([])
    .meta(
      fieldText(
        'Redovisningsperioder med start- och slutdatum',
        'Reporting periods with start and end dates',
      ),
    ),
  /** SEK per EUR used for the EUR 200 000 simplified-cost threshold. */
  sekPerEur: decimal
    .optional()
    .meta(
      fieldText(
        'Kronor per euro för gränsen 200 000 euro för schabloner; utan kurs prövas inte gränsen',
        'SEK per EUR for the EUR 200 000 simplified-cost threshold; without it the threshold is not checked',
      ),
    ),
});
/**
 * A call for proposals.
 *
 * @example
 * ```ts
 * import type { Call } from '@styrkit/esf';
 * const required = (call: Call) => call.requiredCofinancingPercent;
 * ```
 */
export type Call = z.infer<typeof callSchema>;

/** Share of full time, 0 < share ≤ 1 (pro rata for part time). */
const employmentShare = decimal.refine((v: Exact) => v.isPositive() && v.lte(1), {
  message: 'A share above 0 and at most 1',
  params: { sv: 'En andel över 0 och högst 1', en: 'A share above 0 and at most 1' },
});

const staffCost = z.object({
  /** Latest documented annual gross employment cost (årlig bruttolönekostnad), SEK. */
  annualEmploymentCost: nonNegative.meta(
    fieldText(
      'Senast dokumenterade årliga bruttolönekostnad, kronor',
      'Latest documented annual gross employment cost, SEK',
    ),
  ),
  /** Share of full time behind the annual cost, 0 < share ≤ 1 (pro rata for part time). */
  employmentShare: employmentShare.meta(
    fieldText(
      'Sysselsättningsgrad bakom årskostnaden, över 0 och högst 1',
      'Share of full time behind the annual cost, above 0 and at most 1',
    ),
  ),
  /** Hours budgeted on the project in this line. */
  hours: nonNegative.meta(
    fieldText('Timmar i projektet på den här raden', 'Hours budgeted on the project in this line'),
  ),
});

/**
 * One budget line: an amount, units × unit price, or a staff cost from the hourly rate.
 *
 * @example
 * ```ts
 * import { budgetLineSchema } from '@styrkit/esf';
 * const line = budgetLineSchema.parse({
 *   id: 'l1', label: 'Laptops', category: 'equipment', phase: 'implementation',
 *   units: { count: 4, unitPrice: '9500' },
 * });
 * line.units?.count.toString(); // '4'
 * ```
 */
export const budgetLineSchema = z
  .object({
    id: id.meta(
      fieldText(
        'Budgetradens id, unikt i projektet',
        'Id of the budget line, unique in the project',
      ),
    ),
    label: z
      .string()
      .trim()
      .min(1)
      .meta(fieldText('Budgetradens benämning', 'Label of the budget line')),
    category: costCategorySchema.meta(fieldText('Kostnadsslag', 'Cost category')),
    phase: phaseSchema.meta(
      fieldText(
        'Projektfas: analysis (analys och planering), implementation (genomförande) eller closing (avslut)',
        'Project phase: analysis (analysis and planning), implementation or closing',
      ),
    ),
    amount: nonNegative
      .optional()
      .meta(
        fieldText(
          'Belopp i kronor; ange exakt ett av amount, units och staff',
          'Amount in SEK; give exactly one of amount, units and staff',
        ),
      ),
    units: z
      .object({
        count: nonNegative.meta(fieldText('Antal enheter', 'Number of units')),
        unitPrice: nonNegative.meta(fieldText('Pris per enhet, kronor', 'Price per unit, SEK')),
      })
      .optional()
      .meta(fieldText('Antal gånger styckpris', 'Units times unit price')),
    staff: staffCost
      .optional()
      .meta(
        fieldText(
          'Lönekostnad beräknad från timpriset (årskostnad / 1 720 timmar × timmar)',
          'Staff cost from the hourly rate (annual cost / 1 720 hours × hours)',
        ),
      ),
    /** The in-kind co-financing source whose value this line is the cost side of. */
    inKindSourceId: z
      .string()
      .optional()
      .meta(
        fieldText(
          'Medfinansieringskällan i annat än pengar som raden är kostnadssidan av',
          'The in-kind co-financing source whose value this line is the cost side of',
        ),
      ),
  })
  .superRefine((line, ctx) => {
    const forms = [line.amount, line.units, line.staff].filter((f) => f !== undefined).length;
    if (forms !== 1) {
      issue(
        ctx,
        [],
        'Ange exakt ett av amount, units eller staff',
        'Give exactly one of amount, units or staff',
      );
    }
    if (line.staff !== undefined && line.category !== 'staff') {
      issue(
        ctx,
        ['staff'],
        'Timberäknad lönekostnad hör till kategorin staff',
        'An hourly staff cost belongs in category staff',
      );
    }
  });
/**
 * One budget line.
 *
 * @example
 * ```ts
 * import type { BudgetLine } from '@styrkit/esf';
 * const phaseOf = (line: BudgetLine) => line.phase;
 * ```
 */
export type BudgetLine = z.infer<typeof budgetLineSchema>;

/**
 * A co-financing source (medfinansiering): public or private, in cash or in kind. Participant
 * time (deltagartid) is in kind and carries its planned hours and, when known, an hourly rate.
 *
 * @example
 * ```ts
 * import { cofinancingSourceSchema } from '@styrkit/esf';
 * const s = cofinancingSourceSchema.parse({
 *   id: 'time', label: 'Deltagartid', sector: 'public', form: 'in-kind', amount: '1823196',
 *   participantTime: { plannedHours: 6778 },
 * });
 * s.amount?.toString(); // '1823196'
 * ```
 */
export const cofinancingSourceSchema = z
  .object({
    id: id.meta(
      fieldText('Källans id, unikt i projektet', 'Id of the source, unique in the project'),
    ),
    label: z.string().trim().min(1).meta(fieldText('Källans benämning', 'Label of the source')),
    sector: z
      .enum(['public', 'private'])
      .meta(
        fieldText(
          'Offentlig (public) eller privat (private) medfinansiering',
          'Public or private co-financing',
        ),
      ),
    form: z
      .enum(['cash', 'in-kind'])
      .meta(
        fieldText(
          'Kontant (cash) eller i annat än pengar (in-kind), till exempel deltagartid',
          'In cash or in kind (such as participant time)',
        ),
      ),
    /** Value in SEK as budgeted; for participant time it may instead follow from hours × rate. */
    amount: nonNegative
      .optional()
      .meta(
        fieldText(
          'Budgeterat värde i kronor; för deltagartid kan det i stället följa av timmar × timpris',
          'Value in SEK as budgeted; for participant time it may instead follow from hours × rate',
        ),
      ),
    participantTime: z
      .object({
        plannedHours: nonNegative.meta(
          fieldText('Planerade deltagartimmar', 'Planned participant hours'),
        ),
        hourlyRate: nonNegative
          .optional()
          .meta(
            fieldText(
              'Timlönekostnad för deltagartiden, kronor per timme',
              'Hourly salary cost of participant time, SEK per hour',
            ),
          ),
        /** Phases in which participant time is planned (never the closing phase). */
        phases: z
          .array(phaseSchema)
          .default(['implementation'])
          .meta(
            fieldText(
              'Faser med planerad deltagartid (aldrig avslutsfasen)',
              'Phases in which participant time is planned (never the closing phase)',
            ),
          ),
      })
      .optional()
      .meta(
        fieldText(
          'Deltagartid (deltagarnas arbetstid i projektet) som medfinansiering',
          "Participant time (the participants' working time in the project) as co-financing",
        ),
      ),
  })
  .superRefine((s, ctx) => {
    if (s.amount === undefined && s.participantTime?.hourlyRate === undefined) {
      issue(
        ctx,
        ['amount'],
        'Ange belopp eller timpris för deltagartiden',
        'Give an amount or an hourly rate for the participant time',
      );
    }
    if (s.participantTime !== undefined && s.form !== 'in-kind') {
      issue(
        ctx,
        ['form'],
        'Deltagartid är medfinansiering i annat än pengar',
        'Participant time is in-kind co-financing',
      );
    }
  });
/**
 * A co-financing source.
 *
 * @example
 * ```ts
 * import type { CofinancingSource } from '@styrkit/esf';
 * const isInKind = (s: CofinancingSource) => s.form === 'in-kind';
 * ```
 */
export type CofinancingSource = z.infer<typeof cofinancingSourceSchema>;

/**
 * An ESF project: phases, budget lines, chosen flat rates and co-financing.
 *
 * @example
 * ```ts
 * import { projectSchema } from '@styrkit/esf';
 * const p = projectSchema.parse({
 *   id: 'p', name: 'Demo', owner: 'Kommunen',
 *   phases: [{ phase: 'implementation', start: '2024-01-01', end: '2024-12-31' }],
 * });
 * p.budgetLines.length; // 0
 * ```
 */
export const projectSchema = z
  .object({
    id: id.meta(fieldText('Projektets id', 'Id of the project')),
    name: z.string().trim().min(1).meta(fieldText('Projektets namn', 'Name of the project')),
    owner: z
      .string()
      .trim()
      .min(1)
      .meta(fieldText('Projektägare (stödmottagare)', 'Project owner (beneficiary)')),
    callId: z
      .string()
      .optional()
      .meta(
        fieldText(
          'Id för utlysningen som projektet prövas mot',
          'Id of the call the project is checked against',
        ),
      ),
    /** Operations under State aid rules are exempt from the simplified-cost obligation. */
    stateAid: z
      .boolean()
      .default(false)
      .meta(
        fieldText(
          'Sant om verksamheten omfattas av statsstödsregler (då gäller inte kravet på schabloner)',
          'True for operations under State aid rules (exempt from the simplified-cost obligation)',
        ),
      ),
    phases: z
      .array(
        z.object({
          phase: phaseSchema.meta(fieldText('Fasen', 'The phase')),
          start: isoDateSchema.meta(
            fieldText('Fasens första dag, ÅÅÅÅ-MM-DD', 'First day of the phase, YYYY-MM-DD'),
          ),
          end: isoDateSchema.meta(
            fieldText('Fasens sista dag, ÅÅÅÅ-MM-DD', 'Last day of the phase, YYYY-MM-DD'),
          ),
        }),
      )
      .min(1)
      .meta(
        fieldText(
          'Projektets faser med datum, varje fas högst en gång',
          "The project's phases with dates, each at most once",
        ),
      ),
    budgetLines: z
      .array(budgetLineSchema)
      .default([])
      .meta(fieldText('Budgetrader', 'Budget lines')),
    flatRates: z
      .array(
        z.object({
          option: flatRateOptionSchema.meta(
            fieldText('Vald schablon', 'Chosen simplified cost option'),
          ),
          percent: percent.meta(fieldText('Vald procentsats', 'Chosen rate, in percent')),
        }),
      )
      .default([])
      .meta(fieldText('Schabloner som projektet har valt', 'Flat rates the project has chosen')),
    cofinancing: z
      .array(cofinancingSourceSchema)
      .default([])
      .meta(fieldText('Medfinansieringskällor', 'Co-financing sources')),
    /** Total eligible cost as the application states it; checked against the lines. */
    statedTotalEligibleCost: nonNegative
      .optional()
      .meta(
        fieldText(
          'Stödberättigande kostnader totalt enligt ansökan; kontrolleras mot raderna',
          'Total eligible cost as the application states it; checked against the lines',
        ),
      ),
    /** The ESF grant as stated, when the document states an amount. */
    statedGrant: nonNegative
      .optional()
      .meta(
        fieldText(
          'ESF-stödet enligt dokumentet, kronor',
          'The ESF grant as the document states it, SEK',
        ),
      ),
    expectedParticipants: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .meta(fieldText('Förväntat antal deltagare', 'Expected number of participants')),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.phases.forEach((ph, i) => {
      if (seen.has(ph.phase))
        issue(ctx, ['phases', i, 'phase'], 'Fasen finns två gånger', 'Phase given twice');
      seen.add(ph.phase);
      if (ph.end < ph.start) {
        issue(ctx, ['phases', i, 'end'], 'Slutdatum före startdatum', 'End date before start');
      } else if (monthsSpanned(ph.start, ph.end) > MAX_PHASE_MONTHS) {
        const months = String(monthsSpanned(ph.start, ph.end));
        ctx.addIssue({
          code: 'custom',
          input: ph.end,
          message: `A phase of ${months} months: at most ${String(MAX_PHASE_MONTHS)}`,
          params: {
            sv: `Fasen spänner över ${months} månader, högst ${String(MAX_PHASE_MONTHS)} (10 år) går`,
            en: `The phase spans ${months} months, at most ${String(MAX_PHASE_MONTHS)} (10 years) are allowed`,
            expected: `<= ${String(MAX_PHASE_MONTHS)} months`,
          },
          path: ['phases', i, 'end'],
        });
      }
    });
    const lineIds = new Set<string>();
    p.budgetLines.forEach((l, i) => {
      if (lineIds.has(l.id))
        issue(ctx, ['budgetLines', i, 'id'], 'Id finns två gånger', 'Duplicate id');
      lineIds.add(l.id);
    });
    const sourceIds = new Set<string>();
    p.cofinancing.forEach((s, i) => {
      if (sourceIds.has(s.id))
        issue(ctx, ['cofinancing', i, 'id'], 'Id finns två gånger', 'Duplicate id');
      sourceIds.add(s.id);
    });
    p.budgetLines.forEach((l, i) => {
      if (l.inKindSourceId !== undefined && !sourceIds.has(l.inKindSourceId)) {
        issue(
          ctx,
          ['budgetLines', i, 'inKindSourceId'],
          'Okänd medfinansieringskälla',
          'Unknown co-financing source',
        );
      }
    });
  });
/**
 * An ESF project.
 *
 * @example
 * ```ts
 * import type { Project } from '@styrkit/esf';
 * const lineCount = (p: Project) => p.budgetLines.length;
 * ```
 */
export type Project = z.infer<typeof projectSchema>;

/** Where an amount sits in the budget: one phase × one cost category. */
const budgetCell = z.object({
  phase: phaseSchema.meta(fieldText('Fas', 'Phase')),
  category: costCategorySchema.meta(fieldText('Kostnadsslag', 'Cost category')),
});

/**
 * A change request (förändringsansökan): moves amounts between phases or categories. The
 * budget is never overwritten; versions are derived by replaying approved requests.
 *
 * @example
 * ```ts
 * import { changeRequestSchema } from '@styrkit/esf';
 * const cr = changeRequestSchema.parse({
 *   id: 'cr1', projectId: 'p', submitted: '2022-06-15', reason: 'Staff recruited late',
 *   decision: 'approved',
 *   moves: [{ from: { phase: 'analysis', category: 'staff' },
 *             to: { phase: 'implementation', category: 'staff' }, amount: '107813' }],
 * });
 * cr.moves.length; // 1
 * ```
 */
export const changeRequestSchema = z.object({
  id: id.meta(fieldText('Förändringsansökans id', 'Id of the change request')),
  projectId: id.meta(fieldText('Projektets id', 'Id of the project')),
  submitted: isoDateSchema.meta(
    fieldText(
      'Dag då ansökan lämnades in, ÅÅÅÅ-MM-DD',
      'Day the request was submitted, YYYY-MM-DD',
    ),
  ),
  reason: z.string().trim().min(1).meta(fieldText('Skäl till ändringen', 'Reason for the change')),
  decision: z
    .enum(['approved', 'rejected', 'pending'])
    .meta(
      fieldText(
        'Beslut: approved (beviljad), rejected (avslagen) eller pending (ej beslutad)',
        'Decision: approved, rejected or pending',
      ),
    ),
  decided: isoDateSchema
    .optional()
    .meta(fieldText('Beslutsdag, ÅÅÅÅ-MM-DD', 'Day of the decision, YYYY-MM-DD')),
  moves: z
    .array(
      z.object({
        from: budgetCell.meta(
          fieldText('Budgetcell som beloppet flyttas från', 'Budget cell the amount moves from'),
        ),
        to: budgetCell.meta(
          fieldText('Budgetcell som beloppet flyttas till', 'Budget cell the amount moves to'),
        ),
        amount: decimal
          .refine((v: Exact) => v.isPositive(), {
            message: 'A positive amount',
            params: { sv: 'Ett positivt belopp', en: 'A positive amount' },
          })
          .meta(fieldText('Belopp som flyttas, kronor, större än 0', 'Amount moved, SEK, above 0')),
      }),
    )
    .min(1)
    .meta(
      fieldText(
        'Flyttar av belopp mellan budgetceller, minst en',
        'Moves of amounts between budget cells, at least one',
      ),
    ),
});
/**
 * A change request.
 *
 * @example
 * ```ts
 * import type { ChangeRequest } from '@styrkit/esf';
 * const approved = (cr: ChangeRequest) => cr.decision === 'approved';
 * ```
 */
export type ChangeRequest = z.infer<typeof changeRequestSchema>;

/**
 * Employment types of the participant register (hourly-paid substitutes are counted apart in
 * the final report).
 */
const employmentSchema = z.enum(['permanent', 'fixed-term', 'hourly-substitute']);

/**
 * Where a participant's hourly salary cost comes from (DOMAIN §4, deltagartid): either an
 * hourly rate as documented (SEK/h, used as given, never rounded), or the latest annual gross
 * employment cost with the share of full time behind it, from which the rate is
 * annual cost / (1 720 h × share). All fields are optional so registers without rates parse.
 */
const rateFields = {
  /** Documented hourly salary cost, SEK per hour, used as given. */
  hourlyRate: nonNegative
    .optional()
    .meta(
      fieldText(
        'Dokumenterad timlönekostnad, kronor per timme, används som den står',
        'Documented hourly salary cost, SEK per hour, used as given',
      ),
    ),
  /** Latest annual gross employment cost (årlig bruttolönekostnad), SEK. */
  annualEmploymentCost: nonNegative
    .optional()
    .meta(
      fieldText(
        'Senaste årliga bruttolönekostnad, kronor; timpriset blir årskostnad / (1 720 × sysselsättningsgrad)',
        'Latest annual gross employment cost, SEK; the rate is annual cost / (1 720 × share)',
      ),
    ),
  /** Share of full time behind the annual cost, 0 < share ≤ 1; 1 when left out. */
  employmentShare: employmentShare
    .optional()
    .meta(
      fieldText(
        'Sysselsättningsgrad bakom årskostnaden, över 0 och högst 1; 1 när den saknas',
        'Share of full time behind the annual cost, above 0 and at most 1; 1 when left out',
      ),
    ),
};

/** Rejects two rate sources at once and a share without an annual cost. */
function checkRateFields(required: boolean) {
  return (
    r: {
      hourlyRate?: Exact | undefined;
      annualEmploymentCost?: Exact | undefined;
      employmentShare?: Exact | undefined;
    },
    ctx: z.core.$RefinementCtx,
  ): void => {
    if (r.hourlyRate !== undefined && r.annualEmploymentCost !== undefined) {
      issue(
        ctx,
        ['annualEmploymentCost'],
        'Ange timpris eller årlig lönekostnad, inte båda',
        'Give an hourly rate or an annual employment cost, not both',
      );
    }
    if (r.employmentShare !== undefined && r.annualEmploymentCost === undefined) {
      issue(
        ctx,
        ['employmentShare'],
        'Sysselsättningsgrad kräver årlig lönekostnad',
        'An employment share needs an annual employment cost',
      );
    }
    if (required && r.hourlyRate === undefined && r.annualEmploymentCost === undefined) {
      issue(
        ctx,
        ['hourlyRate'],
        'Ange timpris eller årlig lönekostnad',
        'Give an hourly rate or an annual employment cost',
      );
    }
  };
}

/**
 * Whole hours of a time report. The rule is whole hours rounded down, so the format stores
 * a safe integer (exact in JavaScript); convert raw figures with {@link wholeHours}.
 */
const wholeHoursField = z.number().refine((n) => Number.isSafeInteger(n) && n >= 0 && n <= 744, {
  message: 'Whole hours from 0 to 744 (a month), rounded down',
  params: {
    sv: 'Hela timmar från 0 till 744 (en månad), avrundat nedåt',
    en: 'Whole hours from 0 to 744 (a month), rounded down',
  },
});

/**
 * Participants and their monthly time reports (tidrapporter). Participants are pseudonymous
 * ids; only aggregates ever leave in a table.
 *
 * @example
 * ```ts
 * import { timeReportsSchema } from '@styrkit/esf';
 * const t = timeReportsSchema.parse({
 *   projectId: 'p',
 *   participants: [{ id: 'P1', gender: 'woman', employment: 'permanent' }],
 *   reports: [{ participant: 'P1', month: '2022-03', phase: 'implementation',
 *               activity: 'Utbildning', hours: 4, signed: true }],
 * });
 * t.reports[0]?.hours; // 4
 * ```
 */
export const timeReportsSchema = z.object({
  projectId: id.meta(fieldText('Projektets id', 'Id of the project')),
  /** True when the register is made up for testing (the seeds only give totals). */
  synthetic: z
    .boolean()
    .default(false)
    .meta(
      fieldText(
        'Sant när registret är påhittat för test',
        'True when the register is made up for testing',
      ),
    ),
  participants: z
    .array(
      z
        .object({
          id: id.meta(fieldText('Deltagarens pseudonyma id', 'Pseudonymous id of the participant')),
          gender: z
            .enum(['woman', 'man', 'unspecified'])
            .meta(
              fieldText(
                'Kön: woman (kvinna), man eller unspecified (ej angivet)',
                'Gender: woman, man or unspecified',
              ),
            ),
          employment: employmentSchema.meta(
            fieldText(
              'Anställningsform: permanent (tillsvidare), fixed-term (visstid) eller hourly-substitute (timvikarie)',
              'Employment: permanent, fixed-term or hourly-substitute',
            ),
          ),
          ...rateFields,
        })
        .superRefine(checkRateFields(false)),
    )
    .meta(fieldText('Deltagare', 'Participants')),
  /**
   * Hourly rates by employment type, for participants without a rate of their own (for
   * example one documented average salary cost for all hourly-paid substitutes). Optional:
   * without a rate a participant's hours have an unknown value, never 0.
   */
  ratesByEmployment: z
    .array(
      z
        .object({
          employment: employmentSchema.meta(
            fieldText(
              'Anställningsformen som timpriset gäller',
              'Employment type the rate applies to',
            ),
          ),
          ...rateFields,
        })
        .superRefine(checkRateFields(true)),
    )
    .default([])
    .superRefine((rates, ctx) => {
      const seen = new Set<string>();
      rates.forEach((r, i) => {
        if (seen.has(r.employment)) {
          issue(
            ctx,
            [i, 'employment'],
            'Anställningsformen har redan ett timpris',
            'The employment type already has a rate',
          );
        }
        seen.add(r.employment);
      });
    })
    .meta(
      fieldText(
        'Timpris per anställningsform för deltagare utan eget timpris; utan timpris är värdet okänt, aldrig 0',
        'Hourly rates by employment type for participants without their own; without a rate the value is unknown, never 0',
      ),
    ),
  reports: z
    .array(
      z.object({
        participant: id.meta(fieldText('Deltagarens id', 'Id of the participant')),
        month: z
          .string()
          .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Month as YYYY-MM' })
          .meta(fieldText('Månad, ÅÅÅÅ-MM', 'Month, YYYY-MM')),
        phase: phaseSchema.meta(fieldText('Projektfas', 'Project phase')),
        activity: z
          .string()
          .trim()
          .min(1)
          .meta(fieldText('Aktivitet som tiden gäller', 'Activity the time was spent on')),
        hours: wholeHoursField.meta(
          fieldText('Hela timmar, avrundat nedåt, 0–744', 'Whole hours, rounded down, 0–744'),
        ),
        signed: z
          .boolean()
          .meta(
            fieldText(
              'Sant när tidrapporten är underskriven',
              'True when the time report is signed',
            ),
          ),
      }),
    )
    .meta(fieldText('Månatliga tidrapporter', 'Monthly time reports')),
});
/**
 * Time reports of one project.
 *
 * @example
 * ```ts
 * import type { TimeReports } from '@styrkit/esf';
 * const rows = (t: TimeReports) => t.reports.length;
 * ```
 */
export type TimeReports = z.infer<typeof timeReportsSchema>;
/**
 * One monthly time report row.
 *
 * @example
 * ```ts
 * import type { TimeReport } from '@styrkit/esf';
 * const hoursOf = (r: TimeReport) => r.hours;
 * ```
 */
export type TimeReport = TimeReports['reports'][number];

const count = z.number().int().nonnegative();

/**
 * A table as a document states it: rows of figures and the totals it claims (the audit
 * recomputes them). Empty cells are null: unknown, never zero.
 *
 * @example
 * ```ts
 * import { statedTableSchema } from '@styrkit/esf';
 * const t = statedTableSchema.parse({
 *   id: 't', title: 'Inköp', columns: ['Mobil'], rows: [{ label: 'A', values: [2] }],
 *   statedTotals: [2],
 * });
 * t.rows.length; // 1
 * ```
 */
export const statedTableSchema = z
  .object({
    id: id.meta(fieldText('Tabellens id', 'Id of the table')),
    title: z.string().trim().min(1).meta(fieldText('Tabellens rubrik', 'Title of the table')),
    columns: z
      .array(z.string().trim().min(1))
      .min(1)
      .meta(fieldText('Kolumnrubriker', 'Column headings')),
    /**
     * What an empty cell means. `unknown` (the default) never counts as zero; `zero` is for
     * tables where a blank plainly means none, such as a purchase list per unit.
     */
    emptyMeans: z
      .enum(['unknown', 'zero'])
      .default('unknown')
      .meta(
        fieldText(
          'Vad en tom cell betyder: unknown (okänd, aldrig noll) eller zero (inget)',
          'What an empty cell means: unknown (never zero) or zero (none)',
        ),
      ),
    rows: z
      .array(
        z.object({
          label: z.string().meta(fieldText('Radens rubrik', 'Row label')),
          values: z
            .array(decimal.nullable())
            .meta(
              fieldText(
                'Ett värde per kolumn; null är en tom cell',
                'One value per column; null is an empty cell',
              ),
            ),
        }),
      )
      .meta(fieldText('Tabellens rader', 'Rows of the table')),
    statedTotals: z
      .array(decimal.nullable())
      .meta(
        fieldText(
          'Summor som dokumentet anger, en per kolumn; granskningen räknar om dem',
          'Totals the document states, one per column; the audit recomputes them',
        ),
      ),
  })
  .superRefine((t, ctx) => {
    t.rows.forEach((r, i) => {
      if (r.values.length !== t.columns.length) {
        issue(
          ctx,
          ['rows', i, 'values'],
          `Raden har ${r.values.length} värden men tabellen ${t.columns.length} kolumner`,
          `The row has ${r.values.length} values but the table ${t.columns.length} columns`,
        );
      }
    });
    if (t.statedTotals.length !== t.columns.length) {
      issue(
        ctx,
        ['statedTotals'],
        'En summa per kolumn krävs',
        'One stated total per column is required',
      );
    }
  });
/**
 * A stated table.
 *
 * @example
 * ```ts
 * import type { StatedTable } from '@styrkit/esf';
 * const columns = (t: StatedTable) => t.columns;
 * ```
 */
export type StatedTable = z.infer<typeof statedTableSchema>;

/**
 * The key figures of a final report (slutrapport) as the report states them. The audit
 * recomputes each from the project and the time reports.
 *
 * @example
 * ```ts
 * import { finalReportSchema } from '@styrkit/esf';
 * const r = finalReportSchema.parse({ projectId: 'p', figures: { reportedHours: 10 } });
 * r.figures.reportedHours; // 10
 * ```
 */
export const finalReportSchema = z.object({
  projectId: id.meta(fieldText('Projektets id', 'Id of the project')),
  figures: z
    .object({
      totalFinancing: nonNegative
        .optional()
        .meta(
          fieldText(
            'Total finansiering enligt rapporten, kronor',
            'Total financing as the report states it, SEK',
          ),
        ),
      cofinancing: nonNegative
        .optional()
        .meta(
          fieldText(
            'Medfinansiering enligt rapporten, kronor',
            'Co-financing as the report states it, SEK',
          ),
        ),
      grantPercent: percent
        .optional()
        .meta(fieldText('ESF-stödets andel i procent', 'Share of the ESF grant, in percent')),
      cofinancingPercent: percent
        .optional()
        .meta(fieldText('Medfinansieringens andel i procent', 'Share of co-financing, in percent')),
      requiredCofinancingPercent: percent
        .optional()
        .meta(
          fieldText(
            'Utlysningens krav på medfinansiering i procent, som rapporten anger det',
            "The call's required co-financing share as the report states it, in percent",
          ),
        ),
      plannedHours: count
        .optional()
        .meta(fieldText('Planerade deltagartimmar', 'Planned participant hours')),
      reportedHours: count
        .optional()
        .meta(fieldText('Redovisade deltagartimmar', 'Reported participant hours')),
      participants: z
        .object({
          total: count
            .optional()
            .meta(fieldText('Antal deltagare totalt', 'Participants in total')),
          women: count.optional().meta(fieldText('Antal kvinnor', 'Number of women')),
          men: count.optional().meta(fieldText('Antal män', 'Number of men')),
          hourlySubstitutes: count
            .optional()
            .meta(fieldText('Antal timvikarier', 'Number of hourly-paid substitutes')),
        })
        .optional()
        .meta(fieldText('Deltagare enligt rapporten', 'Participants as the report states them')),
      expectedParticipants: count
        .optional()
        .meta(fieldText('Förväntat antal deltagare', 'Expected number of participants')),
      staffCounts: z
        .array(
          z.object({
            date: isoDateSchema.meta(
              fieldText('Dag för räkningen, ÅÅÅÅ-MM-DD', 'Day of the count, YYYY-MM-DD'),
            ),
            women: count.meta(fieldText('Antal kvinnor', 'Number of women')),
            men: count.meta(fieldText('Antal män', 'Number of men')),
          }),
        )
        .default([])
        .meta(fieldText('Personal per kön vid givna datum', 'Staff by gender on given dates')),
    })
    .meta(
      fieldText(
        'Nyckeltal som rapporten anger; granskningen räknar om vart och ett',
        'Key figures as the report states them; the audit recomputes each',
      ),
    ),
  tables: z
    .array(statedTableSchema)
    .default([])
    .meta(fieldText('Tabeller som rapporten anger', 'Tables as the report states them')),
});
/**
 * A final report.
 *
 * @example
 * ```ts
 * import type { FinalReport } from '@styrkit/esf';
 * const hours = (r: FinalReport) => r.figures.reportedHours;
 * ```
 */
export type FinalReport = z.infer<typeof finalReportSchema>;
