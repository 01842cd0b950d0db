import { expect, test, type Page } from '@playwright/test';
import { checklist, holdClock, onPremScript, open } from './helpers';

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

test('a pilot user\'s check follows the pilot list, the SIP domains and the language, and stays through typing elsewhere', async ({ page }) => {
  await page.goto('/#v=1&environment.sip_domains=contoso.com&environment.pilot_users=ada@contoso.com,bo@fabrikam.com');
  const messages = page.locator('#f-environment-pilot-users-messages');
  const outside = 'The pilot user "bo@fabrikam.com" is in none of the SIP domains listed above.';
  await expect(messages).toContainText(outside);
  // Another field: the pilot users' issues are kept, not lost.
  await page.getByLabel('Identity', { exact: true }).fill('HybridProvider2');
  await expect(onPremScript(page)).toContainText("'HybridProvider2'");
  await expect(messages).toContainText(outside);
  // The SIP domains: the check runs again.
  const domains = page.getByLabel('SIP domains');
  await domains.fill('contoso.com\nfabrikam.com');
  await expect(messages).toBeEmpty();
  await domains.fill('contoso.com');
  await expect(messages).toContainText(outside);
  // The list itself.
  await page.getByLabel('Pilot users').fill('ada@contoso.com\nada@contoso.com');
  await expect(messages).not.toContainText('bo@fabrikam.com');
  await expect(messages).toContainText('ada@contoso.com');
  await page.getByLabel('Pilot users').fill('ada@contoso.com\nbo@fabrikam.com');
  await expect(messages).toContainText(outside);
  // The language: the same issue in German.
  await page.locator('#language').selectOption('de');
  await expect(messages).toContainText('Der Pilotbenutzer „bo@fabrikam.com“ gehört zu keiner der oben aufgeführten SIP-Domänen.');
});

// Pasted at once, as from a spreadsheet: the new value and one input event (Playwright's own
// typing into a 2,000-line textarea takes headless Chromium twenty seconds).
async function pastePilots(page: Page, count: number) {
  await page.getByText('Optional — Pilot users').click();
  const pilots = Array.from({ length: count }, (_, i) => `user${i + 1}@contoso.com`).join('\n');
  await page.getByLabel('Pilot users').evaluate((el: HTMLTextAreaElement, text) => {
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, pilots);
}

test('2,000 pilot users: the scripts follow every keystroke', async ({ page }) => {
  await holdClock(page);
  await open(page);
  await pastePilots(page, 2000);
  // The page's clock stands still: nothing waits for a pause (the script shows its first 400 lines).
  await expect(onPremScript(page)).toContainText("'user100@contoso.com'");
  const identity = page.getByLabel('Identity', { exact: true });
  await identity.fill('HybridProvider');
  await expect(onPremScript(page)).toContainText("'HybridProvider'");
  // A key pressed in the long list changes the line it was pressed in, and changes made elsewhere
  // (a reset, its undo) still reach the list's control.
  const list = page.getByLabel('Pilot users');
  await list.evaluate((el: HTMLTextAreaElement) => { el.focus(); el.setSelectionRange(0, 0); });
  await page.keyboard.type('x');
  await expect(onPremScript(page)).toContainText("'xuser1@contoso.com'");
  await expect(onPremScript(page)).toContainText("'user2@contoso.com'");
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(list).toHaveValue('');
  await page.getByRole('button', { name: 'Undo' }).click();
  const lines = (await list.inputValue()).split('\n');
  expect(lines).toHaveLength(2000);
  expect(lines.slice(0, 2)).toEqual(['xuser1@contoso.com', 'user2@contoso.com']);
});

test('long lists: the checklist catches up once typing pauses, shows the settings as they are when opened, and copy is never stale', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await holdClock(page);
  await open(page);
  await pastePilots(page, 2000);
  const identity = page.getByLabel('Identity', { exact: true });
  await identity.fill('HybridProvider');
  // Opened mid-typing, it shows the settings as they are (the page's clock stands still).
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await expect(checklist(page)).toContainText('user2000@contoso.com');
  await expect(checklist(page)).toContainText('HybridProvider');

  // The field and its checks are live; the checklist has not caught up yet…
  await identity.fill('HybridProvider2');
  await expect(identity).toHaveValue('HybridProvider2');
  await expect(checklist(page)).not.toContainText('HybridProvider2');
  // …but what is copied is always the checklist of the settings as they are now…
  await page.locator('#panel-checklist').getByRole('button', { name: 'Copy', exact: true }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('HybridProvider2');
  await expect(checklist(page)).toContainText('HybridProvider2');
  // …and it follows once typing pauses.
  await identity.fill('HybridProvider3');
  await expect(checklist(page)).not.toContainText('HybridProvider3');
  await page.clock.runFor(250);
  await expect(checklist(page)).toContainText('HybridProvider3');
  // …and what prints is the checklist of the settings as they are.
  await identity.fill('HybridProvider4');
  await expect(checklist(page)).not.toContainText('HybridProvider4');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(checklist(page)).toContainText('HybridProvider4');
});
