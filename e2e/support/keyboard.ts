/// <reference lib="dom" />
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab until `target` has focus (at most `limit` times), as a keyboard user would. The target must be on the
 * page and enabled first (expectations with their timeout), so that a missing one fails with its name instead of waiting
 * forever.
 */
export async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  await expect(target).toBeVisible();
  // Server-rendered controls stay disabled (out of the Tab order) until the page's scripts have run.
  await expect(target).toBeEnabled();
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** What has focus, as a test can name it: its tag and its accessible-name attribute or text. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return `${element.tagName.toLowerCase()}: ${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? ''}`;
  });
}
