import { expect, test } from '@playwright/test';
import { checklist, open } from './helpers';

test('the run order: a numbered strip above the outputs, and the checklist follows it with files and switches', async ({ page }) => {
  await open(page);
  // Folded under the three stages that lead the output; the admin opens it.
  await expect(page.locator('#run-order')).toHaveJSProperty('open', false);
  await page.locator('#run-order > summary').click();
  const stages = page.locator('#run-order .stage');
  await expect(stages.first()).toBeVisible();
  await expect(stages).toHaveCount(7);
  await expect(stages.nth(1)).toContainText('.\\hybrid-on-premises-commercial.ps1 -WhatIf');
  await expect(stages.nth(3)).toContainText('.\\hybrid-online-commercial.ps1');
  // The rollback card names both rollbacks, in the order they run: the tenant, then the deployment.
  const rollback = await stages.last().locator('.stage-command').allInnerTexts();
  expect(rollback.map((c) => c.split(' ')[0])).toEqual([
    '.\\hybrid-online-rollback-commercial.ps1',
    '.\\hybrid-on-premises-rollback-commercial.ps1',
  ]);
  await page.getByText('Optional — Pilot users').click();
  await page.getByLabel('Pilot users').fill('ada@contoso.com');
  await expect(stages).toHaveCount(8);
  await expect(stages.nth(5)).toContainText('-MovePilotUsers -ReadinessFile .\\hybrid-move-readiness.json');
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await expect(checklist(page)).toContainText('6. Pilot moves — runs in Skype for Business Server Management Shell');
  await expect(checklist(page)).toContainText('What this stage does:');
});

test('a script opens at its first command: the help block folded one click away, long lines wrap on request', async ({ page }) => {
  await open(page);
  const panel = page.locator('#panel-on-premises');
  const help = panel.locator('.script-help-block');
  await expect(help).toBeHidden();
  await expect(panel.locator('pre.script')).toContainText('.SYNOPSIS');
  // Folded, the block starts with the script's first line of code, whole.
  expect(await panel.locator('pre.script').evaluate((el: HTMLElement) => el.innerText.trimStart())).toMatch(/^\[CmdletBinding\(SupportsShouldProcess = \$true/);
  await expect(help).toHaveText(/#>\n$/);
  // Coloured by the CSS Custom Highlight API: ranges over the text of a few blocks of lines, not a
  // node per token.
  expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('tok-cmdlet')?.size ?? 0)).toBeGreaterThan(5);
  const lines = ((await panel.locator('pre.script').textContent()) ?? '').split('\n').length;
  expect(lines).toBeGreaterThan(100);
  expect(await panel.locator('pre.script *').count()).toBeLessThan(lines / 8);
  await panel.getByRole('button', { name: /Show the help and settings/ }).click();
  await expect(help).toBeVisible();
  await expect(panel.locator('pre.script')).not.toHaveClass(/script-wrap/);
  // Long lines are whole, there to scroll to; wrapped, nothing is left to scroll.
  const scrolls = () => panel.locator('pre.script').evaluate((el) => el.scrollWidth > el.clientWidth + 40);
  expect(await scrolls()).toBe(true);
  await panel.getByLabel('Wrap long lines').check();
  await expect(panel.locator('pre.script')).toHaveClass(/script-wrap/);
  expect(await scrolls()).toBe(false);
});

test('a script is coloured where it is read: the colour follows scrolling', async ({ page }) => {
  await open(page);
  const pre = page.locator('#panel-on-premises pre.script');
  await expect(pre).toContainText('Set-CsAccessEdgeConfiguration');
  // The furthest coloured place in the script's text, and the text's length. The text is a few
  // blocks of some lines each, each one text node: a place is its node's start in the text plus
  // its offset.
  const furthest = () => page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const body = document.querySelector('#panel-on-premises pre.script code > span:last-child')!;
    const starts = new Map<Node, number>();
    let length = 0;
    const texts = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      starts.set(node, length);
      length += node.textContent!.length;
    }
    let max = 0;
    for (const [, highlight] of (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights) {
      for (const range of highlight) {
        const start = starts.get(range.startContainer);
        if (start !== undefined) max = Math.max(max, start + range.startOffset);
      }
    }
    return { max, length };
  });
  const top = await furthest();
  expect(top.max).toBeGreaterThan(0);
  expect(top.max).toBeLessThan(top.length * 0.8);
  await pre.evaluate((el) => el.querySelector('code > span:last-child')!.scrollIntoView({ block: 'end' }));
  const end = await furthest();
  expect(end.max).toBeGreaterThan(end.length * 0.9);
});
