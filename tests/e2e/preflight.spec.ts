import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { checklist, open, watchErrors } from './helpers';

// The fixtures are written by the model's own report definition (crates/hybrid-model/tests/preflight.rs)
// and dated 2026-11-18T10:06:40Z (created_unix 1794996400); the page reads reports for 7 days, so its clock is set just after.
const FIXTURES = new URL('./fixtures/', import.meta.url);
const REPORT_TIME = new Date('2026-11-18T12:00:00Z');

async function openForDeployment(page: Page) {
  await page.clock.install({ time: REPORT_TIME });
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com\nfabrikam.com');
}

/** Opens the panel if it is folded, as the admin would, then picks the files. */
async function loadInto(page: Page, panel: 'preflight' | 'verification', ...names: string[]) {
  if (!(await page.locator(`#${panel}`).evaluate((d) => (d as HTMLDetailsElement).open))) {
    await page.locator(`#${panel} > summary`).click();
  }
  await page.locator(`#${panel}-files`).setInputFiles(names.map((n) => new URL(n, FIXTURES).pathname));
}

async function load(page: Page, ...names: string[]) {
  await loadInto(page, 'preflight', ...names);
}

test('pre-flight: download both scripts; they read and never change', async ({ page }) => {
  const errors = watchErrors(page);
  await openForDeployment(page);
  // Open with the page: the window starts with the pre-flight.
  await expect(page.locator('#preflight')).toHaveJSProperty('open', true);
  for (const [button, file] of [
    ['Download the on-premises pre-flight', 'hybrid-preflight-on-premises-contoso.com-commercial.ps1'],
    ['Download the online pre-flight', 'hybrid-preflight-online-contoso.com-commercial.ps1'],
  ]) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(file);
    const text = (await readFile(await saved.path())).toString('utf8');
    expect(text.startsWith('\uFEFF#Requires -Version 5.1')).toBe(true);
    expect(text).toContain("$expectedDomains = @('contoso.com', 'fabrikam.com')");
    expect(text).not.toMatch(/^\s*(New|Remove|Move|Grant|Update)-\w+/m);
  }
  expect(errors).toEqual([]);
});

test('pre-flight: a healthy report shows findings, what will change, and fills settings only when accepted', async ({ page }) => {
  const errors = watchErrors(page);
  await openForDeployment(page);
  await load(page, 'preflight-healthy-on-premises.json', 'preflight-healthy-online.json');
  await expect(page.locator('#preflight .notices')).toContainText('Read preflight-healthy-on-premises.json.');
  await expect(page.locator('#preflight-findings li')).toHaveCount(24);
  await expect(page.locator('#preflight-findings .finding-fail')).toHaveCount(0);
  // One table, each step named once; a replaced provider is a removal and a creation.
  const changes = page.locator('#preflight-changes');
  await expect(changes.locator('.change-step').first()).toHaveText('Step 1 — Edge federation');
  const row = (name: string) => changes.locator('tr', { has: page.locator('td', { hasText: new RegExp(`^${name}$`) }) });
  await expect(row('AllowFederatedUsers').locator('td')).toHaveText(['SET', 'AllowFederatedUsers', 'False', 'True']);
  await expect(row('AllowOutsideUsers').locator('td')).toHaveText(['no change', 'AllowOutsideUsers', 'True', 'True']);
  await expect(row('Routing').locator('td')).toHaveText(['SET', 'Routing', 'Default route', 'DNS SRV routing']);
  await expect(row('Hosting provider').locator('td')).toHaveText(['REMOVE', 'Hosting provider', 'Office365 (sipfed.online.lync.com)', '']);
  await expect(row('EnabledSharedAddressSpace').locator('td')).toHaveText(['CREATE', 'EnabledSharedAddressSpace', 'not there yet', 'True']);

  // Nothing was filled in yet.
  await expect(page.getByLabel('Registrar pool FQDN (optional)')).toHaveValue('');
  await expect(page.locator('#preflight-suggestions')).toContainText('Registrar pool FQDN (optional): (not given) → pool01.contoso.com');
  await page.getByRole('button', { name: 'Apply these values' }).click();
  await expect(page.getByLabel('Registrar pool FQDN (optional)')).toHaveValue('pool01.contoso.com');
  await expect(page.getByLabel('Edge external FQDN (optional)')).toHaveValue('access1.contoso.com');
  await expect(page.locator('#f-hosting-provider-identity')).toHaveValue('Office365');

  await page.getByRole('tab', { name: 'Checklist' }).click();
  await expect(checklist(page)).toContainText('Pre-flight findings');
  await expect(checklist(page)).toContainText('What will change');
  // Reports never reach the link.
  expect(await page.evaluate(() => location.href)).not.toContain('preflight');
  expect(errors).toEqual([]);
});

test('pre-flight: each suggestion says now → suggested, applies on its own and undoes; a report of other domains says it is stale', async ({ page }) => {
  const errors = watchErrors(page);
  await openForDeployment(page);
  const web = page.getByLabel('External web services FQDN of each pool');
  await web.fill('webext2.contoso.com');
  await load(page, 'preflight-healthy-on-premises.json');
  // When the script wrote the report.
  await expect(page.locator('#preflight .reports-read')).toHaveText('on premises: written 2026-11-18 10:06 UTC');

  const suggestions = page.locator('#preflight-suggestions');
  const item = (label: string) => suggestions.locator('li', { hasText: label });
  // A filled field is completed with what the report found beyond it.
  await expect(item('External web services FQDN of each pool')).toContainText(
    'webext2.contoso.com → webext2.contoso.com, webext.contoso.com',
  );
  // One applied alone changes that setting only.
  await item('Registrar pool FQDN').getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByLabel('Registrar pool FQDN (optional)')).toHaveValue('pool01.contoso.com');
  await expect(page.getByLabel('Edge external FQDN (optional)')).toHaveValue('');
  await expect(web).toHaveValue('webext2.contoso.com');
  await expect(item('Registrar pool FQDN')).toHaveCount(0);
  // And undone.
  const applied = page.locator('#preflight-applied');
  await expect(applied).toContainText('Applied Registrar pool FQDN (optional).');
  await applied.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Registrar pool FQDN (optional)')).toHaveValue('');
  await expect(item('Registrar pool FQDN')).toHaveCount(1);
  await expect(applied).toHaveCount(0);

  // The settings now name other SIP domains than the report was made for.
  await expect(page.locator('.report-stale')).toHaveCount(0);
  await page.getByLabel('SIP domains').fill('contoso.com\nfabrikam.com\nnorthwind.com');
  await expect(page.locator('#preflight .reports-read')).toContainText(
    'Stale: this report was made for the SIP domains contoso.com, fabrikam.com, but the settings now name contoso.com, fabrikam.com, northwind.com.',
  );
  expect(errors).toEqual([]);
});

test('pre-flight: a FAIL withholds the change scripts until accepted, and shows in the summary and the checklist', async ({ page }) => {
  const errors = watchErrors(page);
  await openForDeployment(page);
  await load(page, 'preflight-failing-on-premises.json');
  await expect(page.locator('#preflight-summary')).toContainText('The pre-flight found 17 FAILs');
  await expect(page.locator('#panel-on-premises .blocked')).toContainText('the pre-flight reported 17 FAIL(s)');
  await expect(page.locator('#panel-on-premises').getByRole('button', { name: 'Copy' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await expect(checklist(page)).toContainText('FAIL — Hosting and public providers: found for hosting-providers');
  // And at the step it concerns.
  await expect(checklist(page)).toContainText('Pre-flight: FAIL — Hosting and public providers: found for hosting-providers');
  await page.getByRole('tab', { name: 'On-premises script' }).click();

  await page.getByLabel('I have read every FAIL and want the change scripts anyway').check();
  await expect(page.locator('#preflight-summary')).toHaveCount(0);
  await expect(page.locator('#panel-on-premises').getByRole('button', { name: 'Copy' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('pre-flight: a report of another deployment is refused and nothing changes', async ({ page }) => {
  const errors = watchErrors(page);
  await openForDeployment(page);
  await load(page, 'preflight-other-deployment.json');
  await expect(page.locator('#preflight .notices')).toContainText('Did not read preflight-other-deployment.json: This report was made for the SIP domains northwind.com');
  await expect(page.locator('#preflight-findings')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('pre-flight: a report older than a week is refused', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-30T12:00:00Z') });
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com\nfabrikam.com');
  await load(page, 'preflight-healthy-on-premises.json');
  await expect(page.locator('#preflight .notices')).toContainText('is 12 days old');
});

test('verification: a passing report marks the verify items it proves, apart from hand ticks', async ({ page }) => {
  const errors = watchErrors(page);
  await openForDeployment(page);
  await loadInto(page, 'verification', 'verification-passing-on-premises.json');
  await expect(page.locator('#verification .notices')).toContainText('Read verification-passing-on-premises.json.');
  await expect(page.locator('#verification-findings .finding-pass').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Checklist' }).click();
  const proven = checklist(page).locator('.task-proven');
  await expect(proven.first()).toContainText('verified by report');
  await expect(proven.first().locator('input')).toBeDisabled();
  await expect(proven.first().locator('input')).toBeChecked();
  // The counter counts them as done.
  const provenCount = await proven.count();
  const total = await checklist(page).locator('label.task').count();
  await expect(checklist(page).locator('.checklist-progress')).toContainText(`${provenCount} of ${total} tasks done`);
  // A pre-flight report is refused here.
  await loadInto(page, 'verification', 'preflight-healthy-on-premises.json');
  await expect(page.locator('#verification .notices')).toContainText('This is a pre-flight report; load it under Pre-flight.');
  expect(errors).toEqual([]);
});
