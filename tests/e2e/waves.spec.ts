import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { holdClock, onPremScript, open, watchErrors } from './helpers';

// Issue #29's end-to-end path: a 5,000-row user list with a few bad rows, wave 1 downloaded, a
// wave report with successes and failures read back, and the cut-over withheld while users are
// left on premises and offered when none are. The fixtures are the model's own
// (crates/hybrid-model/tests/fixtures/waves/); the check reports are dated 2025-12-06T03:00Z and
// read for 7 days, so the page's clock is set just after.
const FIXTURES = new URL('./fixtures/', import.meta.url);
const REPORT_TIME = new Date('2025-12-06T06:00:00Z');

async function openForDeployment(page: Page) {
  await page.clock.install({ time: REPORT_TIME });
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com\nfabrikam.com');
  await page.locator('#waves > summary').click();
}

function userList(count = 5000): string {
  const rows = ['"DisplayName","SipAddress"'];
  for (let i = 0; i < count; i++) {
    rows.push(`"User ${i}","sip:user${i}@contoso.com"`);
    if (i === 10) rows.push('"Broken","not an address"');
    if (i === 20) rows.push('"Again","sip:user3@contoso.com"');
    if (i === 30) rows.push('"Elsewhere","sip:eve@northwind.com"');
  }
  return rows.join('\r\n');
}

async function save(page: Page, button: string): Promise<[string, string]> {
  const download = page.waitForEvent('download');
  await page.locator(button).click();
  const saved = await download;
  return [saved.suggestedFilename(), (await readFile(await saved.path())).toString('utf8')];
}

test('waves: a 5,000-row list, its bad rows, wave 1 to download, a report read back, the cut-over withheld then offered', async ({ page }) => {
  const errors = watchErrors(page);
  await openForDeployment(page);

  await page.locator('#waves-list').setInputFiles({
    name: 'users.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(userList()),
  });
  await expect(page.locator('#waves-summary')).toHaveText('5000 users in 50 waves; 3 rows left out:');
  const bad = page.locator('#waves-bad-rows li');
  await expect(bad).toHaveCount(3);
  await expect(bad.nth(0)).toContainText('line 13:');
  await expect(bad.nth(1)).toContainText('listed already on line 5');
  await expect(bad.nth(2)).toContainText('northwind.com');

  const [usersName, users] = await save(page, '#waves-download-users');
  expect(usersName).toBe('hybrid-wave-001-users-contoso.com-commercial.txt');
  expect(users.split(',')).toHaveLength(100);
  expect(users.startsWith('sip:user0@contoso.com,sip:user1@contoso.com,')).toBe(true);
  const [scriptName, script] = await save(page, '#waves-download-script');
  expect(scriptName).toBe('hybrid-wave-001-contoso.com-commercial.ps1');
  expect(script).toContain('UserList = $readyFile');
  expect(script).toContain('Move-CsUser @params');
  expect(script).not.toContain('user0@contoso.com');

  // The share link never carries the list.
  expect(page.url()).not.toContain('user0');

  await page.locator('#waves-results').setInputFiles(new URL('wave-001-results.json', FIXTURES).pathname);
  const progress = page.locator('#waves-progress tbody tr');
  await expect(progress.nth(0).locator('th, td')).toHaveText(['001', '2', '1', '2', '3']);
  await expect(page.locator('#waves-unmoved')).toContainText('(507)');
  await expect(page.locator('#waves-unmoved')).toContainText('Plan 2');
  const [retryName, retry] = await save(page, '#waves-download-retry');
  expect(retryName).toBe('hybrid-wave-retry-users-contoso.com-commercial.txt');
  expect(retry).toBe("sip:o'neil@fabrikam.com,sip:carl@contoso.com,sip:gone@contoso.com");

  await page.locator('#cutover-check').setInputFiles(new URL('cutover-check-users-left.json', FIXTURES).pathname);
  await expect(page.locator('#cutover-decision')).toContainText('3 users are still homed on premises');
  await expect(page.locator('#cutover-download-online')).toHaveCount(0);

  await page.locator('#cutover-check').setInputFiles(new URL('cutover-check-none-left.json', FIXTURES).pathname);
  await expect(page.locator('#cutover-decision')).toContainText('the cut-over may run');
  const [onlineName, online] = await save(page, '#cutover-download-online');
  expect(onlineName).toBe('hybrid-cutover-online-contoso.com-commercial.ps1');
  expect(online).toContain('Grant-CsTeamsUpgradePolicy -PolicyName UpgradeToTeams -Global');
  expect(errors).toEqual([]);
});

// The wave and cut-over scripts change the deployment: while the form has an error they are not
// offered, as the change scripts are not; the user file and the read-only check still are.
test('waves: the wave and cut-over scripts are withheld while the form has errors', async ({ page }) => {
  const errors = watchErrors(page);
  await openForDeployment(page);
  await page.locator('#f-connection-admin-upn').fill('not an account');
  await page.locator('#waves-list').setInputFiles({
    name: 'users.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(userList(300)),
  });
  await expect(page.locator('#waves-summary')).toHaveText('300 users in 3 waves; 3 rows left out:');
  const panel = page.locator('#waves');
  await expect(page.locator('#waves-download-script')).toHaveCount(0);
  await expect(panel.locator('.blocked').first()).toContainText('Download of the wave and cut-over scripts is off: 1 error');
  const [usersName] = await save(page, '#waves-download-users');
  expect(usersName).toBe('hybrid-wave-001-users-contoso.com-commercial.txt');

  await page.locator('#cutover-check').setInputFiles(new URL('cutover-check-none-left.json', FIXTURES).pathname);
  await expect(page.locator('#cutover-decision')).toContainText('the cut-over may run');
  await expect(page.locator('#cutover-download-online')).toHaveCount(0);
  await expect(panel.locator('.blocked')).toHaveCount(2);
  await expect(page.locator('#cutover-download-check')).toBeVisible();

  // The link goes to the errors; fixed, the scripts are offered again.
  await panel.locator('.blocked a').first().click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await page.locator('#f-connection-admin-upn').fill('');
  await expect(panel.locator('.blocked')).toHaveCount(0);
  const [scriptName] = await save(page, '#waves-download-script');
  expect(scriptName).toBe('hybrid-wave-001-contoso.com-commercial.ps1');
  await expect(page.locator('#cutover-download-online')).toBeVisible();
  expect(errors).toEqual([]);
});

// #30: a long list is read a slice at a time, the browser getting its turn between slices (a
// `setTimeout(0)` each). With the page's clock held, reading stops after the first slice until the
// test moves time: the progress shows, the form still answers, and the list read at the end is the
// one read at once (the model's tests show the slices give the same list).
test('waves: a 50,000-row list is read in slices, with progress, while the page still answers', async ({ page }) => {
  const errors = watchErrors(page);
  await holdClock(page);
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com\nfabrikam.com');
  await page.locator('#waves > summary').click();

  await page.locator('#waves-list').setInputFiles({
    name: 'users.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(userList(50_000)),
  });
  const reading = page.locator('#waves-reading');
  await expect(reading).toContainText('Reading users.csv:');
  const percent = Number(await page.locator('#waves-reading-bar').getAttribute('value'));
  expect(percent).toBeGreaterThan(0);
  expect(percent).toBeLessThan(100);
  await expect(page.locator('#waves-summary')).toHaveCount(0);

  // Mid-way through the list, a keystroke still reaches the script.
  await page.locator('#f-hosting-provider-identity').fill('ReadingMeanwhile');
  await expect(onPremScript(page)).toContainText('ReadingMeanwhile');
  await expect(reading).toBeVisible();

  // Moving time lets the slices run to the end.
  await page.clock.runFor(5_000);
  await expect(page.locator('#waves-summary')).toHaveText('50000 users in 500 waves; 3 rows left out:');
  await expect(reading).toHaveCount(0);
  await expect(page.locator('#waves-bad-rows li')).toHaveCount(3);
  expect(errors).toEqual([]);
});
