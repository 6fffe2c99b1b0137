import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../lib/api.js';
import { useApp } from '../lib/context.js';
import { docWord } from '../lib/document-words.js';
import { useUnsavedGuard } from '../lib/unsaved.js';
import { ConflictAlert, isConflict } from './Conflict.js';
import { SaveError } from './SaveError.js';

/** What a page's save bar keeps between renders; made by {@link useSaveBar}. */
export interface SaveBarState {
  /** The version message as typed. */
  readonly message: string;
  readonly setMessage: (text: string) => void;
  /** Why the last try did not get as far as the host (a missing message, or the page's own reason). */
  readonly problem: string | undefined;
  readonly setProblem: (problem: string | undefined) => void;
  /** The version the last save stored, shown until the next change. */
  readonly saved: number | undefined;
  /** A failed save other than a conflict (its findings name field and reason). */
  readonly error: unknown;
  /** A save refused because someone stored a newer version first. */
  readonly conflict: ApiError | undefined;
  readonly busy: boolean;
  /** Whether the page has changes that are not saved (the leave guard asks while it has). */
  readonly dirty: boolean;
  /** Lifts the leave guard at once (before navigating on after a save, or reloading). */
  readonly allowLeave: () => void;
  /** The trimmed message; without one, undefined: the problem says so and the field has focus. */
  readonly takeMessage: () => string | undefined;
  /**
   * Stores with `store` (busy meanwhile). A stored record goes to `apply` and its version is
   * shown, and the message is cleared; a 409 becomes the conflict, any other failure the error.
   * `store` may answer undefined to stop without storing (the page has said why).
   */
  readonly run: <T extends { version: number }>(
    store: () => Promise<T | undefined>,
    apply: (stored: T) => void,
  ) => Promise<void>;
  /** Called by what loads the latest version, once it is loaded. */
  readonly clearConflict: () => void;
  /** The message field, focused when the message is missing. */
  readonly fieldRef: { current: HTMLTextAreaElement | null };
}

/**
 * The state of a page's save bar: the version message (required), the saved notice, the
 * failed save or conflict, and the guard that asks before leaving while `dirty`. Shared by
 * the generic editor, the objektplan and the checklists, which differ only in what they store.
 */
export function useSaveBar(dirty: boolean): SaveBarState {
  const { locale } = useApp();
  const [message, setMessageText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [saved, setSaved] = useState<number | undefined>();
  const [error, setError] = useState<unknown>();
  const [conflict, setConflict] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const { allowLeave } = useUnsavedGuard(dirty, locale);
  const missing = docWord('messageMissing', locale);
  // The saved notice speaks of the stored version; the next change makes it stale.
  useEffect(() => {
    if (dirty) setSaved(undefined);
  }, [dirty]);
  return {
    message,
    setMessage: (text) => {
      setMessageText(text);
      if (problem === missing) setProblem(undefined);
    },
    problem,
    setProblem,
    saved,
    error,
    conflict,
    busy,
    dirty,
    allowLeave,
    takeMessage: () => {
      const text = message.trim();
      if (text !== '') return text;
      setProblem(missing);
      fieldRef.current?.focus();
      return undefined;
    },
    run: async (store, apply) => {
      setBusy(true);
      setError(undefined);
      try {
        const stored = await store();
        setBusy(false);
        if (stored === undefined) return;
        apply(stored);
        setMessageText('');
        setProblem(undefined);
        setSaved(stored.version);
      } catch (e) {
        setBusy(false);
        if (isConflict(e)) setConflict(e);
        else setError(e);
      }
    },
    clearConflict: () => {
      setConflict(undefined);
    },
    fieldRef,
  };
}

/**
 * The save bar: the version message (required, with help), the save button (off while saving,
 * after a conflict, or with nothing to save), "unsaved changes", why a try stopped, a failed
 * save naming field and reason, a conflict with "load latest", and the saved version.
 */
export function SaveBar(props: {
  state: SaveBarState;
  /** The message field's id (each page has its own, which tests and labels use). */
  fieldId: string;
  /** The button's text, by default "Save". */
  label?: string;
  /** Whether there is something to save; by default whether the page is dirty. */
  ready?: boolean;
  /** Saves on click; without it the button submits the form the bar stands in. */
  onSave?: () => void;
  /**
   * Loads the latest version after a conflict (the guard is lifted first); what loads it
   * clears the conflict once loaded, so the alert stays until the latest version is shown.
   */
  onReload: () => void;
  /** Kept in view at the bottom of a long form. */
  sticky?: boolean;
  /** More buttons or notes after the save button. */
  actions?: ComponentChildren;
  /** More about the problem (e.g. a button that fixes it). */
  problemDetail?: ComponentChildren;
  /** More announcements before a failed save (e.g. a warning with "save anyway"). */
  children?: ComponentChildren;
}) {
  const { locale, tr } = useApp();
  const { state, fieldId } = props;
  const ready = props.ready ?? state.dirty;
  const missing = state.problem === docWord('messageMissing', locale);
  return (
    <div class={props.sticky === true ? 'save-bar' : undefined}>
      <div class="field">
        <label for={fieldId}>
          {docWord('versionMessage', locale)} <span class="required">*</span>
        </label>
        <textarea
          id={fieldId}
          ref={state.fieldRef}
          rows={2}
          required
          aria-required="true"
          aria-invalid={missing ? 'true' : undefined}
          aria-describedby={`${fieldId}-help`}
          value={state.message}
          onInput={(e) => {
            state.setMessage(e.currentTarget.value);
          }}
        />
        <p class="help" id={`${fieldId}-help`}>
          {docWord('versionMessageHelp', locale)}
        </p>
      </div>
      <div class="actions">
        <button
          type={props.onSave === undefined ? 'submit' : 'button'}
          class="primary"
          disabled={state.busy || state.conflict !== undefined || !ready}
          onClick={props.onSave}
        >
          {props.label ?? tr('save')}
        </button>{' '}
        {props.actions}
        {state.dirty && <span class="muted">{tr('unsaved')}</span>}
      </div>
      <div aria-live="assertive">
        {state.problem !== undefined && (
          <div role="alert" class="alert error" data-testid="save-problem">
            <p>{state.problem}</p>
            {props.problemDetail}
          </div>
        )}
        {props.children}
        {state.error !== undefined && <SaveError error={state.error} />}
        {state.conflict !== undefined && (
          <ConflictAlert
            conflict={state.conflict}
            onReload={() => {
              state.allowLeave();
              props.onReload();
            }}
          />
        )}
      </div>
      <div aria-live="polite">
        {state.saved !== undefined && (
          <p class="alert ok" data-testid="saved">
            {tr('saved')} {state.saved}.
          </p>
        )}
      </div>
    </div>
  );
}
