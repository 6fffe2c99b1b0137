import { Exact, monthsBetween } from '@styrkit/core';
import { esfCodes, type EsfFinding } from './codes.js';
import { budgetVersions } from './change-requests.js';
import { cofinancingShortfall, computeFinancing } from './financing.js';
import { LEGAL_FLAT_RATE_MAXIMA } from './flat-rates.js';
import type { Call, ChangeRequest, FlatRateOption, Project } from './model.js';
import { staffHoursCap } from './staff-rate.js';
import { requireCall, requireChangeRequests, requireProject } from './parsed-guard.js';

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

function auditFinancing(project: Project, call: Call | undefined): EsfFinding[] {
  const out: EsfFinding[] = [];
  const f = computeFinancing(project);
  if (f.totalSource === 'lines' && project.statedTotalEligibleCost !== undefined) {
    const computed = f.totalEligibleCost ?? Exact.ZERO;
    if (!computed.equals(project.statedTotalEligibleCost)) {
      out.push(
        esfCodes.create('esf/total-cost-mismatch', {
          path: ['statedTotalEligibleCost'],
          expected: project.statedTotalEligibleCost,
          actual: computed,
          data: { stated: project.statedTotalEligibleCost, computed },
        }),
      );
    }
  }
  if (project.statedGrant !== undefined && f.totalEligibleCost !== undefined) {
    const financed = project.statedGrant.plus(f.cofinancing);
    if (!financed.equals(f.totalEligibleCost)) {
      out.push(
        esfCodes.create('esf/financing-mismatch', {
          path: ['statedGrant'],
          expected: f.totalEligibleCost,
          actual: financed,
          data: { stated: financed, computed: f.totalEligibleCost },
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
      out.push(
        esfCodes.create('esf/cofinancing-below-required', {
          path: ['cofinancing'],
          expected: call.requiredCofinancingPercent,
          actual: f.cofinancingPercent,
          data: {
            in: 'project',
            share: f.cofinancingPercent,
            required: call.requiredCofinancingPercent,
            points: shortfall.points,
            amount: shortfall.amount,
          },
        }),
      );
    }
  }
  return out;
}

function auditFlatRates(project: Project, call: Call | undefined): EsfFinding[] {
  const out: EsfFinding[] = [];
  const options = project.flatRates.map((f) => f.option);
  project.flatRates.forEach((rate, i) => {
    const path = ['flatRates', i, 'percent'];
    const option = rate.option;
    const legal = LEGAL_FLAT_RATE_MAXIMA[rate.option];
    if (rate.percent.gt(legal)) {
      out.push(
        esfCodes.create('esf/flat-rate-above-maximum', {
          path,
          expected: legal,
          actual: rate.percent,
          data: { option, percent: rate.percent, maximum: legal, of: 'law' },
        }),
      );
    }
    if (options.indexOf(rate.option) !== i) {
      out.push(
        esfCodes.create('esf/flat-rate-combination', {
          path: ['flatRates', i, 'option'],
          data: { kind: 'repeated', option },
        }),
      );
    }
    if (call === undefined || call.flatRates.length === 0) return;
    const offered = call.flatRates.find((c) => c.option === rate.option);
    if (offered === undefined) {
      out.push(
        esfCodes.create('esf/flat-rate-not-allowed', {
          path: ['flatRates', i, 'option'],
          data: { kind: 'not-offered', option },
        }),
      );
    } else if (rate.percent.gt(offered.maxPercent) && offered.maxPercent.lt(legal)) {
      out.push(
        esfCodes.create('esf/flat-rate-above-maximum', {
          path,
          expected: offered.maxPercent,
          actual: rate.percent,
          data: { option, percent: rate.percent, maximum: offered.maxPercent, of: 'call' },
        }),
      );
    } else if (!offered.adjustable && !rate.percent.equals(offered.maxPercent)) {
      out.push(
        esfCodes.create('esf/flat-rate-not-allowed', {
          path,
          expected: offered.maxPercent,
          actual: rate.percent,
          data: { kind: 'exact-required', option, percent: offered.maxPercent },
        }),
      );
    }
  });
  const unique = new Set(options);
  if (unique.has('other-40-staff') && unique.size > 1) {
    out.push(
      esfCodes.create('esf/flat-rate-combination', {
        path: ['flatRates'],
        data: { kind: 'forty-combined' },
      }),
    );
  }
  if (INDIRECT_OPTIONS.filter((o) => unique.has(o)).length > 1) {
    out.push(
      esfCodes.create('esf/flat-rate-combination', {
        path: ['flatRates'],
        data: { kind: 'indirect-twice' },
      }),
    );
  }
  return out;
}

function auditInKind(project: Project): EsfFinding[] {
  const out: EsfFinding[] = [];
  for (const [si, source] of project.cofinancing.entries()) {
    if (source.form !== 'in-kind') continue;
    const refs = project.budgetLines
      .map((line, li) => ({ line, li }))
      .filter(({ line }) => line.inKindSourceId === source.id);
    if (refs.length === 0 && project.budgetLines.length > 0) {
      out.push(
        esfCodes.create('esf/in-kind-missing-cost-line', {
          path: ['cofinancing', si],
          data: { source: source.label },
        }),
      );
    }
    refs.forEach(({ line, li }, n) => {
      const asStaff = source.participantTime !== undefined && line.category !== 'participant-costs';
      if (n > 0 || asStaff) {
        out.push(
          esfCodes.create('esf/in-kind-double-counted', {
            path: ['budgetLines', li, 'inKindSourceId'],
            data: asStaff
              ? { kind: 'as-staff', source: source.label, line: line.label }
              : { kind: 'repeated', source: source.label },
          }),
        );
      }
    });
    if (source.participantTime?.phases.includes('closing') === true) {
      out.push(
        esfCodes.create('esf/participant-cofinancing-in-closing', {
          path: ['cofinancing', si, 'participantTime', 'phases'],
          data: { kind: 'planned', source: source.label },
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
        data: { kind: 'line', line: line.label },
      }),
    );
  });
  return out;
}

function auditStaffLines(project: Project): EsfFinding[] {
  const out: EsfFinding[] = [];
  project.budgetLines.forEach((line, li) => {
    const phase = project.phases.find((p) => p.phase === line.phase);
    if (phase === undefined) {
      out.push(
        esfCodes.create('esf/phase-not-defined', {
          path: ['budgetLines', li, 'phase'],
          data: { line: line.label, phase: line.phase },
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
          data: { line: line.label, hours: line.staff.hours, cap },
        }),
      );
    }
  });
  return out;
}

function auditSimplifiedCosts(project: Project, sekPerEur: Exact | undefined): EsfFinding[] {
  if (project.stateAid || project.flatRates.length > 0) return [];
  if (sekPerEur === undefined || !sekPerEur.isPositive()) {
    // Without a usable rate the rule cannot be tried: say so rather than pass in silence.
    return [
      esfCodes.create('esf/simplified-costs-not-checked', {
        path: ['flatRates'],
        ...(sekPerEur === undefined ? {} : { actual: sekPerEur }),
        data: sekPerEur === undefined ? {} : { rate: sekPerEur },
      }),
    ];
  }
  const total = computeFinancing(project).totalEligibleCost;
  if (total === undefined) return [];
  const eur = total.dividedBy(sekPerEur);
  if (eur.gt(SIMPLIFIED_COST_THRESHOLD_EUR)) return [];
  return [
    esfCodes.create('esf/simplified-costs-required', {
      path: ['flatRates'],
      expected: SIMPLIFIED_COST_THRESHOLD_EUR,
      actual: eur.round(2, 'half-up'),
      data: { eur },
    }),
  ];
}

function auditChangeRequests(project: Project, requests: readonly ChangeRequest[]): EsfFinding[] {
  const out: EsfFinding[] = [];
  requests.forEach((r, i) => {
    if (r.projectId !== project.id) {
      out.push(
        esfCodes.create('esf/change-request-wrong-project', {
          path: ['changeRequests', i, 'projectId'],
          expected: project.id,
          actual: r.projectId,
          data: { request: r.id, named: r.projectId, project: project.id },
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
        data: { request: o.changeRequestId, moved: o.moved, available: o.available },
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
export function auditProject(project: Project, context: ProjectAuditContext = {}): EsfFinding[] {
  requireProject(project, 'auditProject');
  requireCall(context.call, 'auditProject');
  requireChangeRequests(context.changeRequests ?? [], 'auditProject');
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
