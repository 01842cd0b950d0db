import { expect, test } from '@playwright/test';
import { started } from './helpers';

test('unticking a box changes the Edge command', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));

  await page.goto('/');
  await started(page);
  const script = page.locator('pre.script').first();
  await expect(script).toContainText('AllowOutsideUsers = $true');
  await expect(script).toContainText('Set-CsAccessEdgeConfiguration @params');

  await page.getByLabel('Allow outside users').uncheck();
  await expect(script).toContainText('AllowOutsideUsers = $false');
  expect(errors).toEqual([]);
});
