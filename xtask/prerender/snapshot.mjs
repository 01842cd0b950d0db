// Prints the app's first screen as the default settings draw it, in English, for `cargo xtask dist`
// (xtask/src/prerender.rs) to write into index.html: `node xtask/prerender/snapshot.mjs DIST`.
// Loads DIST/index.html from a local server in headless Chromium (a fresh profile: no link, nothing
// saved, English), waits until the app has replaced index.html's frame, shows the script and has
// stopped changing the page, and until it has written its link and saved its settings; then prints,
// as JSON, serialize.js's HTML (`screen`), that link (`link`) and what localStorage holds
// (`storage`).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { serve } from '../../tests/bench/static-host.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const serialize = readFileSync(new URL('./serialize.js', import.meta.url), 'utf8');
const QUIET_MS = 500;
const TIMEOUT_MS = 60_000;

// As it is on disk: the snapshot needs no compression, and brotli 11 of the wasm would cost seconds.
const host = await serve(dist, undefined, { compress: false });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(host.url);
  await page.waitForFunction(
    () => !document.getElementById('static-frame')
      && document.querySelector('#panel-on-premises pre.script')?.textContent.includes('Set-CsAccessEdgeConfiguration'),
    null,
    { timeout: TIMEOUT_MS },
  );
  // Settled: no change to the page for QUIET_MS (the first screen's own work is done).
  await page.evaluate((quiet) => new Promise((done) => {
    let timer = setTimeout(done, quiet);
    new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, quiet); })
      .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  }), QUIET_MS);
  // What the app keeps for these defaults once typing has paused (the link in the address bar, the
  // settings in localStorage): a later load that finds exactly these starts with the same screen.
  await page.waitForFunction(() => location.hash.length > 1 && localStorage.length > 0, null, { timeout: TIMEOUT_MS });
  if (errors.length) throw new Error(`the page reported errors: ${errors.join('; ')}`);
  const screen = await page.evaluate(serialize);
  const kept = await page.evaluate(() => ({
    link: location.hash,
    storage: Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])),
    session: sessionStorage.length,
  }));
  if (kept.session) throw new Error('the page kept something in sessionStorage on a plain load');
  process.stdout.write(JSON.stringify({ screen, link: kept.link, storage: kept.storage }));
} finally {
  await browser.close();
  host.close();
}
