import { expect, test as setup } from '@playwright/test';
import { personas, signInThroughPage, storageStateOf, type Persona } from './support/personas';

// One stored session per persona; the tests open a browser context per persona from it.
for (const persona of Object.keys(personas) as Persona[]) {
  setup(`sign in as ${persona}`, async ({ page }) => {
    await signInThroughPage(page, personas[persona].email);
    await expect(page.getByLabel('Signed in user')).toContainText(personas[persona].name);
    await page.context().storageState({ path: storageStateOf(persona) });
  });
}
