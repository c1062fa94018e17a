import { expect, test } from '@playwright/test';
import { graphql } from './support/api';
import { aliceEligibleWithBobApproving, subscriptionSent } from './support/live';
import { contextAs } from './support/personas';

test.setTimeout(120_000);

/**
 * The bell: alice asks for a role that needs bob's approval; bob's unread count rises without a reload, his inbox lists
 * the request, and the item takes him to Approvals. A role of its own (Reports Reader, made to need bob's approval), so
 * this does not meet the other specs' Security Administrator requests.
 */
test('alice asks for a role needing approval; bob’s bell counts it live and its item links to Approvals', async ({ browser }) => {
  const admin = await contextAs(browser, 'admin');
  const alice = await contextAs(browser, 'alice');
  const bob = await contextAs(browser, 'bob');
  await aliceEligibleWithBobApproving(admin.request, 'Reports Reader', 'notifications e2e');
  await graphql(bob.request, 'mutation { markAllNotificationsRead }');

  const bobPage = await bob.newPage();
  const bellSubscribed = subscriptionSent(bobPage, 'NotificationAdded');
  await bobPage.goto('/my-roles');
  await expect(bobPage.getByRole('heading', { level: 1, name: 'My roles' })).toBeVisible();
  const bell = bobPage.getByRole('button', { name: /^Notifications/ });
  // Nothing unread was just true, but another spec running alongside may ask bob to approve something at any moment:
  // the count is read, not assumed.
  await expect(bell).toHaveAccessibleName(/^Notifications(, \d+ unread)?$/);
  // The bell hears only of what is written after its subscription reached the server: wait until the page has sent it
  // (the server registers it as it reads the message, long before alice's page below has even loaded).
  await bellSubscribed;
  const unread = async () => Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1] ?? 0);
  const before = await unread();

  const alicePage = await alice.newPage();
  await alicePage.goto('/my-roles');
  await alicePage.getByRole('region', { name: 'Eligible roles' }).getByRole('button', { name: /^Activate Reports Reader/ }).click();
  const dialog = alicePage.getByRole('dialog', { name: /Activate Reports Reader/ });
  await dialog.getByLabel(/^Justification/).fill('Quarterly report review');
  await dialog.getByRole('button', { name: 'Request activation' }).click();
  await expect(dialog.getByRole('status')).toContainText('Request sent for approval');

  // Without a reload, bob's bell counts it. (Not "exactly one": the activation spec, running alongside, asks bob to
  // approve Security Administrator too; this request is told by its own item.)
  await expect.poll(unread).toBeGreaterThan(before);
  await expect(bobPage.getByTestId('unread-count')).toHaveText(/^[1-9]\d*$/);
  await bell.click();
  const inbox = bobPage.getByRole('region', { name: 'Notification inbox' });
  const item = inbox.getByRole('link', { name: /Approval needed: Alice Analyst asks for Reports Reader at \// });
  const markRead = inbox.getByRole('button', { name: /^Mark read: Approval needed: Alice Analyst asks for Reports Reader at \// });
  await expect(item).toBeVisible();
  await expect(markRead).toBeVisible();
  await item.click();
  await expect(bobPage).toHaveURL(/\/approvals$/);
  await expect(bobPage.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
  await expect(bobPage.getByRole('row', { name: /Alice Analyst.*Reports Reader/ })).toBeVisible();
  // Following it marked it read.
  await bell.click();
  await expect(item).toBeVisible();
  await expect(markRead).toHaveCount(0);

  await Promise.all([admin.close(), alice.close(), bob.close()]);
});

test('an admin registers a webhook: the secret is shown once and the endpoint is listed', async ({ browser }) => {
  const admin = await contextAs(browser, 'admin');
  try {
    const page = await admin.newPage();
    await page.goto('/webhooks');
    await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
    const url = `https://siem.example.com/elevate/${Date.now()}`;
    const form = page.getByRole('region', { name: 'Register an endpoint' });
    await form.getByLabel('URL').fill(url);
    await form.getByRole('checkbox').first().check();
    await form.getByRole('button', { name: 'Register' }).click();
    await expect(form.getByRole('status')).toContainText('shown only now');
    await expect(form.getByTestId('webhook-secret')).toHaveText(/^whsec_/);
    const endpoints = page.getByRole('table', { name: 'Webhook endpoints' });
    await expect(endpoints.getByRole('row', { name: new RegExp(url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')) })).toHaveCount(1);
    // After a reload the secret is gone; the endpoint stays.
    await page.reload();
    await expect(page.getByTestId('webhook-secret')).toHaveCount(0);
    await expect(endpoints.getByRole('row', { name: new RegExp(url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')) })).toHaveCount(1);
  } finally {
    await admin.close();
  }
});
