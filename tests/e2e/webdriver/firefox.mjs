// The smoke suite in Debian's Firefox ESR, through WebdriverIO and the cargo-installed geckodriver
// (Playwright's own Firefox build cannot be downloaded here). `cargo xtask test` passes GECKODRIVER
// and FIREFOX; by hand, after `cargo xtask dist`: `node --test tests/e2e/webdriver/firefox.mjs`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { remote } from 'webdriverio';
import { smokeSuite } from './suite.mjs';
import { watch } from './watch.mjs';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const GECKODRIVER = process.env.GECKODRIVER ?? join(process.env.HOME ?? '', '.cargo/bin/geckodriver');

/** Errors Firefox logged for the session's pages (WebDriver BiDi), from the first script on. */
const logged = new WeakMap();

smokeSuite({
  name: 'Firefox ESR',
  /** Not the Playwright suite's ports, nor another engine's, so suites can run at once. */
  port: 4183,
  needs: () => [['Firefox ESR', FIREFOX], ['geckodriver', GECKODRIVER]],
  async start() {
    const downloads = await mkdtemp(join(tmpdir(), 'hybrid-firefox-downloads-'));
    const browser = await remote({
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
    const errors = [];
    logged.set(browser, errors);
    await browser.sessionSubscribe({ events: ['log.entryAdded'] });
    browser.on('log.entryAdded', (entry) => {
      if (entry.level === 'error') errors.push(entry.text);
    });
    // The page's watch from its first script on, before anything the page does.
    await browser.addInitScript(watch);
    return { browser, downloads };
  },
  finish: (downloads) => rm(downloads, { recursive: true, force: true }),
  readClipboard: (browser) => browser.execute(() => navigator.clipboard.readText()),
  consoleErrors: async (browser) => logged.get(browser) ?? [],
});
