import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorBox, Loading } from './Status.js';
import { SeverityBadge } from './Findings.js';
import { TableView } from './TableView.js';
import { api, docPath, type Finding, type VersionInfo } from '../lib/api.js';
import {
  approveVersion,
  blockingErrors,
  openFindings,
  versionChecks,
} from '../lib/api-workflow.js';
import { useApp } from '../lib/context.js';
import { pathLabel } from '../lib/field-labels.js';
import { formatDecimal } from '../lib/i18n.js';
import type { JsonTable } from '../lib/tables.js';
import { useLoad } from '../lib/use-fetch.js';
import {
  approvalState,
  approvedLine,
  diffHeading,
  titledDiffTable,
  versionBadges,
  type VersionBadge,
} from '../lib/versions.js';
import { word, type WordKey } from '../lib/words.js';

const BADGE_WORD = {
  approved: 'badgeApproved',
  'approved-older': 'badgeOlderApproved',
  newest: 'badgeCurrent',
} as const satisfies Record<VersionBadge, WordKey>;

/**
 * A document's versions: which one is approved (and whether an older one is), approval with
 * confirmation, comment and acknowledged findings, four eyes shown before the host refuses,
 * and a diff between two versions titled with their numbers.
 */
export function VersionHistory(props: {
  kind: string;
  id: string;
  tick: number;
  canApprove: boolean;
}) {
  const { locale, session, tr } = useApp();
  const { kind, id } = props;
  const versions = useLoad(`versions:${kind}:${id}:${props.tick}`, () =>
    api<{ versions: VersionInfo[] }>(`${docPath(kind, id)}/versions`),
  );
  const list = versions.data?.versions ?? [];
  const state = approvalState(list);
  const [approving, setApproving] = useState<VersionInfo | undefined>();
  const [done, setDone] = useState<number | undefined>();
  const [from, setFrom] = useState<number | undefined>();
  const [to, setTo] = useState<number | undefined>();
  const a = from ?? Math.max(state.newest - 1, 1);
  const b = to ?? state.newest;
  const line = approvedLine(state, locale);
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{tr('versions')}</h2>
      {versions.error !== undefined && <ErrorBox error={versions.error} />}
      {versions.data !== undefined && (
        <p
          class={state.approvedIsOlder ? 'alert warn' : line === undefined ? 'note' : 'alert ok'}
          data-testid="approval-state"
        >
          {line === undefined ? (
            word('noApproved', locale)
          ) : (
            <>
              <strong>{line.charAt(0).toUpperCase() + line.slice(1)}</strong>.{' '}
              {word(state.approvedIsOlder ? 'newerThanApproved' : 'latestApproved', locale)}
            </>
          )}
        </p>
      )}
      <div aria-live="polite">
        {done !== undefined && (
          <p class="alert ok" data-testid="approved-done">
            {word('badgeApproved', locale)}: {tr('version').toLowerCase()} {done}.
          </p>
        )}
      </div>
      <div class="table-scroll" role="region" aria-label={tr('versions')} tabIndex={0}>
        <table data-testid="versions">
          <caption>{tr('versions')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr('version')}</th>
              <th scope="col">{tr('author')}</th>
              <th scope="col">{tr('date')}</th>
              <th scope="col">{tr('message')}</th>
              <th scope="col">{tr('approved')}</th>
            </tr>
          </thead>
          <tbody>
            {[...list]
              .sort((x, y) => y.version - x.version)
              .map((v) => {
                const approvals = v.approvals ?? [];
                // Four eyes unless the host allows self-approval (its policy, from the session).
                const own =
                  session.approvalPolicy?.fourEyes !== false &&
                  v.author !== undefined &&
                  v.author === session.username;
                const reasonId = `four-eyes-${v.version}`;
                return (
                  <tr key={v.version} data-version={v.version}>
                    <th scope="row">
                      {v.version}{' '}
                      {versionBadges(v.version, state, approvals.length > 0).map((badge) => (
                        <span key={badge} class={`badge version-${badge}`} data-badge={badge}>
                          {word(BADGE_WORD[badge], locale)}
                        </span>
                      ))}
                    </th>
                    <td>{v.author ?? '–'}</td>
                    <td>
                      {v.createdAt === undefined
                        ? '–'
                        : new Date(v.createdAt).toLocaleString(locale === 'sv' ? 'sv-SE' : 'en-GB')}
                    </td>
                    <td>{v.message ?? '–'}</td>
                    <td>
                      {approvals.length > 0 ? (
                        <span data-testid="approved">
                          {tr('approvedBy')}{' '}
                          {approvals.map((x) => x.by ?? x.approvedBy ?? '').join(', ')}
                          {approvals.map((x, i) =>
                            x.note === undefined || x.note === '' ? null : (
                              <span key={i} class="muted">
                                {' '}
                                «{x.note}»
                              </span>
                            ),
                          )}
                        </span>
                      ) : props.canApprove ? (
                        <>
                          <button
                            type="button"
                            data-approve={v.version}
                            disabled={own}
                            aria-describedby={own ? reasonId : undefined}
                            onClick={() => {
                              setDone(undefined);
                              setApproving(v);
                            }}
                          >
                            {tr('approve')} {v.version}
                          </button>
                          {own && (
                            <span id={reasonId} class="muted reason" data-testid="four-eyes">
                              {' '}
                              {word('fourEyes', locale)}
                            </span>
                          )}
                        </>
                      ) : (
                        '–'
                      )}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </div>
      {approving !== undefined && (
        <ApproveDialog
          kind={kind}
          id={id}
          version={approving}
          newest={state.newest}
          onClose={(approved) => {
            setApproving(undefined);
            if (approved) {
              setDone(approving.version);
              versions.reload();
            }
          }}
        />
      )}
      {state.newest > 1 && (
        <form
          class="inline"
          onSubmit={(e) => {
            e.preventDefault();
          }}
        >
          <fieldset>
            <legend>{tr('compare')}</legend>
            <label for="v-from">{tr('from')}</label>{' '}
            <select
              id="v-from"
              value={a}
              onChange={(e) => {
                setFrom(Number(e.currentTarget.value));
              }}
            >
              {list.map((v) => (
                <option key={v.version} value={v.version}>
                  {v.version}
                </option>
              ))}
            </select>{' '}
            <label for="v-to">{tr('to')}</label>{' '}
            <select
              id="v-to"
              value={b}
              onChange={(e) => {
                setTo(Number(e.currentTarget.value));
              }}
            >
              {list.map((v) => (
                <option key={v.version} value={v.version}>
                  {v.version}
                </option>
              ))}
            </select>
          </fieldset>
          <VersionDiff kind={kind} id={id} from={a} to={b} />
        </form>
      )}
    </section>
  );
}

interface Change {
  op: 'add' | 'remove' | 'replace';
  path: (string | number)[];
  before?: unknown;
  after?: unknown;
}

function shown(v: unknown, locale: 'sv' | 'en'): string {
  if (v === undefined || v === null) return '–';
  if (typeof v === 'string') return formatDecimal(v, locale);
  if (typeof v === 'number') return formatDecimal(String(v), locale);
  if (typeof v === 'boolean')
    return v ? (locale === 'sv' ? 'ja' : 'yes') : locale === 'sv' ? 'nej' : 'no';
  const text = JSON.stringify(v);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** The diff between two stored versions: the kind's own diff tables, or the changed fields. */
function VersionDiff(props: { kind: string; id: string; from: number; to: number }) {
  const { locale } = useApp();
  const { kind, id, from, to } = props;
  const diff = useLoad(`diff:${kind}:${id}:${from}:${to}:${locale}`, () =>
    api<{ changes: Change[]; tables?: JsonTable[] }>(
      `${docPath(kind, id)}/diff?from=${from}&to=${to}&locale=${locale}`,
    ),
  );
  if (diff.error !== undefined) return <ErrorBox error={diff.error} />;
  if (diff.data === undefined) return <Loading />;
  const changes: JsonTable = {
    id: `${kind.replace('/', '-')}-${id}-changes-v${from}-v${to}`,
    title: {
      sv: `${word('changes', 'sv')}, version ${from} → ${to}`,
      en: `${word('changes', 'en')}, version ${from} → ${to}`,
    },
    columns: [
      { key: 'field', title: { sv: 'Fält', en: 'Field' }, kind: 'text' },
      { key: 'op', title: { sv: 'Ändring', en: 'Change' }, kind: 'text' },
      { key: 'before', title: { sv: 'Före', en: 'Before' }, kind: 'text' },
      { key: 'after', title: { sv: 'Efter', en: 'After' }, kind: 'text' },
    ],
    rows: diff.data.changes.slice(0, 200).map((c, i) => ({
      id: String(i),
      cells: {
        field: { sv: pathLabel(kind, c.path, 'sv'), en: pathLabel(kind, c.path, 'en') },
        op: {
          add: { sv: 'tillagd', en: 'added' },
          remove: { sv: 'borttagen', en: 'removed' },
          replace: { sv: 'ändrad', en: 'changed' },
        }[c.op],
        before: { sv: shown(c.before, 'sv'), en: shown(c.before, 'en') },
        after: { sv: shown(c.after, 'sv'), en: shown(c.after, 'en') },
      },
    })),
  };
  return (
    <div data-testid="version-diff">
      <h3>{diffHeading(from, to, locale)}</h3>
      {diff.data.tables !== undefined && diff.data.tables.length > 0 ? (
        diff.data.tables.map((t) => (
          <TableView key={t.id} table={titledDiffTable(t, kind, from, to)} source="local" />
        ))
      ) : changes.rows.length === 0 ? (
        <p>{word('noChanges', locale)}</p>
      ) : (
        <TableView table={changes} source="local" />
      )}
    </div>
  );
}

function findingKey(f: Finding): string {
  return `${f.code}|${f.path.join('.')}`;
}

/**
 * The approval dialog: the version's open errors and warnings, each to be ticked as seen, an
 * optional comment, and confirm or cancel. The host decides (permission, four eyes, and errors
 * if its policy blocks them); a refusal is shown here with its reason.
 */
function ApproveDialog(props: {
  kind: string;
  id: string;
  version: VersionInfo;
  newest: number;
  onClose: (approved: boolean) => void;
}) {
  const { locale, session, tr } = useApp();
  const { kind, id, version } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const checks = useLoad(`approve-checks:${kind}:${id}:${version.version}:${locale}`, () =>
    versionChecks(kind, id, version.version, locale),
  );
  const [seen, setSeen] = useState<ReadonlySet<string>>(new Set());
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    const d = dialog.current;
    if (d !== null && !d.open) d.showModal();
  }, []);
  const found = openFindings(checks.data?.findings ?? []);
  // With the host's errors-block-approval setting the errors are listed as what stops the
  // approval (the host would answer 409); only the warnings are left to acknowledge.
  const blocking = blockingErrors(found, session.approvalPolicy);
  const open = found.filter((f) => !blocking.includes(f));
  const allSeen = blocking.length === 0 && open.every((f) => seen.has(findingKey(f)));
  const close = (approved: boolean) => {
    dialog.current?.close();
    props.onClose(approved);
  };
  const titleId = 'approve-dialog-title';
  return (
    <dialog
      ref={dialog}
      class="approve-dialog"
      aria-labelledby={titleId}
      data-testid="approve-dialog"
      onCancel={(e) => {
        e.preventDefault();
        close(false);
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (!allSeen || busy) return;
          setBusy(true);
          setError(undefined);
          approveVersion(kind, id, version.version, { comment, acknowledgedFindings: open }).then(
            () => {
              setBusy(false);
              close(true);
            },
            (err: unknown) => {
              setBusy(false);
              setError(err);
            },
          );
        }}
      >
        <h2 id={titleId}>
          {word('approveTitle', locale)} {version.version} {word('of', locale)} {props.newest}
        </h2>
        <p class="muted">
          {tr('author')}: {version.author ?? '–'}
          {version.message !== undefined && version.message !== null && ` · ${version.message}`}
        </p>
        <fieldset>
          <legend>{word('openFindings', locale)}</legend>
          {checks.error !== undefined && <ErrorBox error={checks.error} />}
          {checks.data === undefined && checks.error === undefined ? (
            <Loading />
          ) : found.length === 0 ? (
            <p>{word('noOpenFindings', locale)}</p>
          ) : (
            <>
              {blocking.length > 0 && (
                <div role="alert" class="alert error" data-testid="errors-block">
                  <p>{word('errorsBlock', locale)}</p>
                  <ul>
                    {blocking.map((f) => (
                      <li key={findingKey(f)} data-blocking-code={f.code}>
                        <SeverityBadge severity={f.severity} /> {f.message[locale]}
                        {f.path.length > 0 && <> ({pathLabel(kind, f.path, locale)})</>}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {open.length > 0 && (
                <p>
                  {word(blocking.length > 0 ? 'acknowledgeWarnings' : 'acknowledgeAll', locale)}
                </p>
              )}
              <ul class="ack-list">
                {open.map((f, i) => {
                  const key = findingKey(f);
                  const inputId = `ack-${i}`;
                  return (
                    <li key={key} data-code={f.code}>
                      <input
                        type="checkbox"
                        id={inputId}
                        checked={seen.has(key)}
                        onChange={(e) => {
                          const next = new Set(seen);
                          if (e.currentTarget.checked) next.add(key);
                          else next.delete(key);
                          setSeen(next);
                        }}
                      />{' '}
                      <label for={inputId}>
                        <SeverityBadge severity={f.severity} /> {f.message[locale]}
                        {f.path.length > 0 && (
                          <span class="muted"> ({pathLabel(kind, f.path, locale)})</span>
                        )}
                      </label>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </fieldset>
        <div class="field">
          <label for="approve-comment">{word('comment', locale)}</label>
          <textarea
            id="approve-comment"
            rows={3}
            maxLength={2000}
            value={comment}
            onInput={(e) => {
              setComment(e.currentTarget.value);
            }}
          />
        </div>
        {error !== undefined && <ErrorBox error={error} />}
        <div class="actions">
          <button
            type="submit"
            class="primary"
            disabled={!allSeen || busy || checks.data === undefined}
            data-testid="approve-confirm"
          >
            {word('approveConfirm', locale)} {tr('version').toLowerCase()} {version.version}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              close(false);
            }}
          >
            {word('cancel', locale)}
          </button>
        </div>
      </form>
    </dialog>
  );
}
