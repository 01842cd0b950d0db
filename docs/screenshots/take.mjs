// Retakes the README's page screenshot and docs/screenshots/page-*.jpg from the release dist:
//   cargo xtask dist && node tests/e2e/serve.mjs dist 4391 / &  node docs/screenshots/take.mjs
// Headless Debian Chromium, English, the example deployment typed in as an admin would.
import { chromium } from '@playwright/test';

const base = process.env.BUILDER ?? 'http://127.0.0.1:4391/';
const here = new URL('./', import.meta.url);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

async function shoot(width, height, scheme, file, type) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, locale: 'en-US' });
  await page.goto(base);
  await page.locator('#panel-on-premises pre.script').waitFor();
  await page.getByLabel('SIP domains').fill('contoso.com\nfabrikam.com');
  await page.getByLabel('Edge external FQDN (optional)').fill('sip.contoso.com');
  await page.getByLabel('Reverse proxy external FQDN').fill('webext.contoso.com');
  await page.getByLabel('Registrar pool FQDN (optional)').fill('pool01.contoso.com');
  await page.evaluate(() => { document.activeElement.blur(); scrollTo(0, 0); });
  await page.waitForTimeout(600);
  await page.screenshot({ path: new URL(file, here).pathname, type, ...(type === 'jpeg' ? { quality: 80 } : {}) });
  await page.close();
}

await shoot(1400, 950, 'light', '../screenshot-page.png', 'png');
for (const [width, height] of [[390, 844], [1366, 900], [1920, 900]]) {
  for (const scheme of ['light', 'dark']) await shoot(width, height, scheme, `page-${width}-${scheme}.jpg`, 'jpeg');
}
await browser.close();
