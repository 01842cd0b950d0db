import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PAUSE, holdClock, link, onPremScript, started, watchErrors } from './helpers';

// The first screen written into index.html at build time (xtask/src/prerender.rs, #30): the script is
// painted from the page itself, the written screen takes no input, and the app replaces it with
// exactly the same elements. Any load that does not start with the default settings in English
// shows the outline instead, never someone else's values. (That the wasm is fetched after the
// screen's paint is the benchmark's to show: a test here would time it.)

/** The serializer the build wrote the screen with, run on the live app. */
const SERIALIZE = readFileSync(new URL('../../xtask/prerender/serialize.js', import.meta.url), 'utf8');

/** Holds every request for the wasm until `release()`; the page runs only what index.html has. */
async function holdWasm(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('the script is on screen before the wasm arrives, and the app takes the screen over unchanged', async ({ page }) => {
  const errors = watchErrors(page);
  const release = await holdWasm(page);
  await page.goto('/');
  const written = page.locator('#prerendered #panel-on-premises pre.script');
  await expect(written).toContainText('Set-CsAccessEdgeConfiguration');
  await expect(written).toBeVisible();
  await expect(page.locator('.outline-only').first()).toBeHidden();
  // Written, not live: nothing takes focus or text, so nothing typed can be lost in the swap.
  const field = page.locator('#prerendered #f-hosting-provider-identity');
  const shown = await field.inputValue();
  await field.click({ force: true });
  await page.keyboard.type('typed-too-early');
  expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toBe('f-hosting-provider-identity');
  await expect(field).toHaveValue(shown);
  const before = await page.locator('#prerendered').evaluate((frame) => frame.innerHTML);
  // Where the admin's eye is: nothing of it moves when the app takes over.
  const places = ['h1', '#language', 'form.settings', '#f-hosting-provider-identity', '.stage-steps', '#panel-on-premises pre.script'];
  // The first visible one: the outline's own header is in the page too, hidden.
  const boxes = () => Promise.all(places.map((place) => page.locator(place).locator('visible=true').first().boundingBox()));
  const writtenBoxes = await boxes();

  release();
  await started(page);
  expect(await boxes()).toEqual(writtenBoxes);
  // The live app's elements, serialized as the build did, are the written ones.
  expect(await page.evaluate(SERIALIZE)).toBe(before);
  await expect(page.locator('html')).not.toHaveAttribute('data-prerendered');
  // Live now: typing reaches the script.
  await page.locator('#f-hosting-provider-identity').fill('Example Provider');
  await expect(onPremScript(page)).toContainText('Example Provider');
  expect(errors).toEqual([]);
});

test('the written screen, if the app never starts, says so in the language it is written in', async ({ page }) => {
  // The wasm never arrives; the gate wrote the English screen for this English browser.
  await holdWasm(page);
  await page.goto('/');
  await expect(page.locator('#prerendered #panel-on-premises pre.script')).toBeVisible();
  const message = page.locator('#unsupported');
  // The message's three seconds are a CSS animation's delay: set its time instead of waiting.
  await message.evaluate((element) => {
    const [animation] = element.getAnimations();
    animation.pause();
    animation.currentTime = 3000;
  });
  await expect(message).toBeVisible();
  await expect(message.locator('[lang="en"]')).toBeVisible();
  // The other languages' lines are not even laid out (no font lookups for them on the first screen).
  for (const lang of ['de', 'fr', 'ja', 'zh-CN']) {
    await expect(message.locator(`[lang="${lang}"]`)).toHaveCount(1);
    await expect(message.locator(`[lang="${lang}"]`)).toBeHidden();
  }
});

/** Loads `url` with the wasm held: the outline shows, the written screen does not. */
async function outlineOnly(page: Page, url: string) {
  const release = await holdWasm(page);
  await page.goto(url);
  await expect(page.locator('.skeleton')).toBeVisible();
  await expect(page.locator('#prerendered #panel-on-premises')).toBeHidden();
  await expect(page.locator('html')).not.toHaveAttribute('data-prerendered');
  release();
  await started(page);
}

test('a link with settings shows the outline until the app shows the link’s values', async ({ page }) => {
  const identity = 'LinkedProvider';
  await outlineOnly(page, `/${link(['hosting_provider.identity', identity])}`);
  await expect(page.locator('#f-hosting-provider-identity')).toHaveValue(identity);
});

test('anything else this browser kept shows the outline, not the defaults', async ({ page }) => {
  await page.goto('/');
  await started(page);
  await page.evaluate(() => localStorage.setItem('kept-by-this-browser', '1'));
  await outlineOnly(page, '/');
});

test('a reload, or a later visit, that finds only what the app keeps for the defaults gets the written screen', async ({ page, context }) => {
  await holdClock(context);
  await page.goto('/');
  await started(page);
  // What the app writes once typing has paused: the defaults' link in the address bar, the settings saved.
  await page.clock.runFor(PAUSE);
  expect(await page.evaluate(() => [location.hash.length > 1, localStorage.length > 0])).toEqual([true, true]);
  const release = await holdWasm(page);
  await page.reload();
  await expect(page.locator('#prerendered #panel-on-premises pre.script')).toBeVisible();
  const written = await page.locator('#prerendered').evaluate((frame) => frame.innerHTML);
  release();
  await started(page);
  expect(await page.evaluate(SERIALIZE)).toBe(written);
});

test('settings typed and kept show the outline on the next visit, then those settings', async ({ page, context }) => {
  await holdClock(context);
  await page.goto('/');
  await started(page);
  await page.locator('#f-hosting-provider-identity').fill('KeptProvider');
  await page.clock.runFor(PAUSE);
  expect(await page.evaluate(() => localStorage.getItem('hybrid-builder.settings') ?? '')).toContain('KeptProvider');
  await outlineOnly(page, '/');
  await expect(page.locator('#f-hosting-provider-identity')).toHaveValue('KeptProvider');
});

test('a browser without inert shows the outline: typing into the written screen would be lost', async ({ page }) => {
  await page.addInitScript(() => delete (HTMLElement.prototype as { inert?: boolean }).inert);
  await outlineOnly(page, '/');
});

test.describe('a browser that prefers German', () => {
  test.use({ locale: 'de-DE' });
  test('shows the outline, then the page in German, never the English screen', async ({ page }) => {
    await outlineOnly(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });
});

test.describe('a browser that prefers a language the builder does not ship, then English', () => {
  test.use({ locale: 'pt-BR' });
  test('gets the written English screen', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/');
    await expect(page.locator('#prerendered #panel-on-premises pre.script')).toBeVisible();
    release();
    await started(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
