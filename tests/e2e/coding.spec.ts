import type { Page } from '@playwright/test';
import { SAMPLE_SENTENCE_PAGE_2 } from '../../fixtures/sample-pdf';
import { expect, test } from './host-fixture';
import { selectInTextView } from './reader';

async function newCaseWithSample(page: Page, url: string, caseName: string, samplePdf: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Naam van de zaak').fill(caseName);
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByTestId('import-input').setInputFiles(samplePdf);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('1 geïmporteerd');
  await page.getByRole('button', { name: /rapport-signalen/ }).click();
}

async function setAnalyst(page: Page, name: string): Promise<void> {
  const panel = page.getByRole('complementary', { name: 'Codeboek' });
  await panel.getByLabel('Analist').fill(name);
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  await expect(panel.getByLabel('Analist')).toHaveValue(name);
  await expect(panel.getByText('Vul je naam in')).toHaveCount(0);
}

/** Drags the mouse across a line of the PDF text layer, as a person selects a sentence. */
async function dragAcross(page: Page, sentence: string): Promise<void> {
  const line = page.locator('.pdf-text-item', { hasText: sentence });
  await expect(line).toBeVisible();
  const box = await line.boundingBox();
  if (!box) throw new Error('no box for the sentence');
  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  // Just past the last character, as a person drags to be sure of taking the full stop (a narrow column makes it a pixel or two wide).
  await page.mouse.move(box.x + box.width + 2, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
}

test('a scanned page read by OCR is selectable and codable on the rendered page', async ({ page, host, fixtures }, testInfo) => {
  await page.goto(host.url);
  await page.getByLabel('Naam van de zaak').fill('Scan');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByTestId('import-input').setInputFiles(fixtures.formats.scanPdf);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('1 geïmporteerd', { timeout: 60_000 });
  await page.getByRole('button', { name: /Scan pagina 2|scan-pagina-2/ }).click();
  await setAnalyst(page, 'Anna');
  await page.getByRole('button', { name: 'Pdf', exact: true }).click();

  // Each OCR word is a piece of the text layer, over the word on the scan.
  const word = page.locator('.pdf-text-item', { hasText: /^Belastingdienst$/ });
  await expect(word).toBeVisible();
  // The ink of the word on the rendered page lies within its piece of the layer (a box placed like a text line's would cut off its top).
  const measureInk = () => word.evaluate((item) => {
    const canvas = item.closest('.pdf-page')!.querySelector('canvas')!;
    const frame = canvas.getBoundingClientRect();
    const box = item.getBoundingClientRect();
    const scale = canvas.width / frame.width;
    const margin = box.height;
    const [x, y] = [Math.round((box.left - frame.left) * scale), Math.round((box.top - margin - frame.top) * scale)];
    const [width, height] = [Math.round(box.width * scale), Math.round((box.height + 2 * margin) * scale)];
    const pixels = canvas.getContext('2d')!.getImageData(x, y, width, height).data;
    const inkRows: number[] = [];
    for (let row = 0; row < height; row += 1) {
      for (let column = 0; column < width; column += 1) {
        const at = (row * width + column) * 4;
        if (pixels[at]! + pixels[at + 1]! + pixels[at + 2]! < 3 * 100) {
          inkRows.push(row);
          break;
        }
      }
    }
    if (inkRows.length === 0) return undefined;
    const toCss = (row: number) => (y + row) / scale + frame.top;
    return { top: toCss(inkRows[0]!), bottom: toCss(inkRows.at(-1)! + 1), boxTop: box.top, boxBottom: box.bottom };
  });
  // The canvas is drawn after the layer is placed: wait for the ink.
  await expect.poll(measureInk).toBeDefined();
  const ink = (await measureInk())!;
  expect(ink.top).toBeGreaterThanOrEqual(ink.boxTop - 0.5);
  expect(ink.bottom).toBeLessThanOrEqual(ink.boxBottom + 0.5);
  await dragAcross(page, 'Belastingdienst');
  await expect(page.getByRole('status').filter({ hasText: 'Selectie:' })).toContainText('Belastingdienst');
  await page.keyboard.press('1');
  const passages = page.getByRole('region', { name: 'Gecodeerde passages op deze pagina' });
  await expect(passages.locator('.passage', { hasText: 'Belastingdienst' })).toContainText('BO1');
  await expect(page.locator('.pdf-text-item .mark-code')).toHaveText('Belastingdienst');
  const shot = testInfo.outputPath('ocr-pdf-page.png');
  await word.screenshot({ path: shot });
  await testInfo.attach('ocr-pdf-word', { path: shot, contentType: 'image/png' });
});

test('code a sentence on the rendered PDF page, write a memo, find it in retrieval and co-occurrence', async ({ page, host, fixtures }, testInfo) => {
  await newCaseWithSample(page, host.url, 'Codering', fixtures.samplePdf);
  await setAnalyst(page, 'Anna');
  await page.getByRole('button', { name: 'Volgende pagina' }).click();
  await page.getByRole('button', { name: 'Pdf', exact: true }).click();
  await expect(page.getByTestId('pdf-page')).toHaveAttribute('data-page', '2');

  // Select the sentence on the rendered page and code it with shortcut 1 (BO1).
  await dragAcross(page, SAMPLE_SENTENCE_PAGE_2);
  await expect(page.getByRole('status').filter({ hasText: 'Selectie:' })).toContainText(SAMPLE_SENTENCE_PAGE_2);
  await page.keyboard.press('1');
  const passages = page.getByRole('region', { name: 'Gecodeerde passages op deze pagina' });
  const passage = passages.locator('.passage', { hasText: SAMPLE_SENTENCE_PAGE_2 });
  await expect(passage).toContainText('BO1 De minister uit de wind houden');
  await expect(page.locator('.pdf-text-item .mark-code').first()).toBeVisible();

  // The same sentence again, now by typing to find a code: "niet g" finds SV1 "Niet gemeld"; Enter applies it.
  await dragAcross(page, SAMPLE_SENTENCE_PAGE_2);
  await page.keyboard.type('niet g');
  await expect(page.getByRole('searchbox', { name: 'Zoek een code…' })).toHaveValue('niet g');
  await page.keyboard.press('Enter');
  await expect(passage).toContainText('SV1 Niet gemeld');
  await expect(passages.locator('.passage')).toHaveCount(1);

  // A memo on the passage.
  await passage.getByRole('button', { name: 'Memo bij passage' }).click();
  await passage.getByRole('textbox', { name: 'Memo bij passage' }).fill('De minister werd niet ingelicht: cruciaal voor de tijdlijn.');
  await passage.getByRole('button', { name: 'Opslaan' }).click();
  await expect(passage.locator('.memo-text')).toHaveText('De minister werd niet ingelicht: cruciaal voor de tijdlijn.');

  const pdfShot = testInfo.outputPath('pdf-page.png');
  await page.setViewportSize({ width: 1280, height: 1700 });
  await page.locator('.reader').evaluate((reader) => reader.scrollTo(0, 0));
  await page.screenshot({ path: pdfShot });
  await page.setViewportSize({ width: 1280, height: 860 });
  await testInfo.attach('pdf-page', { path: pdfShot, contentType: 'image/png' });
  const readerShot = testInfo.outputPath('coding-pdf.png');
  await page.screenshot({ path: readerShot, fullPage: true });
  await testInfo.attach('coding-pdf', { path: readerShot, contentType: 'image/png' });

  // Retrieval: the code's passages across documents.
  await page.getByRole('tab', { name: 'Codes' }).click();
  await page.getByRole('navigation', { name: 'Codeboek' }).getByRole('button', { name: /BO1/ }).click();
  const results = page.getByRole('region', { name: 'BO1' });
  await expect(results.locator('.retrieved-item')).toHaveCount(1);
  await expect(results.locator('mark.quote')).toHaveText(SAMPLE_SENTENCE_PAGE_2);
  await expect(results).toContainText('1 memo(’s)');

  // Co-occurrence: the BO1 × SV1 cell opens the passage behind it.
  await page.getByRole('tab', { name: 'Samen voorkomen' }).click();
  await page.getByRole('button', { name: 'BO1 × SV1: 1' }).first().click();
  const cell = page.getByRole('region', { name: 'Passages waar BO1 en SV1 samen voorkomen' });
  await expect(cell.locator('mark.quote')).toHaveText(SAMPLE_SENTENCE_PAGE_2);

  // The memo is searchable.
  await page.getByRole('tab', { name: 'Memo’s' }).click();
  await page.getByRole('searchbox', { name: 'Zoek in memo’s' }).fill('tijdlijn');
  await expect(page.getByRole('list', { name: 'Zoek in memo’s' })).toContainText('cruciaal voor de tijdlijn');

  // Back to the passage from retrieval, opened on its page.
  await page.getByRole('tab', { name: 'Passages' }).click();
  await page.getByRole('navigation', { name: 'Codeboek' }).getByRole('button', { name: /SV1/ }).click();
  await page.getByRole('button', { name: 'Openen (p. 2)' }).click();
  await expect(page.getByText('van 3')).toBeVisible();
  await expect(page.locator('.mark-target').first()).toBeVisible();

  const shot = testInfo.outputPath('coding-cooccurrence.png');
  await page.getByRole('tab', { name: 'Codes' }).click();
  await page.getByRole('tab', { name: 'Samen voorkomen' }).click();
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('coding-cooccurrence', { path: shot, contentType: 'image/png' });
});

test('code in the plain-text view by click, undo and redo it', async ({ page, host, fixtures }) => {
  await newCaseWithSample(page, host.url, 'Tekst', fixtures.samplePdf);
  await setAnalyst(page, 'Bram');
  const text = page.getByTestId('page-text');
  await expect(text).toContainText('Dit rapport beschrijft');
  // Select a sentence in the text view by its text node.
  await text.evaluate((element, sentence) => {
    const node = element.firstChild as Text;
    const start = (node.textContent ?? '').indexOf(sentence);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + sentence.length);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, 'Dit rapport beschrijft hoe signalen uit de uitvoering de beleidsdirectie bereikten.');
  await page.getByRole('complementary', { name: 'Codeboek' }).getByRole('button', { name: 'SV2 Alleen intern' }).click();
  const passages = page.getByRole('region', { name: 'Gecodeerde passages op deze pagina' });
  await expect(passages.locator('.passage')).toHaveCount(1);
  await expect(text.locator('mark.mark-code')).toHaveText('Dit rapport beschrijft hoe signalen uit de uitvoering de beleidsdirectie bereikten.');

  await page.getByRole('button', { name: /Ongedaan maken/ }).click();
  await expect(passages.locator('.passage')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+Z');
  await expect(passages.locator('.passage')).toHaveCount(1);
  await expect(passages).toContainText('door Bram');
});

test('merge a second analyst’s export and see the agreement table', async ({ page, host, fixtures }, testInfo) => {
  // Anna codes the sentence on page 2 and exports her coding.
  await newCaseWithSample(page, host.url, 'Anna', fixtures.samplePdf);
  await setAnalyst(page, 'Anna');
  await page.getByRole('button', { name: 'Volgende pagina' }).click();
  await selectInTextView(page, SAMPLE_SENTENCE_PAGE_2);
  await page.keyboard.press('1');
  await expect(page.locator('.passage')).toContainText('BO1');
  await page.getByRole('tab', { name: 'Team' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren…' }).click();
  const exported = testInfo.outputPath('anna.spoor-coding.json');
  await (await downloading).saveAs(exported);

  // Bram holds the same document in his own case and codes part of the sentence.
  await page.getByRole('button', { name: 'Zaak sluiten' }).click();
  await newCaseWithSample(page, host.url, 'Bram', fixtures.samplePdf);
  await setAnalyst(page, 'Bram');
  await page.getByRole('button', { name: 'Volgende pagina' }).click();
  await selectInTextView(page, 'De Belastingdienst heeft dit signaal');
  await page.keyboard.press('1');
  await expect(page.locator('.passage')).toContainText('BO1');

  await page.getByRole('tab', { name: 'Team' }).click();
  await expect(page.getByText('Overeenstemming berekenen kan zodra')).toBeVisible();
  await page.getByTestId('merge-input').setInputFiles(exported);
  const preview = page.getByRole('region', { name: 'Voorbeeld van de samenvoeging' });
  await expect(preview).toContainText('Van Anna');
  await expect(preview).toContainText('1 document(en) herkend');
  await expect(preview).toContainText('Nieuw: 1 passage(s)');
  await preview.getByRole('button', { name: 'Samenvoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Samengevoegd' })).toContainText('1 passage(s)');

  const table = page.getByRole('table', { name: 'Overeenstemming tussen codeurs' });
  await expect(table).toBeVisible();
  const row = table.getByRole('row', { name: /BO1 De minister uit de wind houden/ });
  await expect(row.getByRole('cell').nth(2)).toHaveText(String('De Belastingdienst heeft dit signaal'.length));
  await expect(row.getByRole('cell').nth(4)).toHaveText(/^0,\d{3}$/);
  await expect(table.getByRole('row', { name: /Totaal/ })).toBeVisible();
  const disagreements = page.getByRole('list', { name: 'Verschillen (1)' });
  await expect(disagreements.locator('.side-by-side h4')).toHaveText(['Anna', 'Bram']);
  await expect(disagreements.locator('.side-by-side mark').nth(1)).toHaveText('De Belastingdienst heeft dit signaal');

  const shot = testInfo.outputPath('agreement.png');
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('agreement', { path: shot, contentType: 'image/png' });
});
