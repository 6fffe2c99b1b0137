/**
 * Recognisers: a pm3 budget matrix or FTE matrix found in a committee document (by
 * @styrkit/documents) turned into a draft `pm3/objektplan`. The draft holds the table's own
 * figures and nothing else; what the table does not give (object, year, title) gets a
 * placeholder and a finding saying what to fill in. Pure; never throws on a table.
 *
 * @module
 */
import { Exact, convertUnit, parseMoneyUnit, type Finding, type Path } from '@styrkit/core';
import type {
  RecognisableCell,
  RecognisableTable,
  Recognition,
  RecognitionOrigin,
} from '@styrkit/plugin';
import { pm3Codes } from './codes.js';
import { DEFAULT_MAIN_ACTIVITIES, MATRIX_COLUMNS, type MainActivity } from './model.js';
import type { DraftNeedsInputData, TableRef } from './messages.js';

/**
 * A main activity and the names documents give it. Matching ignores case, extra whitespace,
 * a trailing colon and text in parentheses ("Ändringshantering (Utveckling)").
 *
 * @example
 * ```ts
 * import type { ActivityNames } from '@styrkit/pm3';
 * const problem: ActivityNames = {
 *   id: 'problemhantering', title: { sv: 'Problemhantering', en: 'Problem management' },
 *   names: ['Problemhantering', 'Incident- och problemhantering'],
 * };
 * ```
 */
export interface ActivityNames extends MainActivity {
  /** Names as documents write them, current and older ones. */
  readonly names: readonly string[];
}

/**
 * The names the objektplan recogniser knows: pm3's four main activities with their older and
 * variant names, and Problemhantering, which some municipalities add.
 *
 * @example
 * ```ts
 * import { DEFAULT_ACTIVITY_NAMES } from '@styrkit/pm3';
 * DEFAULT_ACTIVITY_NAMES.map((a) => a.id).includes('problemhantering'); // true
 * ```
 */
export const DEFAULT_ACTIVITY_NAMES: readonly ActivityNames[] = [
  {
    ...activity('forvaltningsstyrning'),
    names: [
      'Förvaltningsstyrning',
      'Förvaltningsledning',
      'Styrning av förvaltning',
      'Styrning och ledning',
      'Objektstyrning',
    ],
  },
  {
    ...activity('anvandarstod'),
    names: [
      'Användarstöd',
      'Användarsupport',
      'Support',
      'Verksamhetsstöd',
      'Användarstöd och support',
    ],
  },
  {
    ...activity('andringshantering'),
    names: [
      'Ändringshantering',
      'Ändringshantering (utveckling)',
      'Ändringshantering och utveckling',
      'Ändringar',
      'Utveckling',
    ],
  },
  {
    ...activity('daglig-it-drift'),
    names: [
      'Daglig IT-drift och underhåll',
      'Daglig IT-drift',
      'Daglig drift och underhåll',
      'Daglig drift',
      'IT-drift och underhåll',
      'IT-drift',
      'Drift och underhåll',
      'Drift och förvaltning',
      'Drift',
    ],
  },
  {
    id: 'problemhantering',
    title: { sv: 'Problemhantering', en: 'Problem management' },
    names: ['Problemhantering', 'Incident- och problemhantering', 'Incidenthantering'],
  },
];

function activity(id: string): MainActivity {
  const found = DEFAULT_MAIN_ACTIVITIES.find((a) => a.id === id);
  return found ?? { id, title: { sv: id, en: id } };
}

/**
 * Options of {@link recogniseObjektplan}: the row names it knows (defaults
 * {@link DEFAULT_ACTIVITY_NAMES}; give a municipality's own rows here).
 *
 * @example
 * ```ts
 * import { DEFAULT_ACTIVITY_NAMES, type ObjektplanRecogniserOptions } from '@styrkit/pm3';
 * const o: ObjektplanRecogniserOptions = {
 *   activities: [...DEFAULT_ACTIVITY_NAMES, { id: 'licenser', title: { sv: 'Licenser', en: 'Licences' }, names: ['Licenser'] }],
 * };
 * ```
 */
export interface ObjektplanRecogniserOptions {
  /** Main activities and their names, in the order the draft lists them. */
  readonly activities?: readonly ActivityNames[];
}

type MatrixColumnName = (typeof MATRIX_COLUMNS)[number];
type MatrixKind = 'budget' | 'fte';
type DraftCell = string | null;

/** A table read as a pm3 matrix: which column is which, which row is which. */
interface MatrixReading {
  readonly kind: MatrixKind;
  /** Unit of a budget matrix: the draft's unit and the factor from the table's unit. */
  readonly unit: { readonly draft: 'kkr' | 'tkr' | 'fte'; readonly from?: string } | undefined;
  readonly columns: ReadonlyMap<MatrixColumnName, number>;
  readonly totalColumn: number | undefined;
  readonly rows: readonly { readonly row: number; readonly activity: ActivityNames }[];
  readonly unknownRows: readonly number[];
  readonly totalRow: number | undefined;
  readonly skipped: readonly { readonly what: 'row' | 'column'; readonly index: number }[];
  readonly sidesAssumed: boolean;
}

/** Lower case, one space, no parenthesised text, no trailing colon or full stop. */
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/[\s:.]+$/, '')
    .trim();
}

function bareNormalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .trim();
}

const totalLabel = /^(summa|totalt?|s:a|sum)\b/;

function isTotalLabel(label: string): boolean {
  return totalLabel.test(normalise(label));
}

function matchActivity(
  label: string,
  activities: readonly ActivityNames[],
): ActivityNames | undefined {
  const plain = bareNormalise(label).replace(/[\s:.]+$/, '');
  const bare = normalise(label);
  if (bare === '') return undefined;
  for (const a of activities) {
    if (a.names.some((n) => bareNormalise(n) === plain || normalise(n) === bare)) return a;
  }
  // A longer label that starts with a known name ("Daglig IT-drift och underhåll inkl. nät"):
  // the longest name wins, so "Daglig drift" is not read as "Drift".
  let best: { a: ActivityNames; length: number } | undefined;
  for (const a of activities) {
    for (const n of a.names) {
      const name = normalise(n);
      if (name.length > 0 && bare.startsWith(`${name} `) && name.length > (best?.length ?? 0)) {
        best = { a, length: name.length };
      }
    }
  }
  return best?.a;
}

function activityTypeOf(text: string): 'vm' | 'vu' | undefined {
  const t = normalise(text);
  if (/^vm\b|vidmakthåll/.test(t)) return 'vm';
  if (/^vu\b|vidareutveckl/.test(t)) return 'vu';
  return undefined;
}

function sideOf(text: string): 'business' | 'it' | undefined {
  const t = normalise(text);
  if (/verksamhet/.test(t)) return 'business';
  if (/(^|[^a-zåäö])it([^a-zåäö]|$)|teknisk/.test(t)) return 'it';
  return undefined;
}

const fteWords = /årsarbet|heltid|\bfte\b|\btid\b|personal|tjänster/;

function textsOf(table: RecognisableTable): string[] {
  return [
    table.unit ?? '',
    table.caption ?? '',
    ...table.columns.flatMap((c) => [c.label, ...c.path, c.unit ?? '']),
    ...table.rows.filter((r) => r.kind === 'total' || isTotalLabel(r.label)).map((r) => r.label),
  ];
}

/** Money unit from the table's unit, a column's unit, or a unit word in the caption or headers. */
function moneyUnitOf(table: RecognisableTable): string | undefined {
  const direct = [table.unit, ...table.columns.map((c) => c.unit)];
  for (const u of direct) {
    if (u !== undefined && parseMoneyUnit(u) !== undefined) return u;
  }
  for (const text of textsOf(table)) {
    const m = /\b(kkr|tkr|mnkr|mkr|ksek|tsek|msek)\b/i.exec(text);
    if (m?.[1] !== undefined) return m[1];
  }
  return undefined;
}

function readMatrix(
  table: RecognisableTable,
  activities: readonly ActivityNames[],
): MatrixReading | undefined {
  const kinds = table.columns.map((c) =>
    c.total === true || isTotalLabel(c.label)
      ? ('total' as const)
      : (activityTypeOf(c.label) ?? c.path.map(activityTypeOf).find((t) => t !== undefined)),
  );
  const typed = kinds.filter((k) => k === 'vm' || k === 'vu').length;
  const data = table.rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.kind === 'data' && !isTotalLabel(r.label));
  const matched = data.flatMap(({ r, i }) => {
    const a = matchActivity(r.label, activities);
    return a === undefined ? [] : [{ row: i, activity: a }];
  });
  if (typed < 2 || matched.length < 2) return undefined;

  // Sides: from the header path, a merged group header carried to its right, or else pm3's
  // standard order when the header names no side at all.
  const sides = table.columns.map((c) => {
    for (const p of [...c.path].reverse()) {
      const s = sideOf(p);
      if (s !== undefined) return s;
    }
    return sideOf(c.label);
  });
  let sidesAssumed = false;
  const typedIndexes = kinds.flatMap((k, i) => (k === 'vm' || k === 'vu' ? [i] : []));
  if (typedIndexes.every((i) => sides[i] === undefined)) {
    const order = typedIndexes.map((i) => kinds[i]).join(',');
    if (order !== 'vm,vu,vm,vu') return undefined;
    typedIndexes.forEach((i, n) => (sides[i] = n < 2 ? 'business' : 'it'));
    sidesAssumed = true;
  } else {
    for (let i = 1; i < sides.length; i++) {
      if (sides[i] === undefined && kinds[i] !== 'total' && kinds[i] !== undefined) {
        sides[i] = sides[i - 1];
      }
    }
  }

  const columns = new Map<MatrixColumnName, number>();
  const skipped: { what: 'row' | 'column'; index: number }[] = [];
  let totalColumn: number | undefined;
  kinds.forEach((k, i) => {
    if (k === 'total') {
      if (totalColumn === undefined) totalColumn = i;
      else skipped.push({ what: 'column', index: i });
      return;
    }
    const side = sides[i];
    if (k === undefined || side === undefined) {
      skipped.push({ what: 'column', index: i });
      return;
    }
    const name: MatrixColumnName = `${side}${k === 'vm' ? 'Vm' : 'Vu'}`;
    if (columns.has(name)) skipped.push({ what: 'column', index: i });
    else columns.set(name, i);
  });

  const isFte = textsOf(table).some((t) => fteWords.test(normalise(t)));
  const money = moneyUnitOf(table);
  const kind: MatrixKind = isFte && money === undefined ? 'fte' : 'budget';
  let unit: MatrixReading['unit'];
  if (kind === 'fte') unit = { draft: 'fte' };
  else if (money !== undefined) {
    const m = money.toLowerCase();
    unit = m === 'kkr' || m === 'tkr' ? { draft: m } : { draft: 'tkr', from: money };
  }

  const matchedRows = new Set(matched.map((m) => m.row));
  const unknownRows: number[] = [];
  let totalRow: number | undefined;
  table.rows.forEach((r, i) => {
    if (r.kind === 'total' || isTotalLabel(r.label)) totalRow = i;
    else if (r.kind === 'subtotal') skipped.push({ what: 'row', index: i });
    else if (!matchedRows.has(i)) {
      if (r.values.every((v) => v === null)) skipped.push({ what: 'row', index: i });
      else unknownRows.push(i);
    }
  });
  return {
    kind,
    unit,
    columns,
    totalColumn,
    rows: matched,
    unknownRows,
    totalRow,
    skipped,
    sidesAssumed,
  };
}

/** An activity id from a row label: lower case ASCII with hyphens. */
function slug(label: string): string {
  const s = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'aktivitet' : s;
}

/** An exact figure in Swedish notation, so the draft reads back exactly ("1,125" not "1.125"). */
function svText(value: Exact): string {
  return value.toString().replace('.', ',');
}

interface Built {
  readonly matrix: Record<string, unknown>;
  readonly findings: Finding[];
  readonly origins: RecognitionOrigin[];
  readonly own: ActivityNames[];
}

function placeholder(path: Path, data: DraftNeedsInputData): Finding {
  return pm3Codes.create('pm3/draft-needs-input', { path, data });
}

function tableName(table: RecognisableTable, index: number): TableRef {
  const caption = table.caption;
  return caption === undefined ? { index } : { index, caption };
}

function buildMatrix(
  table: RecognisableTable,
  index: number,
  reading: MatrixReading,
  activities: readonly ActivityNames[],
): Built {
  const name = reading.kind;
  const findings: Finding[] = [];
  const origins: RecognitionOrigin[] = [];
  const own: ActivityNames[] = [];
  const where = tableName(table, index);
  const from = reading.unit?.from;
  const moneyFrom = from === undefined ? undefined : parseMoneyUnit(from);
  const cell = (value: RecognisableCell | undefined): DraftCell => {
    if (value === undefined || value === null) return null;
    if (value === 'unknown') return '?';
    return svText(moneyFrom === undefined ? value : convertUnit(value, moneyFrom, 'tkr'));
  };
  const origin = (path: Path, row: number, column: number | undefined) => {
    if (column !== undefined) origins.push({ path, table: index, row, column });
  };

  const rowOrder = [
    ...reading.rows,
    ...reading.unknownRows.map((row) => {
      const label = table.rows[row]?.label.trim() ?? '';
      const taken = new Set([...activities.map((a) => a.id), ...own.map((a) => a.id)]);
      let id = slug(label);
      for (let n = 2; taken.has(id); n++) id = `${slug(label)}-${n}`;
      const a: ActivityNames = { id, title: { sv: label, en: label }, names: [label] };
      own.push(a);
      findings.push(
        pm3Codes.create('pm3/draft-row-added', {
          path: ['tables', index, 'rows', row],
          actual: label,
          data: { table: where, label, id },
        }),
      );
      return { row, activity: a };
    }),
  ].sort((x, y) => x.row - y.row);

  const rows = rowOrder.map(({ row, activity: a }, k) => {
    const source = table.rows[row];
    const out: Record<string, unknown> = { activity: a.id };
    for (const column of MATRIX_COLUMNS) {
      const c = reading.columns.get(column);
      out[column] = c === undefined ? null : cell(source?.values[c]);
      origin([name, 'rows', k, column], row, c);
    }
    if (reading.totalColumn !== undefined) {
      const total = cell(source?.values[reading.totalColumn]);
      if (total !== null) {
        out.statedTotal = total;
        origin([name, 'rows', k, 'statedTotal'], row, reading.totalColumn);
      }
    }
    return out;
  });

  const matrix: Record<string, unknown> = {
    unit: reading.unit?.draft ?? (name === 'fte' ? 'fte' : 'kkr'),
    rows,
  };
  const totalRow = reading.totalRow === undefined ? undefined : table.rows[reading.totalRow];
  if (reading.totalRow !== undefined && totalRow !== undefined) {
    const stated: Record<string, DraftCell> = {};
    for (const column of MATRIX_COLUMNS) {
      const c = reading.columns.get(column);
      const v = c === undefined ? null : cell(totalRow.values[c]);
      if (v !== null) {
        stated[column] = v;
        origin([name, 'statedColumnTotals', column], reading.totalRow, c);
      }
    }
    if (Object.keys(stated).length > 0) matrix.statedColumnTotals = stated;
    if (reading.totalColumn !== undefined) {
      const grand = cell(totalRow.values[reading.totalColumn]);
      if (grand !== null) {
        matrix.statedGrandTotal = grand;
        origin([name, 'statedGrandTotal'], reading.totalRow, reading.totalColumn);
      }
    }
  }

  if (name === 'budget' && reading.unit === undefined) {
    findings.push(placeholder([name, 'unit'], { field: 'unit', table: where }));
  }
  if (from !== undefined) {
    findings.push(
      pm3Codes.create('pm3/draft-reading-assumed', {
        path: [name, 'unit'],
        severity: 'info',
        actual: from,
        expected: 'tkr',
        data: { kind: 'unit-converted', table: where, from },
      }),
    );
  }
  const order = MATRIX_COLUMNS.flatMap((c) => {
    const i = reading.columns.get(c);
    return i === undefined ? [] : [i];
  });
  if (order.some((c, k) => k > 0 && c < (order[k - 1] ?? -1))) {
    findings.push(
      pm3Codes.create('pm3/draft-reading-assumed', {
        path: ['tables', index],
        data: { kind: 'column-order', table: where },
      }),
    );
  }
  if (reading.sidesAssumed) {
    findings.push(
      pm3Codes.create('pm3/draft-reading-assumed', {
        path: ['tables', index],
        data: { kind: 'sides', table: where },
      }),
    );
  }
  for (const s of reading.skipped) {
    const label =
      s.what === 'row' ? table.rows[s.index]?.label : table.columns[s.index]?.path.join(' / ');
    findings.push(
      pm3Codes.create('pm3/draft-not-mapped', {
        path: s.what === 'row' ? ['tables', index, 'rows', s.index] : ['tables', index],
        ...(label === undefined ? {} : { actual: label }),
        data: { table: where, what: s.what, label: label ?? '' },
      }),
    );
  }
  return { matrix, findings, origins, own };
}

/** Budget and FTE matrices of one plan: each matrix joins the last group lacking its kind. */
function groups(readings: readonly (MatrixReading | undefined)[]): number[][] {
  const out: { budget?: number; fte?: number; members: number[] }[] = [];
  readings.forEach((r, i) => {
    if (r === undefined) return;
    const last = out[out.length - 1];
    if (last !== undefined && last[r.kind] === undefined) {
      last[r.kind] = i;
      last.members.push(i);
    } else out.push({ [r.kind]: i, members: [i] });
  });
  return out.map((g) => g.members);
}

function yearOf(captions: readonly (string | undefined)[]): number | undefined {
  const years = new Set<number>();
  for (const c of captions) {
    for (const m of (c ?? '').matchAll(/\b(19\d{2}|2[01]\d{2})\b/g)) years.add(Number(m[1]));
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * Reads a pm3 budget matrix (rows = main activities, columns VM/VU under verksamhetsnära and
 * IT-nära, a Summa column and row as stated totals, kkr/tkr) or an FTE matrix (årsarbeten,
 * "Summa tid", "Total heltid") into a draft `pm3/objektplan`. A budget and an FTE matrix of
 * the same document become one draft: the draft is returned for the first table of the pair
 * and `undefined` for the second, so a host that calls it on every table gets one plan. Fields
 * the tables do not give (object, title, year when no caption names it) get placeholders with
 * `pm3/draft-needs-input` findings; figures are never invented. Returns `undefined` for a table
 * that is not such a matrix.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { parseObjektplan, recogniseObjektplan } from '@styrkit/pm3';
 * const row = (label: string, ...v: string[]) => ({ label, kind: 'data' as const, values: v.map((x) => exact(x)) });
 * const table = {
 *   caption: 'Budget 2021', unit: 'kkr',
 *   columns: [
 *     { label: 'VM', path: ['Verksamhetsnära förvaltning', 'VM'] }, { label: 'VU', path: ['Verksamhetsnära förvaltning', 'VU'] },
 *     { label: 'VM', path: ['IT-nära förvaltning', 'VM'] }, { label: 'VU', path: ['IT-nära förvaltning', 'VU'] },
 *   ],
 *   rows: [row('Förvaltningsstyrning', '1200', '100', '500', '0'), row('Användarstöd', '2000', '200', '0', '0')],
 * };
 * const r = recogniseObjektplan(table, [table]);
 * r !== undefined && parseObjektplan(r.document).ok; // true
 * ```
 */
export function recogniseObjektplan(
  table: RecognisableTable,
  tables: readonly RecognisableTable[] = [table],
  options: ObjektplanRecogniserOptions = {},
): Omit<Recognition, 'kind'> | undefined {
  try {
    return recognise(table, tables, options);
  } catch {
    // A table shape nobody foresaw is not this recogniser's table.
    return undefined;
  }
}

function recognise(
  table: RecognisableTable,
  given: readonly RecognisableTable[],
  options: ObjektplanRecogniserOptions,
): Omit<Recognition, 'kind'> | undefined {
  const activities = options.activities ?? DEFAULT_ACTIVITY_NAMES;
  const at = given.indexOf(table);
  const tables = at === -1 ? [table] : given;
  const self = at === -1 ? 0 : at;
  const readings = tables.map((t) => readMatrix(t, activities));
  if (readings[self] === undefined) return undefined;
  const group = groups(readings).find((g) => g.includes(self));
  if (group === undefined || group[0] !== self) return undefined;

  const findings: Finding[] = [];
  const origins: RecognitionOrigin[] = [];
  const own: ActivityNames[] = [];
  const document: Record<string, unknown> = {};
  const built: Partial<Record<MatrixKind, Built>> = {};
  for (const i of group) {
    const t = tables[i];
    const reading = readings[i];
    if (t === undefined || reading === undefined) continue;
    const b = buildMatrix(t, i, reading, [...activities, ...own]);
    built[reading.kind] = b;
    findings.push(...b.findings);
    origins.push(...b.origins);
    own.push(...b.own);
  }

  const captions = group.map((i) => tables[i]?.caption);
  const year = yearOf(captions);
  document.id = 'objektplan-utkast';
  document.objectId = 'forvaltningsobjekt';
  document.title = 'Objektplan (utkast från dokument)';
  document.year = year ?? 1900;
  document.version = { label: 'Utkast', status: 'draft' };
  findings.push(
    placeholder(['objectId'], { field: 'objectId' }),
    placeholder(['title'], { field: 'title' }),
  );
  if (year === undefined) {
    findings.push(placeholder(['year'], { field: 'year' }));
  }
  if (own.length > 0) {
    document.mainActivities = [
      ...DEFAULT_MAIN_ACTIVITIES,
      ...activities.filter((a) => !DEFAULT_MAIN_ACTIVITIES.some((d) => d.id === a.id)),
      ...own,
    ].map((a) => ({ id: a.id, title: a.title }));
  } else {
    const extra = activities.filter((a) => !DEFAULT_MAIN_ACTIVITIES.some((d) => d.id === a.id));
    const used = new Set(
      Object.values(built).flatMap((b) =>
        (b.matrix.rows as { activity: string }[]).map((r) => r.activity),
      ),
    );
    if (extra.some((a) => used.has(a.id))) {
      document.mainActivities = [...DEFAULT_MAIN_ACTIVITIES, ...extra].map((a) => ({
        id: a.id,
        title: a.title,
      }));
    }
  }
  if (built.budget !== undefined) document.budget = built.budget.matrix;
  else {
    document.budget = { unit: 'kkr', rows: [] };
    findings.push(placeholder(['budget'], { field: 'budget' }));
  }
  if (built.fte !== undefined) document.fte = built.fte.matrix;
  return { document, findings, tables: group, origins };
}
