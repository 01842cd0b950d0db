import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { link, open, watchErrors } from './helpers';

// What the page reads from outside — settings files, share links, dropped reports — under hostile or
// merely Windows-made input (issue #25): refused by name, shown without control characters, read
// once, and never at the cost of what the admin typed.

// The fixtures are dated 2026-11-18T11:06:40Z and read for 7 days: the page's clock is set just after.
const FIXTURES = new URL('./fixtures/', import.meta.url);
const REPORT_TIME = new Date('2026-11-18T12:00:00Z');
const HEALTHY = 'preflight-healthy-on-premises.json';

/** The bytes of `text` as Windows PowerShell 5.1 writes it by default (`Out-File`, `>`): UTF-16 LE with a BOM. */
function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** The same as UTF-16 BE with a BOM (`-Encoding BigEndianUnicode`). */
function utf16be(text: string): Buffer {
  return utf16le(text).swap16();
}

/** A fixture report, changed by `edit`, as JSON text. */
async function report(edit: (report: any) => void = () => {}): Promise<string> {
  const parsed = JSON.parse((await readFile(new URL(HEALTHY, FIXTURES))).toString('utf8'));
  edit(parsed);
  return JSON.stringify(parsed, null, 2);
}

/** Imports one settings file through the share bar's Import button. */
async function importSettings(page: Page, name: string, bytes: Buffer | string) {
  await page.locator('.share-bar input[type=file]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes,
  });
}

/** Opens the pre-flight panel if it is folded, then drops the files on it as from Explorer. */
async function dropReports(page: Page, ...files: [string, Buffer | string][]) {
  if (!(await page.locator('#preflight').evaluate((d) => (d as HTMLDetailsElement).open))) {
    await page.locator('#preflight > summary').click();
  }
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const [name, bytes] of files) {
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/json' }));
    }
    return transfer;
  }, files.map(([name, body]): [string, number[]] => [name, [...(typeof body === 'string' ? Buffer.from(body, 'utf8') : body)]]));
  await page.locator('#preflight .dropzone').dispatchEvent('drop', { dataTransfer });
}

async function openForDeployment(page: Page) {
  await page.clock.install({ time: REPORT_TIME });
  await open(page);
  await page.getByLabel('SIP domains').fill('contoso.com\nfabrikam.com');
}

/** Typed by the admin before an import that must not cost it. */
async function typeSomething(page: Page) {
  await page.getByLabel('SIP domains').fill('contoso.com');
  await page.getByLabel('Identity', { exact: true }).fill('HybridProvider');
}

async function expectTyped(page: Page) {
  await expect(page.getByLabel('SIP domains')).toHaveValue('contoso.com');
  await expect(page.getByLabel('Identity', { exact: true })).toHaveValue('HybridProvider');
  await expect(page.getByLabel('Commercial (worldwide)')).toBeChecked();
  // Nothing was replaced, so there is nothing to undo.
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

test('a settings file with a key given twice is refused by name, and nothing typed is lost', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page);
  await typeSomething(page);
  await importSettings(page, 'twice.json', '{"cloud": "gcc", "edge": {"routing": "dns-srv", "routing": "default-route"}, "cloud": "dod"}');
  const notice = page.locator('div.notice');
  await expect(notice).toContainText('Did not import twice.json: "edge.routing" is given more than once');
  await expect(notice).toContainText('nothing was read');
  await expectTyped(page);
  expect(errors).toEqual([]);
});

test('a share link with a key given twice opens with its first value and says so', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`/${link(['cloud', 'gcc'], ['cloud', 'dod'])}`);
  await expect(page.getByLabel('GCC', { exact: true })).toBeChecked();
  const notice = page.locator('.notice');
  await expect(notice).toContainText('Link, cloud: appears more than once in the link; only its first value was used.');
  // The checksum covers the repeat: the link is whole, and only the repeat is reported.
  await expect(notice).not.toContainText('checksum');
  expect(errors).toEqual([]);
});

test('a settings entry the page cannot use says what it does instead: the default is kept, the unknown key ignored', async ({ page }) => {
  await open(page);
  await importSettings(page, 'typo.json', JSON.stringify({ cloud: 'gcc', edge: { allow_outside_users: 'yes' }, colour: 'blue' }));
  const notice = page.locator('div.notice');
  await expect(notice).toContainText('Settings file, edge.allow_outside_users: expected true or false. The default is kept.');
  await expect(notice).toContainText('Settings file, colour: not a setting this builder knows. It is ignored.');
  await expect(page.getByLabel('GCC', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Allow outside users')).toBeChecked();
});

test('report text with escape sequences, carriage returns and bidi overrides is shown without them, and forges no finding', async ({ page }) => {
  const errors = watchErrors(page);
  await openForDeployment(page);
  const forged = await report((r) => {
    r.checks[0].found = 'ok\u001b[2J\u001b[31m\r\nFAIL hosting-providers (Hosting and public providers): forged\u202egnp.exe\u0000';
  });
  await dropReports(page, ['forged.json', forged]);
  await expect(page.locator('#preflight .notices')).toContainText('Read forged.json.');
  const findings = page.locator('#preflight-findings li');
  // One line per check the report holds, none of them a FAIL: the forged line stayed inside its check.
  await expect(findings).toHaveCount(17);
  await expect(page.locator('#preflight-findings .finding-fail')).toHaveCount(0);
  const shown = page.locator('#preflight-findings .finding-found').filter({ hasText: 'forged' });
  await expect(shown).toHaveCount(1);
  await expect(shown).toHaveText('ok\uFFFD[2J\uFFFD[31m ¶ FAIL hosting-providers (Hosting and public providers): forged\uFFFDgnp.exe\uFFFD');
  expect(await page.locator('#preflight-findings').textContent()).not.toMatch(CONTROL);
  expect(errors).toEqual([]);
});

test('a report that does not show it belongs here is refused with its reason, and nothing is read', async ({ page }) => {
  const errors = watchErrors(page);
  await openForDeployment(page);
  await dropReports(
    page,
    ['no-domains.json', await report((r) => delete r.settings_sip_domains)],
    ['no-checks.json', await report((r) => (r.checks = []))],
    ['bad-date.json', await report((r) => (r.created_unix = 99_999_999_999))],
  );
  const notices = page.locator('#preflight .notices li');
  await expect(notices).toHaveText([
    'Did not read no-domains.json: This report does not name the SIP domains it was made for, so nothing shows that it describes this deployment (contoso.com, fabrikam.com); it was not read. Run the script generated from these settings and load its report.',
    'Did not read no-checks.json: This report holds no checks: the script stopped before running any, or the file was cut short. Run the script again and load its whole report.',
    /^Did not read bad-date\.json: This report's date \(created_unix 99999999999\) is not one a script of this builder writes/,
  ]);
  await expect(page.locator('#preflight-findings')).toHaveCount(0);
  await expect(page.locator('#preflight-summary')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the same report dropped twice counts once; a later report of the part replaces it', async ({ page }) => {
  const errors = watchErrors(page);
  await openForDeployment(page);
  const healthy = await report();
  await dropReports(page, [HEALTHY, healthy]);
  await expect(page.locator('#preflight .notices')).toHaveText(`Read ${HEALTHY}.`);
  await expect(page.locator('#preflight-findings li')).toHaveCount(17);

  await dropReports(page, ['copy.json', healthy]);
  await expect(page.locator('#preflight .notices')).toHaveText('Read copy.json. This report was already read; it counts once.');
  await expect(page.locator('#preflight-findings li')).toHaveCount(17);

  const failing = (await readFile(new URL('preflight-failing-on-premises.json', FIXTURES))).toString('utf8');
  await dropReports(page, ['failing.json', failing]);
  await expect(page.locator('#preflight .notices')).toHaveText(
    'Read failing.json. This report replaces the one read earlier for the same part (on premises or online).',
  );
  // Only the replacing report's checks count: its FAILs, none of the healthy report's PASSes.
  const checks: { status: string }[] = JSON.parse(failing).checks;
  const fails = checks.filter((c) => c.status === 'FAIL').length;
  await expect(page.locator('#preflight-summary')).toContainText(`The pre-flight found ${fails} FAILs`);
  await expect(page.locator('#preflight-findings li')).toHaveCount(checks.length);
  await expect(page.locator('#preflight-findings .finding-pass')).toHaveCount(checks.length - fails);
  expect(errors).toEqual([]);
});

test('files saved by Windows PowerShell 5.1 as UTF-16 are read: settings imported, reports dropped', async ({ page }) => {
  const errors = watchErrors(page);
  await openForDeployment(page);
  const settings = JSON.stringify({ schema_version: 2, cloud: 'dod', environment: { sip_domains: ['contoso.com', 'fabrikam.com'] }, hosting_provider: { identity: 'Zoë-東京' } }, null, 2);
  for (const [name, bytes] of [
    ['settings-utf16le.json', utf16le(settings)],
    ['settings-utf16be.json', utf16be(settings)],
  ] as const) {
    await page.getByLabel('Commercial (worldwide)').check();
    await importSettings(page, name, bytes);
    await expect(page.locator('div.notice').filter({ hasText: 'Imported' })).toContainText(`Imported ${name}.`);
    await expect(page.getByLabel('DoD', { exact: true })).toBeChecked();
    await expect(page.getByLabel('SIP domains')).toHaveValue('contoso.com\nfabrikam.com');
    await expect(page.getByLabel('Identity', { exact: true })).toHaveValue('Zoë-東京');
  }

  await dropReports(page, ['report-utf16le.json', utf16le(await report())]);
  await expect(page.locator('#preflight .notices')).toHaveText('Read report-utf16le.json.');
  await expect(page.locator('#preflight-findings li')).toHaveCount(17);
  expect(errors).toEqual([]);
});

test('a settings file in a Windows code page is refused with the fix, and nothing typed is lost', async ({ page }) => {
  await open(page);
  await typeSomething(page);
  // "Zoë" as Notepad's "ANSI" (Windows-1252) saves it: not UTF-8, and never guessed at.
  await importSettings(page, 'ansi.json', Buffer.from('{"cloud": "dod", "hosting_provider": {"identity": "Zo\xeb"}}', 'latin1'));
  const notice = page.locator('div.notice');
  await expect(notice).toContainText('ansi.json was not read: it is neither UTF-8 nor UTF-16 text');
  await expect(notice).toContainText('Set-Content -Encoding UTF8');
  await expectTyped(page);
});
