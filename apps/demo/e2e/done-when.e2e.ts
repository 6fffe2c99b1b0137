import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, signIn, text, usePortal } from './harness.js';

// Issue 13's "Done when", end to end in the portal alone: a new object, next year's (2027)
// plan for it, filled with amounts, approved by another user (four eyes, acknowledged
// findings, a comment), and a completed checklist for a new decision attached to the plan.
// Screenshots at 1366 and 390 px go to /tmp/shots (outside the repo) and are looked at by hand.

const { portal, open, expectAccessible, hostJson } = usePortal();
const SHOTS = '/tmp/shots';

async function shots(page: Page, name: string): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(page, `${name}-${width}`, SHOTS);
  }
  await page.setViewportSize({ width: 1400, height: 1000 });
}

describe('done when', () => {
  it('a new object gets its 2027 plan, filled, approved by another user, with a completed checklist for a new decision', async () => {
    // The author is an approver too, so four eyes (not a missing role) is what stops them.
    const author = await signIn(portal, 'approver');
    const page = author.page;
    // A new förvaltningsobjekt.
    await open(page, '/ny/pm3/forvaltningsobjekt');
    await page.locator('#doc-id').fill('ekonomisystem');
    await page.locator('#sf-name').fill('Ekonomisystem');
    await page.locator('#sf-municipality').fill('Sala');
    await page.locator('#version-message').fill('Nytt objekt för ekonomisystemet');
    await page.getByRole('button', { name: 'Skapa', exact: true }).click();
    await page.waitForURL(/\/dokument\/pm3\/forvaltningsobjekt\/ekonomisystem$/);

    // Next year's plan for it, blank from the template.
    await open(page, '/ny/pm3/objektplan');
    await page.getByLabel('Tom plan').check();
    await page.locator('#starter-object').selectOption('ekonomisystem');
    await page.locator('#starter-year').fill('2027');
    await page.getByRole('button', { name: 'Fyll i formuläret' }).click();
    await page.locator('#sf-title').waitFor();
    expect(await page.locator('#doc-id').inputValue()).toBe('ekonomisystem-2027');
    await page.locator('#version-message').fill('Objektplan 2027, första utkastet');
    await page.getByRole('button', { name: 'Skapa', exact: true }).click();
    await page.waitForURL(/\/objektplan\/ekonomisystem-2027$/);

    // Filled: amounts in the budget matrix, saved as version 2 with the user's message.
    await page.locator('input[data-cell="budget.0.businessVm"]').fill('1 200');
    await page.locator('input[data-cell="budget.0.itVm"]').fill('800');
    await page.locator('input[data-cell="budget.1.businessVu"]').fill('2 500,50');
    await expect
      .poll(async () => text(await page.locator('[data-total="budget.grand"]').textContent()))
      .toBe('4 500,5 kkr');
    await page.locator('#plan-message').fill('Budget 2027 ifylld');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByTestId('saved').waitFor();
    // The picker names the plans by their titles, not their ids.
    const picker = text(await page.locator('nav.doc-picker').textContent());
    expect(picker).toContain('Objektplan Ekonomisystem 2027');
    expect(picker).not.toContain('ekonomisystem-2027');
    await expectAccessible(page, 'done-01-plan-ifylld');
    await shots(page, 'done-01-plan-ifylld');

    // A checklist for a new decision about the plan, filled until it is complete.
    await open(page, '/ny/principles/response');
    await page.getByRole('button', { name: 'Fyll i formuläret' }).click();
    await page.locator('#sf-case-title').waitFor();
    await page.locator('#doc-id').fill('ks-2026-11-20-objektplan-ekonomisystem');
    await page.locator('#sf-case-title').fill('Objektplan Ekonomisystem 2027');
    await page.locator('#sf-case-diarienummer').fill('KS 2026/301');
    await page.locator('#sf-case-committee').fill('Kommunstyrelsen');
    await page.locator('#sf-case-meetingDate').fill('2026-11-20');
    await page.locator('#sf-signedBy-name').fill('Anna Berg');
    await page.locator('#version-message').fill('Checklista för beslutet om objektplanen');
    await page.getByRole('button', { name: 'Skapa', exact: true }).click();
    await page.waitForURL(/\/checklistor\/ks-2026-11-20-objektplan-ekonomisystem$/);
    const status = page.getByTestId('checklist-status');
    await status.waitFor();
    // Answer every enabled open question "Nej", pass after pass (answers enable others).
    for (let pass = 0; pass < 5; pass += 1) {
      const questions = page.locator('fieldset.question');
      let answered = 0;
      for (let i = 0; i < (await questions.count()); i += 1) {
        const q = questions.nth(i);
        if ((await q.locator('input:checked').count()) > 0) continue;
        const no = q.getByLabel('Nej', { exact: true });
        if ((await no.count()) === 0 || (await no.first().isDisabled())) continue;
        await no.first().check();
        answered += 1;
      }
      if (answered === 0) break;
    }
    // A "Nej" that the template counts as unfavourable needs its section's justification.
    await page
      .locator('#j-horizontal')
      .fill('Systemet upphandlas med krav på tillgänglighet; bedömningen görs i upphandlingen.');
    await expect
      .poll(async () => text(await status.textContent()))
      .toBe('Checklistan är komplett och giltig.');
    await page.locator('#checklist-message').fill('Alla frågor besvarade');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByTestId('saved').waitFor();
    const checklist = await hostJson<{
      version: number;
      document: {
        case: { diarienummer: string; committee: string; meetingDate: string };
        signedBy: { name: string };
      };
    }>(page, '/api/kinds/principles/response/documents/ks-2026-11-20-objektplan-ekonomisystem');
    expect(checklist.version).toBe(2);
    expect(checklist.document.case).toMatchObject({
      diarienummer: 'KS 2026/301',
      committee: 'Kommunstyrelsen',
      meetingDate: '2026-11-20',
    });
    expect(checklist.document.signedBy.name).toBe('Anna Berg');
    const checklistPicker = text(await page.locator('nav.doc-picker').textContent());
    expect(checklistPicker).toContain('Dnr KS 2026/301: Objektplan Ekonomisystem 2027');
    await expectAccessible(page, 'done-02-checklista-komplett');
    await shots(page, 'done-02-checklista-komplett');

    // Four eyes: the author's own version cannot be approved, and the page says why.
    await open(page, '/objektplan/ekonomisystem-2027');
    await page.locator('[data-testid="versions"] tr[data-version="2"]').waitFor();
    expect(await page.locator('button[data-approve="2"]').isDisabled()).toBe(true);
    expect(text(await page.getByTestId('four-eyes').first().textContent())).toContain('fyra ögon');
    await author.context.close();
    // A second user approves version 2, acknowledging its open findings, with a comment.
    const second = await signIn(portal, 'admin');
    const ap = second.page;
    await open(ap, '/objektplan/ekonomisystem-2027');
    await ap.locator('button[data-approve="2"]').click();
    const dialog = ap.getByTestId('approve-dialog');
    await dialog.getByRole('heading', { name: /Godkänn version 2 av 2/ }).waitFor();
    await expect.poll(() => dialog.getByRole('status').count()).toBe(0);
    const boxes = dialog.locator('.ack-list input[type="checkbox"]');
    const count = await boxes.count();
    const confirm = ap.getByTestId('approve-confirm');
    if (count > 0) expect(await confirm.isDisabled()).toBe(true);
    await ap.getByLabel('Kommentar (valfri)').fill('Godkänd med kända varningar');
    await shots(ap, 'done-03-godkann-dialog');
    for (let i = 0; i < count; i += 1) await boxes.nth(i).check();
    await confirm.click();
    await ap.getByTestId('approved-done').waitFor();
    await expect
      .poll(async () => text(await ap.getByTestId('approval-state').textContent()))
      .toContain('Godkänd version 2 av 2');
    const versions = await hostJson<{
      versions: { version: number; author: string; approvals: { by: string; note: string }[] }[];
    }>(ap, '/api/kinds/pm3/objektplan/documents/ekonomisystem-2027/versions');
    const v2 = versions.versions.find((v) => v.version === 2);
    expect(v2?.author).toBe('approver');
    expect(v2?.approvals[0]?.by).toBe('admin');
    expect(v2?.approvals[0]?.note).toBe('Godkänd med kända varningar');
    await expectAccessible(ap, 'done-04-godkand');
    await shots(ap, 'done-04-godkand');
    await second.context.close();
  });
});
