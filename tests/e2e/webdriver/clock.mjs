// Holds a page's clock in the WebdriverIO smoke suites, so a timed state ("Copied" for two seconds,
// the 400 ms pause before the address bar and the saved copy are written) lasts until the test moves
// time, however busy the machine is.
//
// The clock is @sinonjs/fake-timers, the library inside WebdriverIO's own `emulate('clock')`, put
// into the page by a plain WebDriver script once the page has loaded. `emulate('clock')` itself
// installs through WebDriver BiDi preload scripts, which WebKitWebDriver does not have; one way for
// every engine keeps the suites alike. Only the page's timers and `Date` are faked: its promises (the
// clipboard, the wasm start) run as usual.
import { build } from 'esbuild';

/** The page's clock starts here: a fixed time, not the machine's. */
export const START = Date.UTC(2026, 0, 5, 9);
const FAKED = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'];

let bundle;

/** The library as one browser script defining `FakeTimers`, bundled once per run by esbuild. */
async function fakeTimers() {
  bundle ??= build({
    entryPoints: ['@sinonjs/fake-timers'],
    absWorkingDir: new URL('../../../', import.meta.url).pathname,
    bundle: true,
    format: 'iife',
    globalName: 'FakeTimers',
    platform: 'browser',
    // Required only under Node (`process.promisify`); never reached in a page.
    external: ['util'],
    write: false,
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

/**
 * Stops the clock of the page now open in `browser` at `START`. The script runs as a WebDriver
 * script, not through `eval` in the page, so the page's CSP (no `unsafe-eval`) does not stand in its
 * way. Returns `tick(ms)`, which moves the page's time and runs the timers due.
 */
export async function holdClock(browser) {
  await browser.execute(
    `${await fakeTimers()}\nwindow.__clock = FakeTimers.withGlobal(window).install(arguments[0]);`,
    { now: START, toFake: FAKED },
  );
  return {
    tick: (ms) => browser.execute((ms) => void window.__clock.tick(ms), ms),
  };
}
