import { ApiError } from '../lib/api.js';
import { useApp } from '../lib/context.js';

/** Loading text, announced politely. */
export function Loading() {
  const { tr } = useApp();
  return (
    <p role="status" class="muted">
      {tr('loading')}
    </p>
  );
}

/** An error from the host with its findings, announced at once. */
export function ErrorBox(props: { error: unknown }) {
  const { tr, locale } = useApp();
  const e = props.error;
  const lines =
    e instanceof ApiError && e.findings.length > 0
      ? e.findings.map((f) => f.message[locale])
      : [e instanceof Error ? e.message : String(e)];
  return (
    <div role="alert" class="alert error">
      <strong>{tr('error')}</strong>
      <ul>
        {lines.map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ul>
    </div>
  );
}
