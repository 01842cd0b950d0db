import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { COPIED_FOR, PAUSE, hash, holdClock, link, onPremScript, open, relink, watchErrors } from './helpers';
import { OTHER_PORT, PORT } from './playwright.config';

/** A link that sets every field away from its default. */
const EVERY_FIELD =
  'v=1&cloud=dod&connection.method=legacy-connector&connection.admin_upn=o%27neil@contoso.com' +
  '&edge.allow_outside_users=false&edge.allow_federated_users=false&edge.enable_partner_discovery=false' +
  '&edge.routing=default-route&hosting_provider.identity=Office365&hosting_provider.proxy_fqdn=sipfed.example.com' +
  '&hosting_provider.autodiscover_url=https://webdir.example.com/x&hosting_provider.verification_level=AlwaysVerifiable' +
  '&hosting_provider.existing=update-in-place&tenant.shared_sip_address_space=false&tenant.federation_mode=allow-list' +
  '&environment.sip_domains=contoso.com,fabrikam.com&environment.edge_external_fqdn=sip.contoso.com' +
  '&environment.registrar_pool_fqdn=pool01.contoso.com&environment.pilot_users=ada@contoso.com,bob@contoso.com' +
  '&oauth.enabled=true&oauth.tenant_id=6babcaad-604b-40ac-a9d7-9fd97c0b779f' +
  '&oauth.certificate_path=C:%5Ccerts%5Coauth.cer&oauth.service_principal_tool=ms-online';

test('a link restores every field, and the page writes the same link back', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`/#${EVERY_FIELD}`);
  await expect(page.getByLabel('DoD', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Skype for Business Online Connector (retired, refused)')).toBeChecked();
  await expect(page.getByLabel('Admin account (optional)')).toHaveValue("o'neil@contoso.com");
  for (const box of ['Allow outside users', 'Allow federated users', 'Enable partner discovery', 'Shared SIP address space']) {
    await expect(page.getByLabel(box)).not.toBeChecked();
  }
  await expect(page.getByLabel('Default route (clearing house)')).toBeChecked();
  await expect(page.getByLabel('Identity', { exact: true })).toHaveValue('Office365');
  await expect(page.getByLabel('ProxyFqdn', { exact: true })).toHaveValue('sipfed.example.com');
  await expect(page.getByLabel('AutodiscoverUrl', { exact: true })).toHaveValue('https://webdir.example.com/x');
  await expect(page.getByRole('radio', { name: 'AlwaysVerifiable' })).toBeChecked();
  await expect(page.getByLabel('Update it in place (Set-CsHostingProvider)')).toBeChecked();
  await expect(page.getByLabel('Allow-list of domains')).toBeChecked();
  await expect(page.getByLabel('SIP domains')).toHaveValue('contoso.com\nfabrikam.com');
  await expect(page.getByLabel('Edge external FQDN (optional)')).toHaveValue('sip.contoso.com');
  await expect(page.getByLabel('Registrar pool FQDN (optional)')).toHaveValue('pool01.contoso.com');
  await expect(page.getByLabel('Pilot users', { exact: true })).toHaveValue('ada@contoso.com\nbob@contoso.com');
  await expect(page.getByLabel('Configure server-to-server authentication')).toBeChecked();
  await expect(page.getByLabel('Tenant ID')).toHaveValue('6babcaad-604b-40ac-a9d7-9fd97c0b779f');
  await expect(page.getByLabel('OAuthTokenIssuer certificate (.cer) path')).toHaveValue('C:\\certs\\oauth.cer');
  await expect(page.getByLabel('MSOnline (retired, refused)')).toBeChecked();
  await expect(page.locator('.notice')).toHaveCount(0);
  // The page writes the link back in its own form: v=2, the same pairs, and their checksum.
  const fragment = decodeURIComponent(new URL(page.url()).hash);
  expect(fragment).toBe(relink(EVERY_FIELD));
  expect(errors).toEqual([]);
});

test('a reload right after typing keeps what was typed', async ({ page }) => {
  // Time stands still, so the reload always comes before the pause that writes the address bar.
  await holdClock(page);
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com');
  await page.reload();
  await expect(page.getByLabel('SIP domains')).toHaveValue('contoso.com');
  await expect(page.locator('.notice')).toHaveCount(0);
});

test('an edit taken back right away, then a reload, keeps the settings as they were', async ({ page }) => {
  await holdClock(page);
  await open(page);
  const identity = page.getByLabel('Identity', { exact: true });
  await identity.fill('Mistake');
  await identity.fill('SkypeforBusinessOnline');
  await page.reload();
  await expect(identity).toHaveValue('SkypeforBusinessOnline');
});

test('typing rewrites the address bar once typing pauses, not on every keystroke', async ({ page }) => {
  // Browsers cap how often a page may rewrite its address (Safari: 100 times in 30 s), and each
  // rewrite costs about as much as the rest of a keystroke. The page's clock moves only when the
  // test moves it, so a busy machine cannot stretch the gaps between keystrokes past the pause.
  await holdClock(page);
  await open(page);
  await page.evaluate(() => {
    const replace = history.replaceState.bind(history);
    (window as any).__rewrites = 0;
    history.replaceState = (...args: Parameters<History['replaceState']>) => {
      (window as any).__rewrites++;
      replace(...args);
    };
  });
  const rewrites = () => page.evaluate(() => (window as any).__rewrites as number);
  const identity = page.getByLabel('Identity', { exact: true });
  await identity.clear();
  await page.clock.runFor(PAUSE);
  expect(await hash(page)).toBe(link(['hosting_provider.identity', '']));
  await page.evaluate(() => { (window as any).__rewrites = 0; });

  // A typist's pace: 100 ms between keys, each gap shorter than the pause.
  const typed = 'Office365Hybrid';
  for (const [i, key] of [...typed].entries()) {
    if (i > 0) await page.clock.runFor(100);
    await identity.press(key);
  }
  await expect(identity).toHaveValue(typed);
  expect(await rewrites()).toBe(0);
  await page.clock.runFor(PAUSE - 1);
  expect(await rewrites()).toBe(0);
  await page.clock.runFor(1);
  expect(await rewrites()).toBe(1);
  expect(await hash(page)).toBe(link(['hosting_provider.identity', 'Office365Hybrid']));
  await page.reload();
  await expect(identity).toHaveValue('Office365Hybrid');
});

test('a link opened in a tab that has the builder open opens those settings', async ({ page }) => {
  const errors = watchErrors(page);
  await holdClock(page);
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com');
  await page.clock.runFor(PAUSE);
  expect(await hash(page)).toContain('contoso.com');
  // Only the fragment differs, so the browser keeps the page.
  await page.goto('/#v=1&cloud=gcc-high&hosting_provider.identity=Office365');
  await expect(page.getByLabel('GCC High', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Identity', { exact: true })).toHaveValue('Office365');
  await expect(page.getByLabel('SIP domains')).toHaveValue('');
  await expect(onPremScript(page)).toContainText("Identity = 'Office365'");
  // Back returns to the settings before, as the page had written them.
  await page.goBack();
  await expect(page.getByLabel('SIP domains')).toHaveValue('contoso.com');
  await expect(page.getByLabel('Commercial (worldwide)')).toBeChecked();
  // A link opened right after typing, before the page wrote its own (time stands still), still wins.
  await page.getByLabel('SIP domains').fill('fabrikam.com');
  await page.goto('/#v=1&cloud=dod');
  await expect(page.getByLabel('DoD', { exact: true })).toBeChecked();
  await expect(page.getByLabel('SIP domains')).toHaveValue('');
  expect(errors).toEqual([]);
});

test('closing the tab right after typing keeps what was typed for the next visit', async ({ context }) => {
  // Time stands still, so the pause's save never comes first: leaving the page must save.
  await holdClock(context);
  const page = await context.newPage();
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com');
  await page.close();
  const next = await context.newPage();
  await open(next);
  await expect(next.getByLabel('SIP domains')).toHaveValue('contoso.com');
});

test('typing updates the link, and the link opens the same settings elsewhere', async ({ page, context }) => {
  await holdClock(page);
  await open(page);
  await page.getByLabel('GCC High', { exact: true }).check();
  await page.getByLabel('SIP domains').fill('contoso.com');
  await page.clock.runFor(PAUSE);
  expect(await hash(page)).toBe(link(['cloud', 'gcc-high'], ['environment.sip_domains', 'contoso.com']));
  expect(await page.evaluate(() => location.search)).toBe('');

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.evaluate(() => location.href));
  await page.clock.runFor(COPIED_FOR - 1);
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  await page.clock.runFor(1);
  await expect(page.getByRole('button', { name: 'Copy share link' })).toBeVisible();

  const other = await context.newPage();
  await other.goto(copied);
  await expect(other.getByLabel('GCC High', { exact: true })).toBeChecked();
  await expect(other.getByLabel('SIP domains')).toHaveValue('contoso.com');
});

test('garbled, truncated and future links restore what they can and say what they could not', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/#v=1&cloud=gcc&edge.allow_outside_users=perhaps&nonsense=%E0%A4&tenant.federation_mode=clos');
  await expect(page.getByLabel('GCC', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Allow outside users')).toBeChecked();
  const notice = page.locator('.notice');
  await expect(notice).toContainText('Link, edge.allow_outside_users: expected true or false');
  await expect(notice).toContainText('Link, nonsense: not a setting this builder knows');
  await expect(notice).toContainText('Link, tenant.federation_mode:');

  await page.goto('about:blank');
  await page.goto('/#v=1&cloud=gcc-hi');
  await expect(page.getByLabel('Commercial (worldwide)')).toBeChecked();
  await expect(page.locator('.notice')).toContainText('Link, cloud:');

  // A link cut short in an email says so.
  await page.goto('about:blank');
  await page.goto(`/${link(['cloud', 'gcc-high'], ['environment.sip_domains', 'contoso.com']).slice(0, -14)}`);
  await expect(page.getByLabel('GCC High', { exact: true })).toBeChecked();
  await expect(page.locator('.notice')).toContainText('this link was cut short');

  await page.goto('about:blank');
  await page.goto('/#v=7&cloud=dod&hologram=on');
  await expect(page.getByLabel('DoD', { exact: true })).toBeChecked();
  await expect(page.locator('.notice')).toContainText('newer Hybrid Builder (v=7)');
  await expect(onPremScript(page)).toContainText('sipfed.online.dod.skypeforbusiness.us');
  expect(errors).toEqual([]);
});

test('settings are kept in the browser and restored on the next visit; reset can be undone', async ({ page }) => {
  await holdClock(page);
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com');
  await page.clock.runFor(PAUSE);
  expect(await page.evaluate(() => localStorage.getItem('hybrid-builder.settings') ?? '')).toContain('"contoso.com"');
  await page.goto('about:blank');
  await page.goto('/');
  await expect(page.getByLabel('SIP domains')).toHaveValue('contoso.com');

  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(page.getByLabel('SIP domains')).toHaveValue('');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('SIP domains')).toHaveValue('contoso.com');
});

test('corrupt storage is ignored with a notice', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('hybrid-builder.settings', '{"cloud": "gcc", "edge": 7, '));
  const errors = watchErrors(page);
  await open(page);
  await expect(page.locator('.notice')).toContainText('Saved settings: the settings saved in this browser could not be read');
  await expect(page.getByLabel('Commercial (worldwide)')).toBeChecked();
  expect(errors).toEqual([]);
});

test('a browser that refuses storage (private mode) still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const errors = watchErrors(page);
  await holdClock(page);
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com');
  // The pause passes: the page tries to save, and the refusal must not break it.
  await page.clock.runFor(PAUSE);
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await expect(page.locator('.checklist')).toContainText('_sip._tls.contoso.com');
  expect(errors).toEqual([]);
});

test('export then import gives back the same settings', async ({ page }, info) => {
  await holdClock(page);
  await page.goto(`/#${EVERY_FIELD}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
  expect(download.suggestedFilename()).toBe('hybrid-settings-contoso.com-dod.json');
  const json = JSON.parse((await readFile(await download.path())).toString('utf8'));
  expect(json.schema_version).toBe(2);
  expect(json.cloud).toBe('dod');

  await page.goto('about:blank');
  await page.goto('/#v=1');
  await expect(page.getByLabel('Commercial (worldwide)')).toBeChecked();
  await page.locator('.share-bar input[type=file]').setInputFiles(await download.path());
  await expect(page.locator('.notice').filter({ hasText: 'Imported' })).toBeVisible();
  await expect(page.locator('.notice').filter({ hasText: 'Your previous settings and ticks were replaced' })).toBeVisible();
  await page.clock.runFor(PAUSE);
  expect(decodeURIComponent(await hash(page))).toBe(relink(EVERY_FIELD));
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Commercial (worldwide)')).toBeChecked();
});

test('a malformed settings file is listed by field; a newer one is refused', async ({ page }, info) => {
  await open(page);
  const malformed = info.outputPath('malformed.json');
  await writeFile(malformed, JSON.stringify({ cloud: 'gcc-high', edge: { allow_outside_users: 'yes' }, colour: 'blue' }));
  await page.locator('.share-bar input[type=file]').setInputFiles(malformed);
  const notice = page.locator('div.notice');
  await expect(notice).toContainText('2 entries could not be used');
  await expect(notice).toContainText('Settings file, edge.allow_outside_users:');
  await expect(notice).toContainText('Settings file, colour:');
  await expect(page.getByLabel('GCC High', { exact: true })).toBeChecked();

  const newer = info.outputPath('newer.json');
  await writeFile(newer, JSON.stringify({ schema_version: 3, cloud: 'dod' }));
  await page.locator('.share-bar input[type=file]').setInputFiles(newer);
  await expect(notice).toContainText('Did not import newer.json');
  await expect(page.getByLabel('GCC High', { exact: true })).toBeChecked();
});

test('the embed example on another origin: locked cloud, copy, and a frame that grows with its content', async ({ page, context }) => {
  const errors = watchErrors(page);
  // The clock covers the frame too: "Copied" and "Link copied" last until the test moves time.
  await holdClock(context);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const builder = `http://127.0.0.1:${PORT}/`;
  await page.goto(`http://127.0.0.1:${OTHER_PORT}/embed-example.html?builder=${encodeURIComponent(builder)}`);
  const frame = page.frameLocator('#hybrid-builder');
  await expect(frame.locator('#panel-on-premises pre.script')).toContainText('sipfed.online.gov.skypeforbusiness.us');
  await expect(frame.getByLabel('GCC High', { exact: true })).toBeDisabled();
  await expect(frame.getByLabel('GCC High', { exact: true })).toBeChecked();
  // The fixed field says so in its help, which the radios' description points to.
  await expect(frame.locator('#f-cloud-help .locked-note')).toHaveText('Set by this page.');
  await expect(frame.locator('#f-connection-method-help .locked-note')).toHaveCount(0);
  await expect(frame.locator('.page-header')).toBeHidden();
  await expect(frame.getByRole('button', { name: 'Reset to defaults' })).toHaveCount(0);
  // The example page is light only: its frame is light too, whatever the system says.
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');

  // GCC High's undocumented values are withheld until confirmed, in a frame as anywhere.
  await expect(frame.getByRole('button', { name: 'Copy', exact: true })).toHaveCount(0);
  await frame.getByLabel('I have confirmed this ProxyFqdn for my tenant').check();
  await frame.getByLabel('I have confirmed this AutodiscoverUrl for my tenant').check();
  // Copy works from the frame; a copied link opens the whole builder with the frame's settings.
  await frame.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(frame.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('sipfed.online.gov.skypeforbusiness.us');
  await frame.getByLabel('SIP domains').fill('contoso.com');
  await frame.getByRole('button', { name: 'Copy share link' }).click();
  await expect(frame.getByRole('button', { name: 'Link copied' })).toBeVisible();
  expect(decodeURIComponent(await page.evaluate(() => navigator.clipboard.readText()))).toBe(
    builder +
      link(
        ['cloud', 'gcc-high'],
        ['hosting_provider.proxy_fqdn_confirmed', 'sipfed.online.gov.skypeforbusiness.us'],
        // The day of each tick, from the page's clock (held at 2026-01-05).
        ['hosting_provider.proxy_fqdn_confirmed_on', '2026-01-05'],
        ['hosting_provider.autodiscover_url_confirmed', 'https://webdir.online.gov.skypeforbusiness.us/Autodiscover/AutodiscoverService.svc/root'],
        ['hosting_provider.autodiscover_url_confirmed_on', '2026-01-05'],
        ['environment.sip_domains', 'contoso.com'],
      ),
  );

  const height = async () => (await page.locator('#hybrid-builder').boundingBox())!.height;
  await expect.poll(height).toBeGreaterThan(600);
  const before = await height();
  // The output stands beside the fields, at the top of the frame, not thousands of pixels down.
  const box = async (selector: string) => (await frame.locator(selector).boundingBox())!;
  expect((await box('.output')).y).toBeLessThan((await box('.settings')).y + 50);
  expect((await box('.output')).x).toBeGreaterThan((await box('.settings')).x + 200);
  // The preview of a link without names opens in the share bar, above the band of fields and
  // output (which scroll in boxes of their own): the frame grows with it.
  await frame.getByRole('button', { name: 'Copy link without names' }).click();
  await expect.poll(height).toBeGreaterThan(before + 100);
  expect(errors).toEqual([]);
});
