import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';

export const SHOTS = new URL('../../../../target/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

export const USERS = {
  reader: { username: 'reader', password: 'reader-local-dev' },
  editor: { username: 'editor', password: 'editor-local-dev' },
};

/** Every test fails on a console error of the page (what a user would not see, but a broken page shows there). */
export const test = base.extend<{ allowedConsoleErrors: RegExp[]; consoleErrors: string[] }>({
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [async ({ page, allowedConsoleErrors }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !allowedConsoleErrors.some((allowed) => allowed.test(m.text()))) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  }, { auto: true }],
});
export { expect };

/** Opens a page of the app; the first visit goes through Keycloak's own login page and comes back to the same URL. */
export async function signIn(page: Page, path: string, user: keyof typeof USERS = 'reader') {
  await page.goto(path);
  await expect(page).toHaveURL(/\/realms\/governance\/protocol\/openid-connect\/auth/);
  await page.getByLabel(/username/i).fill(USERS[user].username);
  await page.getByLabel('Password', { exact: true }).fill(USERS[user].password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await expect(page).toHaveURL(new URL(path, 'http://127.0.0.1:8090').toString());
}

/** No serious or critical accessibility violation (axe-core), and a screenshot of the page as a person sees it. */
export async function checkPage(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), `accessibility of ${name}`).toEqual([]);
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
}

/** A GraphQL answer through the same session as the page (what the page itself asks). */
export async function graphql(page: Page, query: string, variables: Record<string, unknown> = {}) {
  const response = await page.request.post('/api/graphql', {
    headers: { 'X-Requested-With': 'JavaScript', 'Content-Type': 'application/json' },
    data: { query, variables },
  });
  expect(response.status()).toBe(200);
  return response.json();
}
