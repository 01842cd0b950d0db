import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { onPremScript, open, watchErrors } from './helpers';

// Where to start (#26 item 8): the form leads with what the pre-flight needs, the output with the
// window's three stages, and at 1366×768 the change script begins above the fold.

test('first screen at 1366×768: the script starts above the fold, under the three stages and the open pre-flight', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await open(page);
  // Geometry on first load with the default settings: the script element's top is in the window.
  const script = (await onPremScript(page).boundingBox())!;
  expect(script.y).toBeGreaterThan(0);
  expect(script.y).toBeLessThan(768);
  await expect(page.locator('#preflight')).toHaveJSProperty('open', true);
  await expect(page.getByRole('button', { name: 'Download the on-premises pre-flight' })).toBeInViewport();
  // The stages lead the output, before the pre-flight and the change scripts.
  const top = async (selector: string) => (await page.locator(selector).boundingBox())!.y;
  expect(await top('.stage-steps')).toBeLessThan(await top('#preflight'));
  expect(await top('#preflight')).toBeLessThan(await top('#panel-on-premises'));
  expect(errors).toEqual([]);
});

test('the form asks first what the pre-flight needs: the cloud, then the SIP domains, then the change steps', async ({ page }) => {
  await open(page);
  // The order of the controls is the order of the page (what the keyboard meets, what the eye reads).
  const order = await page
    .locator('form.settings')
    .evaluate((form) => [...form.querySelectorAll('input, textarea')].map((c) => c.id).filter((id) => id.startsWith('f-')));
  const at = (id: string) => order.indexOf(id);
  expect(at('f-cloud')).toBe(0);
  expect(at('f-environment-sip-domains')).toBeGreaterThan(at('f-cloud'));
  for (const later of ['f-edge-allow-outside-users', 'f-hosting-provider-identity', 'f-tenant-shared-sip-address-space']) {
    expect(at('f-environment-sip-domains')).toBeLessThan(at(later));
  }
});

test('each stage takes the admin to its scripts: pre-flight, change, verification', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  const stages = page.getByRole('navigation', { name: 'The change window in three stages' });
  await expect(stages.getByRole('link')).toHaveText([/Pre-flight/, /Change/, /Verify/]);
  // Verify opens the folded verification panel and moves the focus to it.
  await expect(page.locator('#verification')).toHaveJSProperty('open', false);
  await stages.getByRole('link', { name: /Verify/ }).click();
  await expect(page.locator('#verification')).toHaveJSProperty('open', true);
  await expect(page.locator('#verification > summary')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Download the on-premises verification' })).toBeVisible();
  // Change goes to the open tab of the change scripts.
  await stages.getByRole('link', { name: /Change/ }).click();
  await expect(page.getByRole('tab', { name: 'On-premises script' })).toBeFocused();
  await expect(onPremScript(page)).toBeInViewport();
  // Pre-flight goes back to the pre-flight, open even if the admin had folded it.
  await page.locator('#preflight > summary').click();
  await expect(page.locator('#preflight')).toHaveJSProperty('open', false);
  await stages.getByRole('link', { name: /Pre-flight/ }).click();
  await expect(page.locator('#preflight')).toHaveJSProperty('open', true);
  await expect(page.locator('#preflight > summary')).toBeFocused();
  // The links move the focus, never the address (its fragment holds the settings).
  expect(await page.evaluate(() => location.hash)).not.toContain('preflight');
  expect(errors).toEqual([]);
});

/** The single-line messages of a locale file whose key starts with `prefix`. */
function messages(lang: string, prefix: string): Map<string, string> {
  const text = readFileSync(new URL(`../../locales/${lang}.ftl`, import.meta.url), 'utf8');
  const found = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+-[a-z0-9-]+) = ([^{]+)$/.exec(line);
    if (m && m[1].startsWith(prefix)) found.set(m[1], m[2].trim());
  }
  return found;
}

test('German findings: every FAIL and WARN says its to-do in German, the script\'s English apart as console text', async ({ page }) => {
  const errors = watchErrors(page);
  // The failing fixture, its to-dos made the ones the scripts print (English, known to the reader).
  const english = messages('en', 'report-todo-');
  const german = messages('de', 'report-todo-');
  const report = JSON.parse(
    (await readFile(new URL('./fixtures/preflight-failing-on-premises.json', import.meta.url))).toString('utf8'),
  );
  for (const check of report.checks) {
    if (check.status === 'PASS') continue;
    if (check.id === 'server-build') {
      check.status = 'FAIL';
      check.todo = english.get('report-todo-server-build-below-minimum');
    } else {
      check.status = 'WARN';
      check.todo = english.get('report-todo-could-not-read');
    }
  }
  await page.clock.install({ time: new Date('2026-11-18T12:00:00Z') });
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com\nfabrikam.com');
  await page.locator('#language').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.locator('#preflight-files').setInputFiles({
    name: 'hybrid-preflight-on-premises.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(report)),
  });
  const todos = page.locator('#preflight-findings :is(.finding-fail, .finding-warn) .finding-todo');
  await expect(todos.first()).toBeVisible();
  const count = await todos.count();
  expect(count).toBe(report.checks.filter((c: { status: string }) => c.status !== 'PASS').length);
  // The to-do itself, without the console text the script printed.
  const said = await todos.evaluateAll((spans) =>
    spans.map((span) => {
      const copy = span.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.finding-console').forEach((c) => c.remove());
      return copy.textContent!.trim();
    }),
  );
  for (const text of said) {
    for (const sentence of english.values()) expect(text).not.toContain(sentence);
  }
  expect(said.some((text) => text.includes(german.get('report-todo-server-build-below-minimum')!))).toBe(true);
  expect(said.filter((text) => text.includes(german.get('report-todo-could-not-read')!))).toHaveLength(count - 1);
  expect(errors).toEqual([]);
});
