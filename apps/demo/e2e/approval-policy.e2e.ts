import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, signIn, text, usePortal, type Portal, type PortalSuite } from './harness.js';

// The host's approval policy as the approval dialog shows it: with `--errors-block-approval`
// the open errors are listed as what stops the approval (the host would answer 409
// host/open-errors), without it they are acknowledged with the warnings. Each policy has its
// own host, so each describe starts its own portal. (The host's 409 itself is tested in
// apps/host/src/__tests__/approval-suite.ts.)

const PLAN = '/objektplan/linkoping-vso-2021-a';
const API = '/api/kinds/pm3/objektplan/documents/linkoping-vso-2021-a';

/**
 * The editor stores version 2 with a row whose sum no longer holds (an error), then the
 * approver (not its author, so four eyes allow it) opens its approval dialog.
 */
async function openApprovalOfError(
  portal: Portal,
  open: PortalSuite['open'],
): Promise<{ page: Page; close: () => Promise<void> }> {
  const editor = await signIn(portal, 'editor');
  await open(editor.page, PLAN);
  await editor.page.locator('input[data-cell="budget.0.businessVm"]').fill('1300');
  await editor.page.locator('#plan-message').fill('Förvaltningsstyrning höjd till 1 300 kkr');
  await editor.page.getByRole('button', { name: 'Spara', exact: true }).click();
  await editor.page.getByTestId('saved').waitFor();
  await editor.context.close();

  const approver = await signIn(portal, 'approver');
  const page = approver.page;
  await open(page, PLAN);
  await page.locator('button[data-approve="2"]').click();
  await page.getByTestId('approve-dialog').waitFor();
  return { page, close: () => approver.context.close() };
}

describe('approval with --errors-block-approval', () => {
  const { portal, open, expectAccessible, hostJson } = usePortal({
    hostArgs: ['--errors-block-approval'],
  });

  it('lists the open errors as what stops the approval and keeps the confirm button off', async () => {
    const { page, close } = await openApprovalOfError(portal, open);
    const policy = await hostJson<{ approvalPolicy?: { errorsBlockApproval: boolean } }>(
      page,
      '/api/session',
    );
    expect(policy.approvalPolicy?.errorsBlockApproval).toBe(true);

    const dialog = page.getByTestId('approve-dialog');
    const blocking = dialog.getByTestId('errors-block');
    await blocking.waitFor();
    expect(text(await blocking.textContent())).toContain('Öppna fel hindrar godkännande');
    expect(await blocking.locator('[data-blocking-code="pm3/row-sum-mismatch"]').count()).toBe(1);
    // The errors are not among what is ticked as seen: only the warnings are left there.
    expect(await dialog.locator('.ack-list [data-code="pm3/row-sum-mismatch"]').count()).toBe(0);
    const boxes = dialog.locator('.ack-list input[type="checkbox"]');
    for (let i = 0; i < (await boxes.count()); i += 1) await boxes.nth(i).check();
    const confirm = page.getByTestId('approve-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    await expectAccessible(page, 'p-01-fel-hindrar-godkannande');
    await close();
  });
});

describe('approval without the policy', () => {
  const { portal, open, hostJson } = usePortal();

  it('has the open errors acknowledged with the warnings, then approves', async () => {
    const { page, close } = await openApprovalOfError(portal, open);
    const dialog = page.getByTestId('approve-dialog');
    await dialog.locator('.ack-list li').first().waitFor();
    expect(await dialog.getByTestId('errors-block').count()).toBe(0);
    expect(await dialog.locator('.ack-list [data-code="pm3/row-sum-mismatch"]').count()).toBe(1);
    expect(text(await dialog.textContent())).toContain('Bocka i varje');
    const confirm = page.getByTestId('approve-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    const boxes = dialog.locator('.ack-list input[type="checkbox"]');
    const count = await boxes.count();
    for (let i = 0; i < count; i += 1) await boxes.nth(i).check();
    expect(await confirm.isDisabled()).toBe(false);
    await screenshot(page, 'p-02-fel-kvitteras');
    await confirm.click();
    await page.getByTestId('approved-done').waitFor();

    const stored = await hostJson<{
      versions: {
        version: number;
        approvals: { by: string; acknowledgedFindings?: { code: string }[] }[];
      }[];
    }>(page, `${API}/versions`);
    const v2 = stored.versions.find((v) => v.version === 2);
    expect(v2?.approvals[0]?.by).toBe('approver');
    if (v2?.approvals[0]?.acknowledgedFindings !== undefined) {
      expect(v2.approvals[0].acknowledgedFindings.map((f) => f.code)).toContain(
        'pm3/row-sum-mismatch',
      );
    }
    await close();
  });
});
