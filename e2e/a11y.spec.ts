import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { graphql } from './support/api';
import { personas, storageStateOf, type Persona } from './support/personas';

/**
 * Every page of the dashboard, for several personas, at a desktop and two phone widths: axe-core finds no WCAG 2.1 A/AA
 * violation, and nothing scrolls sideways (WCAG 1.4.10, reflow at 320 px). One test per persona and width, its pages
 * in turn in one signed-in context, so each cold start is paid once.
 */
test.setTimeout(240_000);

const EVERYONE: readonly Persona[] = ['admin', 'alice', 'bob', 'carol', 'dave'];

/**
 * Everyone at the desktop width and at 320 px, the strictest reflow width; at 390 px the administrator (every page full)
 * and bob, the approver who decides from his phone. The 390 px layout is the 320 px one (every breakpoint is at 720–860 px), so
 * the other three there would repeat what 320 px found, at 5–7 s an axe run on this machine.
 */
const VIEWPORTS = [
  { name: 'desktop', width: 1400, height: 900, personas: EVERYONE },
  { name: 'phone', width: 390, height: 844, personas: ['admin', 'bob'] },
  { name: 'small phone', width: 320, height: 640, personas: EVERYONE },
] as const satisfies readonly { name: string; width: number; height: number; personas: readonly Persona[] }[];

const PAGES = [
  '/overview',
  '/my-roles',
  '/my-requests',
  '/my-reviews',
  '/approvals',
  '/activity',
  '/assignments',
  '/scopes',
  '/people',
  '/roles',
  '/role-settings',
  '/access-reviews',
  '/access-reviews/new',
  '/alerts',
  '/audit',
  '/webhooks',
];

/** The access review this spec audits the pages of (the admin reviews Owner at Production: Dave's holding). */
const A11Y_REVIEW = 'a11y: Owner at Production';

/**
 * Makes the review unless it exists: a one-time review the admin decides (never stopped nor applied, so Dave keeps his
 * Owner). Two workers may both make it; either will do.
 */
async function ensureReview(admin: APIRequestContext): Promise<void> {
  const found = await graphql<{ accessReviews: { edges: { node: { name: string } }[] } }>(admin, 'query { accessReviews(first: 100) { edges { node { name } } } }');
  if (found.accessReviews.edges.some((edge) => edge.node.name === A11Y_REVIEW)) return;
  const known = await graphql<{ roleDefinitions: { id: string; name: string }[]; scopes: { id: string; name: string }[]; principals: { edges: { node: { id: string } }[] } }>(
    admin,
    'query { roleDefinitions(kind: RESOURCE) { id name } scopes(search: "Production") { id name } principals(search: "admin@contoso.test") { edges { node { id } } } }',
  );
  await graphql(admin, 'mutation ($input: AccessReviewInput!) { createAccessReview(input: $input) { id } }', {
    input: {
      name: A11Y_REVIEW,
      roleIds: [known.roleDefinitions.find((role) => role.name === 'Owner')?.id],
      scopeId: known.scopes.find((scope) => scope.name === 'Production')?.id,
      reviewers: [{ kind: 'USERS', principalIds: [known.principals.edges[0]?.node.id] }],
      recurrence: { frequency: 'ONE_TIME', durationDays: 180 },
    },
  });
}

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Waits for what a page shows once its data is in: its heading (or why it is not allowed), no loading notice left, and its
 * own title. The title of a dynamic route (a person's, a review's) is streamed after its body on a client-side navigation,
 * so axe run on the heading alone can find the document between two titles.
 */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).or(page.getByRole('main').getByRole('alert')).first()).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
  await expect(page).toHaveTitle(/\S · Elevate$/);
}

/** Axe's violations on the page, as "rule: target, target" lines (empty when none), and its reflow. */
async function audit(page: Page, path: string): Promise<void> {
  // No rule is excluded, and one more is run: label-content-name-mismatch (WCAG 2.5.3, label in name), which this axe
  // marks experimental and so leaves out of its tags, while Lighthouse runs it (the scope tree's items failed it).
  const { violations } = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(WCAG_21_AA)
    .analyze();
  const found = violations.map((violation) => `${path} ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect.soft(found, `axe violations on ${path}`).toEqual([]);
  // Evaluated in the page (a string: the e2e project is typed for Node, without the DOM's globals).
  const width = await page.evaluate<{ scroll: number; viewport: number }>('({ scroll: document.scrollingElement.scrollWidth, viewport: window.innerWidth })');
  expect.soft(width.scroll, `${path} is ${width.scroll} px wide in a ${width.viewport} px window`).toBeLessThanOrEqual(width.viewport);
}

async function pagesOf(browser: Browser, persona: Persona, { width, height }: { width: number; height: number }) {
  const context = await browser.newContext({ storageState: storageStateOf(persona), viewport: { width, height } });
  const page = await context.newPage();
  return { context, page };
}

for (const viewport of VIEWPORTS) {
  test.describe(`every page at ${viewport.width}×${viewport.height} (${viewport.name})`, () => {
    for (const persona of viewport.personas) {
      test(`as ${persona}: no axe violation, no horizontal scrolling`, async ({ browser }) => {
        const { context, page } = await pagesOf(browser, persona, viewport);
        try {
          // The admin's My reviews and review pages with something on them.
          if (persona === 'admin') await ensureReview(context.request);
          for (const path of PAGES) {
            await page.goto(path);
            await settled(page);
            await audit(page, path);
          }
          // A person's page: the first one the directory lists.
          await page.goto('/people');
          await settled(page);
          await page.getByRole('table', { name: 'People' }).getByRole('link').first().click();
          await expect(page).toHaveURL(/\/people\/[^/]+$/);
          await settled(page);
          await audit(page, '/people/[id]');
          if (persona === 'admin') {
            // A review's page: settings, instances with their progress, items.
            await page.goto('/access-reviews');
            await settled(page);
            await page.getByRole('table', { name: 'Access reviews' }).getByRole('link', { name: A11Y_REVIEW }).first().click();
            await expect(page).toHaveURL(/\/access-reviews\/[^/]+$/);
            await settled(page);
            await expect(page.getByRole('table', { name: /^Items of / })).toBeVisible();
            await audit(page, '/access-reviews/[id]');
          }
        } finally {
          await context.close();
        }
      });
    }
  });
}

test('the sign-in page at each width: no axe violation, no horizontal scrolling', async ({ browser }) => {
  for (const { width, height } of VIEWPORTS) {
    const context = await browser.newContext({ viewport: { width, height } });
    try {
      const page = await context.newPage();
      await page.goto('/sign-in');
      await settled(page);
      await audit(page, `/sign-in at ${width}`);
    } finally {
      await context.close();
    }
  }
});

/**
 * The approval flow with a thumb, at 320 px: bob's Approve and Deny are on screen (not clipped in a scrolling table),
 * at least 44 px tall, and approving works. A role of its own (SharePoint Administrator, made to need bob's approval).
 */
test('bob approves from a 320 px phone', async ({ browser }) => {
  const [admin, alice] = await Promise.all(
    (['admin', 'alice'] as const).map((persona) => browser.newContext({ storageState: storageStateOf(persona) })),
  );
  const bob = await pagesOf(browser, 'bob', { width: 320, height: 640 });
  try {
    const known = await graphql<{ roleDefinitions: { id: string; name: string }[]; scopes: { id: string }[]; principals: { edges: { node: { id: string; displayName: string } }[] } }>(
      admin.request,
      'query { roleDefinitions(kind: DIRECTORY) { id name } scopes { id } principals(type: USER, first: 50) { edges { node { id displayName } } } }',
    );
    const person = (name: string) => known.principals.edges.find((edge) => edge.node.displayName === name)?.node.id ?? '';
    const roleId = known.roleDefinitions.find((role) => role.name === 'SharePoint Administrator')?.id ?? '';
    await graphql(admin.request, 'mutation ($r: ID!, $b: ID!) { updateRoleSettings(roleId: $r, input: { activation: { requireMfa: false, requireApproval: true, approvalStages: [{ approverIds: [$b] }] } }) { isDefault } }', {
      r: roleId,
      b: person(personas.bob.name),
    });
    await graphql(admin.request, 'mutation ($input: AssignRoleInput!) { assignRole(input: $input) { id } }', {
      input: { principalId: person(personas.alice.name), roleId, scopeId: known.scopes[0].id, type: 'ELIGIBLE', duration: 'P30D', justification: 'a11y e2e' },
    });
    await graphql(alice.request, 'mutation ($input: ActivateRoleInput!) { activateRole(input: $input) { id } }', {
      input: { roleId, scopeId: known.scopes[0].id, duration: 'PT1H', justification: 'Site collection clean-up' },
    });

    const { page } = bob;
    await page.goto('/approvals');
    await settled(page);
    const approve = page.getByRole('button', { name: 'Approve SharePoint Administrator for Alice Analyst' });
    const deny = page.getByRole('button', { name: 'Deny SharePoint Administrator for Alice Analyst' });
    for (const button of [approve, deny]) {
      await button.scrollIntoViewIfNeeded();
      await expect(button).toBeInViewport({ ratio: 1 });
      const box = await button.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 320).toBe(true);
    }
    await approve.click();
    const dialog = page.getByRole('dialog', { name: 'Approve request' });
    await dialog.getByLabel(/^Justification/).fill('Confirmed');
    const confirm = dialog.getByRole('button', { name: 'Approve', exact: true });
    await expect(confirm).toBeInViewport({ ratio: 1 });
    await confirm.click();
    await expect(dialog).toBeHidden();
    await expect(approve).toHaveCount(0);
  } finally {
    await Promise.all([admin.close(), alice.close(), bob.context.close()]);
  }
});

/** Whether a box lies wholly inside a width × height window. */
function inside(box: { x: number; y: number; width: number; height: number } | null, width: number, height: number): boolean {
  return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

/**
 * On a phone the navigation folds behind a Menu button (a disclosure: aria-expanded, aria-controls; Escape closes it and
 * gives the button its focus back; following a link closes it), and the bell's panel fits the window and closes with
 * Escape. On a desktop there is no Menu button and the navigation is always there.
 */
for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width} px: the navigation ${viewport.width > 860 ? 'is always shown' : 'behind a Menu button'}, the bell's panel in the window`, async ({ browser }) => {
    const { context, page } = await pagesOf(browser, 'carol', viewport);
    try {
      await page.goto('/my-roles');
      await settled(page);
      const menu = page.getByRole('button', { name: 'Menu' });
      const navigation = page.getByRole('navigation', { name: 'Main' });
      if (viewport.width > 860) {
        await expect(menu).toBeHidden();
        await expect(navigation.getByRole('link', { name: 'My roles' })).toHaveAttribute('aria-current', 'page');
      } else {
        await expect(menu).toHaveAttribute('aria-expanded', 'false');
        await expect(navigation).toBeHidden();
        expect(await menu.getAttribute('aria-controls')).toBe(await page.locator('nav[aria-label="Main"]').getAttribute('id'));
        await menu.click();
        await expect(menu).toHaveAttribute('aria-expanded', 'true');
        await expect(navigation.getByRole('link', { name: 'My roles' })).toHaveAttribute('aria-current', 'page');
        // The whole menu fits the phone's height (two links a row), the last link included.
        await expect(navigation.getByRole('link', { name: 'Audit' })).toBeInViewport({ ratio: 1 });
        // Escape from inside the menu closes it and returns to the button.
        await navigation.getByRole('link', { name: 'Audit' }).focus();
        await page.keyboard.press('Escape');
        await expect(navigation).toBeHidden();
        await expect(menu).toBeFocused();
        await expect(menu).toHaveAttribute('aria-expanded', 'false');
        // Enter opens it again; following a link closes it.
        await page.keyboard.press('Enter');
        await expect(menu).toHaveAttribute('aria-expanded', 'true');
        await navigation.getByRole('link', { name: 'Audit' }).click();
        await expect(page).toHaveURL(/\/audit(\?|$)/);
        await settled(page);
        await expect(navigation).toBeHidden();
        await expect(menu).toHaveAttribute('aria-expanded', 'false');
      }

      const bell = page.getByRole('button', { name: /^Notifications/ });
      await bell.click();
      await expect(bell).toHaveAttribute('aria-expanded', 'true');
      const panel = page.getByRole('region', { name: 'Notification inbox' });
      await expect(panel.getByText('Notifications', { exact: true })).toBeVisible();
      const box = await panel.boundingBox();
      expect(inside(box, viewport.width, viewport.height), `the bell's panel ${JSON.stringify(box)} in a ${viewport.width}×${viewport.height} window`).toBe(true);
      // The bell stays in sight, not under the panel.
      await expect(bell).toBeInViewport({ ratio: 1 });
      const bellBox = await bell.boundingBox();
      expect((bellBox?.y ?? 0) + (bellBox?.height ?? 0)).toBeLessThanOrEqual(box?.y ?? 0);
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(bell).toBeFocused();
    } finally {
      await context.close();
    }
  });
}
