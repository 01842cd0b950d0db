// The Firefox ESR smoke suite: the release site in Debian's Firefox ESR through WebdriverIO and the
// cargo-installed geckodriver (Playwright's own Firefox build cannot be downloaded here). Run by
// `cargo xtask test`, which passes GECKODRIVER and FIREFOX; `node --test tests/e2e/firefox/smoke.mjs` by hand
// (after `cargo xtask dist`).
//
// Each test has a browser session of its own (nothing saved carries over). Tests that look at a
// timed state ("Copied", "Link copied") hold the page's clock (WebdriverIO's fake timers), so the
// state lasts until the test moves time, however busy the machine is.
import { after, afterEach, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { remote } from 'webdriverio';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DIST = join(ROOT, 'dist');
/** Not the Playwright suite's ports, so both suites can run at once. */
const PORT = 4183;
const BASE = `http://127.0.0.1:${PORT}/`;
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const GECKODRIVER = process.env.GECKODRIVER ?? join(process.env.HOME ?? '', '.cargo/bin/geckodriver');
/** How long a "Copied" button keeps saying so (src/components/output_panel.rs). */
const COPIED_FOR = 2000;
/** Only the page's timers are faked: its promises (the clipboard, the wasm start) run as usual. */
const START = Date.UTC(2026, 0, 5, 9);
const FAKE = { now: START, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] };

let server;
let browser;
let downloads;
/** Console errors and uncaught exceptions the page reported during the test. */
let errors;

before(async () => {
  for (const [what, path] of [['Firefox ESR', FIREFOX], ['geckodriver', GECKODRIVER], ['the release dist', join(DIST, 'index.html')]]) {
    if (!existsSync(path)) throw new Error(`${what} is missing (${path}); run cargo xtask test`);
  }
  server = spawn(process.execPath, [join(ROOT, 'tests/e2e/serve.mjs'), DIST, String(PORT), '/'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Ready when it says it listens (its only line).
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`the static server exited (${code})`)));
  });
});

after(() => server?.kill());

beforeEach(async () => {
  downloads = await mkdtemp(join(tmpdir(), 'hybrid-firefox-downloads-'));
  errors = [];
  browser = await remote({
    logLevel: 'error',
    capabilities: {
      browserName: 'firefox',
      webSocketUrl: true,
      'moz:firefoxOptions': {
        binary: FIREFOX,
        args: ['-headless'],
        prefs: {
          // Downloads go to this test's folder without asking.
          'browser.download.folderList': 2,
          'browser.download.dir': downloads,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'browser.download.start_downloads_in_tmp_dir': false,
          // Lets the test read the clipboard back without Firefox's paste prompt.
          'dom.events.testing.asyncClipboard': true,
        },
      },
      // Never let WebdriverIO download a geckodriver: the pinned one from crates.io.
      'wdio:geckodriverOptions': { binary: GECKODRIVER },
    },
  });
  await browser.sessionSubscribe({ events: ['log.entryAdded'] });
  browser.on('log.entryAdded', (entry) => {
    if (entry.level === 'error') errors.push(entry.text);
  });
  // Every Content-Security-Policy violation the page reports, from the first script on.
  await browser.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

afterEach(async () => {
  await browser?.deleteSession();
  await rm(downloads, { recursive: true, force: true });
});

const onPremScript = () => browser.$('#panel-on-premises pre.script');
const textOf = (selector) => browser.execute((s) => document.querySelector(s)?.textContent ?? '', selector);
/** The form control a label names exactly, as an admin finds it. */
async function control(label) {
  const id = await browser.execute(
    (label) => [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === label)?.control?.id ?? '',
    label,
  );
  assert.ok(id, `no control is labelled "${label}"`);
  return browser.$(`[id="${id}"]`);
}
/** A button by its whole text, within `scope` (a CSS selector) when given. */
const button = (name, scope) => (scope ? browser.$(scope).$(`button=${name}`) : browser.$(`button=${name}`));
const tab = (name) => browser.$(`//*[@role="tab"][contains(normalize-space(), "${name}")]`);

async function scriptContains(text) {
  await browser.waitUntil(async () => (await textOf('#panel-on-premises pre.script')).includes(text), {
    timeoutMsg: `the on-premises script does not show ${text}`,
  });
}

async function open(url = BASE) {
  await browser.url(url);
  await scriptContains('Set-CsAccessEdgeConfiguration');
}

/** The downloaded file once Firefox has finished writing it. */
async function downloaded(name) {
  const path = join(downloads, name);
  // Waits for the file, not for time: Firefox writes `name.part` and renames it when complete.
  await browser.waitUntil(async () => existsSync(path) && !(await readdir(downloads)).some((f) => f.endsWith('.part')), {
    timeoutMsg: `${name} was not downloaded; ${downloads} holds: ${(await readdir(downloads)).join(', ')}`,
  });
  assert.ok((await stat(path)).size > 0);
  return readFile(path);
}

const clipboard = () => browser.execute(() => navigator.clipboard.readText());
const csp = () => browser.execute(() => window.__csp);

test('loads the release site and fills the form: the script follows', async () => {
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
  assert.deepEqual(errors, []);
});

test('copy puts the script on the clipboard and says "Copied" for two seconds', async () => {
  const clock = await browser.emulate('clock', FAKE);
  await open();
  assert.equal(await browser.execute(() => Date.now()), START, "the page runs on the test's clock");
  await button('Copy', '#panel-on-premises').click();
  await button('Copied', '#panel-on-premises').waitForDisplayed();
  assert.equal(await textOf('[role=status]'), 'Copied the on-premises script to the clipboard.');
  assert.equal(await clipboard(), await textOf('#panel-on-premises pre.script'));
  await clock.tick(COPIED_FOR - 1);
  assert.equal(await button('Copied', '#panel-on-premises').isDisplayed(), true);
  await clock.tick(1);
  await button('Copy', '#panel-on-premises').waitForDisplayed();
  assert.deepEqual(errors, []);
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
  assert.equal(bytes.subarray(3).toString('utf8').replaceAll('\r\n', '\n'), await textOf('#panel-on-premises pre.script'));
  await tab('Checklist').click();
  await button('Download hybrid-checklist-contoso.com-commercial.md').click();
  const markdown = (await downloaded('hybrid-checklist-contoso.com-commercial.md')).toString('utf8');
  assert.ok(markdown.startsWith('# Skype for Business hybrid'), markdown.slice(0, 80));
  assert.ok(markdown.includes('`_sipfederationtls._tcp.contoso.com`'));
  assert.deepEqual(errors, []);
});

test('a share link copied in one tab opens the same settings in another', async () => {
  const clock = await browser.emulate('clock', FAKE);
  await open();
  await (await control('GCC High')).click();
  await (await control('SIP domains')).setValue('contoso.com');
  await button('Copy share link').click();
  await button('Link copied').waitForDisplayed();
  const link = await clipboard();
  const pairs = 'v=2&cloud=gcc-high&environment.sip_domains=contoso.com';
  const sum = createHash('sha256').update(pairs).digest('hex').slice(0, 8);
  assert.equal(link, `${BASE}#${pairs}&c=${sum}`);
  assert.equal(await browser.getUrl(), link);
  await clock.tick(COPIED_FOR);
  await button('Copy share link').waitForDisplayed();
  // Nothing saved in this browser may stand in for the link (time stood still: no autosave).
  await browser.execute(() => localStorage.clear());

  await browser.newWindow(link);
  await scriptContains('sipfed.online.gov.skypeforbusiness.us');
  assert.equal(await (await control('GCC High')).isSelected(), true);
  assert.equal(await (await control('SIP domains')).getValue(), 'contoso.com');
  assert.deepEqual(errors, []);
});

test('works under its strict CSP with no violation through a whole session', async () => {
  await open();
  const policy = await browser.$('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.ok(policy.includes("script-src 'self' 'wasm-unsafe-eval'"), policy);
  assert.ok(policy.includes("default-src 'none'"), policy);
  assert.equal(await browser.$$('script:not([src])').length, 0);
  await (await control('SIP domains')).setValue('contoso.com');
  await browser.$('summary=Optional — Pilot users').click();
  await (await control('Pilot users')).setValue('ada@contoso.com');
  await scriptContains("Move-CsUser -Identity 'ada@contoso.com'");
  await tab('Online script').click();
  await tab('Checklist').click();
  await button('Copy', '#panel-checklist').click();
  await browser.waitUntil(async () => (await textOf('[role=status]')).includes('Copied'));
  await button('Download hybrid-checklist-contoso.com-commercial.md').click();
  await downloaded('hybrid-checklist-contoso.com-commercial.md');
  await button('Export settings').click();
  const settings = JSON.parse((await downloaded('hybrid-settings-contoso.com-commercial.json')).toString('utf8'));
  assert.deepEqual(settings.environment.pilot_users, ['ada@contoso.com']);
  assert.deepEqual(await csp(), []);
  assert.deepEqual(errors, []);
});

test('the offline file works from file:// — renders, reacts, copies and downloads', async () => {
  const clock = await browser.emulate('clock', FAKE);
  await open(pathToFileURL(join(DIST, 'hybrid-builder-offline.html')).href);
  assert.equal(await browser.$('#unsupported').isExisting(), false);
  await (await control('Allow outside users')).click();
  await scriptContains('AllowOutsideUsers = $false');
  await button('Copy', '#panel-on-premises').click();
  await button('Copied', '#panel-on-premises').waitForDisplayed();
  assert.equal(await clipboard(), await textOf('#panel-on-premises pre.script'));
  await clock.tick(COPIED_FOR);
  await button('Download hybrid-on-premises-commercial.ps1').click();
  const bytes = await downloaded('hybrid-on-premises-commercial.ps1');
  assert.equal(bytes.subarray(3).toString('utf8').replaceAll('\r\n', '\n'), await textOf('#panel-on-premises pre.script'));
  assert.deepEqual(await csp(), []);
  assert.deepEqual(errors, []);
});
