import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { open } from './helpers';

async function violations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('no axe violations on the default page', async ({ page }) => {
  await open(page);
  expect(await violations(page)).toEqual([]);
});

test('no axe violations with errors shown', async ({ page }) => {
  await open(page);
  await page.getByLabel('ProxyFqdn', { exact: true }).fill('bad fqdn');
  await page.getByLabel('Allow federated users').uncheck();
  await expect(page.locator('.error-summary')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('no axe violations in dark mode, on every tab', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page);
  expect(await violations(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Checklist' }).click();
  expect(await violations(page)).toEqual([]);
});

/** Elements that reach past the right edge of the window, outside the scripts' own scroll boxes. */
function sideways(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((e) => !e.closest('pre') && e.getBoundingClientRect().right > width + 1)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent ?? '').slice(0, 60)}`)
      .concat(document.documentElement.scrollWidth > width ? [`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`] : []);
  });
}

// WCAG 1.4.10 Reflow: at 320 CSS pixels nothing but the code blocks may need scrolling sideways, even
// with long cloud URLs and error messages in the form; a documentation page's frame is often as narrow.
for (const [name, fragment] of [
  ['the page', ''],
  ['an embedded frame', 'embed&'],
]) {
  test(`${name} reflows to 320 px with long values and errors shown`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(
      `/#v=1&${fragment}cloud=gcc-high&environment.sip_domains=contoso&oauth.enabled=true` +
        '&hosting_provider.identity=AVeryLongHostingProviderIdentityWithoutAnySpacesInIt',
    );
    await expect(page.locator('.error-summary')).toBeVisible();
    await page.locator('#section-oauth summary').click();
    for (const tab of ['On-premises script', 'Online script', 'Checklist']) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await sideways(page)).toEqual([]);
    }
  });
}
