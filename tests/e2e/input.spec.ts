import { expect, test } from '@playwright/test';
import { onPremScript, open } from './helpers';

test('pasted values: ends trimmed, lists split on commas, semicolons and spaces', async ({ page }) => {
  await open(page);
  const edge = page.getByLabel('Edge external FQDN (optional)');
  await edge.fill('\t sip.contoso.com  ');
  await edge.blur();
  await expect(edge).toHaveValue('sip.contoso.com');
  await expect(page.locator('#f-environment-edge-external-fqdn-messages')).not.toContainText('HB101');

  const domains = page.getByLabel('SIP domains');
  await domains.fill('contoso.com, fabrikam.com;northwind.com\tadatum.com');
  await domains.blur();
  await expect(domains).toHaveValue('contoso.com\nfabrikam.com\nnorthwind.com\nadatum.com');
  await expect(page.locator('#f-environment-sip-domains-messages')).toBeEmpty();

  await page.getByText('Optional — Pilot users').click();
  const pilots = page.getByLabel('Pilot users');
  await pilots.fill('ada@contoso.com; sip:bo@fabrikam.com');
  await pilots.blur();
  await expect(pilots).toHaveValue('ada@contoso.com\nsip:bo@fabrikam.com');
  await expect(onPremScript(page)).toContainText("Move-CsUser -Identity 'sip:bo@fabrikam.com'");
});
