import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser; the release dist served on 127.0.0.1.
/** The first of three ports; `E2E_PORT` moves all three, so two runs on one machine do not meet. */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
/** A second origin serving the same dist, for the embed example. */
export const OTHER_PORT = PORT + 1;
/** The same dist under a sub-path, as a host might serve it. */
export const SUBPATH_PORT = PORT + 2;
export const SUBPATH = '/tools/hybrid/';

export default defineConfig({
  testDir: '.',
  outputDir: '../../target/e2e-output',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    // The page speaks the browser's language: the tests' browser speaks English unless a test says otherwise.
    locale: 'en-US',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    [PORT, '/'],
    [OTHER_PORT, '/'],
    [SUBPATH_PORT, SUBPATH],
  ].map(([port, prefix]) => ({
    command: `node tests/e2e/serve.mjs dist ${port} ${prefix}`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}${prefix}`,
    reuseExistingServer: false,
    timeout: 20_000,
  })),
});
