import { useEffect, useState } from 'preact/hooks';

const EVENT = 'styrkit:navigate';

/** Asked before in-app navigation; false keeps the user on the page (unsaved changes). */
let guard: (() => boolean) | undefined;
/** Where the portal is now: restored when the guard refuses a back/forward step. */
let shown = typeof location === 'undefined' ? '/' : location.pathname + location.search;

/** Sets the navigation guard of the current page; returns the function that removes it. */
export function setNavigationGuard(g: () => boolean): () => void {
  guard = g;
  return () => {
    if (guard === g) guard = undefined;
  };
}

/** Goes to a path inside the portal without reloading the page. */
export function navigate(to: string): void {
  if (to === location.pathname + location.search) return;
  if (guard !== undefined && !guard()) return;
  history.pushState(null, '', to);
  window.dispatchEvent(new Event(EVENT));
}

/** The current path and query, updated on navigation and on back/forward. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const [loc, setLoc] = useState(() => ({ path: location.pathname, search: location.search }));
  useEffect(() => {
    const update = () => {
      shown = location.pathname + location.search;
      setLoc({ path: location.pathname, search: location.search });
    };
    const back = () => {
      // Back/forward already moved the address: put it back when the page refuses to leave.
      if (guard !== undefined && shown !== location.pathname + location.search && !guard()) {
        history.pushState(null, '', shown);
        return;
      }
      update();
    };
    window.addEventListener('popstate', back);
    window.addEventListener(EVENT, update);
    return () => {
      window.removeEventListener('popstate', back);
      window.removeEventListener(EVENT, update);
    };
  }, []);
  return { path: loc.path, query: new URLSearchParams(loc.search) };
}

/** A route pattern match: `/objektplan/:id` against `/objektplan/x` gives `{ id: 'x' }`. */
export function match(pattern: string, path: string): Record<string, string> | undefined {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of p.entries()) {
    const seg = s[i] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(seg);
    else if (part !== seg) return undefined;
  }
  return params;
}
