import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { holdClock, onPremScript, open, started, watchErrors } from './helpers';
import { PORT, SUBPATH, SUBPATH_PORT } from './playwright.config';

/** Collects Content-Security-Policy violations reported to the page. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

/** Everything an admin does in a session: type, switch tabs, copy, download, export. */
async function fullSession(page: Page) {
  await page.getByLabel('GCC High', { exact: true }).check();
  // GCC High's ProxyFqdn and AutodiscoverUrl are not documented: the admin confirms them first.
  await page.getByLabel('I have confirmed this ProxyFqdn for my tenant').check();
  await page.getByLabel('I have confirmed this AutodiscoverUrl for my tenant').check();
  await page.getByLabel('SIP domains').fill('contoso.com');
  await page.getByText('Optional — Pilot users').click();
  await page.getByLabel('Pilot users', { exact: true }).fill('ada@contoso.com');
  await page.getByRole('tab', { name: 'Online script' }).click();
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await page.locator('#panel-checklist').getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('status')).toContainText('Copied');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download hybrid-checklist-contoso.com-gcchigh.md' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('hybrid-checklist-contoso.com-gcchigh.md');
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
}

test('the site works under its strict CSP with no violation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await watchCsp(page);
  const errors = watchErrors(page);
  await open(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).toContain("default-src 'none'");
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  await fullSession(page);
  expect(await page.evaluate(() => (window as any).__csp)).toEqual([]);
  expect(errors).toEqual([]);
});

test('every asset is checked against its integrity hash, the wasm included', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (msg) => msg.type() === 'warning' && warnings.push(msg.text()));
  await open(page);
  await expect(page.locator('script[src^="./boot-"][integrity^="sha384-"]')).toHaveCount(1);
  await expect(page.locator('link[rel="stylesheet"][integrity^="sha384-"]')).toHaveCount(1);
  await expect(page.locator('link[rel="modulepreload"][integrity^="sha384-"]')).toHaveCount(1);
  // Browsers ignore integrity on a fetch preload and warn; the loader's request carries it instead.
  expect(warnings.filter((w) => w.includes('integrity'))).toEqual([]);
});

test('a wasm changed on the host is refused, not run', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (msg) => messages.push(msg.text()));
  page.on('pageerror', (err) => messages.push(err.message));
  await page.route(/_bg\.wasm$/, async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    const at = body.indexOf('Set-CsAccessEdgeConfiguration');
    expect(at).toBeGreaterThan(0);
    body.write('Set-CsAccessEdgeConfiguratioN', at);
    await route.fulfill({ response, body });
  });
  await page.goto('/');
  // The browser reports the mismatch, and the loader's request fails, so the app never starts.
  await expect.poll(() => messages.some((m) => m.includes('Failed to find a valid digest'))).toBe(true);
  await expect.poll(() => messages.some((m) => m.includes('Failed to fetch'))).toBe(true);
  // The app never replaces index.html's frame: no live form (the written first screen stays inert).
  await expect(page.locator('#static-frame')).toHaveCount(1);
  await expect(page.locator('body > main')).toHaveCount(0);
});

test('a full session requests nothing but the site itself', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await open(page);
  await fullSession(page);
  const foreign = requests.filter((url) => !url.startsWith(`http://127.0.0.1:${PORT}/`) && !url.startsWith('blob:') && !url.startsWith('data:'));
  expect(requests.length).toBeGreaterThan(3);
  expect(foreign).toEqual([]);
});

test('the site works from a sub-path', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`);
  await started(page);
  await page.getByLabel('Allow outside users').uncheck();
  await expect(onPremScript(page)).toContainText('AllowOutsideUsers = $false');
  expect(new URL(page.url()).pathname).toBe('/tools/hybrid/');
  expect(errors).toEqual([]);
});

test('the offline file works from file:// — renders, reacts, copies and downloads', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = watchErrors(page);
  await watchCsp(page);
  // "Copied" lasts until the test moves time, however long the checks below take.
  await holdClock(page);
  const file = new URL('../../dist/hybrid-builder-offline.html', import.meta.url).href;
  await page.goto(file);
  await expect(onPremScript(page)).toContainText('Set-CsAccessEdgeConfiguration');
  await expect(page.locator('#unsupported')).toHaveCount(0);
  await page.getByLabel('Allow outside users').uncheck();
  await expect(onPremScript(page)).toContainText('AllowOutsideUsers = $false');
  await page.locator('#panel-on-premises').getByRole('button', { name: 'Copy' }).click();
  await expect(page.locator('#panel-on-premises').getByRole('button', { name: 'Copied' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download hybrid-on-premises-commercial.ps1' }).click(),
  ]);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString('utf8').replaceAll('\r\n', '\n')).toBe(await onPremScript(page).textContent());
  expect(await page.evaluate(() => (window as any).__csp)).toEqual([]);
  expect(errors).toEqual([]);
});

test('a browser that cannot run the builder says so instead of showing a blank page', async ({ page }) => {
  await open(page);
  await expect(page.locator('#unsupported')).toHaveCount(0);
  // As a server's Internet Explorer or an old Edge would: no WebAssembly.
  await page.addInitScript(() => delete (window as any).WebAssembly);
  await page.reload();
  // The message waits three seconds, so that a normal load never shows it. The wait is a CSS
  // animation's delay, which the page's timers do not drive: the test pauses that animation and sets
  // its time, instead of waiting three seconds of the machine's time.
  const message = page.locator('#unsupported');
  await expect(message).toHaveText(/Hybrid Builder needs a current browser/);
  const at = (ms: number) =>
    page.evaluate((ms) => {
      const animations = document.getElementById('unsupported')!.getAnimations();
      if (animations.length !== 1) throw new Error(`expected one animation, found ${animations.length}`);
      animations[0].pause();
      animations[0].currentTime = ms;
    }, ms);
  await at(0);
  await expect(message).toBeHidden();
  await at(2999);
  await expect(message).toBeHidden();
  await at(3000);
  await expect(message).toBeVisible();
  // The written first screen is not shown either: the gate found no WebAssembly.
  await expect(page.locator('form.settings')).toBeHidden();
});

test('a link cannot force the panic message', async ({ page }) => {
  await page.goto('/#v=1&cloud=gcc-high&debug-panic');
  await expect(page.locator('#panel-on-premises pre.script')).toContainText('Set-CsAccessEdgeConfiguration');
  await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong' })).toHaveCount(0);
  await expect(page.locator('.notice')).toContainText('debug-panic');
});

test('a panic shows the message, and the settings can still be exported', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // The test-only trigger: a global no link can set.
  await page.addInitScript(() => { (window as any).__hybridBuilderForcePanic = true; });
  await page.goto('/#v=1&cloud=gcc-high&environment.sip_domains=contoso.com');
  const message = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
  await expect(message).toContainText('Your settings are safe');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    message.getByRole('link', { name: 'Export settings' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('hybrid-settings.json');
  const settings = JSON.parse((await readFile(await download.path())).toString('utf8'));
  expect(settings.cloud).toBe('gcc-high');
  expect(settings.environment.sip_domains).toEqual(['contoso.com']);
  expect(pageErrors.join('\n')).toContain('unreachable');
});
