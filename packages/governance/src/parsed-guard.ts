import { notList, notOfType, parseCadence, requireParsed } from '@styrkit/core';
import type { ForumSet } from './model.js';
import type { MilestonePlan } from './milestone-model.js';
import type { RiskRegister } from './risk-model.js';

// Probes of the fields the governance parsers fill (issue 15). Organisations, RACI matrices
// and gate logs come out of their parsers as they went in (the parsers check, not convert), so
// only risk registers (measures, status, scale steps), milestone plans (kind) and forum sets
// (cadence read from cadenceText) are probed.

function riskProblem(r: RiskRegister): string | undefined {
  const shape =
    notOfType(r.scale, 'scale', 'object') ??
    notOfType(r.scale.probability, 'scale.probability', 'object') ??
    notOfType(r.scale.probability.min, 'scale.probability.min', 'number') ??
    notOfType(r.scale.consequence, 'scale.consequence', 'object') ??
    notOfType(r.scale.consequence.min, 'scale.consequence.min', 'number') ??
    notList(r.risks, 'risks');
  if (shape !== undefined) return shape;
  for (const [i, risk] of r.risks.entries()) {
    // No path text is built for the risks that pass (the common case).
    if (Array.isArray(risk.measures) && typeof risk.status === 'string') continue;
    const problem =
      notList(risk.measures, `risks.${i}.measures`) ??
      notOfType(risk.status, `risks.${i}.status`, 'string');
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function milestoneProblem(p: MilestonePlan): string | undefined {
  const list = notList(p.milestones, 'milestones');
  if (list !== undefined) return list;
  for (const [i, m] of p.milestones.entries()) {
    if (typeof m.kind === 'string') continue;
    const problem = notOfType(m.kind, `milestones.${i}.kind`, 'string');
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/**
 * A forum whose cadenceText reads as a cadence but has none was not filled by parseForumSet
 * (which keeps a forum without cadence only when its text cannot be read). Parsed sets have
 * their cadences, so parseCadence runs only on the forums a parser could not read.
 */
function forumSetProblem(set: ForumSet): string | undefined {
  const list = notList(set.forums, 'forums');
  if (list !== undefined) return list;
  for (const [i, f] of set.forums.entries()) {
    if (f.cadence !== undefined || typeof f.cadenceText !== 'string') continue;
    const start = f.active?.start ?? set.period?.start;
    if (parseCadence(f.cadenceText, start === undefined ? {} : { start }).ok) {
      return `forums.${i}.cadence is missing while its cadenceText ${JSON.stringify(f.cadenceText)} reads as one`;
    }
  }
  return undefined;
}

/** @internal Throws a clear TypeError when `register` is not what parseRiskRegister returns. */
export function requireRiskRegister(register: RiskRegister, calculation: string): void {
  requireParsed(register, riskProblem, calculation, 'parseRiskRegister');
}

/** @internal Throws a clear TypeError when `plan` is not what parseMilestonePlan returns. */
export function requireMilestonePlan(plan: MilestonePlan, calculation: string): void {
  requireParsed(plan, milestoneProblem, calculation, 'parseMilestonePlan');
}

/** @internal Throws a clear TypeError when `set` is not what parseForumSet returns. */
export function requireForumSet(set: ForumSet, calculation: string): void {
  requireParsed(set, forumSetProblem, calculation, 'parseForumSet');
}
