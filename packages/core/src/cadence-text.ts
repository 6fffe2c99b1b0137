import type { CalendarCadence, Cadence } from './cadence.js';
import type { IsoDate } from './dates.js';
import type { Finding, Path } from './finding.js';
import type { NumberLocale } from './number-text.js';
import { err, ok, type Result } from './result.js';

const svMonths = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];
const enMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const svWeekdays = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];
const enWeekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const svNumberWords: Record<string, number> = {
  en: 1,
  ett: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
};
const svOrdinals: Record<string, number> = {
  andra: 2,
  tredje: 3,
  fjärde: 4,
  femte: 5,
  sjätte: 6,
  sjunde: 7,
  åttonde: 8,
  nionde: 9,
  tionde: 10,
};
const enNumberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

function ordinalSv(n: number): string {
  return n === 1 || n === 2 ? `${n}:a` : `${n}:e`;
}

/**
 * A cadence in words: sv "var 6:e vecka", "4 gånger per år"; en "every 6 weeks".
 *
 * @example
 * ```ts
 * import { describeCadence } from '@styrkit/core';
 * describeCadence({ kind: 'every-n-weeks', weeks: 6, start: '2021-01-12' }); // 'var 6:e vecka'
 * describeCadence({ kind: 'quarterly' }, 'en'); // 'quarterly'
 * ```
 */
export function describeCadence(cadence: Cadence, locale: NumberLocale = 'sv'): string {
  const sv = locale === 'sv';
  switch (cadence.kind) {
    case 'event-driven': {
      const what = {
        'decision-points': sv ? 'vid beslutspunkterna' : 'at the decision points',
        'before-decision-points': sv ? 'inför varje beslutspunkt' : 'before each decision point',
        'as-needed': sv ? 'vid behov' : 'as needed',
        event: cadence.event ?? (sv ? 'vid händelse' : 'on an event'),
      }[cadence.trigger];
      if (cadence.atLeast === undefined) return what;
      const floor = describeCadence(cadence.atLeast, locale).replace(/^(minst|at least) /, '');
      return sv ? `${what}, dock minst ${floor}` : `${what}, but at least ${floor}`;
    }
    case 'weekly': {
      const wd = (cadence.weekday ?? 1) - 1;
      return sv ? `varje vecka (${svWeekdays[wd] ?? ''})` : `weekly (${enWeekdays[wd] ?? ''})`;
    }
    case 'every-n-weeks':
      if (cadence.weeks === 1) return sv ? 'varje vecka' : 'weekly';
      return sv ? `var ${ordinalSv(cadence.weeks)} vecka` : `every ${cadence.weeks} weeks`;
    case 'monthly':
      return sv ? 'månadsvis' : 'monthly';
    case 'quarterly':
      return sv ? 'kvartalsvis' : 'quarterly';
    case 'times-per-year': {
      const atLeast = cadence.minimum === true ? (sv ? 'minst ' : 'at least ') : '';
      return sv
        ? `${atLeast}${cadence.times} ${cadence.times === 1 ? 'gång' : 'gånger'} per år`
        : `${atLeast}${cadence.times} ${cadence.times === 1 ? 'time' : 'times'} a year`;
    }
    case 'in-months': {
      const names = cadence.months.map(
        (m) => (sv ? svMonths[m - 1] : enMonths[m - 1]) ?? String(m),
      );
      const list = names.join(', ');
      const atLeast = cadence.minimum === true ? (sv ? 'minst ' : 'at least ') : '';
      const n = cadence.months.length;
      return sv
        ? `${atLeast}${n} ${n === 1 ? 'gång' : 'gånger'} per år (${list})`
        : `${atLeast}${n} ${n === 1 ? 'time' : 'times'} a year (${list})`;
    }
  }
}

function count(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word)) return Number(word);
  return svNumberWords[word] ?? enNumberWords[word];
}

function monthNumbers(list: string): number[] | undefined {
  const parts = list.split(/\s*(?:,|och|and|&)\s*/).filter((p) => p !== '');
  const months = parts.map((p) => {
    const name = p.trim().toLowerCase().replace(/\.$/, '');
    const sv = svMonths.findIndex((m) => m === name || m.slice(0, 3) === name);
    const en = enMonths.findIndex(
      (m) => m.toLowerCase() === name || m.slice(0, 3).toLowerCase() === name,
    );
    return sv >= 0 ? sv + 1 : en >= 0 ? en + 1 : -1;
  });
  return months.some((m) => m < 0) || months.length === 0 ? undefined : months;
}

function problem(text: string, path: Path, why: { sv: string; en: string }): Finding {
  return {
    code: 'core/invalid-cadence',
    severity: 'error',
    path,
    message: { sv: `"${text}": ${why.sv}`, en: `"${text}": ${why.en}` },
    expected: 'cadence',
    actual: text,
  };
}

/**
 * Reads a cadence as minutes and plans write it, in Swedish or English: "var 6:e vecka",
 * "varannan vecka", "varje vecka", "4 ggr/år", "sex gånger per år", "månadsvis", "kvartalsvis",
 * "minst 3 gånger per år (mars, augusti, november)", "every 6 weeks", "quarterly"; and cadences
 * driven by events: "vid beslutspunkterna", "inför varje beslutspunkt", "vid behov",
 * "vid behov, dock minst 4 gånger per år", "vid varje fasövergång", "as needed".
 * "Every n weeks" needs `start` (the first meeting); without it the result is a finding.
 *
 * @example
 * ```ts
 * import { parseCadence } from '@styrkit/core';
 * const r = parseCadence('4 gånger per år');
 * r.ok && r.value; // { kind: 'times-per-year', times: 4 }
 * const e = parseCadence('Vid behov, dock minst 2 ggr per år');
 * e.ok && e.value; // { kind: 'event-driven', trigger: 'as-needed', atLeast: { kind: 'times-per-year', times: 2, minimum: true } }
 * ```
 */
export function parseCadence(
  text: string,
  options: { start?: IsoDate; path?: Path } = {},
): Result<Cadence, Finding[]> {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const event = eventTrigger(t);
  if (event === undefined) return parseCalendarCadence(text, t, options);
  const { rest, ...trigger } = event;
  if (rest === '') return ok({ kind: 'event-driven', ...trigger });
  const floor = /^,? ?(?:(?:men|dock|but) )?(?:minst|at least) (.+)$/.exec(rest);
  if (floor?.[1] === undefined) {
    return err([
      problem(text, options.path ?? [], {
        sv: 'efter händelsen förväntas "dock minst …" och en mötesfrekvens',
        en: 'after the event, "but at least …" and a cadence are expected',
      }),
    ]);
  }
  const atLeast = parseCalendarCadence(text, `minst ${floor[1]}`, options);
  return atLeast.ok ? ok({ kind: 'event-driven', ...trigger, atLeast: atLeast.value }) : atLeast;
}

type EventTrigger = Omit<Extract<Cadence, { kind: 'event-driven' }>, 'kind' | 'atLeast'> & {
  rest: string;
};

const decisionPoint = '(?:beslutspunkt(?:erna|er|en)?|beslutsmöte(?:na|t|n)?|grind(?:arna|ar)?)';

/** The event a cadence text waits for, and the text after it; undefined for calendar texts. */
function eventTrigger(t: string): EventTrigger | undefined {
  const patterns: [RegExp, EventTrigger['trigger']][] = [
    [new RegExp(`^inför (?:varje |alla |samtliga )?${decisionPoint}`), 'before-decision-points'],
    [/^before (?:each|every) (?:decision point|gate)/, 'before-decision-points'],
    [new RegExp(`^vid (?:varje |alla |samtliga )?${decisionPoint}`), 'decision-points'],
    [/^at (?:each |every |the )?(?:decision points?|gates?)/, 'decision-points'],
    [/^(?:vid behov|när behov finns|efter behov|as needed|when needed)/, 'as-needed'],
  ];
  for (const [re, trigger] of patterns) {
    const m = re.exec(t);
    if (m) return { trigger, rest: t.slice(m[0].length).trim() };
  }
  // Another named event: "vid varje fasövergång", "i samband med bokslutet".
  const other = /^(vid|inför|i samband med|efter) ([^,]+)(.*)$/.exec(t);
  if (other?.[1] !== undefined && other[2] !== undefined && !/\d/.test(other[2])) {
    return { trigger: 'event', event: `${other[1]} ${other[2]}`, rest: (other[3] ?? '').trim() };
  }
  return undefined;
}

function parseCalendarCadence(
  text: string,
  lowered: string,
  options: { start?: IsoDate; path?: Path },
): Result<CalendarCadence, Finding[]> {
  const path = options.path ?? [];
  const t = lowered;
  const minimum = /^(minst|at least)\b/.test(t);

  const months = /\(([^)]*)\)/.exec(t);
  if (months?.[1] !== undefined) {
    const list = monthNumbers(months[1]);
    if (list) return ok({ kind: 'in-months', months: list, ...(minimum ? { minimum } : {}) });
  }

  if (/^(varje vecka|veckovis|en gång i veckan|1 gång per vecka|weekly|every week)$/.test(t)) {
    return ok({ kind: 'weekly' });
  }
  const nWeeks =
    /^var (\d+):?[ae]? vecka$/.exec(t) ??
    /^var (andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde) vecka$/.exec(t) ??
    /^every (\d+|\w+) weeks$/.exec(t);
  const weeks =
    t === 'varannan vecka' || t === 'every other week'
      ? 2
      : nWeeks
        ? (svOrdinals[nWeeks[1] ?? ''] ?? count(nWeeks[1]))
        : undefined;
  if (weeks !== undefined) {
    // The schema's range (cadenceSchema): 0 weeks would have no next meeting to step to.
    if (weeks < 1 || weeks > 52) {
      return err([
        problem(text, path, {
          sv: 'antalet veckor mellan mötena ska vara 1–52',
          en: 'the number of weeks between meetings must be 1–52',
        }),
      ]);
    }
    if (options.start === undefined) {
      return err([
        problem(text, path, {
          sv: 'ange datum för första mötet för att kunna räkna fram mötena',
          en: 'give the date of the first meeting so the meetings can be computed',
        }),
      ]);
    }
    return ok({ kind: 'every-n-weeks', weeks, start: options.start });
  }
  if (/^(månadsvis|varje månad|en gång i månaden|1 gång per månad|monthly|every month)$/.test(t)) {
    return ok({ kind: 'monthly' });
  }
  if (/^(kvartalsvis|varje kvartal|en gång per kvartal|quarterly|every quarter)$/.test(t)) {
    return ok({ kind: 'quarterly' });
  }
  const perYear =
    /^(?:minst |at least )?(\d+|\w+) (?:ggr|gånger|gång|times|time)(?: per |\/| om | a | i |\/ )(?:år|året|year)\b/.exec(
      t,
    ) ?? /^(?:minst |at least )?(\d+|\w+) ?ggr\/år\b/.exec(t);
  const times = count(perYear?.[1]);
  if (times !== undefined && times >= 1 && times <= 366) {
    return ok({
      kind: 'times-per-year',
      times,
      ...(options.start === undefined ? {} : { start: options.start }),
      ...(minimum ? { minimum } : {}),
    });
  }
  return err([
    problem(text, path, {
      sv: 'okänd mötesfrekvens (t.ex. "var 6:e vecka", "4 gånger per år", "månadsvis")',
      en: 'unknown cadence (e.g. "every 6 weeks", "4 times a year", "monthly")',
    }),
  ]);
}
