import { expect, test, type Page } from '@playwright/test';
import { tabTo } from './support/keyboard';
import { contextAs } from './support/personas';

function resultsOf(page: Page) {
  return page.getByRole('region', { name: 'Results' });
}

/** The Role cells of the listed rows, in the order shown. */
async function roleNames(page: Page): Promise<string[]> {
  const cells = resultsOf(page).locator('tbody tr td:nth-child(2)');
  await expect(cells.first()).toBeVisible();
  return (await cells.allTextContents()).map((text) => text.trim());
}

const byName = (a: string, b: string) => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x === y ? 0 : x < y ? -1 : 1;
};

test('an admin sorts the assignments by role from the keyboard; the address keeps the order across a reload', async ({ browser }) => {
  const context = await contextAs(browser, 'admin');
  const page = await context.newPage();
  await page.goto('/assignments');
  const header = resultsOf(page).getByRole('columnheader', { name: 'Role' });
  const button = header.getByRole('button', { name: 'Role' });
  // The default order is by no column: no header says it is sorted.
  await expect(resultsOf(page).locator('th[aria-sort]')).toHaveCount(0);

  await tabTo(page, button);
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/[?&]sort=ROLE_NAME(&|$)/);
  await expect(resultsOf(page).locator('th[aria-sort]')).toHaveCount(1);
  await expect.poll(async () => {
    const names = await roleNames(page);
    return names.length > 1 && names.join('|') === [...names].sort(byName).join('|');
  }).toBe(true);

  // Again: descending, still with the focus on the button.
  await expect(button).toBeFocused();
  await page.keyboard.press('Space');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=ROLE_NAME&dir=desc/);
  let descending: string[] = [];
  await expect.poll(async () => {
    descending = await roleNames(page);
    return descending.join('|') === [...descending].sort(byName).reverse().join('|');
  }).toBe(true);
  expect(byName(descending[0], descending[descending.length - 1])).toBeGreaterThan(0);

  await page.reload();
  await expect(resultsOf(page).getByRole('columnheader', { name: 'Role' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=ROLE_NAME&dir=desc/);
  await expect.poll(async () => (await roleNames(page)).join('|')).toBe(descending.join('|'));
  await context.close();
});
