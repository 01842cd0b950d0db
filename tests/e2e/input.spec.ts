import { expect, test } from '@playwright/test';
import { holdClock, onPremScript, open } from './helpers';

test('pasted values: ends trimmed, lists split on commas, semicolons and spaces', async ({ page }) => {
  await open(page);
  const edge = page.getByLabel('Edge external FQDN (optional)');
  await edge.fill('\t sip.contoso.com  ');
  await edge.blur();
  await expect(edge).toHaveValue('sip.contoso.com');
  await expect(page.locator('#f-environment-edge-external-fqdn-messages')).not.toContainText('HB101');

  const domains = page.getByLabel('SIP domains');
  await domains.fill('contoso.com, fabrikam.com;northwind.com\tadatum.com');
  await domains.blur();
  await expect(domains).toHaveValue('contoso.com\nfabrikam.com\nnorthwind.com\nadatum.com');
  await expect(page.locator('#f-environment-sip-domains-messages')).toBeEmpty();

  await page.getByText('Optional — Pilot users').click();
  const pilots = page.getByLabel('Pilot users');
  await pilots.fill('ada@contoso.com; sip:bo@fabrikam.com');
  await pilots.blur();
  await expect(pilots).toHaveValue('ada@contoso.com\nsip:bo@fabrikam.com');
  await expect(onPremScript(page)).toContainText("'sip:bo@fabrikam.com'");
});

test('long lists: typing stays with the form, the outputs catch up once typing pauses, and copy is never stale', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await holdClock(page);
  await open(page);
  await page.getByText('Optional — Pilot users').click();
  const pilots = Array.from({ length: 2000 }, (_, i) => `user${i + 1}@contoso.com`).join('\n');
  // Pasted at once, as from a spreadsheet: the new value and one input event (Playwright's own
  // typing into a 2,000-line textarea takes headless Chromium twenty seconds).
  await page.getByLabel('Pilot users').evaluate((el: HTMLTextAreaElement, text) => {
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, pilots);
  // The outputs follow once typing pauses (the page's clock stands still until the test moves it).
  await expect(onPremScript(page)).not.toContainText('user1@contoso.com');
  await page.clock.runFor(250);
  await expect(onPremScript(page)).toContainText("'user1@contoso.com'");

  const identity = page.getByLabel('Identity', { exact: true });
  await identity.fill('HybridProvider');
  // The field and its checks are live; the script has not caught up yet…
  await expect(identity).toHaveValue('HybridProvider');
  await expect(onPremScript(page)).not.toContainText("'HybridProvider'");
  // …but what is copied is always the script of the settings as they are now.
  await page.locator('#panel-on-premises').getByRole('button', { name: 'Copy', exact: true }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("Identity = 'HybridProvider'");
  await expect(onPremScript(page)).toContainText("'HybridProvider'");

  // A key pressed in the long list changes the line it was pressed in, and changes made elsewhere
  // (a reset, its undo) still reach the list's control.
  const list = page.getByLabel('Pilot users');
  await list.evaluate((el: HTMLTextAreaElement) => { el.focus(); el.setSelectionRange(0, 0); });
  await page.keyboard.type('x');
  await page.clock.runFor(250);
  await expect(onPremScript(page)).toContainText("'xuser1@contoso.com'");
  await expect(onPremScript(page)).toContainText("'user2@contoso.com'");
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(list).toHaveValue('');
  await page.getByRole('button', { name: 'Undo' }).click();
  const lines = (await list.inputValue()).split('\n');
  expect(lines).toHaveLength(2000);
  expect(lines.slice(0, 2)).toEqual(['xuser1@contoso.com', 'user2@contoso.com']);
});
