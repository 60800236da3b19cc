import { expect, test } from './host-fixture';

test('the rendered page beside its text, with search hits on both, zoom and a page strip', async ({ page, host, fixtures }, testInfo) => {
  await page.goto(host.url);
  await page.getByLabel('Naam van de zaak').fill('Leesweergave');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByTestId('import-input').setInputFiles([fixtures.samplePdf, fixtures.notesTxt]);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('2 geïmporteerd');
  await page.getByRole('tab', { name: 'Zoeken' }).click();
  await page.getByLabel('Zoekvraag').fill('signaal');
  await page.getByLabel('Zoekvraag').press('Enter');
  await page.getByRole('region', { name: 'Zoeken' }).getByRole('button', { name: /p\. 2/ }).click();

  // Side by side: the rendered page and the extracted text, the same hits marked on both, the current one outlined.
  await page.getByRole('button', { name: 'Naast elkaar' }).click();
  const pdf = page.getByTestId('pdf-page');
  const text = page.getByTestId('page-text');
  await expect(pdf).toHaveAttribute('data-page', '2');
  await expect(text).toHaveAttribute('data-page', '2');
  await expect(text.locator('mark.mark-search')).toHaveText(['Signalen', 'signaal']);
  await expect(pdf.locator('.pdf-text-item .mark-search')).toHaveText(['Signalen', 'signaal']);
  await expect(pdf.locator('.pdf-text-item .mark-current')).toHaveText('Signalen');
  const pdfBox = (await pdf.boundingBox())!;
  const textBox = (await text.boundingBox())!;
  expect(textBox.x).toBeGreaterThan(pdfBox.x + pdfBox.width - 1);
  // The outline is drawn: the current hit differs from the others by more than its colour.
  const outline = await pdf.locator('.pdf-text-item .mark-current').evaluate((mark) => getComputedStyle(mark).outlineStyle);
  expect(outline).toBe('solid');

  // Zoom: the buttons and Ctrl+= / Ctrl+0 redraw the canvas at the new size, sharp for the screen.
  const canvas = pdf.locator('canvas');
  const zoomLevel = page.getByRole('group', { name: 'Zoomen' }).locator('output');
  const fitWidth = Number((await canvas.getAttribute('width')) ?? 0);
  const fitPercent = Number((await zoomLevel.textContent())?.replace('%', ''));
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  await expect(zoomLevel).not.toHaveText(`${fitPercent}%`);
  const zoomedPercent = Number((await zoomLevel.textContent())?.replace('%', ''));
  expect(zoomedPercent).toBeGreaterThan(fitPercent);
  await expect.poll(async () => Number(await canvas.getAttribute('width'))).toBeGreaterThan(fitWidth);
  const ratio = await canvas.evaluate((element) => (element as HTMLCanvasElement).width / element.getBoundingClientRect().width);
  expect(ratio).toBeCloseTo(await page.evaluate(() => window.devicePixelRatio), 1);
  await page.getByRole('button', { name: 'Uitzoomen' }).click();
  await page.getByRole('button', { name: 'Uitzoomen' }).click();
  await expect.poll(async () => Number((await zoomLevel.textContent())?.replace('%', ''))).toBeLessThan(fitPercent);
  await pdf.locator('.pdf-text-item').first().click();
  await page.keyboard.press('Control+Digit0');
  await expect(zoomLevel).toHaveText(`${fitPercent}%`);
  await page.keyboard.press('Control+Equal');
  await expect(zoomLevel).toHaveText(`${zoomedPercent}%`);
  await page.keyboard.press('Control+Minus');
  await expect.poll(async () => Number((await zoomLevel.textContent())?.replace('%', ''))).toBeLessThan(zoomedPercent);
  await page.getByRole('button', { name: 'Passend op de breedte' }).click();
  await expect(zoomLevel).toHaveText(`${fitPercent}%`);

  // The page strip: every page, the pages with hits saying how many (in words, not only by colour); keyboard opens a page.
  const strip = page.getByRole('listbox', { name: 'Pagina’s' });
  await expect(strip.getByRole('option', { name: /^Pagina 2, zoektreffers: 2$/ })).toHaveAttribute('aria-selected', 'true');
  await expect(strip.getByRole('option', { name: /^Pagina 1, zoektreffers: 2$/ })).toBeVisible();
  await expect(strip.locator('.thumbnail[data-page="1"] img')).toBeVisible();
  await strip.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(pdf).toHaveAttribute('data-page', '1');
  await expect(strip.getByRole('option', { name: /^Pagina 1/ })).toHaveAttribute('aria-selected', 'true');
  await strip.getByRole('option', { name: /^Pagina 3/ }).click();
  await expect(text).toHaveAttribute('data-page', '3');
  const shot = testInfo.outputPath('side-by-side.png');
  await page.screenshot({ path: shot });
  await testInfo.attach('side-by-side', { path: shot, contentType: 'image/png' });

  // The layout is remembered while the case is open: another document and back, still side by side.
  await page.getByRole('tab', { name: 'Documenten' }).click();
  await page.getByRole('button', { name: /gespreksnotitie/ }).click();
  await expect(page.getByRole('listbox', { name: 'Pagina’s' })).toHaveCount(0);
  await page.getByRole('button', { name: /rapport-signalen/ }).click();
  await expect(page.getByRole('button', { name: 'Naast elkaar' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('pdf-page')).toBeVisible();
  await expect(page.getByTestId('page-text')).toBeVisible();
});
