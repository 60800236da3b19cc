import { writeLargeScanPdf } from '../../fixtures/large-pdf';
import { expect, test } from './host-fixture';

test('a 1,000-page PDF opens at once and its page strip scrolls through all pages', async ({ page, host }, testInfo) => {
  test.setTimeout(420_000);
  const file = testInfo.outputPath('duizend-paginas.pdf');
  await writeLargeScanPdf(file, { pages: 1000, imageBytes: 3 * 48 * 48 });
  await page.goto(host.url);
  await page.getByLabel('Naam van de zaak').fill('Groot');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  const importStarted = Date.now();
  await page.getByTestId('import-input').setInputFiles(file);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('1 geïmporteerd', { timeout: 360_000 });
  const importSeconds = (Date.now() - importStarted) / 1000;

  // Open: the first page's text and the strip's first pictures.
  const opening = Date.now();
  await page.getByRole('button', { name: /duizend-paginas/ }).click();
  const strip = page.getByRole('listbox', { name: 'Pagina’s' });
  await expect(page.getByTestId('page-text')).toContainText('Pagina 1 van 1000');
  const textMs = Date.now() - opening;
  await expect(strip.locator('.thumbnail[data-page="1"] img')).toBeVisible();
  const openMs = Date.now() - opening;

  // Only the rows in view exist, however long the document.
  const rows = await strip.getByRole('option').count();
  expect(rows).toBeLessThan(20);

  // Scroll the strip from top to bottom in steps a person's wheel would take, then jump to the end by keyboard.
  const scrollMs = await strip.evaluate(async (element) => {
    const started = performance.now();
    for (let top = 0; top <= element.scrollHeight; top += 1200) {
      element.scrollTop = top;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return performance.now() - started;
  });
  expect(await strip.getByRole('option').count()).toBeLessThan(20);
  await strip.evaluate((element) => (element.scrollTop = 0));
  const jumping = Date.now();
  await strip.focus();
  await page.keyboard.press('End');
  await expect(strip.locator('.thumbnail[data-page="1000"] img')).toBeVisible();
  const endMs = Date.now() - jumping;
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('page-text')).toContainText('Pagina 1000 van 1000');

  const figures = `import ${importSeconds.toFixed(1)} s; open to first page's text ${textMs} ms, to first thumbnail drawn ${openMs} ms; strip scrolled top to bottom (${Math.ceil((1000 * 156) / 1200)} steps) in ${Math.round(scrollMs)} ms; End to page 1000 drawn ${endMs} ms; rows in the DOM ${rows}`;
  testInfo.annotations.push({ type: 'figures', description: figures });
  console.log(`1,000 pages: ${figures}`);
});

test('a long import shows the time left in the status area while the person reads in other tabs, and can be cancelled there', async ({ page, host, fixtures }, testInfo) => {
  test.setTimeout(300_000);
  const file = testInfo.outputPath('lange-import.pdf');
  // Long enough to outlast reading and searching on a fast machine (about 30 s unloaded), cancelled long before its end.
  await writeLargeScanPdf(file, { pages: 8000, imageBytes: 3 * 48 * 48 });
  await page.goto(host.url);
  await page.getByLabel('Naam van de zaak').fill('Lezen tijdens import');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByTestId('import-input').setInputFiles(fixtures.samplePdf);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('1 geïmporteerd');

  await page.getByTestId('import-input').setInputFiles(file);
  const progress = page.getByRole('status', { name: 'Voortgang van de import' });
  await expect(progress).toContainText(/nog ongeveer \d+ (sec|min)|nog ongeveer een paar seconden/, { timeout: 30_000 });

  // Reading goes on: another document, page by page, while the import runs beside it.
  await page.getByRole('button', { name: /rapport-signalen/ }).click();
  await page.getByRole('button', { name: 'Volgende pagina' }).click();
  await expect(page.getByTestId('page-text')).toHaveAttribute('data-page', '2');
  await expect(progress).toBeVisible();

  // Another tab: the import's progress follows into the status area above it.
  await page.getByRole('tab', { name: 'Zoeken' }).click();
  await page.getByLabel('Zoekvraag').fill('signaal');
  await page.getByLabel('Zoekvraag').press('Enter');
  await expect(page.getByRole('region', { name: 'Zoeken' }).getByRole('status')).toContainText('passages');
  await expect(progress).toContainText('lange-import.pdf');
  await progress.getByRole('button', { name: 'Annuleren' }).click();

  // Back in Documents: the report says the big file was cancelled; the one read before is untouched.
  await page.getByRole('tab', { name: 'Documenten' }).click();
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('1 niet geïmporteerd (geannuleerd)', { timeout: 60_000 });
  await expect(progress).toHaveCount(0);
  await expect(page.getByRole('button', { name: /lange-import/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /rapport-signalen/ })).toBeVisible();
});
