import { Exact, monthsBetween, type Finding } from '@styrkit/core';
import { esfCodes } from './codes.js';
import { budgetVersions } from './change-requests.js';
import { cofinancingShortfall, computeFinancing } from './financing.js';
import { LEGAL_FLAT_RATE_MAXIMA } from './flat-rates.js';
import type { Call, ChangeRequest, FlatRateOption, Project } from './model.js';
import { staffHoursCap } from './staff-rate.js';
import { FLAT_RATE_NAMES, PHASE_NAMES, nameOf, num, pct } from './text.js';

/** Operations up to this total (EUR) must use simplified cost options. */
const SIMPLIFIED_COST_THRESHOLD_EUR = Exact.of(200000);
const INDIRECT_OPTIONS: readonly FlatRateOption[] = [
  'indirect-7-direct',
  'indirect-15-staff',
  'indirect-25-direct',
];

/**
 * What a project is checked against besides itself.
 *
 * @example
 * ```ts
 * import type { ProjectAuditContext } from '@styrkit/esf';
 * const ctx: ProjectAuditContext = { changeRequests: [] };
 * ```
 */
export interface ProjectAuditContext {
  /** The call: required co-financing share, allowed flat rates, EUR rate. */
  readonly call?: Call;
  /** Change requests to replay against the budget. */
  readonly changeRequests?: readonly ChangeRequest[];
  /** SEK per EUR for the EUR 200 000 rule; overrides the call's rate. */
  readonly sekPerEur?: Exact;
}

function auditFinancing(project: Project, call: Call | undefined): Finding[] {
  const out: Finding[] = [];
  const f = computeFinancing(project);
  if (f.totalSource === 'lines' && project.statedTotalEligibleCost !== undefined) {
    const computed = f.totalEligibleCost ?? Exact.ZERO;
    if (!computed.equals(project.statedTotalEligibleCost)) {
      const stated = num(project.statedTotalEligibleCost);
      const actual = num(computed);
      out.push(
        esfCodes.create('esf/total-cost-mismatch', {
          path: ['statedTotalEligibleCost'],
          expected: project.statedTotalEligibleCost,
          actual: computed,
          message: {
            sv: `Angiven total kostnad ${stated.sv} kr, budgetrader och schabloner ger ${actual.sv} kr`,
            en: `Stated total cost SEK ${stated.en}, lines and flat rates give SEK ${actual.en}`,
          },
        }),
      );
    }
  }
  if (project.statedGrant !== undefined && f.totalEligibleCost !== undefined) {
    const financed = project.statedGrant.plus(f.cofinancing);
    if (!financed.equals(f.totalEligibleCost)) {
      const a = num(financed);
      const e = num(f.totalEligibleCost);
      out.push(
        esfCodes.create('esf/financing-mismatch', {
          path: ['statedGrant'],
          expected: f.totalEligibleCost,
          actual: financed,
          message: {
            sv: `Stöd plus medfinansiering är ${a.sv} kr men total kostnad ${e.sv} kr`,
            en: `Grant plus co-financing is SEK ${a.en} but total cost SEK ${e.en}`,
          },
        }),
      );
    }
  }
  if (call !== undefined && f.cofinancingPercent !== undefined) {
    const shortfall = cofinancingShortfall({
      total: f.totalEligibleCost,
      cofinancing: f.cofinancing,
      requiredPercent: call.requiredCofinancingPercent,
    });
    if (shortfall !== undefined) {
      const have = pct(f.cofinancingPercent);
      const need = pct(call.requiredCofinancingPercent);
      const points = num(shortfall.points, 2);
      const sek = num(shortfall.amount, 0);
      out.push(
        esfCodes.create('esf/cofinancing-below-required', {
          path: ['cofinancing'],
          expected: call.requiredCofinancingPercent,
          actual: f.cofinancingPercent,
          message: {
            sv: `Medfinansieringen är ${have.sv} av total kostnad, utlysningen kräver ${need.sv}: ${points.sv} procentenheter eller cirka ${sek.sv} kr för lite`,
            en: `Co-financing is ${have.en} of total cost, the call requires ${need.en}: ${points.en} percentage points or about SEK ${sek.en} short`,
          },
        }),
      );
    }
  }
  return out;
}

function auditFlatRates(project: Project, call: Call | undefined): Finding[] {
  const out: Finding[] = [];
  const options = project.flatRates.map((f) => f.option);
  project.flatRates.forEach((rate, i) => {
    const path = ['flatRates', i, 'percent'];
    const name = nameOf(FLAT_RATE_NAMES, rate.option);
    const legal = LEGAL_FLAT_RATE_MAXIMA[rate.option];
    if (rate.percent.gt(legal)) {
      out.push(
        esfCodes.create('esf/flat-rate-above-maximum', {
          path,
          expected: legal,
          actual: rate.percent,
          message: {
            sv: `${name.sv}: ${pct(rate.percent).sv} är över lagens maxnivå ${pct(legal).sv}`,
            en: `${name.en}: ${pct(rate.percent).en} is above the legal maximum ${pct(legal).en}`,
          },
        }),
      );
    }
    if (options.indexOf(rate.option) !== i) {
      out.push(
        esfCodes.create('esf/flat-rate-combination', {
          path: ['flatRates', i, 'option'],
          message: {
            sv: `${name.sv} är vald mer än en gång`,
            en: `${name.en} is chosen more than once`,
          },
        }),
      );
    }
    if (call === undefined || call.flatRates.length === 0) return;
    const offered = call.flatRates.find((c) => c.option === rate.option);
    if (offered === undefined) {
      out.push(
        esfCodes.create('esf/flat-rate-not-allowed', {
          path: ['flatRates', i, 'option'],
          message: {
            sv: `Utlysningen erbjuder inte schablonen ${name.sv}`,
            en: `The call does not offer the flat rate ${name.en}`,
          },
        }),
      );
    } else if (rate.percent.gt(offered.maxPercent) && offered.maxPercent.lt(legal)) {
      out.push(
        esfCodes.create('esf/flat-rate-above-maximum', {
          path,
          expected: offered.maxPercent,
          actual: rate.percent,
          message: {
            sv: `${name.sv}: ${pct(rate.percent).sv} är över utlysningens maxnivå ${pct(offered.maxPercent).sv}`,
            en: `${name.en}: ${pct(rate.percent).en} is above the call's maximum ${pct(offered.maxPercent).en}`,
          },
        }),
      );
    } else if (!offered.adjustable && !rate.percent.equals(offered.maxPercent)) {
      out.push(
        esfCodes.create('esf/flat-rate-not-allowed', {
          path,
          expected: offered.maxPercent,
          actual: rate.percent,
          message: {
            sv: `${name.sv}: utlysningen kräver exakt ${pct(offered.maxPercent).sv}`,
            en: `${name.en}: the call requires exactly ${pct(offered.maxPercent).en}`,
          },
        }),
      );
    }
  });
  const unique = new Set(options);
  if (unique.has('other-40-staff') && unique.size > 1) {
    out.push(
      esfCodes.create('esf/flat-rate-combination', {
        path: ['flatRates'],
        message: {
          sv: '40 %-schablonen täcker alla andra kostnader och kan inte kombineras med andra schabloner',
          en: 'The 40 % rate covers all other costs and cannot be combined with other flat rates',
        },
      }),
    );
  }
  if (INDIRECT_OPTIONS.filter((o) => unique.has(o)).length > 1) {
    out.push(
      esfCodes.create('esf/flat-rate-combination', {
        path: ['flatRates'],
        message: {
          sv: 'Bara en schablon för indirekta kostnader får väljas',
          en: 'Only one flat rate for indirect costs may be chosen',
        },
      }),
    );
  }
  return out;
}

function auditInKind(project: Project): Finding[] {
  const out: Finding[] = [];
  for (const [si, source] of project.cofinancing.entries()) {
    if (source.form !== 'in-kind') continue;
    const refs = project.budgetLines
      .map((line, li) => ({ line, li }))
      .filter(({ line }) => line.inKindSourceId === source.id);
    if (refs.length === 0 && project.budgetLines.length > 0) {
      out.push(
        esfCodes.create('esf/in-kind-missing-cost-line', {
          path: ['cofinancing', si],
          message: {
            sv: `Bidraget "${source.label}" har ingen kostnadsrad som visar dess värde`,
            en: `The contribution "${source.label}" has no cost line showing its value`,
          },
        }),
      );
    }
    refs.forEach(({ line, li }, n) => {
      const asStaff = source.participantTime !== undefined && line.category !== 'participant-costs';
      if (n > 0 || asStaff) {
        out.push(
          esfCodes.create('esf/in-kind-double-counted', {
            path: ['budgetLines', li, 'inKindSourceId'],
            message: asStaff
              ? {
                  sv: `Deltagartiden "${source.label}" är budgeterad som direkt kostnad på raden "${line.label}"`,
                  en: `The participant time "${source.label}" is budgeted as a direct cost on line "${line.label}"`,
                }
              : {
                  sv: `Bidraget "${source.label}" räknas på mer än en kostnadsrad`,
                  en: `The contribution "${source.label}" is counted on more than one cost line`,
                },
          }),
        );
      }
    });
    if (source.participantTime?.phases.includes('closing') === true) {
      out.push(
        esfCodes.create('esf/participant-cofinancing-in-closing', {
          path: ['cofinancing', si, 'participantTime', 'phases'],
          message: {
            sv: `Deltagartiden "${source.label}" är planerad i avslutsfasen`,
            en: `The participant time "${source.label}" is planned in the closing phase`,
          },
        }),
      );
    }
  }
  project.budgetLines.forEach((line, li) => {
    if (line.phase !== 'closing' || line.category !== 'participant-costs') return;
    const source = project.cofinancing.find((s) => s.id === line.inKindSourceId);
    if (source?.participantTime === undefined) return;
    out.push(
      esfCodes.create('esf/participant-cofinancing-in-closing', {
        path: ['budgetLines', li, 'phase'],
        message: {
          sv: `Raden "${line.label}" medfinansierar avslutsfasen med deltagartid`,
          en: `Line "${line.label}" co-finances the closing phase with participant time`,
        },
      }),
    );
  });
  return out;
}

function auditStaffLines(project: Project): Finding[] {
  const out: Finding[] = [];
  project.budgetLines.forEach((line, li) => {
    const phase = project.phases.find((p) => p.phase === line.phase);
    if (phase === undefined) {
      const name = nameOf(PHASE_NAMES, line.phase);
      out.push(
        esfCodes.create('esf/phase-not-defined', {
          path: ['budgetLines', li, 'phase'],
          message: {
            sv: `Raden "${line.label}" ligger i fasen ${name.sv} som projektet saknar datum för`,
            en: `Line "${line.label}" is in phase ${name.en}, which the project has no dates for`,
          },
        }),
      );
      return;
    }
    if (line.staff === undefined) return;
    const cap = staffHoursCap(line.staff.employmentShare, monthsBetween(phase));
    if (line.staff.hours.gt(cap)) {
      out.push(
        esfCodes.create('esf/staff-hours-above-cap', {
          path: ['budgetLines', li, 'staff', 'hours'],
          expected: cap.round(2, 'floor'),
          actual: line.staff.hours,
          message: {
            sv: `Raden "${line.label}" har ${num(line.staff.hours).sv} timmar; timpriset medger högst ${num(cap, 2).sv} under fasen`,
            en: `Line "${line.label}" has ${num(line.staff.hours).en} hours; the rate allows at most ${num(cap, 2).en} in the phase`,
          },
        }),
      );
    }
  });
  return out;
}

function auditSimplifiedCosts(project: Project, sekPerEur: Exact | undefined): Finding[] {
  if (project.stateAid || project.flatRates.length > 0) return [];
  if (sekPerEur === undefined || !sekPerEur.isPositive()) {
    // Without a usable rate the rule cannot be tried: say so rather than pass in silence.
    return [
      esfCodes.create('esf/simplified-costs-not-checked', {
        path: ['flatRates'],
        ...(sekPerEur === undefined ? {} : { actual: sekPerEur }),
        message: {
          sv: 'Regeln om förenklade kostnader upp till 200 000 euro är inte prövad: ingen växelkurs (kronor per euro) anges i utlysningen eller vid granskningen',
          en: 'The rule on simplified costs up to EUR 200 000 is not checked: no exchange rate (SEK per EUR) is given in the call or to the audit',
        },
      }),
    ];
  }
  const total = computeFinancing(project).totalEligibleCost;
  if (total === undefined) return [];
  const eur = total.dividedBy(sekPerEur);
  if (eur.gt(SIMPLIFIED_COST_THRESHOLD_EUR)) return [];
  const e = num(eur, 0);
  return [
    esfCodes.create('esf/simplified-costs-required', {
      path: ['flatRates'],
      expected: SIMPLIFIED_COST_THRESHOLD_EUR,
      actual: eur.round(2, 'half-up'),
      message: {
        sv: `Total kostnad motsvarar ${e.sv} euro (högst 200 000): förenklade kostnader krävs men ingen schablon är vald`,
        en: `Total cost is about EUR ${e.en} (at most 200 000): simplified costs are required but no flat rate is chosen`,
      },
    }),
  ];
}

function auditChangeRequests(project: Project, requests: readonly ChangeRequest[]): Finding[] {
  const out: Finding[] = [];
  requests.forEach((r, i) => {
    if (r.projectId !== project.id) {
      out.push(
        esfCodes.create('esf/change-request-wrong-project', {
          path: ['changeRequests', i, 'projectId'],
          expected: project.id,
          actual: r.projectId,
          message: {
            sv: `Förändringsansökan ${r.id} gäller projektet ${r.projectId}, inte ${project.id}`,
            en: `Change request ${r.id} is for project ${r.projectId}, not ${project.id}`,
          },
        }),
      );
    }
  });
  const { overdraws } = budgetVersions(project, requests);
  for (const o of overdraws) {
    const i = requests.findIndex((r) => r.id === o.changeRequestId);
    out.push(
      esfCodes.create('esf/change-request-overdraw', {
        path: ['changeRequests', i, 'moves', o.moveIndex, 'amount'],
        expected: o.available,
        actual: o.moved,
        message: {
          sv: `Förändringsansökan ${o.changeRequestId} flyttar ${num(o.moved).sv} kr men det fanns ${num(o.available).sv} kr`,
          en: `Change request ${o.changeRequestId} moves SEK ${num(o.moved).en} but only SEK ${num(o.available).en} was there`,
        },
      }),
    );
  }
  return out;
}

/**
 * Every rule for a project: total cost against its lines, financing equal to cost, the
 * call's co-financing share (Sala: 32,85 % against 33 %), flat-rate maxima and combinations,
 * in-kind double counting, participant time in the closing phase, staff hours above the cap,
 * the EUR 200 000 simplified-cost rule and change requests that overdraw a cell. Paths are
 * relative to the project (change requests under `changeRequests[i]`).
 *
 * @example
 * ```ts
 * import { auditProject, projectSchema, callSchema } from '@styrkit/esf';
 * const project = projectSchema.parse({ id: 'ip', name: 'IP', owner: 'Sala',
 *   statedTotalEligibleCost: '5549825',
 *   phases: [{ phase: 'implementation', start: '2022-03-01', end: '2023-03-31' }],
 *   cofinancing: [{ id: 't', label: 'Deltagartid', sector: 'public', form: 'in-kind', amount: '1823196' }] });
 * const call = callSchema.parse({ id: 'c', name: 'C', requiredCofinancingPercent: 33 });
 * auditProject(project, { call })[0]?.code; // 'esf/cofinancing-below-required'
 * ```
 */
export function auditProject(project: Project, context: ProjectAuditContext = {}): Finding[] {
  const { call } = context;
  return [
    ...auditFinancing(project, call),
    ...auditFlatRates(project, call),
    ...auditInKind(project),
    ...auditStaffLines(project),
    ...auditSimplifiedCosts(project, context.sekPerEur ?? call?.sekPerEur),
    ...auditChangeRequests(project, context.changeRequests ?? []),
  ];
}
