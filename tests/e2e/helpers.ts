import { expect, type Page } from '@playwright/test';

/** Fails the test on any console error or uncaught exception the page produces. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

export async function open(page: Page) {
  await page.goto('/');
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
