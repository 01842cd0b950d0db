// The smoke suite every WebdriverIO engine runs (`firefox.mjs`, `webkit.mjs`): the release site
// loads, follows the form, copies, downloads, round-trips a share link, keeps its strict CSP, and
// works as the offline file from `file://`. Each engine file says how to start its browser, read
// its clipboard and watch its page; run it with `cargo xtask test`, which starts the drivers and
// passes their paths.
//
// Each test has a browser session of its own (nothing saved carries over). Tests that look at a
// timed state ("Copied", "Link copied") hold the page's clock (`clock.mjs`), so the state lasts
// until the test moves time, however busy the machine is.
import { after, afterEach, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { START, holdClock } from './clock.mjs';
import { DIST, serve } from './site.mjs';
import { watchPage } from './watch.mjs';

/** How long a "Copied" button keeps saying so (src/components/output_panel.rs). */
export const COPIED_FOR = 2000;

/**
 * What the suite needs from an engine.
 * @typedef {object} Engine
 * @property {string} name the engine, as the layer names it
 * @property {number} port where the suite serves the release site (each engine its own, so layers may overlap)
 * @property {() => string[][]} needs [what, path] pairs that must exist before anything starts
 * @property {() => Promise<{ browser: WebdriverIO.Browser, downloads: string }>} start a new
 *   session, and the empty folder its downloads land in
 * @property {(downloads: string) => Promise<void>} finish after the session ends: its downloads go
 * @property {(browser: WebdriverIO.Browser) => Promise<string>} readClipboard
 * @property {(browser: WebdriverIO.Browser) => Promise<string[]>} [consoleErrors] errors the
 *   browser itself reported (WebDriver BiDi), where the engine has a channel for them
 */

/**
 * The page and browser of the test now running, and the helpers the tests share; `engine`'s tests
 * beyond the shared ones use it too.
 */
export const page = {
  /** @type {WebdriverIO.Browser} */
  browser: undefined,
  downloads: '',
  base: '',
};

const textOf = (selector) => page.browser.execute((s) => document.querySelector(s)?.textContent ?? '', selector);

/** The form control a label names exactly, as an admin finds it. */
export async function control(label) {
  const id = await page.browser.execute(
    (label) => [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === label)?.control?.id ?? '',
    label,
  );
  assert.ok(id, `no control is labelled "${label}"`);
  return page.browser.$(`[id="${id}"]`);
}

/** A button by its whole text, within `scope` (a CSS selector) when given. */
export const button = (name, scope) => (scope ? page.browser.$(scope).$(`button=${name}`) : page.browser.$(`button=${name}`));
export const tab = (name) => page.browser.$(`//*[@role="tab"][contains(normalize-space(), "${name}")]`);
export const onPremScript = () => textOf('#panel-on-premises pre.script');

export async function scriptContains(text) {
  await page.browser.waitUntil(async () => (await onPremScript()).includes(text), {
    timeoutMsg: `the on-premises script does not show ${text}`,
  });
}

/**
 * Waits until the app has replaced index.html's first frame (whose written first screen shows the
 * script, inert, before the wasm runs) and shows the script itself.
 */
export async function started() {
  await page.browser.waitUntil(async () => !(await page.browser.$('#static-frame').isExisting()), {
    timeoutMsg: "the app did not replace index.html's first frame",
  });
  await scriptContains('Set-CsAccessEdgeConfiguration');
}

/** Opens a page of the site (the start page by default) and waits for the app; then watches it. */
export async function open(url = page.base) {
  await page.browser.url(url);
  await started();
  await watchPage(page.browser);
}

/**
 * Opens `url` in a new window, as a colleague opening a pasted link, and watches it. Without
 * WebDriver BiDi, WebdriverIO's `newWindow` calls `window.open` from a script, which a browser
 * blocks without a click: there the WebDriver "New Window" command opens it.
 */
export async function openInNewWindow(url) {
  const { browser } = page;
  if (browser.isBidi) {
    await browser.newWindow(url);
  } else {
    await browser.switchToWindow((await browser.createWindow('window')).handle);
    await browser.url(url);
  }
  await started();
  await watchPage(page.browser);
}

/**
 * The downloaded file once the browser has written all of it: as many bytes as the Blob the page
 * offered last. Firefox writes `name.part` and renames it; WebKit writes `name` in place, so the
 * file's presence alone says nothing.
 */
export async function downloaded(name) {
  const path = join(page.downloads, name);
  const offered = await page.browser.execute(() => window.__watch.offered.at(-1));
  assert.ok(offered > 0, 'the page offered no file');
  await page.browser.waitUntil(async () => existsSync(path) && (await stat(path)).size === offered, {
    timeoutMsg: `${name} (${offered} bytes) was not downloaded; ${page.downloads} holds: ${(await readdir(page.downloads)).join(', ')}`,
  });
  return readFile(path);
}

/** CSP violations, console errors and uncaught exceptions the page and browser reported. */
export async function problems(engine) {
  const reported = await page.browser.execute(() => window.__watch?.problems ?? ['the page is not watched']);
  return [...(await engine.consoleErrors?.(page.browser) ?? []), ...reported];
}

const cspViolations = () => page.browser.execute(() => window.__watch.csp);

/** Registers the shared smoke tests for `engine`. */
export function smokeSuite(engine) {
  let server;

  before(async () => {
    for (const [what, path] of [...engine.needs(), ['the release dist', join(DIST, 'index.html')]]) {
      if (!existsSync(path)) throw new Error(`${engine.name}: ${what} is missing (${path}); run cargo xtask test`);
    }
    server = await serve(DIST, engine.port);
    page.base = `http://127.0.0.1:${engine.port}/`;
  });

  after(() => server?.kill());

  beforeEach(async () => {
    Object.assign(page, await engine.start());
  });

  afterEach(async () => {
    await page.browser?.deleteSession();
    await engine.finish(page.downloads);
  });

  test('loads the release site and fills the form: the script follows', async () => {
    const { browser } = page;
    await open();
    assert.equal(await browser.$('#unsupported').isExisting(), false);
    await (await control('GCC High')).click();
    await scriptContains("ProxyFqdn = 'sipfed.online.gov.skypeforbusiness.us'");
    await browser.$('#f-hosting-provider-identity').setValue('Office365');
    await scriptContains("Identity = 'Office365'");
    await (await control('SIP domains')).setValue('contoso.com');
    await (await control('Allow outside users')).click();
    await scriptContains('AllowOutsideUsers = $false');
    await tab('Online script').click();
    await browser.waitUntil(async () => (await textOf('#panel-online pre.script')).includes('-TeamsEnvironmentName TeamsGCCH'));
    await tab('Checklist').click();
    await browser.waitUntil(async () => (await textOf('#panel-checklist .checklist')).includes('_sipfederationtls._tcp.contoso.com'));
    assert.deepEqual(await problems(engine), []);
  });

  test('copy puts the script on the clipboard and says "Copied" for two seconds', async () => {
    const { browser } = page;
    await open();
    const clock = await holdClock(browser);
    assert.equal(await browser.execute(() => Date.now()), START, "the page runs on the test's clock");
    await button('Copy', '#panel-on-premises').click();
    await button('Copied', '#panel-on-premises').waitForDisplayed();
    assert.equal(await textOf('[role=status]'), 'Copied the on-premises script to the clipboard.');
    assert.equal(await engine.readClipboard(browser), await onPremScript());
    await clock.tick(COPIED_FOR - 1);
    assert.equal(await button('Copied', '#panel-on-premises').isDisplayed(), true);
    await clock.tick(1);
    await button('Copy', '#panel-on-premises').waitForDisplayed();
    assert.deepEqual(await problems(engine), []);
  });

  test('selecting the script on screen gives its lines as Copy does, each once', async () => {
    const { browser } = page;
    await open();
    // The help block unfolded: the whole script on screen, drawn as blocks of 24 lines.
    await browser.$('#panel-on-premises').$('button*=Show the help and settings').click();
    await browser.waitUntil(() => browser.$('#panel-on-premises .script-help-block').isDisplayed());
    const selected = await browser.execute(() => {
      getSelection().selectAllChildren(document.querySelector('#panel-on-premises pre.script'));
      return getSelection().toString();
    });
    const text = await onPremScript();
    assert.ok(selected.split('\n').length > 100, `${selected.split('\n').length} lines: ${selected.slice(-300)}`);
    assert.equal(selected.replace(/\n$/, ''), text.replace(/\n$/, ''));
    assert.deepEqual(await problems(engine), []);
  });

  test('downloads the scripts (UTF-8 with a BOM, as shown) and the checklist', async () => {
    await open();
    await (await control('SIP domains')).setValue('contoso.com');
    await scriptContains('contoso.com');
    // Names say the deployment and cloud; lines end with CRLF for Notepad on older Windows Servers.
    await button('Download hybrid-on-premises-contoso.com-commercial.ps1').click();
    const bytes = await downloaded('hybrid-on-premises-contoso.com-commercial.ps1');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(bytes.includes('\r\n'));
    assert.equal(bytes.subarray(3).toString('utf8').replaceAll('\r\n', '\n'), await onPremScript());
    await tab('Checklist').click();
    await button('Download hybrid-checklist-contoso.com-commercial.md').click();
    const markdown = (await downloaded('hybrid-checklist-contoso.com-commercial.md')).toString('utf8');
    assert.ok(markdown.startsWith('# Skype for Business hybrid'), markdown.slice(0, 80));
    assert.ok(markdown.includes('`_sipfederationtls._tcp.contoso.com`'));
    assert.deepEqual(await problems(engine), []);
  });

  test('a share link copied in one tab opens the same settings in another', async () => {
    const { browser } = page;
    await open();
    const clock = await holdClock(browser);
    await (await control('GCC High')).click();
    await (await control('SIP domains')).setValue('contoso.com');
    await button('Copy share link').click();
    await button('Link copied').waitForDisplayed();
    const link = await engine.readClipboard(browser);
    const pairs = 'v=2&cloud=gcc-high&environment.sip_domains=contoso.com';
    const sum = createHash('sha256').update(pairs).digest('hex').slice(0, 8);
    assert.equal(link, `${page.base}#${pairs}&c=${sum}`);
    assert.equal(await browser.getUrl(), link);
    await clock.tick(COPIED_FOR);
    await button('Copy share link').waitForDisplayed();
    // Nothing saved in this browser may stand in for the link (time stood still: no autosave).
    await browser.execute(() => localStorage.clear());

    await openInNewWindow(link);
    await scriptContains('sipfed.online.gov.skypeforbusiness.us');
    assert.equal(await (await control('GCC High')).isSelected(), true);
    assert.equal(await (await control('SIP domains')).getValue(), 'contoso.com');
    assert.deepEqual(await problems(engine), []);
  });

  test('works under its strict CSP with no violation through a whole session', async () => {
    const { browser } = page;
    await open();
    const policy = await browser.$('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.ok(policy.includes("script-src 'self' 'wasm-unsafe-eval'"), policy);
    assert.ok(policy.includes("default-src 'none'"), policy);
    assert.equal(await browser.$$('script:not([src])').length, 0);
    await (await control('SIP domains')).setValue('contoso.com');
    await browser.$('summary=Optional — Pilot users').click();
    await (await control('Pilot users')).setValue('ada@contoso.com');
    await scriptContains("'ada@contoso.com'");
    await scriptContains('Move-CsUser -Identity $identity');
    await tab('Online script').click();
    await tab('Checklist').click();
    await button('Copy', '#panel-checklist').click();
    await browser.waitUntil(async () => (await textOf('[role=status]')).includes('Copied'));
    await button('Download hybrid-checklist-contoso.com-commercial.md').click();
    await downloaded('hybrid-checklist-contoso.com-commercial.md');
    await button('Export settings').click();
    const settings = JSON.parse((await downloaded('hybrid-settings-contoso.com-commercial.json')).toString('utf8'));
    assert.deepEqual(settings.environment.pilot_users, ['ada@contoso.com']);
    assert.deepEqual(await cspViolations(), []);
    assert.deepEqual(await problems(engine), []);
  });

  test('the offline file works from file:// — renders, reacts, copies and downloads', async () => {
    const { browser } = page;
    await open(pathToFileURL(join(DIST, 'hybrid-builder-offline.html')).href);
    const clock = await holdClock(browser);
    assert.equal(await browser.$('#unsupported').isExisting(), false);
    await (await control('Allow outside users')).click();
    await scriptContains('AllowOutsideUsers = $false');
    await button('Copy', '#panel-on-premises').click();
    await button('Copied', '#panel-on-premises').waitForDisplayed();
    assert.equal(await engine.readClipboard(browser), await onPremScript());
    await clock.tick(COPIED_FOR);
    await button('Download hybrid-on-premises-commercial.ps1').click();
    const bytes = await downloaded('hybrid-on-premises-commercial.ps1');
    assert.equal(bytes.subarray(3).toString('utf8').replaceAll('\r\n', '\n'), await onPremScript());
    assert.deepEqual(await cspViolations(), []);
    assert.deepEqual(await problems(engine), []);
  });
}
