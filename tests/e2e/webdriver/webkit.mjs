// The smoke suite in WebKit, Safari's engine: WebKitGTK's MiniBrowser through WebKitWebDriver (Debian
// `webkit2gtk-driver`). `cargo xtask test` starts an Xvfb display and the driver on free ports,
// passes WEBKIT_WEBDRIVER_PORT, WEBKIT_DOWNLOADS (where MiniBrowser saves downloads: the driver's
// XDG download folder) and MINIBROWSER, runs this file and stops both.
//
// Beyond the shared tests: how the page uses, and does without, what WebKit may lack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { remote } from 'webdriverio';
import { control, onPremScript, open, page, problems, scriptContains, smokeSuite } from './suite.mjs';
import { serve } from './site.mjs';
import { siteWithoutHighlights } from './without-highlights.mjs';

const DRIVER_PORT = Number(process.env.WEBKIT_WEBDRIVER_PORT);
const DOWNLOADS = process.env.WEBKIT_DOWNLOADS ?? '';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** Not the Playwright suite's ports, nor Firefox's, so suites can run at once. */
const PORT = 4185;

/** Empties the download folder MiniBrowser saves to (its files, not the folder the driver names). */
async function emptyDownloads() {
  await mkdir(DOWNLOADS, { recursive: true });
  for (const name of await readdir(DOWNLOADS)) await rm(join(DOWNLOADS, name), { recursive: true, force: true });
}

/**
 * What the page put on the clipboard, pasted (Control+V) into a text area the test adds for the
 * purpose, as an admin pastes it. WebKit refuses the Clipboard API to a script no click started
 * (NotAllowedError), and a test's script is no click.
 */
async function readClipboard(browser) {
  await browser.execute(() => {
    const area = document.createElement('textarea');
    area.id = 'test-paste-target';
    document.body.append(area);
  });
  const area = await browser.$('#test-paste-target');
  await area.click();
  await browser.keys(['Control', 'v']);
  await browser.waitUntil(async () => (await area.getValue()) !== '', { timeoutMsg: 'nothing was pasted' });
  const text = await area.getValue();
  await browser.execute(() => document.getElementById('test-paste-target').remove());
  return text;
}

/** @type {import('./suite.mjs').Engine} */
const webkit = {
  name: 'WebKit',
  port: PORT,
  needs: () => {
    if (!Number.isInteger(DRIVER_PORT) || !DOWNLOADS) {
      throw new Error('WEBKIT_WEBDRIVER_PORT and WEBKIT_DOWNLOADS are not set: run cargo xtask test, which starts the driver');
    }
    return [['MiniBrowser', MINIBROWSER]];
  },
  async start() {
    await emptyDownloads();
    // WebKitWebDriver holds one session at a time: on a busy machine the last MiniBrowser may still
    // be closing and the request for a new session stalls. Ask again instead of failing the test
    // (a stalled request is given up after a minute; three requests at most).
    let stalled;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        const browser = await remote({
          logLevel: 'error',
          hostname: '127.0.0.1',
          port: DRIVER_PORT,
          path: '/',
          connectionRetryTimeout: 60_000,
          connectionRetryCount: 0,
          capabilities: {
            browserName: 'MiniBrowser',
            // WebKitWebDriver refuses a session that asks for WebDriver BiDi, which WebdriverIO does by default.
            'wdio:enforceWebDriverClassic': true,
            'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
          },
        });
        return { browser, downloads: DOWNLOADS };
      } catch (error) {
        stalled = error;
      }
    }
    throw stalled;
  },
  finish: emptyDownloads,
  readClipboard,
};

smokeSuite(webkit);

/**
 * The on-premises script's elements (a `code` and a span per painted part, each one text node, not a
 * span per token) and how many cmdlet ranges the Custom Highlight API colours.
 */
const scriptShape = () =>
  page.browser.execute(() => ({
    elements: [...document.querySelectorAll('#panel-on-premises pre.script *')].map((e) => e.localName).join(' '),
    cmdlets: globalThis.CSS?.highlights?.get('tok-cmdlet')?.size ?? 0,
  }));

test('colours the script with the CSS Custom Highlight API (WebKitGTK 2.50 has it), not a node per token', async () => {
  await open();
  const { elements, cmdlets } = await scriptShape();
  // A few blocks of 24 lines (and each block's hidden line break), not an element per token.
  const lines = (await onPremScript()).split('\n').length;
  assert.ok(lines > 100 && elements.split(' ').length < lines / 8, elements);
  // Every cmdlet range covers a cmdlet's name (Verb-Noun), and the lines on screen have some.
  // The ranges are StaticRanges within one text node: their text is that node's slice.
  const names = await page.browser.execute(() =>
    [...(CSS.highlights.get('tok-cmdlet') ?? [])].map((r) =>
      r.startContainer === r.endContainer ? r.startContainer.data.slice(r.startOffset, r.endOffset) : '',
    ),
  );
  assert.ok(cmdlets > 0 && names.length === cmdlets, `${cmdlets} cmdlet ranges coloured`);
  const notCmdlets = names.filter((name) => !/^[A-Z][A-Za-z]*-[A-Z][A-Za-z0-9]*$/.test(name));
  assert.deepEqual(notCmdlets, []);
  assert.deepEqual(await problems(webkit), []);
});

/**
 * The on-premises script as WebKit paints it (PNG, base64). Only the lines near the screen are
 * coloured and the colour follows scrolling (`highlight.rs`), and the screenshot of a script taller
 * than the window scrolls it itself, so after bringing the script into view this takes screenshots
 * two frames apart until two agree: the colour has then followed every scroll.
 */
const scriptPixels = async () => {
  const frames = () => page.browser.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  await page.browser.execute(() => document.querySelector('#panel-on-premises pre.script').scrollIntoView({ block: 'start' }));
  await frames();
  const script = (await page.browser.$('#panel-on-premises pre.script')).elementId;
  let shot = await page.browser.takeElementScreenshot(script);
  for (let tries = 0; tries < 5; tries++) {
    await frames();
    const again = await page.browser.takeElementScreenshot(script);
    if (again === shot) break;
    shot = again;
  }
  return shot;
};

test('without the Custom Highlight API (Safari before 17.2) the script is the same plain text and follows the form', async () => {
  await open();
  const coloured = { text: await onPremScript(), elements: (await scriptShape()).elements, pixels: await scriptPixels() };
  // So that a difference below means colour, not a screenshot that differs every time.
  assert.equal(await scriptPixels(), coloured.pixels, 'two screenshots of the same script differ');
  const site = await siteWithoutHighlights();
  const server = await serve(site, PORT + 1);
  try {
    await open(`http://127.0.0.1:${PORT + 1}/`);
    assert.equal(await page.browser.execute(() => typeof Highlight), 'undefined');
    assert.deepEqual(await scriptShape(), { elements: coloured.elements, cmdlets: 0 });
    assert.equal(await onPremScript(), coloured.text);
    // Same text, same layout: only the colour the highlights painted tells the two apart.
    assert.notEqual(await scriptPixels(), coloured.pixels, 'the highlights painted nothing');
    await (await control('Allow outside users')).click();
    await scriptContains('AllowOutsideUsers = $false');
    assert.deepEqual(await problems(webkit), []);
  } finally {
    server.kill();
    await rm(site, { recursive: true, force: true });
  }
});
