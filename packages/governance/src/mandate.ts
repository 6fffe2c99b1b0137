import type { LocalizedText } from '@styrkit/core';
import type { AffectedScope, Decision, Funding, GateItem, Organisation } from './model.js';

/**
 * What a decision concerns, for picking the deciding role: the gate, who is affected, who pays.
 *
 * @example
 * ```ts
 * import type { DecisionQuestion } from '@styrkit/governance';
 * const q: DecisionQuestion = { gate: 'bp3', scope: 'several-administrations', funding: 'shared' };
 * ```
 */
export interface DecisionQuestion {
  /** The decision point, e.g. `'bp3'`. */
  readonly gate?: string;
  /** Who is affected. */
  readonly scope?: AffectedScope;
  /** Who pays. */
  readonly funding?: Funding;
}

/**
 * The role that should decide, by the organisation's decision rules: the first rule whose
 * conditions all match (an omitted condition matches anything; a question that leaves out a
 * value the rule asks about does not match it). `undefined` when no rule applies.
 *
 * @example
 * ```ts
 * import { decidingRole, parseOrganisation } from '@styrkit/governance';
 * const parsed = parseOrganisation({
 *   name: 'Förvaltningen',
 *   parties: [],
 *   roles: [
 *     { id: 'avdelningschef', name: 'Avdelningschef' },
 *     { id: 'forvaltningsdirektor', name: 'Förvaltningsdirektör' },
 *   ],
 *   people: [],
 *   assignments: [],
 *   decisionRules: [
 *     { gates: ['bp1'], scopes: ['one-unit'], funding: ['own-unit'], role: 'avdelningschef' },
 *     { scopes: ['several-administrations'], role: 'forvaltningsdirektor' },
 *   ],
 * });
 * if (!parsed.ok) throw new Error('invalid');
 * const org = parsed.value;
 * decidingRole(org, { gate: 'bp1', scope: 'one-unit', funding: 'own-unit' }); // 'avdelningschef'
 * decidingRole(org, { gate: 'bp1', scope: 'one-unit' }); // undefined
 * ```
 */
export function decidingRole(org: Organisation, q: DecisionQuestion): string | undefined {
  const matches = <T>(allowed: readonly T[] | undefined, value: T | undefined): boolean =>
    allowed === undefined || (value !== undefined && allowed.includes(value));
  return (org.decisionRules ?? []).find(
    (rule) =>
      matches(rule.gates, q.gate) &&
      matches(rule.scopes, q.scope) &&
      matches(rule.funding, q.funding),
  )?.role;
}

/**
 * The verdict on one decision: with mandate or not, and every reason why not.
 *
 * @example
 * ```ts
 * import type { MandateCheck } from '@styrkit/governance';
 * const c: MandateCheck = { withMandate: true, reasons: [] };
 * ```
 */
export interface MandateCheck {
  /** True when no rule was broken. */
  readonly withMandate: boolean;
  /** Why the decision lacks mandate (empty when it has one). */
  readonly reasons: readonly LocalizedText[];
  /** The role the decision rules point at, when they point anywhere. */
  readonly requiredRole?: string;
}

/**
 * Checks whether a decision was taken with mandate: the deciding role must hold a mandate for
 * the kind of decision, within its amount limit (kr, compared exactly), and must be the role the
 * decision rules pick for the item's scope and funding. Without a mandate catalogue only the
 * decision rules are checked.
 *
 * @example
 * ```ts
 * import { checkMandate, parseOrganisation, type Decision, type GateItem } from '@styrkit/governance';
 * const parsed = parseOrganisation({
 *   name: 'Förvaltningen',
 *   parties: [],
 *   roles: [
 *     { id: 'avdelningschef', name: 'Avdelningschef' },
 *     { id: 'forvaltningsdirektor', name: 'Förvaltningsdirektör' },
 *   ],
 *   people: [],
 *   assignments: [],
 *   mandates: [{ role: 'avdelningschef', decisionKinds: ['behov'], maxAmountKr: '500000' }],
 *   decisionRules: [
 *     { funding: ['own-unit'], role: 'avdelningschef' },
 *     { funding: ['shared'], role: 'forvaltningsdirektor' },
 *   ],
 * });
 * if (!parsed.ok) throw new Error('invalid');
 * const org = parsed.value;
 * const item: GateItem = { id: 'n1', title: 'Digitala lås', funding: 'shared', history: [] };
 * const decision: Decision = { id: 'd1', item: 'n1', gate: 'bp1', date: '2024-03-01', outcome: 'advance', decidedBy: 'avdelningschef', kind: 'behov' };
 * checkMandate(org, decision, item).withMandate; // false
 * checkMandate(org, decision, item).requiredRole; // 'forvaltningsdirektor'
 * ```
 */
export function checkMandate(org: Organisation, decision: Decision, item?: GateItem): MandateCheck {
  const reasons: LocalizedText[] = [];
  if (org.mandates !== undefined) {
    const held = org.mandates.filter(
      (m) => m.role === decision.decidedBy && m.decisionKinds.includes(decision.kind),
    );
    if (held.length === 0) {
      reasons.push({
        sv: `Rollen "${decision.decidedBy}" har inget mandat för beslut av typen "${decision.kind}".`,
        en: `Role "${decision.decidedBy}" has no mandate for decisions of kind "${decision.kind}".`,
      });
    } else if (decision.amountKr !== undefined) {
      const amount = decision.amountKr;
      const within = held.some((m) => m.maxAmountKr === undefined || amount.lte(m.maxAmountKr));
      if (!within) {
        reasons.push({
          sv: `Beloppet ${amount.toString()} kr överstiger rollens beloppsgräns.`,
          en: `The amount ${amount.toString()} kr exceeds the role's limit.`,
        });
      }
    }
  }
  const requiredRole = decidingRole(org, {
    ...(decision.gate === undefined ? {} : { gate: decision.gate }),
    ...(item?.scope === undefined ? {} : { scope: item.scope }),
    ...(item?.funding === undefined ? {} : { funding: item.funding }),
  });
  if (requiredRole !== undefined && requiredRole !== decision.decidedBy) {
    reasons.push({
      sv: `Enligt beslutsreglerna ska "${requiredRole}" besluta, inte "${decision.decidedBy}".`,
      en: `By the decision rules "${requiredRole}" decides, not "${decision.decidedBy}".`,
    });
  }
  return {
    withMandate: reasons.length === 0,
    reasons,
    ...(requiredRole === undefined ? {} : { requiredRole }),
  };
}
