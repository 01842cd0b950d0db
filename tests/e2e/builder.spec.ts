import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { COPIED_FOR, checklist, holdClock, onlineScript, onPremScript, open, watchErrors } from './helpers';

const clouds = [
  { label: 'Commercial (worldwide)', proxy: 'sipfed.online.lync.com', env: null, badge: null },
  { label: 'GCC', proxy: 'sipfed.online.lync.com', env: null, badge: 'Inferred' },
  { label: 'GCC High', proxy: 'sipfed.online.gov.skypeforbusiness.us', env: 'TeamsGCCH', badge: 'Unconfirmed' },
  { label: 'DoD', proxy: 'sipfed.online.dod.skypeforbusiness.us', env: 'TeamsDOD', badge: 'Unconfirmed' },
  { label: '21Vianet (China)', proxy: 'sipfed.online.partner.lync.cn', env: 'TeamsChina', badge: 'Unconfirmed' },
];

for (const cloud of clouds) {
  test(`${cloud.label}: fill the form, read both scripts and the checklist`, async ({ page }) => {
    const errors = watchErrors(page);
    await open(page);
    await page.getByLabel(cloud.label, { exact: true }).check();
    await page.getByLabel('Admin account (optional)').fill("o'neil@contoso.com");
    await page.getByLabel('SIP domains').fill('contoso.com\nfabrikam.com');
    await page.getByLabel('Edge external FQDN (optional)').fill('sip.contoso.com');
    await page.getByText('Optional — Pilot users').click();
    await page.getByLabel('Pilot users').fill('ada@contoso.com');

    await expect(onPremScript(page)).toContainText(`Identity = 'SkypeforBusinessOnline'\n                ProxyFqdn = '${cloud.proxy}'`);
    await expect(onPremScript(page)).toContainText('New-CsHostingProvider @params');
    // Moves target the ProxyFqdn of the hosting provider as configured, never a value typed twice.
    await expect(onPremScript(page)).toContainText("$pilots = @(");
    await expect(onPremScript(page)).toContainText("'ada@contoso.com'");
    await expect(onPremScript(page)).toContainText('Move-CsUser -Identity $identity -Target $provider.ProxyFqdn');
    if (cloud.badge) {
      await expect(page.locator('#section-provider .badge').first()).toHaveText(cloud.badge);
    } else {
      await expect(page.locator('#section-provider .badge').first()).toHaveText('Documented');
    }

    await page.getByRole('tab', { name: 'Online script' }).click();
    const online = onlineScript(page);
    await expect(online).toBeVisible();
    await expect(online).toContainText("Connect-MicrosoftTeams -AccountId 'o''neil@contoso.com'");
    if (cloud.env) await expect(online).toContainText(`-TeamsEnvironmentName ${cloud.env}`);
    else await expect(online).not.toContainText('-TeamsEnvironmentName');
    await expect(online).toContainText('Set-CsTenantFederationConfiguration -SharedSipAddressSpace $true');

    await page.getByRole('tab', { name: 'Checklist' }).click();
    const list = checklist(page);
    await expect(list).toBeVisible();
    await expect(list).toContainText('_sipfederationtls._tcp.fabrikam.com');
    await expect(list).toContainText(cloud.label);
    await expect(list.locator('input[type=checkbox]').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('a bad FQDN: message at the field, a summary link that focuses it, no copy or download until fixed', async ({ page }) => {
  await open(page);
  const proxy = page.getByLabel('ProxyFqdn', { exact: true });
  await proxy.fill('https://sipfed.online.lync.com');

  await expect(page.locator('#f-hosting-provider-proxy-fqdn-messages')).toContainText('remove the scheme');
  await expect(proxy).toHaveAttribute('aria-invalid', 'true');
  const summary = page.locator('.error-summary');
  await expect(summary).toContainText('There is a problem: 1 error');
  await expect(page.locator('#panel-on-premises')).toContainText('Copy and download are off');
  await expect(page.locator('#panel-on-premises .actions')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Download all' })).toHaveCount(0);

  await proxy.blur();
  await summary.getByRole('link').first().click();
  await expect(proxy).toBeFocused();

  await proxy.fill('sipfed.online.lync.com');
  await expect(summary).toHaveCount(0);
  await expect(page.locator('#panel-on-premises .actions')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download all' })).toBeVisible();
});

test('a collapsed field opens when its summary link is followed', async ({ page }) => {
  await open(page);
  await page.getByText('Optional — Pilot users').click();
  await page.getByLabel('Pilot users').fill('not a user');
  await page.getByText('Optional — Pilot users').click();
  await expect(page.getByLabel('Pilot users')).toBeHidden();
  await page.locator('.error-summary a').first().click();
  await expect(page.getByLabel('Pilot users')).toBeFocused();
});

test('a field in a folded section never opened: its summary link builds the section, opens it and focuses the field', async ({ page }, info) => {
  await open(page);
  // Folded and never opened, its controls are not built yet.
  await expect(page.locator('#section-oauth')).not.toHaveAttribute('open', '');
  await expect(page.locator('#f-oauth-tenant-id')).toHaveCount(0);
  const file = info.outputPath('oauth.json');
  await writeFile(file, JSON.stringify({ environment: { sip_domains: ['contoso.com'] }, oauth: { enabled: true, tenant_id: 'not a tenant' } }));
  await page.locator('.share-bar input[type=file]').setInputFiles(file);
  const link = page.locator('.error-summary a', { hasText: 'Tenant ID' });
  await link.click();
  await expect(page.locator('#section-oauth')).toHaveAttribute('open', '');
  await expect(page.getByLabel('Tenant ID')).toBeFocused();
  await expect(page.getByLabel('Tenant ID')).toHaveValue('not a tenant');
});

test('a folded section that holds settings opens with the page; one that holds none stays folded', async ({ page }) => {
  await page.goto('/#v=1&environment.sip_domains=contoso.com&environment.pilot_users=ada@contoso.com');
  await expect(page.locator('#section-pilot')).toHaveAttribute('open', '');
  await expect(page.getByLabel('Pilot users', { exact: true })).toHaveValue('ada@contoso.com');
  await expect(page.locator('#section-oauth')).not.toHaveAttribute('open', '');
  // Closed and opened again, the part keeps what was typed.
  await page.getByLabel('Pilot users', { exact: true }).fill('ada@contoso.com\nbo@contoso.com');
  await page.getByText('Optional — Pilot users').click();
  await expect(page.getByLabel('Pilot users', { exact: true })).toBeHidden();
  await page.getByText('Optional — Pilot users').click();
  await expect(page.getByLabel('Pilot users', { exact: true })).toHaveValue('ada@contoso.com\nbo@contoso.com');
  await expect(onPremScript(page)).toContainText("'bo@contoso.com'");
});

test('copy puts the script on the clipboard and says so, for two seconds', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await holdClock(page);
  await open(page);
  const panel = page.locator('#panel-on-premises');
  await panel.getByRole('button', { name: 'Copy' }).click();
  await expect(panel.getByRole('button', { name: 'Copied' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Copied the on-premises script to the clipboard.');
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(await onPremScript(page).textContent());
  await page.clock.runFor(COPIED_FOR - 1);
  await expect(panel.getByRole('button', { name: 'Copied' })).toBeVisible();
  await page.clock.runFor(1);
  await expect(panel.getByRole('button', { name: 'Copy', exact: true })).toBeVisible();
});

test('selecting the script on screen gives its lines as Copy does, the help block unfolded', async ({ page }) => {
  await open(page);
  const panel = page.locator('#panel-on-premises');
  await panel.getByRole('button', { name: /^Show the help and settings/ }).click();
  const selected = await panel.locator('pre.script').evaluate((pre) => {
    getSelection()?.selectAllChildren(pre);
    return getSelection()?.toString() ?? '';
  });
  // The script is drawn as blocks of lines: each line once, none joined at a block's end, none added.
  const text = (await panel.locator('pre.script').textContent()) ?? '';
  expect(selected.split('\n').length).toBeGreaterThan(100);
  expect(selected.replace(/\n$/, '')).toBe(text.replace(/\n$/, ''));
});

for (const { tab, file } of [
  // Names say the deployment and cloud; with no SIP domain yet, the cloud alone.
  { tab: 'On-premises script', file: 'hybrid-on-premises-commercial.ps1' },
  { tab: 'Online script', file: 'hybrid-online-commercial.ps1' },
]) {
  test(`download ${file}: UTF-8 with BOM and CRLF, the same text as shown`, async ({ page }) => {
    await open(page);
    await page.getByRole('tab', { name: tab }).click();
    const panel = page.locator('[role=tabpanel]:visible');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: `Download ${file}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(file);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).toContain('\r\n');
    expect(text.replaceAll('\r\n', '\n')).toBe(await panel.locator('pre.script').textContent());
  });
}

test('download the checklist as Markdown with the same items as shown', async ({ page }) => {
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com');
  await page.getByRole('tab', { name: 'Checklist' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download hybrid-checklist-contoso.com-commercial.md' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('hybrid-checklist-contoso.com-commercial.md');
  const markdown = (await readFile(await download.path())).toString('utf8');
  expect(markdown.startsWith('# Skype for Business hybrid')).toBe(true);
  const tasksOnPage = await checklist(page).locator('label.task').count();
  expect(markdown.split('\n').filter((l) => l.startsWith('- [ ] ')).length).toBe(tasksOnPage);
  expect(markdown).toContain('`_sipfederationtls._tcp.contoso.com`');
});

test('download all gives one zip, not a download per file', async ({ page }) => {
  await open(page);
  const names: string[] = [];
  page.on('download', (d) => names.push(d.suggestedFilename()));
  await page.getByRole('button', { name: 'Download all' }).click();
  await expect.poll(() => names.length).toBe(1);
  expect(names).toEqual(['hybrid-builder-change-commercial.zip']);
});

test('tabs work from the keyboard', async ({ page }) => {
  await open(page);
  await page.getByRole('tab', { name: 'On-premises script' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Online script' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Online script' })).toHaveAttribute('aria-selected', 'true');
  await expect(onlineScript(page)).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Change record' })).toBeFocused();
  await expect(page.locator('#panel-change-record .record')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(checklist(page)).toBeVisible();
});

test('usable at 360 px: one column, nothing wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByLabel('SIP domains').fill('contoso.com');
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await expect(page.locator('.checklist')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('printing shows only the checklist, whatever tab is open', async ({ page }) => {
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com');
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.checklist')).toBeVisible();
  await expect(page.locator('.checklist')).toContainText('_sip._tls.contoso.com');
  await expect(page.locator('form.settings')).toBeHidden();
  await expect(onPremScript(page)).toBeHidden();
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect(onPremScript(page)).toBeVisible();
});

test('ticks stay with their tasks through tab switches, edits and a reload, in this tab only', async ({ page, context }) => {
  const errors = watchErrors(page);
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com');
  await page.getByRole('tab', { name: 'Checklist' }).click();
  const task = (text: string) => checklist(page).locator('label.task', { hasText: text }).getByRole('checkbox');
  const progress = checklist(page).locator('.checklist-progress');
  const total = await checklist(page).locator('label.task').count();
  const untick = checklist(page).getByRole('button', { name: 'Untick all' });
  await expect(progress).toContainText(`0 of ${total} tasks done`);
  await expect(untick).toBeHidden();
  await task('Exactly one Microsoft 365 tenant').check();
  await task('SIP domain contoso.com is verified').check();
  await expect(progress).toContainText(`2 of ${total} tasks done`);

  // The checklist is only rendered while its tab is open; the ticks are not its own.
  await page.getByRole('tab', { name: 'On-premises script' }).click();
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await expect(task('Exactly one Microsoft 365 tenant')).toBeChecked();
  await expect(task('SIP domain contoso.com is verified')).toBeChecked();

  // A domain listed first adds a task above: the tick stays with contoso.com's task, not its place.
  await page.getByLabel('SIP domains').fill('fabrikam.com\ncontoso.com');
  await expect(task('SIP domain fabrikam.com is verified')).not.toBeChecked();
  await expect(task('SIP domain contoso.com is verified')).toBeChecked();

  await page.reload();
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await expect(task('SIP domain contoso.com is verified')).toBeChecked();
  await expect(task('Exactly one Microsoft 365 tenant')).toBeChecked();

  // Another tab (another deployment, perhaps) starts unticked.
  const other = await context.newPage();
  await open(other);
  await other.getByRole('tab', { name: 'Checklist' }).click();
  await expect(checklist(other).locator('input:checked')).toHaveCount(0);

  await untick.click();
  await expect(checklist(page).locator('input:checked')).toHaveCount(0);
  await expect(untick).toBeHidden();
  expect(errors).toEqual([]);
});

test('one request per resource: each file once, the icon inline', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await open(page);
  await expect(onPremScript(page)).toContainText('Set-CsAccessEdgeConfiguration');
  // A task after the frame that painted the script: late requests (a re-asked icon) are in by then.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  const twice = requests.filter((path, i) => requests.indexOf(path) !== i);
  expect(twice).toEqual([]);
  expect(requests.filter((path) => path.endsWith('favicon.svg'))).toEqual([]);
});
