import { parseBacklog, rankBacklog, type RankedItem } from '@styrkit/effects';
import {
  currentState,
  decidingRole,
  gateDeciders,
  nextTransitions,
  parseOrganisation,
  type GateItem,
  type GateProcess,
  type GateTransition,
  type Organisation,
} from '@styrkit/governance';
import type { Finding } from './api.js';
import type { Text } from './i18n.js';

/** A decision of a gate log as stored (amounts as exact strings). */
export interface StoredDecision {
  readonly id: string;
  readonly item: string;
  readonly gate?: string;
  readonly date: string;
  readonly what?: string;
  readonly outcome: GateTransition['outcome'];
  readonly decidedBy: string;
  readonly forum?: string;
  readonly kind: string;
  readonly amountKr?: string;
}

/** A `governance/gate-log` document as the host stores it. */
export interface StoredGateLog {
  readonly name: string;
  readonly organisation?: string;
  readonly forumSet?: string;
  readonly process: GateProcess;
  readonly items: readonly GateItem[];
  readonly decisions: readonly StoredDecision[];
  readonly [key: string]: unknown;
}

/** An item of a stored `effects/backlog` document (amounts and scores as exact strings). */
export interface StoredBacklogItem {
  readonly id: string;
  readonly title: string;
  readonly mandatory?: boolean;
  readonly scores?: Readonly<Record<string, string>>;
  readonly dependsOn?: readonly string[];
  readonly cost?: string | null;
  readonly benefit?: string | null;
  readonly owner?: string;
  readonly [key: string]: unknown;
}

/** A stored `effects/backlog` document. */
export interface StoredBacklog {
  readonly title: string;
  readonly method: 'weighted' | 'ordered';
  readonly criteria: readonly { id: string; title: string; source?: string; weight?: string }[];
  readonly items: readonly StoredBacklogItem[];
  readonly [key: string]: unknown;
}

/** What a person submits: a need or an idea. */
export interface NeedInput {
  readonly title: string;
  readonly scope: NonNullable<GateItem['scope']>;
  readonly funding: NonNullable<GateItem['funding']>;
  readonly mandatory: boolean;
  readonly scores: Readonly<Record<string, string>>;
}

/** Words of the process outcomes. */
export const OUTCOME_TEXT: Record<GateTransition['outcome'], Text> = {
  advance: { sv: 'Gå vidare', en: 'Advance' },
  backlog: { sv: 'Till gemensam väntelista', en: 'To the shared backlog' },
  'sort-out': { sv: 'Sortera bort', en: 'Sort out' },
  'loop-back': {
    sv: 'Utredningen klar: åter till beredning',
    en: 'Study done: back to preparation',
  },
};

/** English names of the needs process's steps (the process names them in Swedish). */
export const STATE_TEXT_EN: Readonly<Record<string, string>> = {
  insamling: '1 Collecting needs and ideas',
  grovsallning: '2 Rough screening',
  beredning: '3 Preparation',
  'klart-for-start': '4 Ready to start',
  backlog: 'Shared backlog',
  genomforande: 'Project execution',
  bortsorterad: 'Sorted out',
};

/** Who is affected and who pays, in words. */
export const SCOPE_TEXT: Record<NeedInput['scope'], Text> = {
  'one-unit': { sv: 'En avdelning', en: 'One department' },
  'several-units': { sv: 'Flera avdelningar', en: 'Several departments' },
  'several-administrations': { sv: 'Flera förvaltningar', en: 'Several administrations' },
};

/** Who pays, in words. */
export const FUNDING_TEXT: Record<NeedInput['funding'], Text> = {
  'own-unit': { sv: 'Egen avdelning', en: 'Own department' },
  shared: { sv: 'Delad finansiering', en: 'Shared funding' },
};

/**
 * A new id for a need from its title: lower-case ascii words joined with "-", made unique
 * among the ids already used.
 *
 * @example
 * ```ts
 * needId('Digitala lås på äldreboenden', ['digitala-las-pa-aldreboenden']); // 'digitala-las-pa-aldreboenden-2'
 * ```
 */
export function needId(title: string, taken: readonly string[]): string {
  const base =
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'behov';
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/**
 * Adds a submitted need to the gate log (in the process's first step) and to the backlog
 * (with its mandatory flag and scores, so it can be ranked once it reaches the backlog).
 * A blank title is a finding, and nothing changes.
 *
 * @example
 * ```ts
 * const r = submitNeed({ name: 'L', process: NEEDS_PROCESS, items: [], decisions: [] },
 *   { title: 'B', method: 'ordered', criteria: [], items: [] },
 *   { title: 'Ny idé', scope: 'one-unit', funding: 'own-unit', mandatory: false, scores: {} });
 * r.ok && r.log.items[0]?.id; // 'ny-ide'
 * ```
 */
export function submitNeed(
  log: StoredGateLog,
  backlog: StoredBacklog,
  input: NeedInput,
):
  | { ok: true; log: StoredGateLog; backlog: StoredBacklog; id: string }
  | { ok: false; findings: Finding[] } {
  const title = input.title.trim();
  if (title === '') {
    return {
      ok: false,
      findings: [
        {
          code: 'demo/need-title-missing',
          severity: 'error',
          path: ['title'],
          message: { sv: 'Behovet behöver en rubrik', en: 'The need needs a title' },
          expected: 'text',
          actual: '',
        },
      ],
    };
  }
  const bad = Object.entries(input.scores).filter(([, v]) => v !== '' && !/^\d+(\.\d+)?$/.test(v));
  if (bad.length > 0) {
    return {
      ok: false,
      findings: bad.map(([k, v]) => ({
        code: 'demo/need-score-not-a-number',
        severity: 'error' as const,
        path: ['scores', k],
        message: {
          sv: `Poängen för ${k} ska vara ett tal, inte "${v}"`,
          en: `The score for ${k} must be a number, not "${v}"`,
        },
        expected: 'a number ≥ 0',
        actual: v,
      })),
    };
  }
  const id = needId(title, [...log.items.map((i) => i.id), ...backlog.items.map((i) => i.id)]);
  const scores = Object.fromEntries(Object.entries(input.scores).filter(([, v]) => v !== ''));
  return {
    ok: true,
    id,
    log: {
      ...log,
      items: [...log.items, { id, title, scope: input.scope, funding: input.funding, history: [] }],
    },
    backlog: {
      ...backlog,
      items: [...backlog.items, { id, title, mandatory: input.mandatory, scores, dependsOn: [] }],
    },
  };
}

/** Who decides a move, and whether the chosen role may. */
export interface DeciderCheck {
  /** The roles allowed to decide (from the organisation's decision rules, else the process). */
  readonly allowed: readonly string[];
  /** Whether `role` is one of them (true when nobody is named: then any role decides). */
  readonly mayDecide: boolean;
}

/**
 * Who may take the decision of a move for an item: the organisation's decision rules pick the
 * role from the gate, who is affected and who pays; without a rule, the process's deciders.
 *
 * @example
 * ```ts
 * deciderFor(org, NEEDS_PROCESS, item, { from: 'insamling', to: 'grovsallning', outcome: 'advance', gate: 'bp1' }, 'avdelningschef').mayDecide; // true
 * ```
 */
export function deciderFor(
  org: Organisation | undefined,
  process: GateProcess,
  item: GateItem,
  move: GateTransition,
  role: string | undefined,
): DeciderCheck {
  const byRule =
    org === undefined || move.gate === undefined
      ? undefined
      : decidingRole(org, {
          gate: move.gate,
          ...(item.scope === undefined ? {} : { scope: item.scope }),
          ...(item.funding === undefined ? {} : { funding: item.funding }),
        });
  const allowed =
    byRule !== undefined
      ? [byRule]
      : move.gate === undefined
        ? []
        : gateDeciders(process, move.gate, org);
  return {
    allowed,
    mayDecide:
      allowed.length === 0 ? role !== undefined : role !== undefined && allowed.includes(role),
  };
}

/**
 * Records a decision on an item: the move must be one the process allows from the item's
 * current step, and the deciding role must be the one allowed to decide it. Returns the new
 * log, or findings saying why not (nothing changes then).
 *
 * @example
 * ```ts
 * const log = { name: 'L', process: NEEDS_PROCESS, decisions: [],
 *   items: [{ id: 'n1', title: 'N', history: [] }] };
 * const r = decide(log, undefined, 'n1', 'grovsallning', 'avdelningschef', '2026-12-01');
 * r.ok && r.log.items[0]?.history.at(-1)?.to; // 'grovsallning'
 * ```
 */
export function decide(
  log: StoredGateLog,
  org: Organisation | undefined,
  itemId: string,
  to: string,
  role: string,
  date: string,
): { ok: true; log: StoredGateLog; decision: StoredDecision } | { ok: false; findings: Finding[] } {
  const item = log.items.find((i) => i.id === itemId);
  if (item === undefined) {
    return {
      ok: false,
      findings: [
        {
          code: 'demo/need-unknown',
          severity: 'error',
          path: ['items'],
          message: { sv: `Behovet ${itemId} finns inte`, en: `Need ${itemId} does not exist` },
          expected: 'an item of the log',
          actual: itemId,
        },
      ],
    };
  }
  const from = currentState(log.process, item);
  const move = nextTransitions(log.process, item).find((t) => t.to === to);
  if (move === undefined) {
    return {
      ok: false,
      findings: [
        {
          code: 'demo/need-move-not-allowed',
          severity: 'error',
          path: ['items', log.items.indexOf(item), 'history'],
          message: {
            sv: `Processen tillåter inte steget ${from} → ${to}`,
            en: `The process does not allow the move ${from} → ${to}`,
          },
          expected: nextTransitions(log.process, item)
            .map((t) => t.to)
            .join(', '),
          actual: to,
        },
      ],
    };
  }
  const check = deciderFor(org, log.process, item, move, role);
  if (!check.mayDecide) {
    return {
      ok: false,
      findings: [
        {
          code: 'demo/need-wrong-decider',
          severity: 'error',
          path: ['decisions'],
          message: {
            sv: `Beslutet fattas av ${check.allowed.join(' eller ')}, inte ${role}`,
            en: `The decision is taken by ${check.allowed.join(' or ')}, not ${role}`,
          },
          expected: check.allowed.join(', '),
          actual: role,
        },
      ],
    };
  }
  const taken = new Set(log.decisions.map((d) => d.id));
  let n = log.decisions.length + 1;
  while (taken.has(`d${n}`)) n += 1;
  const decision: StoredDecision = {
    id: `d${n}`,
    item: itemId,
    ...(move.gate === undefined ? {} : { gate: move.gate }),
    date,
    outcome: move.outcome,
    decidedBy: role,
    kind: move.gate === 'prioritering' ? 'prioritering' : 'behov',
  };
  return {
    ok: true,
    decision,
    log: {
      ...log,
      items: log.items.map((i) =>
        i.id === itemId
          ? { ...i, history: [...i.history, { from, to, date, decision: decision.id }] }
          : i,
      ),
      decisions: [...log.decisions, decision],
    },
  };
}

/** One column of the board: a step and the items in it. */
export interface BoardColumn {
  readonly state: GateProcess['states'][number];
  readonly items: readonly GateItem[];
}

/**
 * The board: one column per step of the process, in the process's order, each with the items
 * whose current step it is.
 *
 * @example
 * ```ts
 * board({ name: 'L', process: NEEDS_PROCESS, decisions: [], items: [{ id: 'n', title: 'N', history: [] }] })[0]?.items.length; // 1
 * ```
 */
export function board(log: StoredGateLog): BoardColumn[] {
  return log.process.states.map((state) => ({
    state,
    items: log.items.filter((i) => currentState(log.process, i) === state.id),
  }));
}

/**
 * The shared backlog ranked by the prioritisation rules (mandatory first, then the criteria
 * in order or by weight, dependencies respected): the backlog document's items that stand in
 * the process's backlog step. Findings when the backlog document does not parse.
 *
 * @example
 * ```ts
 * const log = { name: 'L', process: NEEDS_PROCESS, decisions: [], items: [
 *   { id: 'a', title: 'A', history: [{ from: 'grovsallning', to: 'backlog', date: '2026-01-01' }] },
 *   { id: 'b', title: 'B', history: [{ from: 'grovsallning', to: 'backlog', date: '2026-01-01' }] }] };
 * const b = { title: 'B', method: 'ordered', criteria: [{ id: 'k', title: 'K', source: 'mandatory' }],
 *   items: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B', mandatory: true }] };
 * rankedBacklog(log, b).ranked.map((r) => r.item.id); // ['b', 'a']
 * ```
 */
export function rankedBacklog(
  log: StoredGateLog,
  backlog: StoredBacklog,
): { ranked: RankedItem[]; findings: Finding[] } {
  const waiting = new Set(
    log.items.filter((i) => currentState(log.process, i) === 'backlog').map((i) => i.id),
  );
  const known = new Set(backlog.items.map((i) => i.id));
  // A need put on the backlog before the portal kept its backlog entry still takes its place,
  // unscored (ranked after every scored item).
  const extra = log.items
    .filter((i) => waiting.has(i.id) && !known.has(i.id))
    .map((i) => ({ id: i.id, title: i.title }));
  const parsed = parseBacklog({
    ...backlog,
    items: [...backlog.items.filter((i) => waiting.has(i.id)), ...extra],
  });
  if (!parsed.ok) return { ranked: [], findings: parsed.error };
  return { ranked: rankBacklog(parsed.value), findings: [] };
}

/** Parses the organisation the gate log names (undefined when it does not parse). */
export function organisationOf(doc: unknown): Organisation | undefined {
  const r = parseOrganisation(doc);
  return r.ok ? r.value : undefined;
}
