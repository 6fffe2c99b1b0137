import { ApiError } from '../lib/api.js';
import { useApp } from '../lib/context.js';

/** Whether a failed save was refused because it named an old base version (HTTP 409). */
export function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409;
}

/**
 * A stale save: someone else stored a newer version, so the host refused this one and nothing
 * was overwritten. Announced at once, with the host's message and a "load latest" action.
 */
export function ConflictAlert(props: { conflict: ApiError; onReload: () => void }) {
  const { locale, tr } = useApp();
  const message = props.conflict.findings[0]?.message[locale];
  return (
    <div role="alert" class="alert error" data-testid="conflict">
      <p>
        <strong>{tr('conflict')}</strong>
      </p>
      {message !== undefined && <p>{message}</p>}
      <button type="button" onClick={props.onReload}>
        {tr('reload')}
      </button>
    </div>
  );
}
