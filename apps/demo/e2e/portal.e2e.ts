import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, screenshot, signIn, text, usePortal } from './harness.js';

const { portal, open, expectAccessible, hostJson } = usePortal();

/** A file's bytes as an ArrayBuffer (what exceljs reads). */
const bytes = (path: string): ArrayBuffer => new Uint8Array(readFileSync(path)).buffer;

async function tabTo(page: Page, test: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((t) => {
      const el = document.activeElement;
      return el !== null && el.matches(t);
    }, test);
    if (hit) return;
  }
  throw new Error(`keyboard focus never reached ${test}`);
}

describe('sign-in and language', () => {
  it('refuses a wrong password, signs in with the keyboard alone, and switches to English', async () => {
    const context = await portal.browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(portal.url);
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    await expectAccessible(page, '01-logga-in');

    await page.getByLabel('Användarnamn').fill('editor');
    await page.getByLabel('Lösenord').fill('fel-lösenord-123');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('alert').waitFor();
    expect(text(await page.getByRole('alert').textContent())).toContain(
      'Fel användarnamn eller lösenord',
    );

    await page.reload();
    await page.getByLabel('Användarnamn').waitFor();
    await tabTo(page, '#username');
    await page.keyboard.type('editor');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo-editor-2026');
    await page.keyboard.press('Enter');
    await page.getByTestId('username').waitFor();
    expect(await page.getByTestId('username').textContent()).toBe('editor');
    await page.getByRole('heading', { level: 1, name: 'Portfölj' }).waitFor();

    // Keyboard only: reach the Objektplan menu entry and open it; focus moves to the heading.
    await tabTo(page, 'nav a[href="/objektplan"]');
    await page.keyboard.press('Enter');
    await page.locator('input[data-cell]').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await tabTo(page, 'input[data-cell="budget.1.itVm"]', 80);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('?');
    await expect
      .poll(async () => text(await page.locator('[data-total="budget.1"]').textContent()))
      .toBe('2 200 kkr + 1 okänd');

    await page.getByRole('button', { name: 'In English' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The typed "?" is unsaved: leaving asks first (the unsaved-changes guard), and we leave.
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('link', { name: 'Portfolio' }).click();
    await page.getByRole('heading', { level: 1, name: 'Portfolio' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.locator('table.portfolio').waitFor();
    await expectAccessible(page, '02-portfolio-en');
    await context.close();
  });
});

describe('every page', () => {
  it('shows the portfolio and each area with 0 axe violations', async () => {
    const { context, page } = await signIn(portal, 'editor');
    await page.locator('table.portfolio').waitFor();
    const rows = await page.locator('table.portfolio tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(10);
    // The Linköping plan A budget, 45 100 kkr (seed linkoping-vso-objektplan-2021.txt:183),
    // in the portfolio's one unit, named in the column head.
    const portfolio = text(await page.locator('table.portfolio').textContent());
    expect(portfolio).toContain('Budget (kkr)');
    expect(portfolio).toContain('45 100');
    await expectAccessible(page, '03-portfolj');

    await open(page, '/objektplan/linkoping-vso-2021-a', /version A/);
    await page.locator('[data-testid="plan-diff"] table').first().waitFor();
    await expectAccessible(page, '04-objektplan');

    await open(page, '/styrning/linkoping-vso-2021-forums');
    await page.getByTestId('ics').waitFor();
    await expectAccessible(page, '05-styrning-forum');
    await open(page, '/styrning/linkoping-vso-2021-organisation');
    await page.locator('table').first().waitFor();
    await expectAccessible(page, '06-styrning-organisation');

    await open(page, '/effekter/goal-tree/sala-esf-ip-goals');
    await page.locator('canvas').first().waitFor();
    await expectAccessible(page, '07-effekter');

    await open(page, '/esf/sala-esf-ip');
    await page.locator('canvas').nth(2).waitFor();
    const esf = text(await page.locator('main').textContent());
    expect(esf).toContain('32,85 %');
    expect(esf).toContain('8 246');
    expect(esf).toContain('107 813');
    await expectAccessible(page, '08-esf');

    await open(page, '/checklistor/sala-san-2023-06-15-item-6-checklist');
    await page.getByTestId('checklist-status').waitFor();
    await expectAccessible(page, '09-checklista');
    await open(page, '/checklistor/sala-san-2023-06-15-item-6-checklist/utskrift');
    await page.locator('.print-view table').first().waitFor();
    await expectAccessible(page, '10-checklista-utskrift');

    await open(page, '/dokument/pm3/forvaltningsobjekt/linkoping-vso');
    await page.locator('table').first().waitFor();
    await expectAccessible(page, '11-forvaltningsobjekt');

    await open(page, '/finns-inte');
    await expectAccessible(page, '12-saknas');
    await context.close();
  });

  it('charts measurements against the path from baseline to target', async () => {
    const { context, page } = await signIn(portal, 'admin');
    const fixture = readFileSync(
      new URL('./fixtures/effects-measured.json', import.meta.url),
      'utf8',
    );
    const status = await page.evaluate(async (body) => {
      const s = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const res = await fetch('/api/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': s.csrfToken },
        body,
      });
      return res.status;
    }, fixture);
    expect(status).toBe(200);
    await open(page, '/effekter/effect-plan/e2e-digitala-ansokningar-2024');
    await page.getByTestId('measurement-chart').locator('canvas').waitFor();
    const table = text(await page.getByTestId('measurement-chart').locator('table').textContent());
    expect(table).toContain('2024-06-30');
    expect(table).toContain('28');
    expect(text(await page.locator('main').textContent())).toContain('Nöjdare brukare');
    await expectAccessible(page, '13-effekter-matningar');
    await context.close();
  });
});

describe('objektplan', () => {
  it('edits a budget cell with live totals and findings, saves, and keeps it after reload', async () => {
    const { context, page } = await signIn(portal, 'editor');
    await open(page, '/objektplan/linkoping-vso-2021-a', /version A/);
    const cell = page.locator('input[data-cell="budget.0.businessVm"]');
    expect(await cell.inputValue()).toBe('1200');
    expect(text(await page.locator('[data-total="budget.grand"]').textContent())).toBe(
      '45 100 kkr',
    );

    await cell.fill('1300');
    await expect
      .poll(async () => text(await page.locator('[data-total="budget.0"]').textContent()))
      .toBe('1 900 kkr');
    expect(text(await page.locator('[data-total="budget.grand"]').textContent())).toBe(
      '45 200 kkr',
    );
    const row = page.locator('table[data-matrix="budget"] tr[data-row="0"]');
    expect(await row.locator('[data-code="pm3/row-sum-mismatch"]').count()).toBe(1);
    expect(text(await page.getByTestId('live-summary').textContent())).toContain('45 200 kkr');
    await screenshot(page, '14-objektplan-redigerad');

    await page.locator('#plan-message').fill('Förvaltningsstyrning 1 300 kkr');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByTestId('saved').waitFor();
    expect(text(await page.getByTestId('saved').textContent())).toContain('version 2');

    await page.reload();
    await page.locator('input[data-cell="budget.0.businessVm"]').waitFor();
    expect(await page.locator('input[data-cell="budget.0.businessVm"]').inputValue()).toBe('1300');
    expect(await page.getByTestId('version').textContent()).toBe('2');
    expect(text(await page.locator('[data-total="budget.grand"]').textContent())).toBe(
      '45 200 kkr',
    );
    await page.locator('[data-testid="versions"] tr[data-version="2"]').waitFor();
    await page.locator('[data-testid="version-diff"] table').first().waitFor();
    expect(text(await page.getByTestId('version-diff').textContent())).toContain('1 300');
    await context.close();
  });

  it('shows the conflict on a stale save instead of overwriting', async () => {
    const first = await signIn(portal, 'editor');
    const second = await signIn(portal, 'admin');
    await open(first.page, '/objektplan/linkoping-vso-2021-b', /version B/);
    await open(second.page, '/objektplan/linkoping-vso-2021-b', /version B/);

    await second.page.locator('input[data-cell="budget.1.itVm"]').fill('90');
    await second.page.locator('#plan-message').fill('IT-nära VM 90');
    await second.page.getByRole('button', { name: 'Spara' }).click();
    await second.page.getByTestId('saved').waitFor();

    await first.page.locator('input[data-cell="budget.1.itVm"]').fill('12345');
    await first.page.locator('#plan-message').fill('IT-nära VM 12 345');
    await first.page.getByRole('button', { name: 'Spara' }).click();
    await first.page.getByTestId('conflict').waitFor();
    expect(text(await first.page.getByTestId('conflict').textContent())).toContain(
      'Någon annan har sparat en nyare version',
    );
    await expectAccessible(first.page, '15-objektplan-konflikt');

    const stored = await hostJson<{
      version: number;
      document: { budget: { rows: { itVm: string }[] } };
    }>(first.page, '/api/kinds/pm3/objektplan/documents/linkoping-vso-2021-b');
    expect(stored.version).toBe(2);
    expect(stored.document.budget.rows[1]?.itVm).toBe('90');

    await first.page.getByRole('button', { name: 'Läs in senaste versionen' }).click();
    await expect
      .poll(() => first.page.locator('input[data-cell="budget.1.itVm"]').inputValue())
      .toBe('90');
    expect(await first.page.getByTestId('version').textContent()).toBe('2');
    await first.context.close();
    await second.context.close();
  });

  it('lets an approver approve a version, and offers a viewer neither editing nor approval', async () => {
    const approver = await signIn(portal, 'approver');
    await open(approver.page, '/objektplan/linkoping-vso-2021-a', /version A/);
    const button = approver.page.locator('button[data-approve="1"]');
    await button.waitFor();
    await button.click();
    // Approving asks first: every open finding is acknowledged, then confirmed.
    const dialog = approver.page.getByTestId('approve-dialog');
    await approver.page.getByTestId('approve-confirm').waitFor();
    await dialog.locator('fieldset p').first().waitFor();
    const boxes = dialog.locator('.ack-list input[type="checkbox"]');
    for (let i = 0; i < (await boxes.count()); i += 1) await boxes.nth(i).check();
    await approver.page.getByTestId('approve-confirm').click();
    await approver.page.locator('tr[data-version="1"] [data-testid="approved"]').waitFor();
    expect(text(await approver.page.locator('tr[data-version="1"]').textContent())).toContain(
      'Godkänd av approver',
    );
    await expectAccessible(approver.page, '16-objektplan-godkand');
    await approver.context.close();

    const viewer = await signIn(portal, 'viewer');
    await open(viewer.page, '/objektplan/linkoping-vso-2021-a', /version A/);
    await viewer.page.locator('[data-testid="versions"] tr[data-version="1"]').waitFor();
    expect(await viewer.page.locator('button[data-approve]').count()).toBe(0);
    expect(await viewer.page.locator('input[data-cell]').count()).toBe(0);
    expect(await viewer.page.getByRole('button', { name: 'Spara' }).count()).toBe(0);
    expect(text(await viewer.page.locator('main').textContent())).toContain('Du har läsbehörighet');
    const forbidden = await viewer.page.evaluate(async () => {
      const s = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const res = await fetch(
        '/api/kinds/pm3/objektplan/documents/linkoping-vso-2021-a/versions/2/approve',
        {
          method: 'POST',
          headers: { 'x-csrf-token': s.csrfToken },
        },
      );
      return res.status;
    });
    expect(forbidden).toBe(403);
    await expectAccessible(viewer.page, '17-objektplan-lasare');
    await viewer.context.close();
  });
});

describe('checklist', () => {
  it('is filled in with the keyboard until it validates, and the answer is saved', async () => {
    const { context, page } = await signIn(portal, 'editor');
    await open(page, '/checklistor/sala-san-2023-06-15-item-6-checklist');
    const status = page.getByTestId('checklist-status');
    expect(text(await status.textContent())).toContain('Checklistan är inte komplett');
    const follow = page.locator('[data-question="rural-more-jobs"] input[type="radio"]').first();
    expect(await follow.isDisabled()).toBe(true);

    // A yes to the rural question enables its three follow-ups; a no disables them again.
    await page.locator('[data-question="rural-consequences"]').getByLabel('Ja').check();
    await expect.poll(() => follow.isDisabled()).toBe(false);
    await page.locator('[data-question="rural-consequences"]').getByLabel('Nej').check();
    await expect.poll(() => follow.isDisabled()).toBe(true);

    // Keyboard: focus the unanswered question's "Ja" and select it with Space.
    await page.locator('[data-question="hp-crpd"]').getByLabel('Ja').focus();
    await page.keyboard.press('Space');
    await expect
      .poll(async () => text(await status.textContent()))
      .toBe('Checklistan är komplett och giltig.');
    await screenshot(page, '18-checklista-giltig');
    await page.locator('#checklist-message').fill('Alla frågor besvarade');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByTestId('saved').waitFor();
    const stored = await hostJson<{ document: { answers: Record<string, unknown> } }>(
      page,
      '/api/kinds/principles/response/documents/sala-san-2023-06-15-item-6-checklist',
    );
    expect(stored.document.answers['hp-crpd']).toBe('yes');
    await context.close();
  });
});

describe('downloads', () => {
  it('downloads a forum calendar as ICS and a budget table as XLSX and CSV, and parses them', async () => {
    const { context, page } = await signIn(portal, 'viewer');
    await open(page, '/styrning/linkoping-vso-2021-forums');
    const [ics] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ics').click(),
    ]);
    expect(ics.suggestedFilename()).toBe('linkoping-vso-2021-forums.ics');
    const calendar = new ICAL.Component(
      ICAL.parse(readFileSync(await ics.path(), 'utf8')) as unknown[],
    );
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(20);
    const summaries = new Set(events.map((e) => String(e.getFirstPropertyValue('summary'))));
    expect(summaries.has('Styrgrupp')).toBe(true);

    await open(page, '/objektplan/linkoping-vso-2021-b', /version B/);
    const budget = page
      .locator('.table-block', { has: page.locator('caption', { hasText: 'Budget 2021 (kkr)' }) })
      .first();
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      budget.getByRole('link', { name: /^XLSX/ }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes(await xlsx.path()));
    const values = workbook.worksheets.flatMap((ws) => {
      const out: unknown[] = [];
      ws.eachRow((r) => {
        r.eachCell((c) => out.push(c.value));
      });
      return out;
    });
    expect(values.map(String)).toContain('Förvaltningsstyrning');
    expect(values.map(String)).toEqual(expect.arrayContaining(['47140']));

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      budget.getByRole('link', { name: /^CSV/ }).click(),
    ]);
    const csvText = readFileSync(await csv.path(), 'utf8');
    expect(csvText).toContain(';');
    expect(csvText).toContain('Förvaltningsstyrning');

    // A table the portal composes itself (the portfolio) is downloadable too.
    await open(page, '/', 'Portfölj');
    await page.locator('table.portfolio').waitFor();
    const [own] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^XLSX/ }).click(),
    ]);
    const ownBook = new ExcelJS.Workbook();
    await ownBook.xlsx.load(bytes(await own.path()));
    expect(ownBook.worksheets[0]?.rowCount).toBeGreaterThan(10);
    await context.close();
  });
});

describe('checklist conflict', () => {
  it('shows the conflict on a stale save and leaves the stored response untouched', async () => {
    const path = '/api/kinds/principles/response/documents/sala-san-2023-06-15-item-6-checklist';
    const { context, page } = await signIn(portal, 'editor');
    await open(page, '/checklistor/sala-san-2023-06-15-item-6-checklist');
    await page.getByTestId('checklist-status').waitFor();
    const before = await hostJson<{
      version: number;
      document: { answers: Record<string, unknown> };
    }>(page, path);

    // Someone else saves a new version after the page was loaded (an API write as admin).
    const other = await signIn(portal, 'admin');
    const status = await other.page.evaluate(
      async (args) => {
        const s = (await (await fetch('/api/session')).json()) as { csrfToken: string };
        const res = await fetch(args.path, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', 'x-csrf-token': s.csrfToken },
          body: JSON.stringify({
            baseVersion: args.version,
            document: args.document,
            message: 'Ändrad av någon annan',
          }),
        });
        return res.status;
      },
      { path, version: before.version, document: before.document },
    );
    expect(status).toBe(200);
    await other.context.close();

    await page.locator('[data-question="hp-crpd"]').getByLabel('Nej').check();
    await page.locator('#checklist-message').fill('Ändrat svar');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByTestId('conflict').waitFor();
    const conflict = text(await page.getByTestId('conflict').textContent());
    expect(conflict).toContain('Någon annan har sparat en nyare version');
    expect(conflict).toContain(`Någon har sparat version ${before.version + 1}`);
    expect(await page.getByTestId('saved').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Spara' }).isDisabled()).toBe(true);
    await expectAccessible(page, '19-checklista-konflikt');

    const stored = await hostJson<{
      version: number;
      document: { answers: Record<string, unknown> };
    }>(page, path);
    expect(stored.version).toBe(before.version + 1);
    expect(stored.document.answers).toEqual(before.document.answers);

    await page.getByRole('button', { name: 'Läs in senaste versionen' }).click();
    await page.getByTestId('conflict').waitFor({ state: 'detached' });
    expect(text(await page.locator('main').textContent())).toContain(
      `version ${before.version + 1}`,
    );
    const no = page.locator('[data-question="hp-crpd"]').getByLabel('Nej');
    expect(await no.isChecked()).toBe(before.document.answers['hp-crpd'] === 'no');
    await context.close();
  });
});

describe('narrow screens', () => {
  it('scrolls wide tables inside a focusable, named region instead of the page', async () => {
    const { context, page } = await signIn(portal, 'editor');
    await page.setViewportSize({ width: 800, height: 900 });
    const pageOverflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );

    await open(page, '/esf/sala-esf-ip');
    await page.locator('canvas').nth(2).waitFor();
    const region = page.getByRole('region', {
      name: 'Medfinansiering i deltagartid: timmar och värde mot plan',
    });
    await region.waitFor();
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.locator('caption').textContent()).toBe(
      'Medfinansiering i deltagartid: timmar och värde mot plan',
    );
    const box = () =>
      region.evaluate((el) => ({
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
        scrollLeft: el.scrollLeft,
      }));
    const before = await box();
    expect(before.scrollWidth).toBeGreaterThan(before.clientWidth);
    expect(before.scrollLeft).toBe(0);
    expect(await pageOverflow()).toBeLessThanOrEqual(0);

    await region.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, '20-esf-smal-tabell-fore.png') });
    // The keyboard reaches the region and scrolls it sideways.
    await region.focus();
    const atEnd = async () => {
      const b = await box();
      return b.scrollLeft + b.clientWidth >= b.scrollWidth - 1;
    };
    for (let i = 0; i < 60 && !(await atEnd()); i += 1) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(50);
    }
    await expect.poll(atEnd).toBe(true);
    expect((await box()).scrollLeft).toBeGreaterThan(0);
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, '20-esf-smal-tabell-efter.png') });
    await expectAccessible(page, '20-esf-smal');

    for (const path of ['/', '/objektplan/linkoping-vso-2021-a']) {
      await open(page, path);
      await page.locator('table').first().waitFor();
      expect(await pageOverflow(), path).toBeLessThanOrEqual(0);
    }
    await expectAccessible(page, '21-objektplan-smal');
    await context.close();
  });
});
