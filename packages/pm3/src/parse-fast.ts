import { Exact, isExact, isIsoDate, parseNumber } from '@styrkit/core';
import { readCell, readStatedAmount } from './cell.js';
import type { Objektplan } from './model.js';

/*
 * A hand-written reader of objektplaner beside the zod schema, for portfolios of thousands of
 * plans (issue 18: parsing ≤ 2× JSON.parse). The zod schema in model.ts stays the definition
 * of the format: this accepts only documents the schema accepts and builds exactly the plan
 * the schema would return (known keys only, in the schema's order, texts trimmed, defaults
 * filled). Whatever it does not accept goes to zod, so every finding and its message comes from
 * zod alone. `__tests__/parse-fast.test.ts` checks fast == zod on generated and mutated plans.
 */

type Rec = Record<string, unknown>;

/** A plain object (what JSON and YAML readers make), else undefined: zod decides the rest. */
function record(value: unknown): Rec | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null ? (value as Rec) : undefined;
}

/** `z.string().trim().min(1)`. */
function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t.length > 0 ? t : undefined;
}

/** An array of `z.string().trim().min(1)`, or undefined. */
function texts(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out = new Array<string>(value.length);
  for (let i = 0; i < value.length; i += 1) {
    const t = text(value[i]);
    if (t === undefined) return undefined;
    out[i] = t;
  }
  return out;
}

/** Marks a failed optional field: the whole document goes to zod. */
const FAIL = Symbol('fail');
type Opt<T> = T | undefined | typeof FAIL;

function optText(value: unknown): Opt<string> {
  return value === undefined ? undefined : (text(value) ?? FAIL);
}

/** `texts` with `.default([])`. */
function textsOrEmpty(value: unknown): string[] | undefined {
  return value === undefined ? [] : texts(value);
}

/** `maybeExactSchema`: an amount, null for unknown, FAIL for anything else. */
function maybeExact(value: unknown): Exact | null | typeof FAIL {
  if (isExact(value)) return Exact.of(value);
  if (value === null) return null;
  if (typeof value === 'number') {
    return Number.isFinite(value) && (!Number.isInteger(value) || Number.isSafeInteger(value))
      ? Exact.fromLiteral(value)
      : FAIL;
  }
  if (typeof value === 'string') {
    const parsed = parseNumber(value);
    if (!parsed.ok) return FAIL;
    return parsed.value.kind === 'unknown' ? null : parsed.value.value;
  }
  return FAIL;
}

function oneOf<T extends string>(value: unknown, options: readonly T[]): T | undefined {
  return typeof value === 'string' && (options as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

const COLUMNS = ['businessVm', 'businessVu', 'itVm', 'itVu'] as const;

function matrix(value: unknown): Objektplan['budget'] | undefined {
  const m = record(value);
  if (m === undefined) return undefined;
  const unit = oneOf(m.unit, ['kkr', 'tkr', 'fte'] as const);
  if (unit === undefined || !Array.isArray(m.rows)) return undefined;
  const rowsIn: unknown[] = m.rows;
  const rows = new Array<Objektplan['budget']['rows'][number]>(rowsIn.length);
  for (let i = 0; i < rowsIn.length; i += 1) {
    const r = record(rowsIn[i]);
    if (r === undefined) return undefined;
    const activity = text(r.activity);
    const businessVm = readCell(r.businessVm);
    const businessVu = readCell(r.businessVu);
    const itVm = readCell(r.itVm);
    const itVu = readCell(r.itVu);
    if (
      activity === undefined ||
      businessVm === undefined ||
      businessVu === undefined ||
      itVm === undefined ||
      itVu === undefined
    ) {
      return undefined;
    }
    if (r.statedTotal === undefined) {
      rows[i] = { activity, businessVm, businessVu, itVm, itVu };
    } else {
      const statedTotal = maybeExact(r.statedTotal);
      if (statedTotal === FAIL) return undefined;
      rows[i] = { activity, businessVm, businessVu, itVm, itVu, statedTotal };
    }
  }
  const out: Objektplan['budget'] = { unit, rows };
  if (m.statedColumnTotals !== undefined) {
    const c = record(m.statedColumnTotals);
    if (c === undefined) return undefined;
    const totals: Record<string, Exact | null> = {};
    for (const column of COLUMNS) {
      if (c[column] === undefined) continue;
      const v = maybeExact(c[column]);
      if (v === FAIL) return undefined;
      totals[column] = v;
    }
    out.statedColumnTotals = totals;
  }
  if (m.statedGrandTotal !== undefined) {
    const g = maybeExact(m.statedGrandTotal);
    if (g === FAIL) return undefined;
    out.statedGrandTotal = g;
  }
  return out;
}

/** Arrays of `{ id, title }` with trimmed texts (committee goals, plan goals). */
function idTitles(value: unknown): { id: string; title: string }[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const out = new Array<{ id: string; title: string }>(value.length);
  for (let i = 0; i < value.length; i += 1) {
    const r = record(value[i]);
    const id = text(r?.id);
    const title = text(r?.title);
    if (id === undefined || title === undefined) return undefined;
    out[i] = { id, title };
  }
  return out;
}

function goalLinks(value: unknown): Objektplan['goalLinks'] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const out = new Array<Objektplan['goalLinks'][number]>(value.length);
  for (let i = 0; i < value.length; i += 1) {
    const r = record(value[i]);
    if (r === undefined) return undefined;
    const id = text(r.id);
    const committees = texts(r.committees);
    const committeeGoal = text(r.committeeGoal);
    const activity = text(r.activity);
    const planGoals = textsOrEmpty(r.planGoals);
    if (
      id === undefined ||
      committees === undefined ||
      committees.length === 0 ||
      committeeGoal === undefined ||
      activity === undefined ||
      planGoals === undefined
    ) {
      return undefined;
    }
    out[i] = { id, committees, committeeGoal, activity, planGoals };
  }
  return out;
}

function statedFigures(value: unknown): Objektplan['statedFigures'] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const out = new Array<Objektplan['statedFigures'][number]>(value.length);
  for (let i = 0; i < value.length; i += 1) {
    const r = record(value[i]);
    if (r === undefined) return undefined;
    const id = text(r.id);
    const label = text(r.label);
    const matrixName = oneOf(r.matrix, ['budget', 'fte'] as const);
    const activity = optText(r.activity);
    const activityType =
      r.activityType === undefined ? undefined : (oneOf(r.activityType, ['vm', 'vu']) ?? FAIL);
    const side = r.side === undefined ? undefined : (oneOf(r.side, ['business', 'it']) ?? FAIL);
    const amount = readStatedAmount(r.value);
    if (
      id === undefined ||
      label === undefined ||
      matrixName === undefined ||
      activity === FAIL ||
      activityType === FAIL ||
      side === FAIL ||
      amount === undefined
    ) {
      return undefined;
    }
    out[i] = {
      id,
      label,
      matrix: matrixName,
      ...(activity === undefined ? {} : { activity }),
      ...(activityType === undefined ? {} : { activityType }),
      ...(side === undefined ? {} : { side }),
      value: amount,
    };
  }
  return out;
}

function costBreakdowns(value: unknown): Objektplan['costBreakdowns'] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const out = new Array<Objektplan['costBreakdowns'][number]>(value.length);
  for (let i = 0; i < value.length; i += 1) {
    const r = record(value[i]);
    if (r === undefined || !Array.isArray(r.items)) return undefined;
    const id = text(r.id);
    const title = text(r.title);
    const unit = oneOf(r.unit, ['kr', 'tkr', 'kkr', 'mnkr'] as const);
    const statedTotal = readStatedAmount(r.statedTotal);
    if (id === undefined || title === undefined || unit === undefined) return undefined;
    if (statedTotal === undefined) return undefined;
    const itemsIn: unknown[] = r.items;
    const items = new Array<Objektplan['costBreakdowns'][number]['items'][number]>(itemsIn.length);
    for (let k = 0; k < itemsIn.length; k += 1) {
      const item = record(itemsIn[k]);
      const label = text(item?.label);
      const amount = readStatedAmount(item?.amount);
      if (label === undefined || amount === undefined) return undefined;
      items[k] = { label, amount };
    }
    out[i] = { id, title, unit, statedTotal, items };
  }
  return out;
}

function initiatives(value: unknown): Objektplan['initiatives'] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const out = new Array<Objektplan['initiatives'][number]>(value.length);
  for (let i = 0; i < value.length; i += 1) {
    const r = record(value[i]);
    if (r === undefined) return undefined;
    const id = text(r.id);
    const name = text(r.name);
    const category = oneOf(r.category, ['strategic', 'prioritised', 'desirable'] as const);
    const cost = r.cost === undefined ? undefined : maybeExact(r.cost);
    const effectTypes = textsOrEmpty(r.effectTypes);
    const perspectives = textsOrEmpty(r.perspectives);
    const timeToEffect = optText(r.timeToEffect);
    const effectScope = optText(r.effectScope);
    const links = textsOrEmpty(r.links);
    const note = optText(r.note);
    if (
      id === undefined ||
      name === undefined ||
      category === undefined ||
      cost === FAIL ||
      effectTypes === undefined ||
      perspectives === undefined ||
      timeToEffect === FAIL ||
      effectScope === FAIL ||
      links === undefined ||
      note === FAIL
    ) {
      return undefined;
    }
    // Keys in the schema's order: optional ones only when given.
    const initiative: Rec = { id, name, category };
    if (cost !== undefined) initiative.cost = cost;
    initiative.effectTypes = effectTypes;
    initiative.perspectives = perspectives;
    if (timeToEffect !== undefined) initiative.timeToEffect = timeToEffect;
    if (effectScope !== undefined) initiative.effectScope = effectScope;
    initiative.links = links;
    if (note !== undefined) initiative.note = note;
    out[i] = initiative as Objektplan['initiatives'][number];
  }
  return out;
}

function roles(value: unknown): Objektplan['roles'] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const out = new Array<Objektplan['roles'][number]>(value.length);
  for (let i = 0; i < value.length; i += 1) {
    const r = record(value[i]);
    if (r === undefined) return undefined;
    const level = oneOf(r.level, ['budget', 'decision', 'operational'] as const);
    const side = oneOf(r.side, ['business', 'it'] as const);
    const title = text(r.title);
    const person = optText(r.person);
    if (level === undefined || side === undefined || title === undefined || person === FAIL) {
      return undefined;
    }
    out[i] = person === undefined ? { level, side, title } : { level, side, title, person };
  }
  return out;
}

function version(value: unknown): Objektplan['version'] | undefined {
  const v = record(value);
  if (v === undefined) return undefined;
  const label = text(v.label);
  const status = oneOf(v.status, ['draft', 'decided', 'revised'] as const);
  const decidedBy = optText(v.decidedBy);
  const decidedOn = v.decidedOn;
  const supersedes = optText(v.supersedes);
  if (label === undefined || status === undefined || decidedBy === FAIL || supersedes === FAIL) {
    return undefined;
  }
  if (decidedOn !== undefined && (typeof decidedOn !== 'string' || !isIsoDate(decidedOn))) {
    return undefined;
  }
  const out: Objektplan['version'] = { label, status };
  if (decidedBy !== undefined) out.decidedBy = decidedBy;
  if (decidedOn !== undefined) out.decidedOn = decidedOn;
  if (supersedes !== undefined) out.supersedes = supersedes;
  return out;
}

function validity(value: unknown): Objektplan['validity'] | typeof FAIL {
  if (value === undefined) return undefined;
  const v = record(value);
  const start = v?.start;
  const end = v?.end;
  if (typeof start !== 'string' || typeof end !== 'string') return FAIL;
  if (!isIsoDate(start) || !isIsoDate(end) || start > end) return FAIL;
  return { start, end };
}

/** `mainActivities`: `{ id, title: { sv, en } }` (titles are not trimmed). */
function mainActivities(value: unknown): Objektplan['mainActivities'] | typeof FAIL {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return FAIL;
  const out = new Array<NonNullable<Objektplan['mainActivities']>[number]>(value.length);
  for (let i = 0; i < value.length; i += 1) {
    const r = record(value[i]);
    const id = text(r?.id);
    const title = record(r?.title);
    if (id === undefined || title === undefined) return FAIL;
    const { sv, en } = title;
    if (typeof sv !== 'string' || typeof en !== 'string') return FAIL;
    out[i] = { id, title: { sv, en } };
  }
  return out;
}

function vocabularies(value: unknown): Objektplan['vocabularies'] | typeof FAIL {
  if (value === undefined) return undefined;
  const v = record(value);
  if (v === undefined) return FAIL;
  const out: NonNullable<Objektplan['vocabularies']> = {};
  for (const key of ['effectTypes', 'perspectives', 'timeToEffect', 'effectScopes'] as const) {
    if (v[key] === undefined) continue;
    const list = texts(v[key]);
    if (list === undefined) return FAIL;
    out[key] = list;
  }
  return out;
}

/**
 * @internal An objektplan exactly as `objektplanSchema` would return it, or undefined when the
 * schema must decide (it may accept the document after all, or report why not).
 */
export function fastObjektplan(input: unknown): Objektplan | undefined {
  const d = record(input);
  if (d === undefined) return undefined;
  const id = text(d.id);
  const objectId = text(d.objectId);
  const title = text(d.title);
  const year = d.year;
  if (id === undefined || objectId === undefined || title === undefined) return undefined;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2200) {
    return undefined;
  }
  const valid = validity(d.validity);
  const ver = version(d.version);
  const organisationRef = optText(d.organisationRef);
  const forumsRef = optText(d.forumsRef);
  const activities = mainActivities(d.mainActivities);
  const committeeGoals = idTitles(d.committeeGoals);
  const planGoals = idTitles(d.planGoals);
  const links = goalLinks(d.goalLinks);
  const budget = matrix(d.budget);
  const fte = d.fte === undefined ? undefined : (matrix(d.fte) ?? FAIL);
  const figures = statedFigures(d.statedFigures);
  const breakdowns = costBreakdowns(d.costBreakdowns);
  const inits = initiatives(d.initiatives);
  const people = roles(d.roles);
  const vocab = vocabularies(d.vocabularies);
  if (
    valid === FAIL ||
    ver === undefined ||
    organisationRef === FAIL ||
    forumsRef === FAIL ||
    activities === FAIL ||
    committeeGoals === undefined ||
    planGoals === undefined ||
    links === undefined ||
    budget === undefined ||
    fte === FAIL ||
    figures === undefined ||
    breakdowns === undefined ||
    inits === undefined ||
    people === undefined ||
    vocab === FAIL
  ) {
    return undefined;
  }
  // Keys in the schema's order, as zod builds them.
  const plan: Partial<Objektplan> & Rec = { id, objectId, title, year };
  if (valid !== undefined) plan.validity = valid;
  plan.version = ver;
  if (organisationRef !== undefined) plan.organisationRef = organisationRef;
  if (forumsRef !== undefined) plan.forumsRef = forumsRef;
  if (activities !== undefined) plan.mainActivities = activities;
  plan.committeeGoals = committeeGoals;
  plan.planGoals = planGoals;
  plan.goalLinks = links;
  plan.budget = budget;
  if (fte !== undefined) plan.fte = fte;
  plan.statedFigures = figures;
  plan.costBreakdowns = breakdowns;
  plan.initiatives = inits;
  plan.roles = people;
  if (vocab !== undefined) plan.vocabularies = vocab;
  return plan as Objektplan;
}
