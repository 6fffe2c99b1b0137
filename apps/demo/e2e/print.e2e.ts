// Printing a portal page (issue 17): under print media no input, button or navigation shows,
// the print header names the document, and no table is wider than the printable width of its
// A4 page (portrait 186 mm; landscape 273 mm for tables on the named "wide" page). Each page
// is also printed to PDF by Chromium as a test artefact (test-results/print/).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DIR, signIn, startPortal, type Portal } from './harness.js';

let portal: Portal;
let page: Page;
const PRINT_DIR = join(DEMO_DIR, 'test-results', 'print');

beforeAll(async () => {
  portal = await startPortal();
  ({ page } = await signIn(portal, 'editor'));
  mkdirSync(PRINT_DIR, { recursive: true });
});

afterAll(async () => {
  await portal.close();
});

/** Printable width in CSS pixels (96 per inch): A4 less the margins of styles.css. */
const PORTRAIT = Math.floor(((210 - 24) / 25.4) * 96);
const LANDSCAPE = Math.floor(((297 - 24) / 25.4) * 96);

interface Cut {
  readonly table: string;
  readonly width: number;
  readonly room: number;
}

/** Tables (of the given page kind) wider than the room the print layout gives them. */
function cutTables(p: Page, wide: boolean, room: number): Promise<Cut[]> {
  return p.evaluate(
    ({ wide, room }) =>
      [...document.querySelectorAll('table')]
        .filter((t) => t.offsetParent !== null)
        .filter((t) => (getComputedStyle(t.closest('section') ?? t).page === 'wide') === wide)
        .map((t) => ({
          table: t.caption?.textContent ?? t.getAttribute('data-matrix') ?? '?',
          width: t.scrollWidth,
          room: Math.min(room, t.parentElement?.clientWidth ?? room),
        }))
        .filter((c) => c.width > c.room + 1),
    { wide, room },
  );
}

/** Controls and navigation still visible (none may be, except matrix cells printed as text). */
function visibleControls(p: Page): Promise<string[]> {
  return p.evaluate(() =>
    [...document.querySelectorAll('button, select, textarea, input, nav, header.top')]
      .filter((el) => !(el instanceof HTMLInputElement && el.closest('td') !== null))
      .filter(
        (el) =>
          (el as HTMLElement).offsetParent !== null || getComputedStyle(el).display !== 'none',
      )
      .filter(
        (el) =>
          getComputedStyle(el).display !== 'none' &&
          (el as HTMLElement).getClientRects().length > 0,
      )
      .map((el) => `${el.tagName.toLowerCase()}${el.id === '' ? '' : `#${el.id}`}`),
  );
}

const pages = [
  { name: 'objektplan', path: '/objektplan/linkoping-vso-2021-a' },
  { name: 'esf', path: '/esf/sala-esf-ip' },
  { name: 'checklist', path: '/checklistor/sala-san-2023-06-15-item-5-checklist' },
  { name: 'forums', path: '/styrning/linkoping-vso-2021-forums' },
  { name: 'object', path: '/dokument/pm3/forvaltningsobjekt/linkoping-vso' },
];

describe('printing a page', () => {
  for (const { name, path } of pages) {
    it(`${name}: no controls, a print header, no table cut on A4`, async () => {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1400, height: 1000 });
      await page.goto(`${portal.url}${path}`);
      await page.locator('h1').first().waitFor();
      await page.locator('table').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: PORTRAIT, height: 1100 });
      expect(await visibleControls(page)).toEqual([]);
      await expect.poll(() => page.getByTestId('print-header').isVisible()).toBe(true);
      expect(await cutTables(page, false, PORTRAIT)).toEqual([]);
      await page.setViewportSize({ width: LANDSCAPE, height: 800 });
      expect(await cutTables(page, true, LANDSCAPE)).toEqual([]);
      await page.pdf({ path: join(PRINT_DIR, `${name}.pdf`), format: 'A4', printBackground: true });
    });
  }
});
