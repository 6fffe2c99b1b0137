import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Link } from './components/Link.js';
import { ErrorBox, Loading } from './components/Status.js';
import { api, ApiError, setCsrf, type Session } from './lib/api.js';
import { AppContext } from './lib/context.js';
import { initialLocale, saveLocale, t, type Locale, type UiKey } from './lib/i18n.js';
import { roleFor } from './lib/auth.js';
import { match, navigate, useLocation } from './lib/router.js';
import { SignIn } from './pages/SignIn.js';

type PageModule = { default: ComponentType<{ params: Record<string, string> }> };

/** The portal's pages: each is loaded when first visited, so the first load stays small. */
const ROUTES: readonly { pattern: string; nav?: UiKey; load: () => Promise<PageModule> }[] = [
  { pattern: '/', nav: 'portfolio', load: () => import('./pages/Portfolio.js') },
  { pattern: '/objektplan', nav: 'objektplan', load: () => import('./pages/Objektplan.js') },
  { pattern: '/objektplan/:id', load: () => import('./pages/Objektplan.js') },
  { pattern: '/styrning', nav: 'governance', load: () => import('./pages/Governance.js') },
  { pattern: '/styrning/:id', load: () => import('./pages/Governance.js') },
  { pattern: '/effekter', nav: 'effects', load: () => import('./pages/Effects.js') },
  { pattern: '/effekter/:kind/:id', load: () => import('./pages/Effects.js') },
  { pattern: '/esf', nav: 'esf', load: () => import('./pages/Esf.js') },
  { pattern: '/esf/:id', load: () => import('./pages/Esf.js') },
  { pattern: '/uppfoljning', nav: 'followUp', load: () => import('./pages/FollowUp.js') },
  { pattern: '/uppfoljning/:id', load: () => import('./pages/FollowUp.js') },
  { pattern: '/esf-manad', nav: 'esfMonth', load: () => import('./pages/EsfMonth.js') },
  { pattern: '/esf-manad/:id', load: () => import('./pages/EsfMonth.js') },
  { pattern: '/behov', nav: 'needs', load: () => import('./pages/Needs.js') },
  { pattern: '/behov/:id', load: () => import('./pages/Needs.js') },
  { pattern: '/checklistor', nav: 'checklists', load: () => import('./pages/Checklists.js') },
  { pattern: '/checklistor/:id', load: () => import('./pages/Checklists.js') },
  { pattern: '/checklistor/:id/utskrift', load: () => import('./pages/ChecklistPrint.js') },
  { pattern: '/granska', nav: 'audit', load: () => import('./pages/AuditDocument.js') },
  { pattern: '/dokument/:plugin/:kind/:id', load: () => import('./pages/DocumentPage.js') },
  {
    pattern: '/dokument/:plugin/:kind/:id/redigera',
    load: () => import('./pages/EditDocument.js'),
  },
  { pattern: '/ny', nav: 'newDocument', load: () => import('./pages/NewDocument.js') },
  { pattern: '/ny/:plugin/:kind', load: () => import('./pages/EditDocument.js') },
];

function routeOf(path: string) {
  for (const r of ROUTES) {
    const params = match(r.pattern, path);
    if (params !== undefined) return { route: r, params };
  }
  return undefined;
}

function sectionOf(path: string): string {
  return `/${path.split('/')[1] ?? ''}`;
}

const cache = new Map<string, PageModule>();

function Page(props: { path: string }) {
  const found = routeOf(props.path);
  const [mod, setMod] = useState<PageModule | undefined>(() =>
    found === undefined ? undefined : cache.get(found.route.pattern),
  );
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (found === undefined) return;
    const hit = cache.get(found.route.pattern);
    if (hit !== undefined) {
      setMod(hit);
      return;
    }
    setMod(undefined);
    found.route.load().then(
      (m) => {
        cache.set(found.route.pattern, m);
        setMod(m);
      },
      (e: unknown) => {
        setError(e);
      },
    );
  }, [found?.route.pattern]);
  if (found === undefined) return <NotFound />;
  if (error !== undefined) return <ErrorBox error={error} />;
  if (mod === undefined || cache.get(found.route.pattern) !== mod) return <Loading />;
  const Component = mod.default;
  return <Component key={props.path} params={found.params} />;
}

function NotFound() {
  return (
    <h1 tabIndex={-1}>{t('notFound', document.documentElement.lang === 'en' ? 'en' : 'sv')}</h1>
  );
}

const ROLE_KEY: Record<string, UiKey> = {
  viewer: 'roleViewer',
  editor: 'roleEditor',
  approver: 'roleApprover',
  admin: 'roleAdmin',
};

/** The portal: sign-in, then the header, menu, language switch and the current page. */
export function App() {
  const [locale, setLocale] = useState<Locale>(() => initialLocale(globalThis.localStorage));
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [sessionError, setSessionError] = useState<unknown>();
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef<string | undefined>(undefined);

  useEffect(() => {
    document.documentElement.lang = locale;
    saveLocale(globalThis.localStorage, locale);
  }, [locale]);

  useEffect(() => {
    api<Session>('/api/session').then(
      (s) => {
        setCsrf(s.csrfToken);
        setSession(s);
      },
      (e: unknown) => {
        if (e instanceof ApiError && e.status === 401) setSession(null);
        else setSessionError(e);
      },
    );
  }, []);

  // After in-app navigation, move focus to the new page's heading (screen readers announce it)
  // and name the browser tab after it; on the first load and after sign-in only the tab is named.
  useEffect(() => {
    const moveFocus = shownPath.current !== undefined && shownPath.current !== path;
    shownPath.current = path;
    // The old page is gone after this render; the new one may load its module and data first, so
    // wait for its heading to appear.
    const started = Date.now();
    const id = setInterval(() => {
      const h1 = main.current?.querySelector('h1');
      if (h1 instanceof HTMLElement) {
        clearInterval(id);
        document.title = `${h1.textContent} – styrkit`;
        if (moveFocus) {
          h1.tabIndex = -1;
          h1.focus();
        }
      } else if (Date.now() - started > 10_000) {
        clearInterval(id);
      }
    }, 50);
    return () => {
      clearInterval(id);
    };
  }, [path, session]);

  const tr = (key: UiKey) => t(key, locale);
  const switchLanguage = (
    <button
      type="button"
      class="lang"
      lang={locale === 'sv' ? 'en' : 'sv'}
      onClick={() => {
        setLocale(locale === 'sv' ? 'en' : 'sv');
      }}
    >
      {tr('language')}
    </button>
  );

  if (session === undefined) {
    return (
      <main id="main">
        {sessionError === undefined ? <Loading /> : <ErrorBox error={sessionError} />}
      </main>
    );
  }
  if (session === null) {
    return (
      <AppContext.Provider
        value={{ locale, session: { username: '', grants: [], csrfToken: null } }}
      >
        <header class="top">
          <span class="brand">{tr('appName')}</span>
          {switchLanguage}
        </header>
        <main id="main" ref={main}>
          <SignIn
            onSignedIn={(s) => {
              setCsrf(s.csrfToken);
              setSession(s);
            }}
          />
        </main>
      </AppContext.Provider>
    );
  }
  const role = roleFor(session.grants);
  const signOut = () => {
    void api('/api/session', { method: 'DELETE' }).finally(() => {
      setCsrf(null);
      setSession(null);
      navigate('/');
    });
  };
  return (
    <AppContext.Provider value={{ locale, session }}>
      <a class="skip" href="#main">
        {tr('skip')}
      </a>
      <header class="top">
        <Link href="/" class="brand">
          {tr('appName')}
        </Link>
        <nav aria-label={tr('nav')}>
          <ul>
            {ROUTES.filter((r) => r.nav !== undefined).map((r) => (
              <li key={r.pattern}>
                <Link href={r.pattern} current={sectionOf(path) === r.pattern}>
                  {tr(r.nav ?? 'portfolio')}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div class="user">
          <span>
            {tr('signedInAs')} <strong data-testid="username">{session.username}</strong>
            {role !== undefined && ` (${tr(ROLE_KEY[role] ?? 'roleViewer')})`}
          </span>{' '}
          {switchLanguage}{' '}
          <button type="button" onClick={signOut}>
            {tr('signOut')}
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page path={path} />
      </main>
      <footer class="foot">
        <p>{tr('tagline')}</p>
      </footer>
    </AppContext.Provider>
  );
}
