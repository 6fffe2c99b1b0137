import type { Finding } from '../lib/api.js';
import { useApp } from '../lib/context.js';
import { formatDecimal } from '../lib/i18n.js';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** A finding's severity as a word (never colour alone). */
export function SeverityBadge(props: { severity: Finding['severity'] }) {
  const { tr } = useApp();
  const label = { error: tr('error1'), warning: tr('warning1'), info: tr('info1') }[props.severity];
  return <span class={`badge ${props.severity}`}>{label}</span>;
}

/** One finding: severity, message, expected vs actual, the path it concerns. */
export function FindingItem(props: { finding: Finding }) {
  const { locale } = useApp();
  const f = props.finding;
  const num = (v: string) => formatDecimal(v, locale);
  return (
    <li class="finding" data-code={f.code}>
      <SeverityBadge severity={f.severity} /> {f.message[locale]}
      {f.expected !== undefined && f.actual !== undefined && (
        <span class="muted">
          {' '}
          ({locale === 'sv' ? 'angivet' : 'stated'} {num(f.expected)},{' '}
          {locale === 'sv' ? 'beräknat' : 'computed'} {num(f.actual)})
        </span>
      )}{' '}
      <code class="path">{f.code}</code>
    </li>
  );
}

/** A list of findings, errors first. */
export function FindingList(props: { findings: readonly Finding[]; title?: string; id?: string }) {
  const { tr } = useApp();
  const sorted = [...props.findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of props.findings) counts[f.severity] += 1;
  return (
    <section class="findings" aria-labelledby={props.id ?? 'findings-title'}>
      <h2 id={props.id ?? 'findings-title'}>{props.title ?? tr('findings')}</h2>
      <p>
        {counts.error} {tr('errors')}, {counts.warning} {tr('warnings')}, {counts.info}{' '}
        {tr('infos')}
      </p>
      {sorted.length === 0 ? (
        <p>{tr('noFindings')}</p>
      ) : (
        <ul class="finding-list">
          {sorted.map((f, i) => (
            <FindingItem key={`${f.code}-${i}`} finding={f} />
          ))}
        </ul>
      )}
    </section>
  );
}
