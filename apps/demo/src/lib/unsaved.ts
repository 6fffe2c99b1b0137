import { useEffect, useRef } from 'preact/hooks';
import type { Locale } from './i18n.js';
import { setNavigationGuard } from './router.js';

const QUESTION = {
  sv: 'Du har ändringar som inte är sparade. Vill du lämna sidan ändå?',
  en: 'You have unsaved changes. Leave the page anyway?',
} as const;

/**
 * Asks before the user leaves a page with unsaved changes: the browser's own question on
 * reload, close or an address typed (beforeunload), and a confirmation on in-app links and
 * back/forward. Returns `allowLeave`, which lifts the guard at once (after a save that
 * navigates on, before the page has re-rendered as clean).
 */
export function useUnsavedGuard(dirty: boolean, locale: Locale): { allowLeave: () => void } {
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!dirtyRef.current) return;
      // Every current browser asks on preventDefault() (returnValue is the deprecated way).
      e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    const remove = setNavigationGuard(() => !dirtyRef.current || window.confirm(QUESTION[locale]));
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      remove();
    };
  }, [locale]);
  return {
    allowLeave: () => {
      dirtyRef.current = false;
    },
  };
}
