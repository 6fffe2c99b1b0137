import type { Finding, Path } from '@styrkit/core';
import { auditObjektplan } from './audit.js';
import type { Pm3Finding } from './codes.js';
import { MATRIX_COLUMNS, type Objektplan } from './model.js';
import { parseObjektplan } from './parse.js';

/**
 * What {@link parseObjektplanPartial} reads from a document with invalid fields: the readable
 * part of the plan, the findings about the unreadable fields, and what was set aside.
 *
 * @example
 * ```ts
 * import type { PartialObjektplan } from '@styrkit/pm3';
 * const r: PartialObjektplan = { value: undefined, findings: [], complete: false, removed: [], placeholders: [] };
 * ```
 */
export interface PartialObjektplan {
  /** The plan without its unreadable fields; undefined when not even that can be read. */
  readonly value: Objektplan | undefined;
  /** The `pm3/invalid-input` findings of the document as given (empty when it is valid). */
  readonly findings: readonly Finding[];
  /** True when the document was valid as given. */
  readonly complete: boolean;
  /** List entries left out because they could not be read (paths in the document as given). */
  readonly removed: readonly Path[];
  /** Required top-level fields given a placeholder, so no check depending on them runs. */
  readonly placeholders: readonly string[];
}

/**
 * Placeholders for required fields that cannot be left out, by path; no check relies on their
 * value (the checks that would are dropped, {@link DEPENDS_ON}).
 */
const PLACEHOLDERS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['["id"]', 'unreadable'],
  ['["objectId"]', 'unreadable'],
  ['["title"]', 'unreadable'],
  ['["year"]', 1900],
  ['["version"]', { label: 'unreadable', status: 'draft' }],
  ['["budget"]', { unit: 'kkr', rows: [] }],
  ['["budget","unit"]', 'kkr'],
  ['["budget","rows"]', []],
  ['["fte","unit"]', 'fte'],
]);

/** Findings that depend on a placeholder field and would say something false. */
const DEPENDS_ON: Readonly<Record<string, (f: Pm3Finding) => boolean>> = {
  '["year"]': (f) => f.code === 'pm3/validity-outside-year',
  '["version"]': (f) => f.code === 'pm3/decided-without-decider',
  '["budget"]': (f) => f.path[0] === 'budget' || f.code === 'pm3/cost-without-fte',
};

const MATRIX_CELLS: ReadonlySet<string> = new Set(MATRIX_COLUMNS);
/** At most this many repair rounds; each round repairs every reported path. */
const MAX_ROUNDS = 12;

type Json = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Json {
  return typeof value === 'object' && value !== null;
}

/** A copy of the plain-data part of a document (objects and arrays), values shared. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (isContainer(value) && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
  }
  return value;
}

function at(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A matrix cell: `budget.rows[i].businessVm` and the like. */
function isCell(path: Path): boolean {
  return (
    path.length === 4 &&
    (path[0] === 'budget' || path[0] === 'fte') &&
    path[1] === 'rows' &&
    typeof path[2] === 'number' &&
    MATRIX_CELLS.has(String(path[3]))
  );
}

/** A list entry left out: where it was (at that moment) and what it held. */
interface Removal {
  readonly array: Path;
  readonly index: number;
  readonly entry: unknown;
}

/** The activity of an unreadable matrix row: unique, and known to be no real id. */
const UNREADABLE_ROW = 'unreadable-row-';

/** A placeholder for a required field inside a list entry, when one keeps the entry useful. */
function entryPlaceholder(path: Path): unknown {
  // A matrix row without a readable activity still adds to the column and grand totals.
  if (
    path.length === 4 &&
    (path[0] === 'budget' || path[0] === 'fte') &&
    path[1] === 'rows' &&
    typeof path[2] === 'number' &&
    path[3] === 'activity'
  ) {
    return `${UNREADABLE_ROW}${String(path[2])}`;
  }
  return undefined;
}

interface Repairs {
  readonly tried: Set<string>;
  /** Removed array elements, each in the coordinates of the moment it was removed. */
  readonly removals: Removal[];
  /** Paths (as JSON) given a placeholder. */
  readonly placeholders: Set<string>;
}

/**
 * Repairs the document at one reported path, or at the nearest ancestor not tried yet: a cell
 * becomes unknown, a list entry is left out, a required field gets its placeholder, any other
 * field is left out (a required one is reported again and its parent is repaired next round).
 */
function repair(doc: Record<string, unknown>, reported: Path, repairs: Repairs): void {
  let path = reported;
  while (path.length > 0 && repairs.tried.has(JSON.stringify(path))) path = path.slice(0, -1);
  if (path.length === 0) return;
  const id = JSON.stringify(path);
  repairs.tried.add(id);
  const key = path[path.length - 1];
  const parent = at(doc, path.slice(0, -1));
  if (!isContainer(parent) || key === undefined) return;
  if (isCell(path)) {
    // An unreadable cell is an unknown amount: every total that includes it says so.
    (parent as Record<string, unknown>)[String(key)] = '?';
    return;
  }
  if (Array.isArray(parent) && typeof key === 'number') {
    if (key < parent.length) {
      const [entry] = parent.splice(key, 1);
      repairs.removals.push({ array: path.slice(0, -1), index: key, entry });
    }
    return;
  }
  const record = parent as Record<string, unknown>;
  const inEntry = entryPlaceholder(path);
  if (inEntry !== undefined) {
    record[String(key)] = inEntry;
    return;
  }
  if (PLACEHOLDERS.has(id)) {
    record[String(key)] = copy(PLACEHOLDERS.get(id));
    repairs.placeholders.add(id);
    return;
  }
  Reflect.deleteProperty(record, String(key));
}

/** Maps a path of the repaired document back to the document as given. */
function originalPath(path: Path, removals: readonly Removal[]): Path {
  const out = [...path];
  for (let r = removals.length - 1; r >= 0; r -= 1) {
    const removal = removals[r];
    if (removal === undefined) continue;
    const { array, index } = removal;
    if (out.length <= array.length) continue;
    if (!array.every((part, i) => out[i] === part)) continue;
    const position = out[array.length];
    if (typeof position === 'number' && position >= index) out[array.length] = position + 1;
  }
  return out;
}

/**
 * Reads as much of an objektplan as can be read. A valid document gives the same plan as
 * {@link parseObjektplan}. Otherwise the invalid fields are set aside one by one (an unreadable
 * matrix cell becomes unknown, "?", so every total that includes it is reported as known part
 * plus unknowns; an unreadable optional field is left out; an unreadable list entry is left
 * out; a required top-level field gets a placeholder) and the rest is kept. Never throws.
 *
 * @example
 * ```ts
 * import { parseObjektplanPartial } from '@styrkit/pm3';
 * const r = parseObjektplanPartial({ id: 'p', objectId: 'o', title: 'P', year: 2021,
 *   version: { label: 'A', status: 'draft' },
 *   budget: { unit: 'kkr', rows: [{ activity: 'anvandarstod', businessVm: 'abc', businessVu: 200 }] } });
 * r.complete; // false
 * r.value?.budget.rows[0]?.businessVm; // 'unknown'
 * r.findings[0]?.path; // ['budget', 'rows', 0, 'businessVm']
 * ```
 */
export function parseObjektplanPartial(input: unknown): PartialObjektplan {
  const read = readPartial(input);
  // The host's checks run on the value alone (checkWithKind): they find its reading here.
  if (read.value !== undefined && !read.complete) readings.set(read.value, read);
  const { removals } = read;
  return {
    value: read.value,
    findings: read.findings,
    complete: read.complete,
    removed: removals.map((r, k) => originalPath([...r.array, r.index], removals.slice(0, k))),
    placeholders: [...read.placeholders].map((p) => (JSON.parse(p) as string[]).join('.')),
  };
}

/** How each partial plan handed out was read, for the checks that later run on it. */
const readings = new WeakMap<Objektplan, Read>();

interface Read {
  readonly value: Objektplan | undefined;
  readonly findings: readonly Finding[];
  readonly complete: boolean;
  readonly removals: readonly Removal[];
  readonly placeholders: ReadonlySet<string>;
}

function readPartial(input: unknown): Read {
  const none = { removals: [], placeholders: new Set<string>() };
  const first = parseObjektplan(input);
  if (first.ok) return { value: first.value, findings: [], complete: true, ...none };
  const findings = first.error;
  if (!isContainer(input) || Array.isArray(input)) {
    return { value: undefined, findings, complete: false, ...none };
  }
  const doc = copy(input) as Record<string, unknown>;
  const repairs: Repairs = { tried: new Set(), removals: [], placeholders: new Set() };
  let reported: readonly Finding[] = findings;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    // Later list entries first, so removing one does not move the others still to repair.
    const paths = reported
      .map((f) => f.path)
      .sort((a, b) => JSON.stringify(b).localeCompare(JSON.stringify(a), 'en', { numeric: true }));
    for (const path of paths) repair(doc, path, repairs);
    const again = parseObjektplan(doc);
    if (again.ok) {
      return {
        value: again.value,
        findings,
        complete: false,
        removals: repairs.removals,
        placeholders: repairs.placeholders,
      };
    }
    reported = again.error;
  }
  return { value: undefined, findings, complete: false, ...none };
}

/**
 * Every finding about an objektplan as given, valid or not: the `pm3/invalid-input` findings of
 * its unreadable fields plus every audit finding that does not depend on them (on the part
 * {@link parseObjektplanPartial} can read, paths in the document as given). One bad cell,
 * date or goal link does not hide the other checks.
 *
 * @example
 * ```ts
 * import { checkObjektplan } from '@styrkit/pm3';
 * const fs = checkObjektplan({ id: 'p', objectId: 'o', title: 'P', year: 2021,
 *   version: { label: 'A', status: 'draft' },
 *   budget: { unit: 'kkr', rows: [{ activity: 'anvandarstod', businessVm: 'abc', businessVu: 200, statedTotal: 2300 }] } });
 * fs.map((f) => f.code); // ['pm3/invalid-input', 'pm3/total-has-unknown']
 * ```
 */
export function checkObjektplan(input: unknown): Finding[] {
  const read = readPartial(input);
  if (read.value === undefined) return [...read.findings];
  if (read.complete) return auditObjektplan(read.value);
  return [...read.findings, ...auditRead(read.value, read)];
}

/**
 * @internal The audit of a plan as the plugin's check runs it: a plan that
 * {@link parseObjektplanPartial} read from a document with invalid fields gets only the findings
 * that do not depend on them, with the document's own paths.
 */
export function auditPlanAsRead(plan: Objektplan): Pm3Finding[] {
  const read = readings.get(plan);
  return read === undefined ? auditObjektplan(plan) : auditRead(plan, read);
}

function auditRead(plan: Objektplan, read: Read): Pm3Finding[] {
  const dependent = [...read.placeholders].flatMap((id) => {
    const test = DEPENDS_ON[id];
    return test === undefined ? [] : [test];
  });
  const removedIds = new Set<string>();
  const removedLinkGoals = new Set<string>();
  for (const r of read.removals) {
    const entry = r.entry as { id?: unknown; planGoals?: unknown } | null | undefined;
    const list = r.array.length === 1 ? r.array[0] : undefined;
    if (list === 'committeeGoals' || list === 'planGoals' || list === 'mainActivities') {
      if (typeof entry?.id === 'string') removedIds.add(entry.id.trim());
    }
    if (list === 'goalLinks' && Array.isArray(entry?.planGoals)) {
      for (const g of entry.planGoals) if (typeof g === 'string') removedLinkGoals.add(g.trim());
    }
  }
  // A check that would only fire because an unreadable entry was left out says nothing true.
  const follows = (f: Pm3Finding): boolean => {
    if (f.code === 'pm3/unknown-reference' && f.actual !== undefined) {
      return removedIds.has(f.actual) || f.actual.startsWith(UNREADABLE_ROW);
    }
    if (f.code === 'pm3/strategic-without-goal-link' && typeof f.path[1] === 'number') {
      const links = plan.initiatives[f.path[1]]?.links ?? [];
      return links.some((g) => removedLinkGoals.has(g));
    }
    return false;
  };
  const audit = auditObjektplan(plan).filter((f) => !dependent.some((d) => d(f)) && !follows(f));
  if (read.removals.length === 0) return audit;
  return audit.map((f) => ({ ...f, path: originalPath(f.path, read.removals) }));
}
