import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { SCREENSHOTS, startPortal, type Portal, type PortalOptions } from './portal-process.js';

export {
  DEMO_DIR,
  REPO,
  SCREENSHOTS,
  freePort,
  hostServesStatic,
  signIn,
  startPortal,
  type Portal,
  type PortalOptions,
} from './portal-process.js';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** One axe-core violation, reduced to what a failing test should print. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) in the page and returns its violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not as an inline script tag, so the portal's
  // Content-Security-Policy (script-src 'self') stays in force during the test.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: Document,
          opts: object,
        ) => Promise<{
          violations: {
            id: string;
            impact: string | null;
            help: string;
            nodes: { target: unknown[] }[];
          }[];
        }>;
      };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
}

/** Saves a full-page screenshot as a test artefact (in `dir`, by default test-results/screenshots). */
export async function screenshot(page: Page, name: string, dir = SCREENSHOTS): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** A text with its white space folded, as a person reads it. */
export const text = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** What a test file shares: its portal and the steps every test takes on a page. */
export interface PortalSuite {
  /** The file's running portal (readable once `beforeAll` has run). */
  readonly portal: Portal;
  /** Goes to a portal path and waits until its heading (optionally this one) and data are shown. */
  readonly open: (page: Page, path: string, heading?: string | RegExp) => Promise<void>;
  /** Takes the page's screenshot, then asserts axe finds no WCAG A/AA violation. */
  readonly expectAccessible: (page: Page, name: string) => Promise<void>;
  /** Fetches JSON from the host inside the page (the page's own session cookie). */
  readonly hostJson: <T>(page: Page, path: string) => Promise<T>;
}

/**
 * One portal for a test file: started before its tests and closed after them, with the steps
 * the files share. `portal` is a view that reads the running portal when used.
 */
export function usePortal(options: PortalOptions = {}): PortalSuite {
  let running: Portal | undefined;
  const current = (): Portal => {
    if (running === undefined) throw new Error('the portal is used before beforeAll started it');
    return running;
  };
  beforeAll(async () => {
    running = await startPortal(options);
    console.log(`[e2e] portal served by ${running.mode} at ${running.url}`);
  });
  afterAll(async () => {
    await running?.close();
  });
  const portal: Portal = {
    get url() {
      return current().url;
    },
    get mode() {
      return current().mode;
    },
    get browser() {
      return current().browser;
    },
    close: () => current().close(),
  };
  return {
    portal,
    open: async (page, path, heading) => {
      await page.goto(`${portal.url}${path}`);
      await page.locator('h1').first().waitFor();
      if (heading !== undefined) {
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      }
      await page
        .getByRole('status')
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      await page.waitForLoadState('networkidle');
    },
    expectAccessible: async (page, name) => {
      await screenshot(page, name);
      const violations = await axe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    },
    hostJson: <T>(page: Page, path: string) =>
      page.evaluate(async (p) => (await fetch(p)).json() as Promise<T>, path),
  };
}
