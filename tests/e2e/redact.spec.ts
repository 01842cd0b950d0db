import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { PAUSE, hash, holdClock, link, started, watchErrors } from './helpers';

// A link without names (#31): what the page says before copying, and a page opened from the link.

/** A deployment with a name in every name field: names the page never uses in its own examples. */
const NAMED = link(
  ['cloud', 'gcc-high'],
  ['connection.admin_upn', 'jane.ito@woodgrove.onmicrosoft.com'],
  ['environment.sip_domains', 'woodgrove.com,tailspin.com'],
  ['environment.edge_external_fqdn', 'sip.woodgrove.com'],
  ['environment.registrar_pool_fqdn', 'lyncpool7.woodgrove.com'],
  ['environment.pilot_users', 'alice.ward@woodgrove.com,sip:bob.kerr@tailspin.com'],
  ['oauth.enabled', 'true'],
  ['oauth.tenant_id', '9f3c2a71-5b4e-4d8a-a1c2-3e4f5a6b7c8d'],
  ['oauth.certificate_path', 'D:\\PKI\\WoodgroveOAuth.cer'],
);

/** Every distinctive part of the names above: none may be in the link or the page opened from it. */
const ORIGINAL = ['woodgrove', 'tailspin', 'lyncpool7', 'jane.ito', 'alice.ward', 'bob.kerr', '9f3c2a71', 'D:\\PKI'];

/** Everything the page shows or holds: its markup, every control's value and its address. */
async function everything(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea, select')].map(
      (el) => (el as HTMLInputElement).value,
    );
    return [document.documentElement.outerHTML, ...values, location.href].join('\n');
  });
}

test('Copy link without names lists what it replaces, then copies a link that names no one', async ({ page, context }) => {
  const errors = watchErrors(page);
  await holdClock(context);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/${NAMED}`);
  await page.getByRole('button', { name: 'Copy link without names' }).click();
  const preview = page.locator('#redact-preview');
  await expect(preview).toContainText('replaces 9 names with placeholders');
  await expect(preview.locator('li', { hasText: 'lyncpool7.woodgrove.com' })).toHaveText('lyncpool7.woodgrove.com → host1.domain1.example');
  await expect(preview.locator('li', { hasText: /^woodgrove\.com/ })).toHaveText('woodgrove.com → domain1.example');
  await expect(preview).toContainText('The cloud and every choice stay as they are.');
  // Its Copy button takes focus on the next frame (the held clock draws frames when moved).
  await page.clock.runFor(100);
  await expect(page.getByRole('button', { name: 'Copy the link without names' })).toBeFocused();
  // Nothing is copied until the admin has seen the list and asks for it.
  await page.getByRole('button', { name: 'Copy the link without names' }).click();
  await expect(page.getByRole('button', { name: 'Link without names copied' })).toBeVisible();
  await expect(preview).toHaveCount(0);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const readable = decodeURIComponent(copied);
  expect(readable).toContain('&redacted&');
  expect(readable).toContain('cloud=gcc-high');
  expect(readable).toContain('environment.edge_external_fqdn=sip.domain1.example');
  for (const name of ORIGINAL) expect(readable.toLowerCase()).not.toContain(name.toLowerCase());
  expect(errors).toEqual([]);
});

test('a page opened from a link without names says so, names no one and withholds the scripts until real names are typed', async ({ browser }) => {
  // Whoever opens it (a forum reader, a support engineer) has never had the original settings.
  const sender = await browser.newContext();
  await holdClock(sender);
  await sender.grantPermissions(['clipboard-read', 'clipboard-write']);
  const first = await sender.newPage();
  await first.goto(`/${NAMED}`);
  await first.getByRole('button', { name: 'Copy link without names' }).click();
  await first.getByRole('button', { name: 'Copy the link without names' }).click();
  const copied = await first.evaluate(() => navigator.clipboard.readText());
  await sender.close();

  const reader = await browser.newContext();
  await holdClock(reader);
  const page = await reader.newPage();
  const errors = watchErrors(page);
  await page.goto(copied);
  const banner = page.locator('#redacted-banner');
  await expect(banner).toContainText('The names in these settings are placeholders');
  await expect(page.getByLabel('GCC High', { exact: true })).toBeChecked();
  await expect(page.locator('#f-environment-edge-external-fqdn')).toHaveValue('sip.domain1.example');
  // No output is offered: each tab says why, and each placeholder field says what to type.
  for (const tab of ['On-premises script', 'Online script', 'Checklist']) {
    await page.getByRole('tab', { name: new RegExp(tab) }).click();
    await expect(page.locator('.tab-panel:not([hidden]) .blocked')).toContainText('these settings hold placeholders instead of your names');
    await expect(page.getByRole('button', { name: 'Copy', exact: true })).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: 'Download all' })).toHaveCount(0);
  await expect(page.locator('#f-environment-sip-domains-messages')).toContainText('HB108');
  const shown = (await everything(page)).toLowerCase();
  for (const name of ORIGINAL) expect(shown).not.toContain(name.toLowerCase());

  // The marker stays while any placeholder is left: one real name is not enough.
  await page.locator('#f-environment-sip-domains').fill('adatum.com');
  await expect(banner).toBeVisible();
  await expect(page.locator('#f-environment-sip-domains-messages')).not.toContainText('HB108');
  // With the last placeholder replaced or cleared, the banner, the errors and the marker go.
  await page.locator('#f-environment-edge-external-fqdn').fill('sip.adatum.com');
  await page.locator('#f-environment-registrar-pool-fqdn').fill('pool1.adatum.com');
  await page.locator('#f-environment-pilot-users').fill('ann@adatum.com');
  await page.locator('#f-connection-admin-upn').fill('');
  await page.locator('#f-oauth-tenant-id').fill('0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
  await expect(banner).toBeVisible();
  await page.locator('#f-oauth-certificate-path').fill('C:\\certs\\oauth.cer');
  await expect(banner).toHaveCount(0);
  await expect(page.locator('.messages', { hasText: 'HB108' })).toHaveCount(0);
  await page.clock.runFor(PAUSE);
  await expect.poll(() => hash(page)).not.toContain('redacted');
  expect(errors).toEqual([]);
  await reader.close();
});

test('an imported settings file with placeholders is marked as a link without names is', async ({ page, context }, info) => {
  const errors = watchErrors(page);
  await holdClock(context);
  await page.goto('/');
  await started(page);
  // What `sfb-hybrid redact` writes: placeholders, and no marker (a settings file has none).
  const file = info.outputPath('for-ticket.json');
  await writeFile(file, JSON.stringify({ environment: { sip_domains: ['domain1.example'], edge_external_fqdn: 'sip.domain1.example' } }));
  await page.locator('.share-bar input[type=file]').setInputFiles(file);
  await expect(page.locator('#redacted-banner')).toBeVisible();
  await expect(page.locator('#panel-on-premises .blocked')).toContainText('these settings hold placeholders');
  await page.clock.runFor(PAUSE);
  await expect.poll(() => hash(page)).toContain('&redacted&');
  expect(errors).toEqual([]);
});
