import path from 'node:path';
import { planRelease } from '../../fixtures/woo-release';
import { expect, test } from './host-fixture';

test('drop in a Woo release: progress, then the reconciliation and the ground counts', async ({ page, host, fixtures }, testInfo) => {
  test.setTimeout(180_000);
  const plan = planRelease();
  await page.goto(host.url);
  await page.getByLabel('Naam van de zaak').fill('Woo-besluit');
  await page.getByRole('button', { name: 'Aanmaken' }).click();

  const files = ['besluit-woo-verzoek.pdf', 'inventarislijst.xlsx', 'documenten-bundel.pdf'].map((name) => path.join(fixtures.wooDir, name));
  await page.getByTestId('import-input').setInputFiles(files);
  const progress = page.getByRole('status', { name: 'Voortgang van de import' });
  await expect(progress.getByRole('button', { name: 'Annuleren' })).toBeVisible();
  await expect(progress).toContainText(/Totaal \d+%/);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('3 geïmporteerd, 0 al aanwezig, 0 mislukt', { timeout: 120_000 });

  await page.getByRole('tab', { name: 'Woo' }).click();
  await expect(page.getByTestId('count-found')).toHaveText(String(plan.found));
  await expect(page.getByTestId('count-missing')).toHaveText(String(plan.missing.length));
  await expect(page.getByTestId('count-extra')).toHaveText(String(plan.extra.length));
  const missing = page.getByTestId('missing-rows');
  for (const id of plan.missing) await expect(missing.getByRole('cell', { name: id, exact: true })).toBeVisible();
  await expect(page.getByTestId('extra-documents')).toContainText(plan.extra[0]!);
  await expect(page.getByTestId('found-rows').locator('tr.differs')).toContainText('niet in tekst: 5.1.2i');

  const totals = page.getByTestId('ground-totals');
  await expect(totals.locator('[data-ground="5.1.2e"]')).toBeVisible();
  await expect(totals.locator('[data-ground="5.1.2i"]')).toBeVisible();
  await expect(page.getByTestId('bundle-parts').locator('tbody tr')).toHaveCount(plan.documents.length);

  const screenshot = testInfo.outputPath('woo-view.png');
  await page.screenshot({ path: screenshot, fullPage: false });
  await testInfo.attach('woo-view', { path: screenshot, contentType: 'image/png' });

  // A part opens in the reader at its own first page.
  await page.getByTestId('bundle-parts').getByRole('button', { name: '1–' }).first().click();
  await expect(page.getByTestId('page-text')).toContainText('Document 1');
});

test('cancel a running import: the report says what was not imported and the case stays usable', async ({ page, host, fixtures }, testInfo) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  await page.getByLabel('Naam van de zaak').fill('Geannuleerd');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  const files = ['documenten-bundel.pdf', 'besluit-woo-verzoek.pdf', 'inventarislijst.xlsx'].map((name) => path.join(fixtures.wooDir, name));
  await page.getByTestId('import-input').setInputFiles([...files, fixtures.notesTxt]);
  const progress = page.getByRole('status', { name: 'Voortgang van de import' });
  await expect(progress).toContainText('documenten-bundel.pdf');
  const screenshot = testInfo.outputPath('import-progress.png');
  await page.screenshot({ path: screenshot });
  await testInfo.attach('import-progress', { path: screenshot, contentType: 'image/png' });
  await progress.getByRole('button', { name: 'Annuleren' }).click();
  const report = page.getByRole('status', { name: 'Importresultaat' });
  await expect(report).toContainText('niet geïmporteerd (geannuleerd)', { timeout: 60_000 });

  // The case still takes the same files afterwards.
  await page.getByTestId('import-input').setInputFiles(files[1]!);
  await expect(report).toContainText(/[01] geïmporteerd/);
});
