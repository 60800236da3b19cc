import { SAMPLE_SENTENCE_PAGE_2 } from '../../fixtures/sample-pdf';
import { expect, test } from './host-fixture';

const BUILT_WITHIN = 150_000;

test('open the demo case from the start screen, then find its documents, search hits, coded passages and chronology', async ({ page, host }, testInfo) => {
  test.setTimeout(BUILT_WITHIN + 60_000);
  await page.goto(host.url);
  const start = page.getByRole('region', { name: 'Nieuw in Spoor?' });
  await expect(start).toContainText('binnen een minuut');
  await start.getByRole('button', { name: 'Open voorbeeldzaak' }).click();

  // While the case is built: a progress bar, then the case itself.
  await expect(start.getByRole('progressbar', { name: 'De voorbeeldzaak wordt gemaakt…' })).toBeVisible();
  await expect(start.getByRole('status')).toContainText(/Stukken importeren: \d+%/, { timeout: BUILT_WITHIN });
  await expect(page.getByRole('heading', { name: 'Voorbeeldzaak', level: 1 })).toBeVisible({ timeout: BUILT_WITHIN });

  // Documents: the report, with its coded passages on page 2.
  await page.getByRole('button', { name: /rapport-signalen/ }).click();
  await page.getByRole('button', { name: 'Volgende pagina' }).click();
  await expect(page.getByTestId('page-text')).toContainText(SAMPLE_SENTENCE_PAGE_2);
  const passages = page.getByRole('region', { name: 'Gecodeerde passages op deze pagina' }).locator('.passage');
  await expect(passages.filter({ hasText: 'SV1' })).toContainText('BO1');
  const documentShot = testInfo.outputPath('demo-document.png');
  await page.screenshot({ path: documentShot, fullPage: true });
  await testInfo.attach('demo-document', { path: documentShot, contentType: 'image/png' });

  // Search: the word is found in the report and in the e-mails of the Woo bundle.
  await page.getByRole('tab', { name: 'Zoeken' }).click();
  await page.getByLabel('Zoekvraag').fill('ombudsman');
  await page.getByLabel('Zoekvraag').press('Enter');
  const results = page.getByRole('region', { name: 'Zoeken' });
  await expect(results).toContainText('rapport-signalen');
  await expect(results).toContainText('documenten-bundel · document');

  // Coding: the passages of "Alleen intern" across documents.
  await page.getByRole('tab', { name: 'Codes' }).click();
  await page.getByRole('navigation', { name: 'Codeboek' }).getByRole('button', { name: /SV2/ }).click();
  await expect(page.getByRole('region', { name: 'SV2' }).locator('mark.quote')).toHaveText(
    'Het signaal van de ombudsman is intern besproken, maar nog niet met de bewindspersoon gedeeld.',
  );

  // Chronology: dated events with sources, and a signal chain in which the signal to the minister was lost.
  await page.getByRole('tab', { name: 'Chronologie' }).click();
  const table = page.getByRole('table', { name: 'Chronologie' });
  await expect(table.locator('tr.event-row')).toHaveCount(8);
  await expect(table.locator('tr.event-row').first()).toContainText('9 mei 2019');
  await expect(table.locator('.badge.unsupported')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Signaalketen' }).click();
  const lost = page.getByTestId('signal-chain').getByRole('button', { name: /^Signaal \d+: Belastingdienst\/Toeslagen aan Minister van Financiën/ });
  await lost.click();
  const detail = page.getByRole('region', { name: 'Details' });
  await expect(detail).toContainText('geen reactie gevonden');
  await expect(detail.locator('blockquote')).toHaveText(`“${SAMPLE_SENTENCE_PAGE_2}”`);
  const chainShot = testInfo.outputPath('demo-signal-chain.png');
  await page.screenshot({ path: chainShot, fullPage: true });
  await testInfo.attach('demo-signal-chain', { path: chainShot, contentType: 'image/png' });
});
