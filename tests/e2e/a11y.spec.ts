import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { open } from './helpers';

async function violations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('no axe violations on the default page', async ({ page }) => {
  await open(page);
  expect(await violations(page)).toEqual([]);
});

test('no axe violations with errors shown', async ({ page }) => {
  await open(page);
  await page.getByLabel('ProxyFqdn', { exact: true }).fill('bad fqdn');
  await page.getByLabel('Allow federated users').uncheck();
  await expect(page.locator('.error-summary')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('no axe violations in dark mode, on every tab', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page);
  expect(await violations(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Checklist' }).click();
  expect(await violations(page)).toEqual([]);
});
