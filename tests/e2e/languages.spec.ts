import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { checklist, link, onPremScript, open, watchErrors } from './helpers';

/** The single-line messages of a locale file, as the page shows them (no placeholders). */
function messages(lang: string): Map<string, string> {
  const text = readFileSync(new URL(`../../locales/${lang}.ftl`, import.meta.url), 'utf8');
  const found = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+-[a-z0-9-]+) = ([^{]+)$/.exec(line);
    if (m) found.set(m[1], m[2].trim());
  }
  return found;
}

const REAL = [
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['ja', '日本語'],
  ['zh-CN', '简体中文'],
] as const;

async function switchTo(page: Page, lang: string) {
  await page.getByRole('combobox', { name: messages('en').get('page-language-label')! }).selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

for (const [lang, name] of REAL) {
  test(`${name}: the page, the checklist and its download switch to ${lang}, the scripts stay English, reload and share keep it`, async ({ page, context }) => {
    const errors = watchErrors(page);
    const words = messages(lang);
    await open(page);
    const english = await onPremScript(page).textContent();
    await page.getByRole('tab', { name: 'Checklist' }).click();
    const firstTask = checklist(page).locator('.task input').first();
    await firstTask.check();
    await page.locator('#section-oauth > summary').click();
    await page.locator('#verification > summary').click();

    await switchTo(page, lang);
    await expect(page.locator('h1')).toHaveText(words.get('page-app-title')!);
    await expect(page.locator('.lede')).toHaveText(words.get('page-app-lede')!);
    // The open tab and the tick stay; the focus is back on the switcher.
    await expect(page.getByRole('tab', { name: words.get('page-tab-checklist')! })).toHaveAttribute('aria-selected', 'true');
    await expect(checklist(page).locator('.task input').first()).toBeChecked();
    await expect(page.locator('#language')).toBeFocused();
    // The parts the admin opened are open, and built, in the new language too.
    await expect(page.locator('#section-oauth')).toHaveAttribute('open', '');
    await expect(page.locator('#section-oauth')).toContainText(words.get('page-oauth-enabled-label')!);
    await expect(page.locator('#verification')).toHaveAttribute('open', '');
    await expect(checklist(page).locator('h2')).toHaveText(words.get('checklist-title')!);
    await expect(checklist(page)).toContainText(words.get('checklist-prerequisite-items-1')!);

    // The downloaded checklist has the same translated items; the scripts are English bytes.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#panel-checklist').getByRole('button', { name: /hybrid-checklist-.*\.md/ }).click(),
    ]);
    const markdown = (await readFile(await download.path())).toString('utf8');
    expect(markdown).toContain(`# ${words.get('checklist-title')}`);
    expect(markdown).toContain(words.get('checklist-prerequisite-items-1')!);
    await page.getByRole('tab', { name: words.get('page-tab-on-premises')! }).click();
    expect(await onPremScript(page).textContent()).toBe(english);

    // The link carries the language; a reload and a shared link open in it.
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`lang=${lang}`);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toHaveText(words.get('page-app-title')!);
    const shared = await page.evaluate(() => location.href);
    const other = await context.browser()!.newContext({ locale: 'en-US' });
    const reader = await other.newPage();
    await reader.goto(shared);
    await expect(reader.locator('html')).toHaveAttribute('lang', lang);
    await expect(reader.locator('h1')).toHaveText(words.get('page-app-title')!);
    await other.close();

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test("the browser's language chooses the page's; the admin's choice is kept over it", async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-AT' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('h1')).toHaveText(messages('de').get('page-app-title')!);
  await page.locator('#language').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await context.close();
});

test('an embedding page can preset and lock the language', async ({ page }) => {
  await page.goto(`/${link(['embed', ''], ['lock', 'lang'], ['lang', 'ja']).replace('embed=&', 'embed&')}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('#language')).toBeDisabled();
  await expect(page.locator('#language')).toHaveValue('ja');
});

/** Visible text the admin reads that is plain English: not transformed by the pseudo-locale. */
function untransformed(page: Page) {
  return page.evaluate(() => {
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      // Code, scripts and values are English by design; the switcher names each language in itself.
      if (el.closest('pre, code, script, style, #language, [hidden]')) continue;
      if (!el.checkVisibility()) continue;
      const text = (node.textContent ?? '').trim();
      // Words of three or more plain letters, which every transformed message has replaced.
      if (!/[a-z]{3}/i.test(text)) continue;
      if (/[\u00c0-\u024f\u1e00-\u1eff·]/.test(text)) continue;
      // Values on their own, between arrows and dashes: file names, FQDNs, cmdlets and parameters,
      // record types (SRV, CNAME), codes.
      const words = text.split(/[\s—→()·,;]+/).filter((w) => w !== '');
      if (words.every((w) => /^[\w.\\:/*@$-]+$/.test(w) && !/^[A-Z]?[a-z]{2,}[.:]?$/.test(w))) continue;
      bad.push(`${el.tagName.toLowerCase()}.${el.className}: ${text.slice(0, 80)}`);
    }
    return bad;
  });
}

test('pseudo-locale: on every tab, with errors, warnings and notices, no English is left and nothing overflows at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto(
    `/${link(
      ['lang', 'en-XA'],
      ['cloud', 'gcc-high'],
      ['environment.sip_domains', 'contoso'],
      ['edge.allow_outside_users', 'false'],
      ['oauth.enabled', 'true'],
      ['nonsense', 'x'],
    )}`,
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('.notice')).toBeVisible();
  // Every folded part open, as an admin reading all of it would have them.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const tabs = page.getByRole('tab');
  for (let i = 0; i < (await tabs.count()); i++) {
    await tabs.nth(i).click();
    expect(await untransformed(page)).toEqual([]);
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    const over = await page.evaluate(
      (w) =>
        [...document.querySelectorAll('body *')]
          .filter((e) => !e.closest('pre') && e.getBoundingClientRect().right > w + 1)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
      width,
    );
    expect(over).toEqual([]);
  }
});

test('the offline file switches languages from file://', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(new URL('../../dist/hybrid-builder-offline.html', import.meta.url).href);
  await expect(onPremScript(page)).toContainText('Set-CsAccessEdgeConfiguration');
  for (const [lang] of REAL) {
    await switchToAny(page, lang);
    await expect(page.locator('h1')).toHaveText(messages(lang).get('page-app-title')!);
  }
  expect(errors).toEqual([]);
});

async function switchToAny(page: Page, lang: string) {
  await page.locator('#language').selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}
