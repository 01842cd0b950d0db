import { createHash } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

/** Fails the test on any console error or uncaught exception the page produces. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/** Opens the start page and waits for the app itself (not index.html's written first screen). */
export async function open(page: Page) {
  await page.goto('/');
  await started(page);
}

/**
 * Waits until the app has replaced index.html's first frame, whose written first screen (inert, the
 * same elements) shows the script before the wasm runs, and shows the script itself.
 */
export async function started(page: Page) {
  await expect(page.locator('#static-frame')).toHaveCount(0);
  await expect(page.locator('#panel-on-premises pre.script')).toContainText('Set-CsAccessEdgeConfiguration');
}

export const onPremScript = (page: Page) => page.locator('#panel-on-premises pre.script');
export const onlineScript = (page: Page) => page.locator('#panel-online pre.script');
export const checklist = (page: Page) => page.locator('#panel-checklist .checklist');

/** How long typing must pause before the page rewrites the address bar and saves (src/sync.rs). */
export const PAUSE = 400;
/** How long a "Copied" / "Link copied" button keeps saying so. */
export const COPIED_FOR = 2000;

/**
 * Stops the page's clock (Playwright's fake timers) for the whole browser context: from here on the
 * page's timers — the pause before the link and the saved copy are written, the "Copied" state —
 * fire only when the test moves time with `clock.runFor(ms)`, however slow or busy the machine is.
 * Call it before the first `goto`; reloads and new pages in the context keep the stopped clock.
 */
export async function holdClock(target: Pick<Page, 'clock'>) {
  const start = new Date('2026-01-05T09:00:00Z').getTime();
  await target.clock.install({ time: start });
  // A margin far above the two calls' own duration: pausing can only move time forward.
  await target.clock.pauseAt(start + 60_000);
}

/** The address bar's fragment as the page itself reads it now. */
export const hash = (page: Page) => page.evaluate(() => location.hash);

/**
 * The address-bar fragment the page writes for these settings (`key`, value as read): `v=2`, the
 * pairs, then the checksum — the first 8 hex digits of the SHA-256 of the pairs joined by `&`.
 */
export function link(...pairs: [string, string][]): string {
  const all: [string, string][] = [['v', '2'], ...pairs];
  const text = all.map(([k, v]) => `${k}=${v}`).join('&');
  const sum = createHash('sha256').update(text).digest('hex').slice(0, 8);
  return `#${text}&c=${sum}`;
}

/** The fragment the page writes back for a link it opened: its pairs (values decoded) re-linked. */
export function relink(fragment: string): string {
  const pairs = fragment
    .replace(/^#/, '')
    .split('&')
    .filter((part) => !part.startsWith('v=') && !part.startsWith('c='))
    .map((part): [string, string] => {
      const at = part.indexOf('=');
      return at < 0 ? [part, ''] : [part.slice(0, at), decodeURIComponent(part.slice(at + 1))];
    });
  return link(...pairs);
}
