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
  await expect(record).toContainText(`| hybrid-on-premises-contoso.com-commercial.ps1 | \`${hash}\` |`);
  await expect(record).toContainText('## Sign-off');
  await expect(record).toContainText('hybrid-on-premises-rollback-contoso.com-commercial.ps1');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#panel-change-record')).toBeVisible();
  await expect(page.locator('#panel-checklist')).toBeHidden();
  await expect(page.locator('#preflight')).toBeHidden();
  expect(errors).toEqual([]);
});

/** The entries of a .zip whose entries are stored (not compressed), read from its local headers. */
function storedEntries(zip: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extraLength = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extraLength;
    expect(method, `${name} is stored`).toBe(0);
    entries.set(name, zip.subarray(start, start + size));
    at = start + size;
  }
  return entries;
}

test('download all: one zip whose entries are the single downloads byte for byte', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com');
  const single = new Map<string, Buffer>();
  for (const tab of ['On-premises script', 'Online script', 'Checklist', 'Change record']) {
    await page.getByRole('tab', { name: tab }).click();
    const download = page.waitForEvent('download');
    await page.locator('.tab-panel:not([hidden])').getByRole('button', { name: /^Download / }).click();
    const saved = await download;
    single.set(saved.suggestedFilename(), await readFile(await saved.path()));
  }
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export settings' }).click();
  single.set((await exported).suggestedFilename(), await readFile(await (await exported).path()));
  expect(single.has('hybrid-settings-contoso.com-commercial.json')).toBe(true);

  const bundle = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download all' }).click();
  const zip = await bundle;
  expect(zip.suggestedFilename()).toBe('hybrid-builder-change-contoso.com-commercial.zip');
  const entries = storedEntries(await readFile(await zip.path()));
  for (const [name, bytes] of single) {
    expect(entries.get(name)?.equals(bytes), `${name} differs from its own download`).toBe(true);
  }
  for (const name of ['hybrid-on-premises-rollback', 'hybrid-online-rollback', 'hybrid-preflight-on-premises', 'hybrid-verification-online'].map((n) => `${n}-contoso.com-commercial.ps1`)) {
    expect(entries.has(name), name).toBe(true);
  }
  expect(errors).toEqual([]);
});
