import { Exact } from '@styrkit/core';
import type { Finding } from './api.js';

/** The fields a time report row maps to. */
export const TIME_FIELDS = [
  'participant',
  'gender',
  'employment',
  'month',
  'phase',
  'activity',
  'hours',
  'signed',
  'hourlyRate',
  'annualEmploymentCost',
] as const;

/** One field of a time report row. */
export type TimeField = (typeof TIME_FIELDS)[number];

/** Which column (0-based) each field comes from; unmapped fields are absent. */
export type ColumnMapping = Partial<Record<TimeField, number>>;

/** Fields every row needs (gender and employment only for participants not yet registered). */
export const REQUIRED_FIELDS: readonly TimeField[] = ['participant', 'month', 'hours'];

/** Limits of an import: a month of one project, never a whole payroll. */
export const IMPORT_LIMITS = { maxRows: 5000, maxBytes: 5 * 1024 * 1024 } as const;

/**
 * Reads a CSV export: the separator is whichever of `;`, tab or `,` the header line holds
 * most; double quotes enclose a cell ("" is a quote); a BOM and empty lines are dropped.
 *
 * @example
 * ```ts
 * parseDelimited('a;b\n1;"x;y"'); // [['a', 'b'], ['1', 'x;y']]
 * ```
 */
export function parseDelimited(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.split(/\r?\n/, 1)[0] ?? '';
  const counts = [';', '\t', ','].map((s) => ({ s, n: first.split(s).length - 1 }));
  const sep = counts.reduce((a, b) => (b.n > a.n ? b : a)).s;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i += 1) {
    const c = body.charAt(i);
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) {
      row.push(cell.trim());
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i += 1;
      row.push(cell.trim());
      if (row.some((x) => x !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  row.push(cell.trim());
  if (row.some((x) => x !== '')) rows.push(row);
  return rows;
}

const SYNONYMS: Record<TimeField, readonly string[]> = {
  participant: [
    'deltagare',
    'person-id',
    'personid',
    'anställningsnr',
    'anstnr',
    'participant',
    'id',
    'employee',
  ],
  gender: ['kön', 'kon', 'gender', 'sex'],
  employment: ['anställningsform', 'anstallningsform', 'employment', 'anställning'],
  month: ['månad', 'manad', 'period', 'month', 'datum', 'date'],
  phase: ['fas', 'phase', 'projektfas'],
  activity: ['aktivitet', 'activity', 'projektaktivitet'],
  hours: ['timmar', 'tid', 'hours', 'antal timmar', 'h'],
  signed: ['signerad', 'attesterad', 'signed', 'underskriven', 'attest'],
  hourlyRate: ['timlön', 'timlon', 'timpris', 'hourly rate', 'rate', 'timkostnad'],
  annualEmploymentCost: [
    'årslön',
    'arslon',
    'årlig lönekostnad',
    'annual cost',
    'annual employment cost',
  ],
};

/**
 * A first guess of the mapping from the header line: each field takes the first column whose
 * header is one of its usual names (Swedish or English), compared without case.
 *
 * @example
 * ```ts
 * guessMapping(['Person-ID', 'Period', 'Timmar']); // { participant: 0, month: 1, hours: 2 }
 * ```
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const norm = headers.map((h) => h.trim().toLowerCase());
  const out: ColumnMapping = {};
  const used = new Set<number>();
  for (const field of TIME_FIELDS) {
    const i = norm.findIndex((h, j) => !used.has(j) && SYNONYMS[field].includes(h));
    if (i >= 0) {
      out[field] = i;
      used.add(i);
    }
  }
  return out;
}

/** The localStorage key of a remembered mapping: one per header line. */
export function mappingKey(headers: readonly string[]): string {
  return `styrkit.esf-mapping:${headers.map((h) => h.trim().toLowerCase()).join('|')}`;
}

/** The remembered mapping for a header line, if it still fits the columns. */
export function loadMapping(
  storage: Pick<Storage, 'getItem'> | undefined,
  headers: readonly string[],
): ColumnMapping | undefined {
  try {
    const raw = storage?.getItem(mappingKey(headers));
    if (raw === null || raw === undefined) return undefined;
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const out: ColumnMapping = {};
    for (const f of TIME_FIELDS) {
      const v = (parsed as Record<string, unknown>)[f];
      if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < headers.length) out[f] = v;
    }
    return out;
  } catch {
    return undefined;
  }
}

/** Remembers a mapping for a header line (map the columns once). */
export function saveMapping(
  storage: Pick<Storage, 'setItem'> | undefined,
  headers: readonly string[],
  mapping: ColumnMapping,
): void {
  try {
    storage?.setItem(mappingKey(headers), JSON.stringify(mapping));
  } catch {
    // private mode: the mapping lasts for this import only
  }
}

/** A participant of a stored time-reports document. */
export interface StoredParticipant {
  readonly id: string;
  readonly gender: 'woman' | 'man' | 'unspecified';
  readonly employment: 'permanent' | 'fixed-term' | 'hourly-substitute';
  readonly hourlyRate?: string | number;
  readonly annualEmploymentCost?: string | number;
  readonly employmentShare?: string | number;
}

/** A report of a stored time-reports document. */
export interface StoredReport {
  readonly participant: string;
  readonly month: string;
  readonly phase: 'analysis' | 'implementation' | 'closing';
  readonly activity: string;
  readonly hours: number;
  readonly signed: boolean;
}

/** A stored `esf/time-reports` document. */
export interface StoredTimeReports {
  readonly projectId: string;
  readonly participants: readonly StoredParticipant[];
  readonly reports: readonly StoredReport[];
  readonly [key: string]: unknown;
}

/** One row of the preview: what it would store, and what is wrong with it. */
export interface PreviewRow {
  /** 1-based line in the file (the header is line 1). */
  readonly line: number;
  readonly report: StoredReport | undefined;
  /** A participant the row brings that the register lacks. */
  readonly newParticipant: StoredParticipant | undefined;
  readonly findings: readonly Finding[];
}

/** The preview of an import: rows, the month, and what confirming would store. */
export interface ImportPreview {
  readonly month: string | undefined;
  readonly rows: readonly PreviewRow[];
  /** Rows that will be stored (no error). */
  readonly accepted: number;
  /** The document as it would be after confirming. */
  readonly merged: StoredTimeReports;
  /** Findings about the file as a whole (missing columns, too many rows). */
  readonly fileFindings: readonly Finding[];
}

const GENDER: Record<string, StoredParticipant['gender']> = {
  kvinna: 'woman',
  k: 'woman',
  woman: 'woman',
  w: 'woman',
  f: 'woman',
  female: 'woman',
  man: 'man',
  m: 'man',
  male: 'man',
  'ej angivet': 'unspecified',
  annat: 'unspecified',
  unspecified: 'unspecified',
  '': 'unspecified',
};
const EMPLOYMENT: Record<string, StoredParticipant['employment']> = {
  tillsvidare: 'permanent',
  tillsvidareanställd: 'permanent',
  permanent: 'permanent',
  fast: 'permanent',
  visstid: 'fixed-term',
  visstidsanställd: 'fixed-term',
  'fixed-term': 'fixed-term',
  vikariat: 'fixed-term',
  timavlönad: 'hourly-substitute',
  timvikarie: 'hourly-substitute',
  'hourly-substitute': 'hourly-substitute',
  timanställd: 'hourly-substitute',
};
const PHASE: Record<string, StoredReport['phase']> = {
  analys: 'analysis',
  'analys och planering': 'analysis',
  analysis: 'analysis',
  genomförande: 'implementation',
  genomforande: 'implementation',
  implementation: 'implementation',
  avslut: 'closing',
  closing: 'closing',
};
const YES = new Set(['ja', 'j', 'yes', 'y', 'x', 'true', '1', 'sant']);
const NO = new Set(['nej', 'n', 'no', 'false', '0', 'falskt', '']);

function finding(
  code: string,
  severity: Finding['severity'],
  line: number,
  field: string,
  sv: string,
  en: string,
  expected: string,
  actual: string,
): Finding {
  return { code, severity, path: ['rows', line, field], message: { sv, en }, expected, actual };
}

/** "2025-06", "2025-06-30", "202506" or "juni 2025" as YYYY-MM. */
function monthOf(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  let m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(t) ?? /^(\d{4})(\d{2})$/.exec(t);
  if (m !== null) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${m[2]}` : undefined;
  const names = [
    'jan',
    'feb',
    'mar',
    'apr',
    'maj',
    'jun',
    'jul',
    'aug',
    'sep',
    'okt',
    'nov',
    'dec',
  ];
  const en = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  m = /^([a-zåäö]+)\s+(\d{4})$/.exec(t);
  if (m === null) return undefined;
  const key = (m[1] ?? '').slice(0, 3);
  const i = Math.max(names.indexOf(key), en.indexOf(key));
  return i < 0 ? undefined : `${m[2]}-${String(i + 1).padStart(2, '0')}`;
}

/** A decimal in Swedish or English notation ("7,5", "1 720", "7.5") as an exact string. */
function decimalOf(text: string): string | undefined {
  const t = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(t) ? t : undefined;
}

/**
 * Checks the mapped rows of an export and builds what confirming would store: one report per
 * row, new participants for ids the register lacks, and findings per row (errors keep a row
 * out; warnings let it in). Hours are whole hours rounded down (ESF rule); a row of another
 * month than the import's, a duplicate of a stored report, or an unknown participant without
 * gender and employment is an error. Never throws on the file's content.
 *
 * @example
 * ```ts
 * const p = previewImport([['Deltagare', 'Månad', 'Timmar'], ['P1', '2025-06', '7,5']],
 *   { participant: 0, month: 1, hours: 2 },
 *   { projectId: 'p', participants: [{ id: 'P1', gender: 'woman', employment: 'permanent' }], reports: [] });
 * p.rows[0]?.report?.hours; // 7
 * p.rows[0]?.findings[0]?.code; // 'demo/esf-hours-rounded-down'
 * ```
 */
export function previewImport(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  stored: StoredTimeReports,
): ImportPreview {
  const fileFindings: Finding[] = [];
  for (const f of REQUIRED_FIELDS) {
    if (mapping[f] === undefined) {
      fileFindings.push({
        code: 'demo/esf-column-unmapped',
        severity: 'error',
        path: ['mapping', f],
        message: {
          sv: `Välj vilken kolumn som innehåller ${FIELD_TEXT[f].sv.toLowerCase()}`,
          en: `Choose the column that holds ${FIELD_TEXT[f].en.toLowerCase()}`,
        },
        expected: 'a column',
        actual: '',
      });
    }
  }
  const data = rows.slice(1);
  if (data.length > IMPORT_LIMITS.maxRows) {
    fileFindings.push({
      code: 'demo/esf-too-many-rows',
      severity: 'error',
      path: ['rows'],
      message: {
        sv: `Filen har ${data.length} rader; en månads import tar högst ${IMPORT_LIMITS.maxRows}`,
        en: `The file has ${data.length} rows; a month's import takes at most ${IMPORT_LIMITS.maxRows}`,
      },
      expected: `≤ ${IMPORT_LIMITS.maxRows}`,
      actual: String(data.length),
    });
  }
  if (fileFindings.length > 0) {
    return { month: undefined, rows: [], accepted: 0, merged: stored, fileFindings };
  }
  const cell = (row: readonly string[], f: TimeField): string | undefined => {
    const i = mapping[f];
    return i === undefined ? undefined : (row[i] ?? '').trim();
  };
  // The import's month: the one most rows name.
  const tally = new Map<string, number>();
  for (const r of data) {
    const m = monthOf(cell(r, 'month') ?? '');
    if (m !== undefined) tally.set(m, (tally.get(m) ?? 0) + 1);
  }
  const month = [...tally.entries()].sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  )[0]?.[0];
  const registered = new Map(stored.participants.map((p) => [p.id, p]));
  const newcomers = new Map<string, StoredParticipant>();
  const seen = new Set(stored.reports.map((r) => `${r.participant}|${r.month}|${r.activity}`));
  const out: PreviewRow[] = data.map((r, index) => {
    const line = index + 2;
    const fs: Finding[] = [];
    const participant = cell(r, 'participant') ?? '';
    if (participant === '') {
      fs.push(
        finding(
          'demo/esf-participant-missing',
          'error',
          line,
          'participant',
          'Deltagare saknas',
          'Participant is missing',
          'an id',
          '',
        ),
      );
    }
    const monthText = cell(r, 'month') ?? '';
    const m = monthOf(monthText);
    if (m === undefined) {
      fs.push(
        finding(
          'demo/esf-month-unreadable',
          'error',
          line,
          'month',
          `Månaden "${monthText}" går inte att läsa`,
          `The month "${monthText}" cannot be read`,
          'YYYY-MM',
          monthText,
        ),
      );
    } else if (m !== month) {
      fs.push(
        finding(
          'demo/esf-other-month',
          'error',
          line,
          'month',
          `Raden gäller ${m}, importen gäller ${month ?? ''}`,
          `The row is for ${m}, the import is for ${month ?? ''}`,
          month ?? '',
          m,
        ),
      );
    }
    const hoursText = cell(r, 'hours') ?? '';
    const raw = decimalOf(hoursText);
    let hours: number | undefined;
    if (raw === undefined) {
      fs.push(
        finding(
          'demo/esf-hours-unreadable',
          'error',
          line,
          'hours',
          `Timmarna "${hoursText}" är inget tal`,
          `The hours "${hoursText}" are not a number`,
          'hours ≥ 0',
          hoursText,
        ),
      );
    } else {
      hours = Exact.of(raw).round(0, 'floor').toNumber();
      if (hours > 744) {
        fs.push(
          finding(
            'demo/esf-hours-too-many',
            'error',
            line,
            'hours',
            `${hours} timmar är fler än en månad har (744)`,
            `${hours} hours are more than a month has (744)`,
            '≤ 744',
            String(hours),
          ),
        );
        hours = undefined;
      } else if (!Exact.of(raw).equals(Exact.of(hours))) {
        fs.push(
          finding(
            'demo/esf-hours-rounded-down',
            'warning',
            line,
            'hours',
            `Tid redovisas i hela timmar: ${hoursText} avrundas nedåt till ${hours}`,
            `Time is reported in whole hours: ${hoursText} is rounded down to ${hours}`,
            String(hours),
            hoursText,
          ),
        );
      }
    }
    const phaseText = (cell(r, 'phase') ?? '').toLowerCase();
    const phase = phaseText === '' ? 'implementation' : PHASE[phaseText];
    if (phase === undefined) {
      fs.push(
        finding(
          'demo/esf-phase-unknown',
          'error',
          line,
          'phase',
          `Okänd fas "${phaseText}"`,
          `Unknown phase "${phaseText}"`,
          'analys, genomförande, avslut',
          phaseText,
        ),
      );
    } else if (phase === 'closing') {
      fs.push(
        finding(
          'demo/esf-closing-phase',
          'error',
          line,
          'phase',
          'Deltagartid får inte medfinansiera avslutsfasen',
          'Participant time may not co-finance the closing phase',
          'analys, genomförande',
          phaseText,
        ),
      );
    }
    const activity =
      cell(r, 'activity') || (phaseText === '' ? 'Projektaktivitet' : 'Projektaktivitet');
    const signedText = (cell(r, 'signed') ?? 'ja').toLowerCase();
    const signed = YES.has(signedText);
    if (!signed) {
      fs.push(
        finding(
          'demo/esf-unsigned',
          'warning',
          line,
          'signed',
          'Tidrapporten är inte signerad av deltagaren',
          'The time report is not signed by the participant',
          'ja',
          signedText,
        ),
      );
      if (!NO.has(signedText)) {
        fs.push(
          finding(
            'demo/esf-signed-unreadable',
            'warning',
            line,
            'signed',
            `"${signedText}" läses som inte signerad`,
            `"${signedText}" is read as not signed`,
            'ja/nej',
            signedText,
          ),
        );
      }
    }
    let newParticipant: StoredParticipant | undefined;
    if (participant !== '' && !registered.has(participant)) {
      const known = newcomers.get(participant);
      if (known !== undefined) newParticipant = undefined;
      else {
        const g = GENDER[(cell(r, 'gender') ?? '').toLowerCase()];
        const e = EMPLOYMENT[(cell(r, 'employment') ?? '').toLowerCase()];
        if (g === undefined || e === undefined) {
          fs.push(
            finding(
              'demo/esf-participant-unknown',
              'error',
              line,
              'participant',
              `Deltagaren ${participant} finns inte i registret, och kön eller anställningsform saknas för att lägga till den`,
              `Participant ${participant} is not in the register, and gender or employment is missing to add them`,
              'kön och anställningsform',
              `${cell(r, 'gender') ?? ''} / ${cell(r, 'employment') ?? ''}`,
            ),
          );
        } else {
          const rate = decimalOf(cell(r, 'hourlyRate') ?? '');
          const annual = decimalOf(cell(r, 'annualEmploymentCost') ?? '');
          newParticipant = {
            id: participant,
            gender: g,
            employment: e,
            ...(rate === undefined ? {} : { hourlyRate: rate }),
            ...(rate === undefined && annual !== undefined ? { annualEmploymentCost: annual } : {}),
          };
          if (rate === undefined && annual === undefined) {
            fs.push(
              finding(
                'demo/esf-rate-missing',
                'warning',
                line,
                'hourlyRate',
                `Deltagaren ${participant} har inget timpris: timmarnas värde blir okänt`,
                `Participant ${participant} has no rate: the hours' value is unknown`,
                'timpris eller årslön',
                '',
              ),
            );
          }
        }
      }
    }
    const key = `${participant}|${m ?? ''}|${activity}`;
    if (m !== undefined && seen.has(key)) {
      fs.push(
        finding(
          'demo/esf-duplicate-report',
          'error',
          line,
          'participant',
          `${participant} har redan en rapport för ${activity} i ${m}`,
          `${participant} already has a report for ${activity} in ${m}`,
          'one report per participant, month and activity',
          key,
        ),
      );
    }
    const ok = !fs.some((f) => f.severity === 'error');
    if (ok) {
      seen.add(key);
      if (newParticipant !== undefined) newcomers.set(participant, newParticipant);
    }
    return {
      line,
      report:
        ok && m !== undefined && hours !== undefined && phase !== undefined
          ? { participant, month: m, phase, activity, hours, signed }
          : undefined,
      newParticipant: ok ? newParticipant : undefined,
      findings: fs,
    };
  });
  const reports = out.flatMap((r) => (r.report === undefined ? [] : [r.report]));
  return {
    month,
    rows: out,
    accepted: reports.length,
    fileFindings,
    merged: {
      ...stored,
      participants: [...stored.participants, ...newcomers.values()],
      reports: [...stored.reports, ...reports],
    },
  };
}

/** The fields' names in both languages. */
export const FIELD_TEXT: Record<TimeField, { sv: string; en: string }> = {
  participant: { sv: 'Deltagare', en: 'Participant' },
  gender: { sv: 'Kön', en: 'Gender' },
  employment: { sv: 'Anställningsform', en: 'Employment' },
  month: { sv: 'Månad', en: 'Month' },
  phase: { sv: 'Fas', en: 'Phase' },
  activity: { sv: 'Aktivitet', en: 'Activity' },
  hours: { sv: 'Timmar', en: 'Hours' },
  signed: { sv: 'Signerad', en: 'Signed' },
  hourlyRate: { sv: 'Timpris', en: 'Hourly rate' },
  annualEmploymentCost: { sv: 'Årlig lönekostnad', en: 'Annual employment cost' },
};
