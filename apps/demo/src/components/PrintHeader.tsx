import { useApp } from '../lib/context.js';

type Text = string | { readonly sv: string; readonly en: string };

const LABELS = {
  document: { sv: 'Dokument', en: 'Document' },
  version: { sv: 'Version', en: 'Version' },
  status: { sv: 'Status', en: 'Status' },
} as const;

const PLAN_STATUS: Readonly<Record<string, { sv: string; en: string }>> = {
  draft: { sv: 'Utkast', en: 'Draft' },
  decided: { sv: 'Beslutad', en: 'Decided' },
  revised: { sv: 'Reviderad', en: 'Revised' },
};

/**
 * The status a stored document states about itself, when it has one: a plan's version status
 * (utkast, beslutad, reviderad) or whether a checklist is signed.
 */
export function documentStatus(document: unknown): Text | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const d = document as { version?: { status?: unknown }; signedBy?: unknown; case?: unknown };
  const status = d.version?.status;
  if (typeof status === 'string') return PLAN_STATUS[status] ?? status;
  if (d.case !== undefined) {
    return d.signedBy === undefined
      ? { sv: 'Ej undertecknad', en: 'Not signed' }
      : { sv: 'Undertecknad', en: 'Signed' };
  }
  return undefined;
}

/**
 * The header a printed page carries: which document, its stored version and its status. It
 * is hidden on screen (the page shows the same facts in its own layout) and shown by the
 * print stylesheet at the top of the first page.
 */
export function PrintHeader(props: {
  title: string;
  id: string;
  version?: number | undefined;
  status?: Text | undefined;
}) {
  const { locale } = useApp();
  const text = (t: Text): string => (typeof t === 'string' ? t : t[locale]);
  return (
    <div class="print-header" data-testid="print-header">
      <span>
        {LABELS.document[locale]}: <strong>{props.title}</strong> ({props.id})
      </span>
      {props.version !== undefined && (
        <span>
          {LABELS.version[locale]}: <strong>{props.version}</strong>
        </span>
      )}
      <span>
        {LABELS.status[locale]}:{' '}
        <strong>{props.status === undefined ? '–' : text(props.status)}</strong>
      </span>
    </div>
  );
}
