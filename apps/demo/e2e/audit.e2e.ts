import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, axe, screenshot, signIn, startPortal, type Portal } from './harness.js';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});

afterAll(async () => {
  await portal.close();
});

const fixtures = join(REPO, 'packages', 'documents', 'fixtures');
const text = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();

describe('Granska dokument', () => {
  it('audits an uploaded Word file: the wrong cells are marked, the findings beside them, axe clean', async () => {
    const { context, page } = await signIn(portal, 'editor');
    await page.goto(`${portal.url}/granska`);
    await page.getByRole('heading', { level: 1, name: 'Granska dokument' }).waitFor();
    await page.getByLabel('Fil att granska').setInputFiles(join(fixtures, 'docx', 'sala.docx'));
    await page.getByRole('button', { name: 'Granska', exact: true }).click();
    await page
      .getByRole('heading', { level: 2, name: 'Tabeller i dokumentet' })
      .waitFor({ timeout: 120_000 });

    // The two tablet totals of Tabell 2 (seed lines 828-844): 29 against 30, 16 against 14.
    const flagged = page.locator('td.flagged');
    await flagged.first().waitFor();
    const shown = (await flagged.allTextContents()).map(text);
    expect(shown.some((t) => t.startsWith('30'))).toBe(true);
    expect(shown.some((t) => t.startsWith('14'))).toBe(true);
    // Marked not by colour alone: a mark and a text for screen readers.
    expect(await flagged.first().locator('.sr-only').first().textContent()).toContain(
      'fel eller varning',
    );
    const body = text(await page.locator('main').textContent());
    expect(body).toContain('anger 30, men raderna den summerar ger 29');
    expect(body).toContain('anger 14, men raderna den summerar ger 16');
    // The ESF financing table is recognised, with the 33 % rule on the draft.
    expect(body).toContain('32,85');
    await screenshot(page, 'audit-sala-docx');
    expect(await axe(page)).toEqual([]);

    // A recognised table opens as a new draft of its kind.
    const open = page.getByRole('button', { name: 'Öppna som nytt utkast' }).first();
    await open.click();
    await page.waitForURL(/\/dokument\//, { timeout: 60_000 });
    await page.locator('h1').first().waitFor();
    await screenshot(page, 'audit-draft-opened');
    await context.close();
  });

  it('says clearly when a file is not a document', async () => {
    const { context, page } = await signIn(portal, 'viewer');
    await page.goto(`${portal.url}/granska`);
    await page.getByLabel('Fil att granska').setInputFiles({
      name: 'budget.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
    });
    await page.getByRole('button', { name: 'Granska', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Resultat' }).waitFor({ timeout: 60_000 });
    const body = text(await page.locator('main').textContent());
    expect(body).toMatch(/PNG/);
    await context.close();
  });
});
