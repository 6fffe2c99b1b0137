import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_DIR, screenshot, signIn, text, usePortal } from './harness.js';

// Approval, the needs funnel, an ESF month import, the portfolio and the two layouts
// (issue 13). Screenshots go to test-results/screenshots/w-*.png and are looked at by hand.

const { portal, open, expectAccessible, hostJson } = usePortal();

interface Versions {
  versions: {
    version: number;
    author: string;
    approvals: { by: string; note: string; acknowledgedFindings?: { code: string }[] }[];
  }[];
}

describe('approval', () => {
  it('asks for confirmation, a comment and acknowledged findings; four eyes refuses the author', async () => {
    const plan = '/api/kinds/pm3/objektplan/documents/linkoping-vso-2021-a';
    const approver = await signIn(portal, 'approver');
    const page = approver.page;
    await open(page, '/objektplan/linkoping-vso-2021-a');
    // The approver writes version 2 (a changed cell leaves a row-sum error).
    await page.locator('input[data-cell="budget.0.businessVm"]').fill('1300');
    await page.getByLabel('Versionsmeddelande').fill('Förvaltningsstyrning höjd till 1 300 kkr');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByTestId('saved').waitFor();
    await page.locator('[data-testid="versions"] tr[data-version="2"]').waitFor();

    // Four eyes: the author's own version cannot be approved, and the page says why.
    const own = page.locator('button[data-approve="2"]');
    expect(await own.isDisabled()).toBe(true);
    expect(text(await page.getByTestId('four-eyes').textContent())).toContain('fyra ögon');

    // Version 1 (by the seed) opens the dialog: findings to acknowledge, a comment, confirm.
    await page.locator('button[data-approve="1"]').click();
    const dialog = page.getByTestId('approve-dialog');
    await dialog.locator('.ack-list li').first().waitFor();
    const boxes = dialog.locator('.ack-list input[type="checkbox"]');
    const open1 = await boxes.count();
    expect(open1).toBeGreaterThan(0);
    const confirm = page.getByTestId('approve-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByLabel('Kommentar (valfri)').fill('Varningen om driftkostnaden är känd');
    await page.screenshot({ path: '/tmp/w-dialog.png' });
    await expectAccessible(page, 'w-01-godkann-dialog');
    for (let i = 0; i < open1; i += 1) await boxes.nth(i).check();
    expect(await confirm.isDisabled()).toBe(false);
    await confirm.click();
    await page.getByTestId('approved-done').waitFor();
    const state = page.getByTestId('approval-state');
    await expect
      .poll(async () => text(await state.textContent()))
      .toContain('Godkänd version 1 av 2');
    expect(text(await state.textContent())).toContain('den godkända är äldre');
    expect(await page.locator('tr[data-version="1"] [data-badge="approved-older"]').count()).toBe(
      1,
    );
    expect(await page.locator('tr[data-version="2"] [data-badge="newest"]').count()).toBe(1);
    // The diff is titled with the stored versions and shows labels, not field names.
    const diff = text(await page.getByTestId('version-diff').textContent());
    expect(diff).toContain('Version 1 → 2');
    expect(diff).not.toMatch(/\bplanGoals\b|\blinks\b/);
    await expectAccessible(page, 'w-02-godkand-aldre');

    // The host keeps the comment and the acknowledged findings with the approval.
    const stored = await hostJson<Versions>(page, `${plan}/versions`);
    const v1 = stored.versions.find((v) => v.version === 1);
    expect(v1?.approvals[0]?.by).toBe('approver');
    expect(v1?.approvals[0]?.note).toBe('Varningen om driftkostnaden är känd');
    if (v1?.approvals[0]?.acknowledgedFindings !== undefined) {
      expect(v1.approvals[0].acknowledgedFindings).toHaveLength(open1);
    }
    // And the host refuses the author's own approval even when asked directly.
    const refused = await page.evaluate(async (p) => {
      const s = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const res = await fetch(`${p}/versions/2/approve`, {
        method: 'POST',
        headers: { 'x-csrf-token': s.csrfToken, 'content-type': 'application/json' },
        body: '{}',
      });
      return { status: res.status, body: await res.text() };
    }, plan);
    expect(refused.status).toBe(409);
    expect(refused.body).toContain('host/four-eyes');
    await approver.context.close();

    // A second user approves version 2, acknowledging its error.
    const admin = await signIn(portal, 'admin');
    await open(admin.page, '/objektplan/linkoping-vso-2021-a');
    await admin.page.locator('button[data-approve="2"]').click();
    const d2 = admin.page.getByTestId('approve-dialog');
    await d2.locator('.ack-list li').first().waitFor();
    expect(await d2.locator('[data-code="pm3/row-sum-mismatch"]').count()).toBeGreaterThan(0);
    const b2 = d2.locator('.ack-list input[type="checkbox"]');
    for (let i = 0; i < (await b2.count()); i += 1) await b2.nth(i).check();
    await admin.page.getByTestId('approve-confirm').click();
    await admin.page.getByTestId('approved-done').waitFor();
    await expect
      .poll(async () => text(await admin.page.getByTestId('approval-state').textContent()))
      .toContain('Godkänd version 2 av 2');
    expect(await admin.page.locator('tr[data-version="2"] [data-badge="approved"]').count()).toBe(
      1,
    );
    await screenshot(admin.page, 'w-03-godkand-av-annan');
    await admin.context.close();
  });
});

describe('needs process', () => {
  it('moves a need through the funnel, each step decided by the allowed role, and ranks the backlog', async () => {
    const { context, page } = await signIn(portal, 'editor');
    await open(page, '/behov');
    const log = '/api/kinds/governance/gate-log/documents/goteborg-avo-2024-governance-gates';
    const before = await hostJson<{ version: number; document: { decisions: unknown[] } }>(
      page,
      log,
    );

    await page.getByLabel('Rubrik').fill('Planeringsstöd i hemtjänsten');
    await page.getByLabel('Vilka berörs').selectOption('one-unit');
    await page.getByLabel('Vem betalar').selectOption('own-unit');
    await page.getByRole('button', { name: 'Lämna in' }).click();
    await page.getByTestId('needs-notice').waitFor();
    const card = page.locator(
      '[data-state="insamling"] [data-need="planeringsstod-i-hemtjansten"]',
    );
    await card.waitFor();

    const move = async (role: string, to: string, state: string) => {
      await page.getByLabel('Jag beslutar som').selectOption(role);
      const button = page.locator(
        `[data-need="planeringsstod-i-hemtjansten"] button[data-move="${to}"]`,
      );
      await expect.poll(() => button.isDisabled()).toBe(false);
      await button.click();
      await page
        .locator(`[data-state="${state}"] [data-need="planeringsstod-i-hemtjansten"]`)
        .waitFor();
    };
    // The wrong role may not decide, and the card says who does.
    await page.getByLabel('Jag beslutar som').selectOption('projektkontor');
    const first = card.locator('button[data-move="grovsallning"]');
    expect(await first.isDisabled()).toBe(true);
    expect(text(await card.textContent())).toContain('Beslutas av Avdelningschef (verksamhet)');
    await move('avdelningschef', 'grovsallning', 'grovsallning');
    await move('avdelningschef', 'beredning', 'beredning');
    await move('avdelningschef', 'klart-for-start', 'klart-for-start');
    await move('projektkontor', 'genomforande', 'genomforande');
    // A finished study loops back to preparation, decided by the project owner.
    await move('projektagare-ku', 'beredning', 'beredning');
    await screenshot(page, 'w-04-behov-tavla');

    const after = await hostJson<{
      version: number;
      document: { decisions: { gate: string; decidedBy: string; outcome: string }[] };
    }>(page, log);
    expect(after.document.decisions.length - before.document.decisions.length).toBe(5);
    expect(after.document.decisions.slice(-2).map((d) => [d.gate, d.decidedBy, d.outcome])).toEqual(
      [
        ['bp4', 'projektkontor', 'advance'],
        ['utredning-klar', 'projektagare-ku', 'loop-back'],
      ],
    );

    // Two needs for several administrations go to the shared backlog; the mandatory one ranks first.
    for (const [title, mandatory] of [
      ['Gemensam e-tjänst', false],
      ['Loggning enligt lagkrav', true],
    ] as const) {
      await page.getByLabel('Rubrik').fill(title);
      await page.getByLabel('Vilka berörs').selectOption('several-administrations');
      await page.getByLabel('Vem betalar').selectOption('shared');
      await page
        .getByLabel('Kostnad i förhållande till nytta (poäng, valfri)')
        .fill(mandatory ? '1' : '5');
      if (mandatory) await page.getByLabel('Lagkrav eller tvingande').check();
      await page.getByRole('button', { name: 'Lämna in' }).click();
      await page.locator(`[data-state="insamling"] [data-need]`, { hasText: title }).waitFor();
    }
    for (const id of ['gemensam-e-tjanst', 'loggning-enligt-lagkrav']) {
      for (const [role, to] of [
        ['avdelningschef', 'grovsallning'],
        ['utvecklingsteam-id', 'backlog'],
      ] as const) {
        await page.getByLabel('Jag beslutar som').selectOption(role);
        const b = page.locator(`[data-need="${id}"] button[data-move="${to}"]`);
        await expect.poll(() => b.isDisabled()).toBe(false);
        await b.click();
        await page.locator(`[data-state="${to}"] [data-need="${id}"]`).waitFor();
      }
    }
    const ranked = page.locator('table', { hasText: 'Gemensam väntelista, rangordnad' });
    await expect
      .poll(async () => text(await ranked.locator('tbody tr').first().textContent()))
      .toContain('Loggning enligt lagkrav');
    expect(text(await ranked.locator('tbody tr').nth(1).textContent())).toContain(
      'Gemensam e-tjänst',
    );
    await expectAccessible(page, 'w-05-behov-vantelista');
    await context.close();
  });
});

describe('ESF month', () => {
  it('imports a month of time reports after a preview, then shows the month against plan', async () => {
    const { context, page } = await signIn(portal, 'editor');
    await open(page, '/esf-manad/esf-synthetic-a');
    const doc = '/api/kinds/esf/time-reports/documents/esf-synthetic-a-time-reports';
    const before = await hostJson<{ version: number; document: { reports: unknown[] } }>(page, doc);
    await page
      .getByLabel('Fil (CSV eller XLSX)')
      .setInputFiles(join(DEMO_DIR, 'e2e', 'fixtures', 'esf-month-2025-06.csv'));
    const preview = page.getByTestId('esf-preview');
    await preview.waitFor();
    // Columns were guessed from the Swedish headers; the preview lists findings per row.
    expect(await page.getByLabel('Timmar *').inputValue()).toBe('6');
    expect(await preview.locator('tbody tr').count()).toBe(7);
    expect(
      await preview.locator('tr[data-line="7"] [data-code="demo/esf-hours-unreadable"]').count(),
    ).toBe(1);
    expect(
      await preview.locator('tr[data-line="8"] [data-code="demo/esf-other-month"]').count(),
    ).toBe(1);
    expect(
      await preview.locator('tr[data-line="6"] [data-code="demo/esf-hours-rounded-down"]').count(),
    ).toBe(1);
    await expectAccessible(page, 'w-06-esf-forhandsgranskning');
    // Nothing is stored before confirming.
    const mid = await hostJson<{ version: number }>(page, doc);
    expect(mid.version).toBe(before.version);

    await page.getByTestId('esf-import-confirm').click();
    await page.getByTestId('esf-month-notice').waitFor();
    const after = await hostJson<{ version: number; document: { reports: unknown[] } }>(page, doc);
    expect(after.version).toBe(before.version + 1);
    expect(after.document.reports.length - before.document.reports.length).toBe(5);

    // The hand calculation of e2e/fixtures/esf-month-2025-06.md.
    const summary = page.getByTestId('esf-month-summary');
    await summary.waitFor();
    const cells = async (row: string) =>
      (
        await summary.locator('tr', { hasText: row }).first().locator('th, td').allTextContents()
      ).map(text);
    expect(await cells('Timmar')).toEqual(['Timmar', '26', '100', '26,00 %']);
    expect(await cells('Värde')).toEqual(['Värde (kr)', '6 347,96', '25 000,00', '25,39 %']);
    expect(await cells('Kvinnor')).toEqual(['Kvinnor', '2']);
    expect(await cells('Män')).toEqual(['Män', '2']);
    expect(await cells('Summa')).toEqual(['Summa', '4']);
    await expectAccessible(page, 'w-07-esf-manad');
    // The mapping is remembered for the next file with the same header line.
    const remembered = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('styrkit.esf-mapping:')),
    );
    expect(remembered).toHaveLength(1);
    await context.close();
  });
});

describe('portfolio', () => {
  it('shows every row and searches, filters and sorts them', async () => {
    const { context, page } = await signIn(portal, 'viewer');
    await open(page, '/');
    const table = page.getByTestId('portfolio');
    await table.locator('tbody tr').first().waitFor();
    const total = await table.locator('tbody tr').count();
    expect(text(await page.getByTestId('portfolio-count').textContent())).toBe(
      `Visar ${total} av ${total} dokument`,
    );
    const ids = async () =>
      table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-doc')));

    await page.getByLabel('Typ', { exact: true }).selectOption('pm3/objektplan');
    expect((await ids()).sort()).toEqual(['linkoping-vso-2021-a', 'linkoping-vso-2021-b']);
    // Budget in one unit, sorted exactly: A 45 100 kkr before B 47 140 kkr, then reversed.
    await page.locator('button[data-sort="budget"]').click();
    expect(await ids()).toEqual(['linkoping-vso-2021-a', 'linkoping-vso-2021-b']);
    expect(
      text(await table.locator('tr[data-doc="linkoping-vso-2021-a"] td.num').nth(1).textContent()),
    ).toMatch(/^45 \d00$/);
    await page.locator('button[data-sort="budget"]').click();
    expect(await ids()).toEqual(['linkoping-vso-2021-b', 'linkoping-vso-2021-a']);
    expect(await page.locator('th[aria-sort="descending"]').count()).toBe(1);

    // The approval test approved A's newest version: the status filter finds it, with its approver.
    await page.getByLabel('Status', { exact: true }).selectOption('approved');
    expect(await ids()).toEqual(['linkoping-vso-2021-a']);
    expect(
      text(await table.locator('tr[data-doc="linkoping-vso-2021-a"]').textContent()),
    ).toContain('admin');
    await page.getByLabel('Status', { exact: true }).selectOption('');
    await page.getByLabel('Typ', { exact: true }).selectOption('');

    await page.getByLabel('Sök', { exact: true }).fill('2021-B');
    expect(await ids()).toEqual(['linkoping-vso-2021-b']);
    await page.getByLabel('Sök', { exact: true }).fill('ingen sådan plan');
    expect(await ids()).toEqual([]);
    expect(text(await page.getByTestId('portfolio-count').textContent())).toBe(
      `Visar 0 av ${total} dokument`,
    );
    await page.getByLabel('Sök', { exact: true }).fill('');
    expect(await table.locator('tbody tr').count()).toBe(total);
    await expectAccessible(page, 'w-08-portfolj');
    await context.close();
  });
});

describe('layouts', () => {
  it('work at 390 px without sideways scrolling, and never clip findings at 1366 px', async () => {
    const { context, page } = await signIn(portal, 'editor');
    const pages = [
      '/',
      '/objektplan/linkoping-vso-2021-b',
      '/behov',
      '/esf-manad/esf-synthetic-a',
      '/esf/sala-esf-ip',
    ];
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of pages) {
      await open(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      await screenshot(page, `w-390${path.replace(/\//g, '_')}`);
      await page.screenshot({ path: `/tmp/w-390-top${path.replace(/\//g, '_')}.png` });
      // What sticks out (outside the tables that scroll in their own box), to say what to fix.
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('main *, header *')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
          .filter((el) => el.closest('.table-scroll') === null)
          .slice(0, 8)
          .map(
            (el) =>
              `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`,
          ),
      );
      expect(overflow, `${path} at 390 px: ${wide.join('; ')}`).toBeLessThanOrEqual(391);
    }
    await page.setViewportSize({ width: 1366, height: 900 });
    for (const path of pages) {
      await open(page, path);
      await screenshot(page, `w-1366${path.replace(/\//g, '_')}`);
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('.finding')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return (
              r.width > 0 &&
              (r.right > window.innerWidth + 1 || el.scrollWidth > el.clientWidth + 1)
            );
          })
          .map((el) => {
            el.setAttribute('data-clipped', 'true');
            const r = el.getBoundingClientRect();
            return `${el.textContent.slice(0, 50)} [${Math.round(r.left)}–${Math.round(r.right)}, scroll ${el.scrollWidth}/${el.clientWidth}]`;
          }),
      );
      if (clipped.length > 0) {
        await page.locator('[data-clipped]').first().screenshot({ path: '/tmp/w-clipped.png' });
      }
      expect(clipped.join(' | '), `${path} at 1366 px`).toBe('');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(overflow, `${path} at 1366 px`).toBeLessThanOrEqual(1367);
    }
    await context.close();
  });
});
