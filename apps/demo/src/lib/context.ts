import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Session } from './api.js';
import { t, type Locale, type UiKey } from './i18n.js';

/** What every page knows: the language and who is signed in. */
export interface AppState {
  readonly locale: Locale;
  readonly session: Session;
}

/** The app state context. */
export const AppContext = createContext<AppState>({
  locale: 'sv',
  session: { username: '', grants: [], csrfToken: null },
});

/** The app state and a translator bound to its language. */
export function useApp(): AppState & { tr: (key: UiKey) => string } {
  const state = useContext(AppContext);
  return { ...state, tr: (key) => t(key, state.locale) };
}
