import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE_SENTENCE_PAGE_2 } from '../../fixtures/sample-pdf';
import { expect, test } from './host-fixture';

const BROKEN_DIR = path.resolve('../shared/corpus/broken');

test('create a case, import the generated PDF and read page 2', async ({ page, host, fixtures }, testInfo) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Nieuwe zaak' })).toBeVisible();

  await page.getByLabel('Naam van de zaak').fill('Toeslagen');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await expect(page.getByRole('heading', { name: 'Toeslagen', level: 1 })).toBeVisible();
  await expect(page.getByText('Nog geen documenten')).toBeVisible();

  await page.getByTestId('import-input').setInputFiles(fixtures.samplePdf);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('1 geïmporteerd, 0 al aanwezig, 0 mislukt');

  await page.getByRole('button', { name: /rapport-signalen/ }).click();
  await expect(page.getByText('van 3')).toBeVisible();
  await page.getByRole('button', { name: 'Volgende pagina' }).click();
  const text = page.getByTestId('page-text');
  await expect(text).toHaveAttribute('data-page', '2');
  await expect(text).toContainText(SAMPLE_SENTENCE_PAGE_2);

  const screenshot = testInfo.outputPath('document-view.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach('document-view', { path: screenshot, contentType: 'image/png' });
});

test('a photographed page is read by OCR, and the photo can be checked beside its text', async ({ page, host, fixtures }) => {
  await page.goto(host.url);
  await page.getByLabel('Naam van de zaak').fill('Foto');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByTestId('import-input').setInputFiles(fixtures.formats.photoJpeg);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('1 geïmporteerd, 0 al aanwezig, 0 mislukt', { timeout: 60_000 });

  await page.getByRole('button', { name: /foto-pagina-2/ }).click();
  await expect(page.getByTestId('page-text')).toContainText('Belastingdienst');
  await page.getByRole('button', { name: 'Afbeelding' }).click();
  const photo = page.getByTestId('image-view').getByRole('img', { name: /foto-pagina-2/ });
  await expect(photo).toHaveAttribute('src', /^blob:/);
  // Decoded, at the size it was imported: the original itself, not a thumbnail.
  await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1654);
  await page.getByRole('button', { name: 'Tekst' }).click();
  await expect(page.getByTestId('page-text')).toContainText('Belastingdienst');
});

test('importing the same file twice stores it once', async ({ page, host, fixtures }) => {
  await page.goto(host.url);
  await page.getByLabel('Naam van de zaak').fill('Dubbel');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  const input = page.getByTestId('import-input');
  await input.setInputFiles([fixtures.samplePdf, fixtures.notesTxt]);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('2 geïmporteerd');
  await input.setInputFiles(fixtures.samplePdf);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('0 geïmporteerd, 1 al aanwezig, 0 mislukt');
  await expect(page.locator('.document-list li')).toHaveCount(2);
});

test('broken PDFs give a clear per-file error and leave the case intact', async ({ page, host, fixtures }) => {
  const corpusBroken = fs.existsSync(BROKEN_DIR) ? fs.readdirSync(BROKEN_DIR).map((name) => path.join(BROKEN_DIR, name)) : [];
  if (corpusBroken.length === 0) console.warn(`(${BROKEN_DIR} is absent: using only the generated broken files)`);
  const broken = [fixtures.truncatedPdf, fixtures.notAPdf, ...corpusBroken];

  await page.goto(host.url);
  await page.getByLabel('Naam van de zaak').fill('Kapot');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  const input = page.getByTestId('import-input');
  await input.setInputFiles(fixtures.samplePdf);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('1 geïmporteerd');

  await input.setInputFiles(broken);
  const report = page.getByRole('status', { name: 'Importresultaat' });
  await expect(report).toContainText(`0 geïmporteerd, 0 al aanwezig, ${broken.length} mislukt`);
  for (const file of broken) {
    await expect(report.locator('.import-failed', { hasText: path.basename(file) })).toContainText('geen geldige pdf');
  }

  // The case still holds the earlier document and still opens after closing.
  await page.getByRole('button', { name: 'Zaak sluiten' }).click();
  await page.getByRole('button', { name: 'Kapot' }).click();
  await expect(page.locator('.document-list li')).toHaveCount(1);
  await page.getByRole('button', { name: /rapport-signalen/ }).click();
  await expect(page.getByTestId('page-text')).toContainText('Rapport signalen kinderopvangtoeslag');
});

test('the UI switches to English and remembers it', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('heading', { name: 'New case' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'New case' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
