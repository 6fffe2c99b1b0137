import { useEffect, useState } from 'preact/hooks';

const EVENT = 'styrkit:navigate';

/** Goes to a path inside the portal without reloading the page. */
export function navigate(to: string): void {
  if (to === location.pathname + location.search) return;
  history.pushState(null, '', to);
  window.dispatchEvent(new Event(EVENT));
}

/** The current path and query, updated on navigation and on back/forward. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const [loc, setLoc] = useState(() => ({ path: location.pathname, search: location.search }));
  useEffect(() => {
    const update = () => {
      setLoc({ path: location.pathname, search: location.search });
    };
    window.addEventListener('popstate', update);
    window.addEventListener(EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
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
