import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { open, watchErrors } from './helpers';

/** What of the page a reader sees on paper or on screen: controls that are rendered (not hidden). */
const visibleControls = (page: Page) =>
  page.locator('button, select, input, textarea, [role="tab"]').evaluateAll((nodes) =>
    nodes
      .filter((n) => (n as HTMLElement).offsetParent !== null || getComputedStyle(n).position === 'fixed')
      .filter((n) => getComputedStyle(n).display !== 'none' && getComputedStyle(n).visibility !== 'hidden')
      .map((n) => (n as HTMLElement).outerHTML.slice(0, 80)),
  );

test('change record: a document on screen, every script named by the SHA-256 of the bytes the page downloads', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com');
  const download = page.waitForEvent('download');
  await page.locator('#panel-on-premises').getByRole('button', { name: /Download/ }).click();
  const script = await readFile(await (await download).path());
  const hash = createHash('sha256').update(script).digest('hex');

  await page.getByRole('tab', { name: 'Change record' }).click();
  const record = page.locator('#panel-change-record .record');
  // Rendered: headings, lists and tables, and no Markdown syntax left in what it shows.
  await expect(record.getByRole('heading', { name: 'Sign-off' })).toBeVisible();
  await expect(record.getByRole('heading', { name: 'Settings' })).toBeVisible();
  const row = record.getByRole('row', { name: /hybrid-on-premises-contoso\.com-commercial\.ps1/ });
  await expect(row.getByRole('cell')).toHaveText(['hybrid-on-premises-contoso.com-commercial.ps1', hash]);
  const shown = await record.innerText();
  for (const syntax of [/^#+ /m, /`/, /\| /, /\*\*/, /^- /m, /<http/]) {
    expect(shown, `${syntax} shows on screen`).not.toMatch(syntax);
  }
  // The rollback under the names the files are downloaded as, the tenant first.
  await expect(record).toContainText(
    'first hybrid-online-rollback-contoso.com-commercial.ps1, then hybrid-on-premises-rollback-contoso.com-commercial.ps1',
  );
  // The download is the Markdown of the same document.
  const saved = page.waitForEvent('download');
  await page.locator('#panel-change-record').getByRole('button', { name: /^Download / }).click();
  const markdown = (await readFile(await (await saved).path())).toString('utf8');
  expect(markdown).toContain(`| \`hybrid-on-premises-contoso.com-commercial.ps1\` | \`${hash}\` |`);
  expect(markdown).toContain('## Sign-off');
  expect(errors).toEqual([]);
});

test('change record: printed on its own, without page controls or a second header', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com');
  await page.getByRole('tab', { name: 'Change record' }).click();
  await expect(page.locator('#panel-change-record .record')).toBeVisible();
  expect((await visibleControls(page)).length, 'the screen has controls').toBeGreaterThan(10);

  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('#panel-change-record .record')).toBeVisible();
  await expect(page.locator('#panel-checklist')).toBeHidden();
  await expect(page.locator('#preflight')).toBeHidden();
  await expect(page.getByLabel('Language')).toBeHidden();
  // The record says its date and link itself: the page's print line would say them again.
  await expect(page.locator('.print-header')).toBeHidden();
  expect(await visibleControls(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('change record: an accepted FAIL is recorded as an acceptance with its day', async ({ page }) => {
  const errors = watchErrors(page);
  await page.clock.install({ time: new Date('2026-11-18T12:00:00Z') });
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com\nfabrikam.com');
  await expect(page.locator('#preflight')).toHaveJSProperty('open', true);
  await page.locator('#preflight-files').setInputFiles(new URL('./fixtures/preflight-failing-on-premises.json', import.meta.url).pathname);
  await page.getByRole('tab', { name: 'Change record' }).click();
  const record = page.locator('#panel-change-record .record');
  await expect(record.getByRole('heading', { name: 'Pre-flight findings still open' })).toBeVisible();
  await expect(record.getByRole('heading', { name: 'Accepted pre-flight FAILs' })).toHaveCount(0);

  await page.getByLabel('I have read every FAIL and want the change scripts anyway').check();
  const accepted = record.locator('section', { has: page.getByRole('heading', { name: 'Accepted pre-flight FAILs' }) });
  await expect(accepted).toContainText('Accepted by the admin on 2026-11-18');
  await expect(accepted).toContainText('FAIL Hosting and public providers: found for hosting-providers');
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
