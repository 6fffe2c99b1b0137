// What the portal user pays for the portfolio (issue 18: "every row, ≤ 1 s with 1 000
// documents"): Chromium opens the portfolio page until the table shows every row.
//   pnpm --filter @styrkit/demo bench          (after the bundle size; or: tsx bench/portfolio.ts)
// Builds the app into a temp dir (so the page measured is this checkout's, and a dist another
// run serves is left alone), starts the host on a temp PGlite dir serving it (the e2e harness's
// startPortal), imports DOCS copies of reference documents (default 1 000; the host bench's
// mix), signs in as the demo admin, then ROUNDS rounds (default 5) of:
//   cold      save one document through the API, navigate to the portfolio   (what changed is
//             recomputed by the host, as after a colleague's save)
//   warm      reload the page
//   fetch     the page's own request, `fetch('/api/portfolio…')` from inside the page
//   sign-in   the app shell without data: a fresh context's sign-in form
// Page times are the page's performance clock (0 = navigation start): an init script marks when
// the heading and when all rows are in the DOM, and the time after the next frame (rAF, then a
// task: style, layout and paint of the rows are done). The portfolio request's own start and end
// come from Resource Timing, so each load splits into shell, request and rendering.
// TRACE=<file> writes a Chrome performance trace of the last cold load.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { benchCopies, TEMPLATES } from '../../host/bench/bench-documents.js';
import { json, signIn as apiSignIn } from '../../host/bench/start-host.js';
import { DEMO_DIR, signIn, startPortal, type Portal } from '../e2e/portal-process.js';
import { PORTFOLIO_KINDS } from '../src/lib/portfolio.js';

const DOCS = Number(process.env.DOCS ?? 1000);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const TRACE = process.env.TRACE;
const TARGET_MS = 1000;
const ADMIN = 'admin:demo-admin-2026';
const ROWS = 'table.portfolio tbody tr';
/** Under the host's 2 MiB body limit per import request. */
const IMPORT_BYTES = 1_500_000;

/** Marks the page sets: when a selector first matches `count` elements, and the next frame. */
interface Marks {
  [name: string]: { dom: number; frame?: number } | undefined;
}

/**
 * The init script (run in the page before its own scripts, through the DevTools protocol: the
 * CSP stays on). Source text, not a function: tsx names functions with a `__name` helper the
 * page does not have.
 */
function watch(targets: { name: string; selector: string; count: number }[]): string {
  return `(() => {
    const targets = ${JSON.stringify(targets)};
    const marks = {};
    window.__marks = marks;
    new MutationObserver(() => {
      for (const t of targets) {
        if (marks[t.name] !== undefined) continue;
        if (document.querySelectorAll(t.selector).length < t.count) continue;
        const mark = { dom: performance.now() };
        marks[t.name] = mark;
        requestAnimationFrame(() => setTimeout(() => { mark.frame = performance.now(); }, 0));
      }
    }).observe(document, { childList: true, subtree: true });
  })();`;
}

/** One page load: the page's marks and its portfolio request, in page ms from navigation start. */
interface Load {
  heading: number;
  rowsDom: number;
  rows: number;
  requestStart: number;
  requestEnd: number;
  /** Node's clock from the navigation call to the rows' frame. */
  node: number;
}

async function loadTimes(page: Page, navigate: () => Promise<unknown>): Promise<Load> {
  const t0 = performance.now();
  await navigate();
  await page
    .waitForFunction(
      () => (window as unknown as { __marks?: Marks }).__marks?.rows?.frame !== undefined,
      undefined,
      { timeout: 60_000 },
    )
    .catch(async (error: unknown) => {
      const seen = await page.evaluate(
        (rows) => ({
          marks: (window as unknown as { __marks?: Marks }).__marks,
          rows: document.querySelectorAll(rows).length,
          url: location.href,
        }),
        ROWS,
      );
      throw new Error(`the rows were not all shown: ${JSON.stringify(seen)}`, { cause: error });
    });
  const node = performance.now() - t0;
  const page_ = await page.evaluate(() => {
    const m = (window as unknown as { __marks: Marks }).__marks;
    const req = performance
      .getEntriesByType('resource')
      .find((e) => new URL(e.name).pathname === '/api/portfolio') as
      PerformanceResourceTiming | undefined;
    return {
      heading: m.heading?.frame ?? Number.NaN,
      rowsDom: m.rows?.dom ?? Number.NaN,
      rows: m.rows?.frame ?? Number.NaN,
      requestStart: req?.startTime ?? Number.NaN,
      requestEnd: req?.responseEnd ?? Number.NaN,
    };
  });
  return { ...page_, node };
}

/** Builds the app into a fresh temp dir; returns it. */
function build(): string {
  const out = mkdtempSync(join(tmpdir(), 'styrkit-demo-bench-dist-'));
  const r = spawnSync(
    process.execPath,
    [
      join(DEMO_DIR, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--outDir',
      out,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: DEMO_DIR, stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error('vite build failed');
  return out;
}

/** Imports the bench documents in requests under the body limit; returns their kinds and ids. */
async function addDocuments(url: string, headers: Record<string, string>) {
  const envelopes = [];
  for (const t of TEMPLATES) {
    const { document, schemaVersion } = await json<{ document: unknown; schemaVersion?: string }>(
      await fetch(`${url}/api/kinds/${t.kind}/documents/${t.id}`, { headers }),
    );
    for (const c of benchCopies(t, document, DOCS)) envelopes.push({ ...c, schemaVersion });
  }
  let batch: string[] = [];
  let bytes = 0;
  const send = async () => {
    if (batch.length === 0) return;
    const r = await json<{ failed: number }>(
      await fetch(`${url}/api/import`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: `[${batch.join(',')}]`,
      }),
    );
    if (r.failed > 0) throw new Error(`import: ${String(r.failed)} failed`);
    batch = [];
    bytes = 0;
  };
  for (const e of envelopes) {
    const text = JSON.stringify(e);
    if (bytes + text.length > IMPORT_BYTES) await send();
    batch.push(text);
    bytes += text.length + 1;
  }
  await send();
  return envelopes;
}

const sorted = (v: readonly number[]) => v.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
const median = (v: readonly number[]) => {
  const s = sorted(v);
  return s.length === 0 ? Number.NaN : (s[Math.floor((s.length - 1) / 2)] ?? Number.NaN);
};
const ms = (n: number) => (Number.isNaN(n) ? '–' : String(Math.round(n)));
const summary = (v: readonly number[]) => {
  const s = sorted(v);
  return s.length === 0 ? '–' : `${ms(s[0] ?? 0)} / ${ms(median(s))} / ${ms(s[s.length - 1] ?? 0)}`;
};

async function main(portal: Portal): Promise<void> {
  const session = await apiSignIn(portal.url, ADMIN);
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
  const t0 = performance.now();
  const added = await addDocuments(portal.url, headers);
  console.error(`imported ${added.length} documents in ${ms(performance.now() - t0)} ms`);
  const saved = added.find((d) => d.kind === 'pm3/objektplan') ?? added[0];
  if (saved === undefined) throw new Error('DOCS=0: nothing to save');
  const docUrl = `${portal.url}/api/kinds/${saved.kind}/documents/${saved.id}`;

  const { context, page } = await signIn(portal, ADMIN.split(':')[0] ?? 'admin');
  const query = `/api/portfolio?${new URLSearchParams({ kinds: PORTFOLIO_KINDS.join(','), locale: 'sv' }).toString()}`;
  const total = await page.evaluate(
    async (q) => ((await (await fetch(q)).json()) as { total: number }).total,
    query,
  );
  await context.addInitScript(
    watch([
      { name: 'heading', selector: 'h1', count: 1 },
      { name: 'rows', selector: ROWS, count: total },
    ]),
  );

  const cold: Load[] = [];
  const warm: Load[] = [];
  const fetches: number[] = [];
  const shells: number[] = [];
  const loads: string[] = [];
  let shown = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    loads.push(loadavg()[0]?.toFixed(1) ?? '?');
    // A save through the API, as a colleague's: the host recomputes what changed.
    const { version } = await json<{ version: number }>(await fetch(docUrl, { headers }));
    const after = await json<{ version: number }>(
      await fetch(docUrl, {
        method: 'PUT',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ baseVersion: version, document: saved.document }),
      }),
    );
    // The cold load is only cold if the save made a new version for the host to recompute.
    if (after.version <= version)
      throw new Error(`the save made no new version (${String(version)})`);
    await page.goto('about:blank');
    const tracing = TRACE !== undefined && round === ROUNDS;
    if (tracing) await portal.browser.startTracing(page, { path: TRACE, screenshots: false });
    cold.push(await loadTimes(page, () => page.goto(`${portal.url}/`)));
    if (tracing) await portal.browser.stopTracing();
    shown = await page.locator(ROWS).count();
    warm.push(await loadTimes(page, () => page.reload()));
    fetches.push(
      await page.evaluate(async (q) => {
        const s = performance.now();
        await (await fetch(q)).json();
        return performance.now() - s;
      }, query),
    );
    // The shell without data: a context without a session shows the sign-in form.
    const anon = await portal.browser.newContext({ locale: 'sv-SE' });
    await anon.addInitScript(watch([{ name: 'rows', selector: 'input[type=password]', count: 1 }]));
    const signInPage = await anon.newPage();
    shells.push((await loadTimes(signInPage, () => signInPage.goto(portal.url))).rows);
    await anon.close();
    const c = cold.at(-1);
    const w = warm.at(-1);
    console.error(
      `round ${String(round)} (load ${loads.at(-1) ?? '?'}): cold ${ms(c?.rows ?? Number.NaN)} ms, warm ${ms(w?.rows ?? Number.NaN)} ms, fetch ${ms(fetches.at(-1) ?? Number.NaN)} ms, sign-in ${ms(shells.at(-1) ?? Number.NaN)} ms`,
    );
  }
  await context.close();

  const row = (name: string, loadsOf: Load[]) =>
    `| ${name} | ${summary(loadsOf.map((l) => l.heading))} | ${summary(loadsOf.map((l) => l.requestStart))} | ${summary(loadsOf.map((l) => l.requestEnd - l.requestStart))} | ${summary(loadsOf.map((l) => l.rowsDom - l.requestEnd))} | ${summary(loadsOf.map((l) => l.rows))} | ${summary(loadsOf.map((l) => l.node))} |`;
  console.log(
    `\nPortfolio page, ${String(total)} rows (${String(added.length)} bench documents + docs/examples; table shows ${String(shown)}), ${String(ROUNDS)} rounds; ms, min / median / max; load average before each round: ${loads.join(', ')}\n`,
  );
  console.log(
    '| Load | heading shown | request start | request (start → end) | response → rows in DOM | rows shown (after the frame) | Node clock |',
  );
  console.log('| :--- | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(row('cold (after a save)', cold));
  console.log(row('warm (reload)', warm));
  console.log(
    `| baseline: \`fetch('/api/portfolio')\` in the page | | | ${summary(fetches)} | | | |`,
  );
  console.log(`| baseline: sign-in page (shell, no data) | | | | | ${summary(shells)} | |`);
  const worst = Math.max(...sorted(cold.map((l) => l.rows)), ...sorted(warm.map((l) => l.rows)));
  const med = median(cold.map((l) => l.rows));
  console.log(
    `\nTarget: every row shown ≤ ${String(TARGET_MS)} ms with ${String(DOCS)} documents: ${med <= TARGET_MS ? 'met' : 'NOT met'} (cold median ${ms(med)} ms; slowest load ${ms(worst)} ms).`,
  );
  if (shown !== total)
    console.log(`The table showed ${String(shown)} rows, the API ${String(total)}.`);
}

const dist = build();
let portal: Portal | undefined;
const cleanUp = async () => {
  await portal?.close();
  rmSync(dist, { recursive: true, force: true });
};
process.once('SIGINT', () => {
  void cleanUp().finally(() => process.exit(130));
});
try {
  portal = await startPortal({ dist });
  await main(portal);
} finally {
  await cleanUp();
}
