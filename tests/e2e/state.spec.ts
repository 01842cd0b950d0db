import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { checklist, onPremScript, open, watchErrors } from './helpers';

test('a default route today is a fact: a warning, the scripts still come, and step 1 says what leaving it needs', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await page.getByLabel('Default route (clearing house)').check();
  await expect(page.locator('#f-edge-routing-messages')).toContainText('HB202');
  await expect(page.locator('#f-edge-routing-messages .message-warning')).toBeVisible();
  await expect(page.locator('#panel-on-premises').getByRole('button', { name: 'Copy' })).toBeVisible();
  await expect(onPremScript(page)).toContainText('UseDnsSrvRouting = $true');
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await expect(checklist(page)).toContainText('Leaving a default route');
  expect(errors).toEqual([]);
});

test('reset clears the ticks too, undo brings both back; a refused import drops the older undo', async ({ page }, info) => {
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com');
  await page.getByRole('tab', { name: 'Checklist' }).click();
  const first = checklist(page).locator('label.task input').first();
  await first.check();
  await expect(checklist(page).locator('.checklist-progress')).toContainText(/^1 of/);
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(page.getByLabel('SIP domains')).toHaveValue('');
  await expect(checklist(page).locator('.checklist-progress')).toContainText(/^0 of/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('SIP domains')).toHaveValue('contoso.com');
  await expect(checklist(page).locator('.checklist-progress')).toContainText(/^1 of/);

  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  const newer = info.outputPath('newer.json');
  await writeFile(newer, JSON.stringify({ schema_version: 99 }));
  await page.locator('.share-bar input[type=file]').setInputFiles(newer);
  await expect(page.locator('.notice-heading')).toContainText('Did not import newer.json');
  // Nothing was replaced by the refused file: no Undo that would take back the reset instead.
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});

test('a status goes once the settings change', async ({ page }) => {
  await open(page);
  const download = page.waitForEvent('download');
  await page.locator('#panel-on-premises').getByRole('button', { name: /^Download / }).click();
  await download;
  await expect(page.locator('.output .status')).toContainText('Downloaded');
  await page.getByLabel('SIP domains').fill('contoso.com');
  await expect(page.locator('.output .status')).toHaveText('');
});

test('the offline file: Copy share link explains that links need the hosted builder', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(new URL('../../dist/hybrid-builder-offline.html', import.meta.url).href);
  await expect(onPremScript(page)).toContainText('Set-CsAccessEdgeConfiguration');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.locator('.notice')).toContainText('opened from a file');
  await expect(page.locator('.notice')).toContainText('Export settings');
  expect(errors).toEqual([]);
});

test('a printed sheet with errors shows them at the top, with the date, the cloud and the link', async ({ page }) => {
  await open(page);
  await page.getByLabel('GCC High', { exact: true }).check();
  await page.getByLabel('Edge external FQDN (optional)').fill('https://sip.contoso.com');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#error-summary')).toBeVisible();
  await expect(page.locator('#error-summary')).toContainText('The Edge external FQDN');
  await expect(page.locator('#warning-summary')).toHaveAttribute('open', '');
  const header = page.locator('.print-header');
  await expect(header).toBeVisible();
  await expect(header).toContainText('GCC High');
  await expect(header).toContainText('#v=2&cloud=gcc-high');
  await expect(page.locator('#panel-checklist')).toBeVisible();
});
