import { expect, test, type Page } from '@playwright/test';
import { started, watchErrors } from './helpers';

// The sample runbook (docs/runbook, an mdBook site in dist/runbook/) that embeds the builder with
// the cloud and the SIP domains fixed (#31).

const RUNBOOK = '/runbook/hybrid.html';

/** Records, in the host page only, every key and input event and every message it receives. */
async function recordHost(page: Page) {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const seen: unknown[] = [];
    (window as unknown as { seen: unknown[] }).seen = seen;
    for (const type of ['keydown', 'keyup', 'input', 'paste']) {
      addEventListener(type, (e) => seen.push({ event: type, target: (e.target as Element).tagName }), true);
    }
    addEventListener('message', (e) => seen.push({ message: e.data }));
  });
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Record<string, unknown>[] }).seen);

/** Light or dark, from the luminance of the page's painted background (the body's, else the root's). */
async function painted(page: Page, frame: boolean): Promise<string> {
  const read = () => {
    const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
    let colour = getComputedStyle(document.body).backgroundColor;
    if (transparent(colour)) colour = getComputedStyle(document.documentElement).backgroundColor;
    const rgb = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    return (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255 < 0.5 ? 'dark' : 'light';
  };
  return frame ? page.frames()[1].evaluate(read) : page.evaluate(read);
}

async function openRunbook(page: Page) {
  await page.goto(RUNBOOK);
  const frame = page.frameLocator('iframe.hybrid-builder');
  await expect(frame.locator('#panel-on-premises pre.script')).toContainText('sipfed.online.gov.skypeforbusiness.us');
  return frame;
}

test('the runbook embeds the builder with its locked fields, open fields first and the output beside them', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await openRunbook(page);
  await expect(page.locator('main h1')).toHaveText('Hybrid with Microsoft 365 GCC High');
  // Locked fields show their value and why they cannot be changed here.
  await expect(frame.getByLabel('GCC High', { exact: true })).toBeChecked();
  await expect(frame.getByLabel('GCC High', { exact: true })).toBeDisabled();
  await expect(frame.locator('#f-cloud-help .locked-note')).toHaveText('Set by this page.');
  const domains = frame.locator('#f-environment-sip-domains');
  await expect(domains).toBeDisabled();
  await expect(domains).toHaveValue('contoso.com\nfabrikam.com');
  await expect(frame.locator('#f-environment-sip-domains-help .locked-note')).toHaveText('Set by this page.');
  // In its section the fields the runbook leaves open come before the locked SIP domains.
  const top = async (selector: string) => (await frame.locator(selector).boundingBox())!.y;
  expect(await top('#f-environment-edge-external-fqdn')).toBeLessThan(await top('#f-environment-sip-domains'));
  // The output stands beside the fields at the top of the frame (an mdBook column is 750 px).
  const box = async (selector: string) => (await frame.locator(selector).boundingBox())!;
  expect((await box('.output')).y).toBeLessThan((await box('.settings')).y + 50);
  expect((await box('.output')).x).toBeGreaterThan((await box('.settings')).x + 200);
  // What the admin types changes the output in view.
  await frame.locator('#f-environment-edge-external-fqdn').fill('sip.contoso.com');
  await frame.getByRole('tab', { name: /Checklist/ }).click();
  await expect(frame.locator('#panel-checklist')).toContainText('sip.contoso.com');
  expect(errors).toEqual([]);
});

test('the frame takes the height of its content and has no scrollbar of its own', async ({ page }) => {
  const frame = await openRunbook(page);
  const iframe = page.locator('iframe.hybrid-builder');
  const fits = async () => {
    const height = (await iframe.boundingBox())!.height;
    const content = await page.frames()[1].evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      inner: innerHeight,
    }));
    // The frame's viewport is its content: nothing left to scroll inside it (1 px for rounding).
    return content.scroll <= content.inner + 1 && Math.abs(height - content.inner) <= 3;
  };
  await expect.poll(fits).toBe(true);
  const before = (await iframe.boundingBox())!.height;
  // The preview of a link without names opens in the share bar, above the band of fields and
  // output (which scroll in boxes of their own): the frame grows with it.
  await frame.getByRole('button', { name: 'Copy link without names' }).click();
  await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(before + 100);
  await expect.poll(fits).toBe(true);
});

test('while the admin types in a field the runbook leaves open, the script it changes is in view', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  const frame = await openRunbook(page);
  const iframe = page.locator('iframe.hybrid-builder');
  const script = frame.locator('#panel-on-premises pre.script');
  // The part of the frame the host page's window shows, in the host page's coordinates.
  const visible = async () => {
    const box = (await iframe.boundingBox())!;
    return { top: Math.max(box.y, 0), bottom: Math.min(box.y + box.height, 800) };
  };
  for (const [id, value] of [
    ['#f-connection-admin-upn', 'admin@contoso.onmicrosoft.us'],
    ['#f-environment-edge-external-fqdn', 'sip.contoso.com'],
    ['#f-environment-registrar-pool-fqdn', 'pool01.contoso.com'],
  ]) {
    const field = frame.locator(id);
    await field.focus();
    await field.pressSequentially(value);
    await expect(field).toHaveValue(value);
    await expect(field).toBeInViewport();
    const shown = await visible();
    const top = (await script.boundingBox())!.y;
    expect(top).toBeGreaterThanOrEqual(shown.top);
    // The script's first lines, not only its top edge.
    expect(top + 60).toBeLessThanOrEqual(shown.bottom);
  }
  // And what was typed is in the script in view.
  await expect(script).toContainText('sip.contoso.com');
  // What the runbook fixed whole (the Edge, the tenant) follows the output in the page itself, so
  // the keyboard meets it where the eye does; the hosting provider, whose endpoints the admin
  // confirms here, comes before it.
  const after = (selector: string) =>
    frame.locator('main').evaluate(
      (main, selector) =>
        Boolean(main.querySelector('.output')!.compareDocumentPosition(main.querySelector(selector)!) & Node.DOCUMENT_POSITION_FOLLOWING),
      selector,
    );
  expect(await after('#section-edge')).toBe(true);
  expect(await after('#section-tenant')).toBe(true);
  expect(await after('#section-provider')).toBe(false);
  expect(errors).toEqual([]);
});

test('the frame follows the host page theme, not the system', async ({ page }) => {
  // The system is dark, the runbook light (its default): the builder is light like the page.
  await page.emulateMedia({ colorScheme: 'dark' });
  await openRunbook(page);
  expect(await painted(page, false)).toBe('light');
  expect(await painted(page, true)).toBe('light');
  expect(await page.frames()[1].evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  // The reader picks a dark theme of the book: the builder opens dark.
  await page.evaluate(() => localStorage.setItem('mdbook-theme', 'coal'));
  await page.emulateMedia({ colorScheme: 'light' });
  await openRunbook(page);
  expect(await painted(page, false)).toBe('dark');
  expect(await painted(page, true)).toBe('dark');
});

test('keyboard focus moves into the frame and out of it at both ends', async ({ page }) => {
  await openRunbook(page);
  const active = () => page.evaluate(() => document.activeElement?.tagName);
  const before = page.locator('#fill-in-your-change a.header');
  const after = page.locator('#after-the-window a.header');
  await before.focus();
  await page.keyboard.press('Tab');
  expect(await active()).toBe('IFRAME');
  expect(await page.frames()[1].evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
  await page.keyboard.press('Shift+Tab');
  await expect(before).toBeFocused();
  await after.focus();
  await page.keyboard.press('Shift+Tab');
  expect(await active()).toBe('IFRAME');
  expect(await page.frames()[1].evaluate(() => document.activeElement !== document.body)).toBe(true);
  await page.keyboard.press('Tab');
  await expect(after).toBeFocused();
});

test('nothing the admin types reaches the host page: its only message is the documented resize', async ({ page }) => {
  await recordHost(page);
  const frame = await openRunbook(page);
  const field = frame.locator('#f-environment-registrar-pool-fqdn');
  await field.click();
  await page.keyboard.type('pool01.contoso.com');
  await frame.locator('#f-environment-edge-external-fqdn').fill('sip.contoso.com');
  await expect(field).toHaveValue('pool01.contoso.com');
  await frame.getByRole('tab', { name: /Checklist/ }).click();
  await expect(frame.locator('#panel-checklist')).toContainText('sip.contoso.com');
  const received = await seen(page);
  expect(received.filter((r) => 'event' in r)).toEqual([]);
  const messages = received.map((r) => r.message);
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(Object.keys(message as object).sort()).toEqual(['height', 'type']);
    expect((message as { type: string }).type).toBe('hybrid-builder:resize');
    expect(typeof (message as { height: unknown }).height).toBe('number');
  }
  // The builder shares the runbook's origin here, and still keeps nothing in its storage.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain('pool01.contoso.com');
  expect(await page.evaluate(() => location.hash)).toBe('');
});

test('theme=dark paints the same palette as a dark system, and theme=light the light one', async ({ page }) => {
  // Every colour the stylesheet defines, as the root computes it.
  const palette = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return [...document.styleSheets[0].cssRules]
        .flatMap((rule) => [...((rule as CSSStyleRule).style ?? [])])
        .filter((name) => name.startsWith('--'))
        .map((name) => `${name}:${style.getPropertyValue(name).trim()}`)
        .sort()
        .join(';');
    });
  // Each link opened as a new page (a new fragment alone would be a same-page navigation).
  const open = async (url: string) => {
    await page.goto('about:blank');
    await page.goto(url);
  };
  const ready = () => started(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await ready();
  const systemDark = await palette();
  await page.emulateMedia({ colorScheme: 'light' });
  await open('/#v=1&embed&theme=light');
  await ready();
  const light = await palette();
  expect(light).not.toBe(systemDark);
  await open('/#v=1&embed&theme=dark');
  await ready();
  expect(await palette()).toBe(systemDark);
  await page.emulateMedia({ colorScheme: 'dark' });
  await open('/#v=1&embed&theme=light');
  await ready();
  expect(await palette()).toBe(light);
});
