import type { VersionInfo } from './api.js';
import { pick, type Locale, type Text } from './i18n.js';
import type { JsonTable } from './tables.js';
import { fieldListLabel } from './field-labels.js';

/** Which version is approved and how it stands against the newest. */
export interface ApprovalState {
  /** The newest version number (0 for an empty history). */
  readonly newest: number;
  /** The newest approved version, if any. */
  readonly approved: number | undefined;
  /** True when an older version is approved and the newest is not. */
  readonly approvedIsOlder: boolean;
}

/**
 * The approval state of a history: the newest approved version and whether it is older
 * than the newest version.
 *
 * @example
 * ```ts
 * approvalState([{ version: 1, approvals: [{ by: 'a' }] }, { version: 2 }]).approvedIsOlder; // true
 * ```
 */
export function approvalState(versions: readonly VersionInfo[]): ApprovalState {
  const newest = versions.reduce((m, v) => Math.max(m, v.version), 0);
  const approved = versions
    .filter((v) => (v.approvals ?? []).length > 0)
    .reduce<number | undefined>(
      (m, v) => (m === undefined ? v.version : Math.max(m, v.version)),
      undefined,
    );
  return { newest, approved, approvedIsOlder: approved !== undefined && approved < newest };
}

/**
 * The line that says which version is approved: "godkänd version 3 av 5".
 *
 * @example
 * ```ts
 * approvedLine({ newest: 5, approved: 3, approvedIsOlder: true }, 'sv'); // 'godkänd version 3 av 5'
 * ```
 */
export function approvedLine(state: ApprovalState, locale: Locale): string | undefined {
  if (state.approved === undefined) return undefined;
  return locale === 'sv'
    ? `godkänd version ${state.approved} av ${state.newest}`
    : `approved version ${state.approved} of ${state.newest}`;
}

/** The badges of one row of the version list. */
export type VersionBadge = 'approved' | 'approved-older' | 'newest';

/**
 * The badges of a version: "Senaste" on the newest, "Godkänd" on an approved version, and
 * "Godkänd, äldre" when an approved version has a newer unapproved one after it.
 *
 * @example
 * ```ts
 * versionBadges(3, { newest: 5, approved: 3, approvedIsOlder: true }, true); // ['approved-older']
 * ```
 */
export function versionBadges(
  version: number,
  state: ApprovalState,
  approved: boolean,
): VersionBadge[] {
  const out: VersionBadge[] = [];
  if (version === state.newest) out.push('newest');
  if (approved) out.push(version < state.newest ? 'approved-older' : 'approved');
  return out;
}

/**
 * A host diff table made readable: titled with the real stored versions ("Version 2 → 3")
 * instead of the plan's own labels, and field names in its `fields` column as labels.
 *
 * @example
 * ```ts
 * const t = titledDiffTable({ id: 'pm3/diff-entries', title: { sv: 'Ändrade initiativ', en: 'Changed' },
 *   columns: [{ key: 'fields', title: { sv: 'Fält', en: 'Fields' }, kind: 'text' }],
 *   rows: [{ cells: { fields: 'budget, links' } }] }, 'pm3/objektplan', 2, 3);
 * t.title.sv; // 'Ändrade initiativ, version 2 → 3'
 * t.rows[0]?.cells.fields; // { sv: 'Budget (kkr), Kopplade mål', en: 'Budget (kSEK), Linked goals' }
 * ```
 */
export function titledDiffTable(
  table: JsonTable,
  kind: string,
  from: number,
  to: number,
): JsonTable {
  // The host titles some tables with the document's own version labels ("A → B"); the stored
  // versions are what the user picked, so the label part is replaced.
  const base = (t: string) => t.replace(/\s+\S+\s*→\s*\S+\s*$/, '');
  const title: Text = {
    sv: `${base(table.title.sv)}, version ${from} → ${to}`,
    en: `${base(table.title.en)}, version ${from} → ${to}`,
  };
  return {
    ...table,
    id: `${table.id}-v${from}-v${to}`,
    title,
    rows: table.rows.map((r) => {
      const f = r.cells.fields;
      if (typeof f !== 'string') return r;
      return {
        ...r,
        cells: {
          ...r.cells,
          fields: { sv: fieldListLabel(kind, f, 'sv'), en: fieldListLabel(kind, f, 'en') },
        },
      };
    }),
  };
}

/** A diff heading: "Version 2 → 3". */
export function diffHeading(from: number, to: number, locale: Locale): string {
  return pick({ sv: `Version ${from} → ${to}`, en: `Version ${from} → ${to}` }, locale);
}
