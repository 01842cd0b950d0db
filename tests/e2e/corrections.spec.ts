import { expect, test } from '@playwright/test';
import { checklist, onlineScript, onPremScript, open, watchErrors } from './helpers';

test('sovereign cloud: scripts withheld until each undocumented value is confirmed, and the tick holds for that value only', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await page.getByLabel('GCC High', { exact: true }).check();
  const onPrem = page.locator('#panel-on-premises');
  await expect(onPrem.locator('.blocked')).toBeVisible();
  await expect(onPrem.getByRole('button', { name: 'Copy' })).toHaveCount(0);
  await expect(page.locator('#error-summary')).toContainText('Microsoft does not document sipfed.online.gov.skypeforbusiness.us');

  await page.getByLabel('I have confirmed this ProxyFqdn for my tenant').check();
  await expect(onPrem.getByRole('button', { name: 'Copy' })).toHaveCount(0);
  await page.getByLabel('I have confirmed this AutodiscoverUrl for my tenant').check();
  await expect(onPrem.getByRole('button', { name: 'Copy' })).toBeVisible();
  // The confirmation travels in the link.
  await expect.poll(() => page.evaluate(() => sessionStorage.length + location.hash.length)).toBeGreaterThan(0);

  // Another sovereign cloud asks again: the tick was for GCC High's value.
  await page.getByLabel('DoD', { exact: true }).check();
  await expect(onPrem.locator('.blocked')).toBeVisible();
  await expect(page.getByLabel('I have confirmed this ProxyFqdn for my tenant')).not.toBeChecked();
  expect(errors).toEqual([]);
});

test('server-to-server: the certificate goes on 00000004 only, never on Exchange Online, with an SPN per pool', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await page.getByText('Optional — Server-to-server authentication').click();
  await page.getByLabel('Configure server-to-server authentication').check();
  await page.getByLabel('Tenant ID').fill('6babcaad-604b-40ac-a9d7-9fd97c0b779f');
  await page.getByLabel('OAuthTokenIssuer certificate (.cer) path').fill('C:\\certs\\oauth.cer');
  await expect(page.locator('#f-environment-web-services-fqdns-messages')).toContainText('HB507');
  await page.getByLabel('External web services FQDN of each pool').fill('webext.contoso.com\nwebext2.contoso.com');
  await page.getByRole('tab', { name: 'Online script' }).click();
  const online = onlineScript(page);
  await expect(online).toContainText("$skypeAppId = '00000004-0000-0ff1-ce00-000000000000'");
  await expect(online).toContainText('No key is added to the Exchange Online principal 00000002-0000-0ff1-ce00-000000000000');
  await expect(online).not.toContainText("foreach ($appId in");
  await expect(online).toContainText("$spn = '00000004-0000-0ff1-ce00-000000000000/webext2.contoso.com'");
  await expect(online).toContainText('Connect-MicrosoftTeams -WhatIf:$false');
  await expect(online).not.toContainText('7557eb47');
  expect(errors).toEqual([]);
});

test('retired routes: a link that chose the old connector and MSOnline opens with what to use instead, nothing lost', async ({ page }) => {
  await page.goto('/#v=1&cloud=commercial&connection.method=legacy-connector&environment.sip_domains=contoso.com' +
    '&oauth.enabled=true&oauth.service_principal_tool=ms-online');
  await expect(page.getByLabel('SIP domains')).toHaveValue('contoso.com');
  const summary = page.locator('#error-summary');
  await expect(summary).toContainText('the Skype for Business Online Connector is retired');
  await expect(summary).toContainText('Choose the MicrosoftTeams module (Connect-MicrosoftTeams)');
  await expect(summary).toContainText('the MSOnline module is retired');
  await expect(summary).toContainText('Choose Microsoft Graph PowerShell');
  await page.getByLabel('MicrosoftTeams module (Connect-MicrosoftTeams)').check();
  await expect(summary).not.toContainText('Online Connector is retired');
});

test('GCC High with server-to-server auth: an own metadata URL reaches the scripts; a tick is the admin\'s, with its day, and a link asks again', async ({ page, context }) => {
  const errors = watchErrors(page);
  await page.clock.setFixedTime(new Date('2026-12-05T10:00:00Z'));
  await page.goto('/#v=1&cloud=gcc-high&environment.sip_domains=contoso.com&oauth.enabled=true' +
    '&oauth.tenant_id=6babcaad-604b-40ac-a9d7-9fd97c0b779f&oauth.certificate_path=C:%5Ccerts%5Coauth.cer' +
    '&environment.web_services_fqdns=webext.contoso.com');
  // The section holds settings, so it opens with the page.
  await expect(page.locator('#error-summary')).toContainText('https://accounts.accesscontrol.windows.net/');
  await page.getByLabel('OAuth metadata URL prefix').fill('https://login.microsoftonline.us/');
  await page.getByLabel('I have confirmed this ProxyFqdn for my tenant').check();
  await page.getByLabel('I have confirmed this AutodiscoverUrl for my tenant').check();
  const onPrem = page.locator('#panel-on-premises');
  await expect(onPrem.getByRole('button', { name: 'Copy' })).toBeVisible();
  await expect(onPremScript(page)).toContainText('https://login.microsoftonline.us/6babcaad-604b-40ac-a9d7-9fd97c0b779f/metadata/json/1');
  await expect(onPremScript(page)).toContainText('ProxyFqdn                  sipfed.online.gov.skypeforbusiness.us (confirmed by the admin on 2026-12-05)');
  await expect(page.locator('#section-provider .badge-confirmed').first()).toHaveText('Confirmed');
  await page.getByRole('tab', { name: 'Change record' }).click();
  await expect(page.locator('#panel-change-record')).toContainText('confirmed by the admin on 2026-12-05');
  // A colleague opens the same link in a browser of their own: the ticks are theirs to give.
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('proxy_fqdn_confirmed');
  const shared = await page.evaluate(() => location.href);
  const colleague = await (await context.browser()!.newContext()).newPage();
  await colleague.goto(shared);
  await expect(colleague.getByLabel('I have confirmed this ProxyFqdn for my tenant')).not.toBeChecked();
  await expect(colleague.locator('.notice').first()).toContainText('confirmed by whoever sent these settings');
  await expect(colleague.getByLabel('OAuth metadata URL prefix')).toHaveValue('https://login.microsoftonline.us/');
  expect(errors).toEqual([]);
});

test('DNS: each SIP domain by its own names, lyncdiscover to the reverse proxy', async ({ page }) => {
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com\nfabrikam.com');
  await page.getByLabel('Edge external FQDN (optional)').fill('access1.contoso.com');
  await page.getByLabel('Reverse proxy external FQDN').fill('webext.contoso.com');
  await page.getByRole('tab', { name: 'Checklist' }).click();
  const list = checklist(page);
  await expect(list).toContainText('_sipfederationtls._tcp.fabrikam.com — SRV → sip.fabrikam.com');
  await expect(list).toContainText('lyncdiscover.fabrikam.com — CNAME → webext.contoso.com');
  await expect(list).toContainText('sip.contoso.com — CNAME → access1.contoso.com');
});

test('pilot moves: a SIP address stays one, and the target comes from the configured provider', async ({ page }) => {
  await open(page);
  await page.getByText('Optional — Pilot users').click();
  await page.getByLabel('Pilot users').fill('sip:ada@contoso.com');
  // The pilots are one list the moves loop over.
  await expect(onPremScript(page)).toContainText("'sip:ada@contoso.com'");
  await expect(onPremScript(page)).toContainText('Move-CsUser -Identity $identity -Target $provider.ProxyFqdn');
  await expect(onPremScript(page)).toContainText('if (-not $ReadinessFile)');
});
