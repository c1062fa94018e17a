import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import path from 'node:path';

/** The demo tenant (API.md): every user has this password and this TOTP secret. */
export const DEMO_PASSWORD = 'Elevate-demo-1';
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

export const personas = {
  admin: { email: 'admin@contoso.test', name: 'Ada Admin' },
  dave: { email: 'dave@contoso.test', name: 'Dave DevOps' },
  alice: { email: 'alice@contoso.test', name: 'Alice Analyst' },
  bob: { email: 'bob@contoso.test', name: 'Bob Approver' },
  carol: { email: 'carol@contoso.test', name: 'Carol Auditor' },
  pra: { email: 'pra@contoso.test', name: 'Priya Role-Admin' },
} as const;

export type Persona = keyof typeof personas;

/** Where each persona's signed-in browser state (the session cookie) is kept between the setup and the tests. */
export function storageStateOf(persona: Persona): string {
  return path.join(__dirname, '..', '.auth', `${persona}.json`);
}

/** A browser context of its own for a persona, signed in through the stored session. */
export async function contextAs(browser: Browser, persona: Persona): Promise<BrowserContext> {
  return browser.newContext({ storageState: storageStateOf(persona) });
}

/**
 * Signs in through the sign-in page (without the optional TOTP step), waits for the landing (the Overview for those
 * who read the whole tenant, My roles for the others), and opens My roles.
 */
export async function signInThroughPage(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/(my-roles|overview)$/);
  if (!page.url().endsWith('/my-roles')) await page.goto('/my-roles');
  await expect(page.getByRole('heading', { level: 1, name: 'My roles' })).toBeVisible();
}
