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
