import type { Text } from './i18n.js';
import type { JsonTable } from './tables.js';

/** The kinds the portfolio lists: objects, plans, projects and effect plans. */
export const PORTFOLIO_KINDS = [
  'pm3/forvaltningsobjekt',
  'pm3/objektplan',
  'esf/project',
  'effects/effect-plan',
  'effects/goal-tree',
] as const;

/** Where the portal shows a document of a kind. */
export function detailPath(kind: string, id: string): string {
  const enc = encodeURIComponent(id);
  if (kind === 'pm3/objektplan') return `/objektplan/${enc}`;
  if (kind === 'esf/project') return `/esf/${enc}`;
  if (kind.startsWith('effects/')) return `/effekter/${kind.slice('effects/'.length)}/${enc}`;
  if (kind.startsWith('governance/')) return `/styrning/${enc}`;
  if (kind === 'principles/response') return `/checklistor/${enc}`;
  return `/dokument/${kind}/${enc}`;
}

/** The dataset a document belongs to: the first two parts of its id (`linkoping-vso`). */
export function datasetOf(id: string): string {
  return id.split('-').slice(0, 2).join('-');
}

/**
 * A document's title: its `title` or `name`, else for a checklist response its case
 * (`Dnr 2023/48: Redovisning …`), else its id.
 *
 * @example
 * ```ts
 * titleOf({ case: { diarienummer: '2023/48', title: 'Budget' } }, 'x'); // 'Dnr 2023/48: Budget'
 * ```
 */
export function titleOf(doc: unknown, id: string): string {
  if (typeof doc === 'object' && doc !== null) {
    const d = doc as {
      title?: unknown;
      name?: unknown;
      version?: { label?: unknown };
      case?: { diarienummer?: unknown; title?: unknown };
    };
    const label = typeof d.version?.label === 'string' ? ` (version ${d.version.label})` : '';
    if (typeof d.title === 'string') return `${d.title}${label}`;
    if (typeof d.name === 'string') return d.name;
    const dnr = typeof d.case?.diarienummer === 'string' ? `Dnr ${d.case.diarienummer}` : '';
    const caseTitle = typeof d.case?.title === 'string' ? d.case.title : '';
    if (dnr !== '' || caseTitle !== '') return [dnr, caseTitle].filter((x) => x !== '').join(': ');
  }
  return id;
}

/** The budget total shown for a document: the objektplan's grand total or an ESF project's total cost. */
export function budgetOf(
  kind: string,
  tables: readonly JsonTable[],
): { value: string; unit: string } | null {
  if (kind === 'pm3/objektplan') {
    const matrix = tables.find((t) => t.id === 'pm3/budget-matrix');
    const total = matrix?.rows.find((r) => r.kind === 'total')?.cells.total;
    return typeof total === 'string' ? { value: total, unit: 'kkr' } : null;
  }
  if (kind === 'esf/project') {
    const amount = tables.find((t) => t.id === 'esf/financing')?.rows[0]?.cells.amount;
    return typeof amount === 'string' ? { value: amount, unit: 'kr' } : null;
  }
  return null;
}

/** Goal statuses counted from an effects document's goal-status table: `{ uppnått: 10, … }`. */
export function statusCounts(tables: readonly JsonTable[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of tables.find((t) => t.id === 'effects/goal-status')?.rows ?? []) {
    const s = row.cells.status;
    const key = typeof s === 'string' ? s : s === null || s === undefined ? '–' : s.sv;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Status counts as text: "37 mål: 10 uppnått, 27 ej mätbart". */
export function statusText(counts: ReadonlyMap<string, number>): Text | null {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const parts = [...counts.entries()].map(([k, n]) => `${n} ${k}`).join(', ');
  return { sv: `${total} mål: ${parts}`, en: `${total} goals: ${parts}` };
}
