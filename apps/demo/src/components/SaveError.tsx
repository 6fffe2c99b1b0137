import { ApiError } from '../lib/api.js';
import { useApp } from '../lib/context.js';
import { docWord } from '../lib/document-words.js';
import { pathText } from './schema-form/labels.js';

/**
 * A failed save, announced at once: for each finding of the host, the field it concerns (as a
 * label path, "Budget › Rader nr 2 › IT-nära VM") and the reason.
 */
export function SaveError(props: { error: unknown }) {
  const { locale } = useApp();
  const e = props.error;
  const lines =
    e instanceof ApiError && e.findings.length > 0
      ? e.findings.map((f) => ({
          field: f.path.length === 0 ? undefined : pathText(f.path, locale),
          reason: f.message[locale],
        }))
      : [{ field: undefined, reason: e instanceof Error ? e.message : String(e) }];
  return (
    <div role="alert" class="alert error" data-testid="save-error">
      <p>
        <strong>{docWord('saveFailed', locale)}</strong>
      </p>
      <ul>
        {lines.map((l, i) => (
          <li key={i}>
            {l.field !== undefined && <strong class="save-error-field">{l.field}: </strong>}
            {l.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
