import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { open, watchErrors } from './helpers';

test('change record: every script named by the SHA-256 of the bytes the page downloads; prints on its own', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com');
  const download = page.waitForEvent('download');
  await page.locator('#panel-on-premises').getByRole('button', { name: /Download/ }).click();
  const script = await readFile(await (await download).path());
  const hash = createHash('sha256').update(script).digest('hex');

  await page.getByRole('tab', { name: 'Change record' }).click();
  const record = page.locator('#panel-change-record .record');
  await expect(record).toContainText(`| hybrid-on-premises.ps1 | \`${hash}\` |`);
  await expect(record).toContainText('## Sign-off');
  await expect(record).toContainText('hybrid-on-premises-rollback.ps1');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#panel-change-record')).toBeVisible();
  await expect(page.locator('#panel-checklist')).toBeHidden();
  await expect(page.locator('#preflight')).toBeHidden();
  expect(errors).toEqual([]);
});
