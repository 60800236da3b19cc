import fs from 'node:fs/promises';
import { expect, test } from './host-fixture';
import type { Page } from '@playwright/test';

async function caseWithFixtures(page: Page, url: string, files: string[]) {
  await page.goto(url);
  await page.getByLabel('Naam van de zaak').fill('Zoektest');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByTestId('import-input').setInputFiles(files);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText(`${files.length} geïmporteerd`);
  await page.getByRole('tab', { name: 'Zoeken' }).click();
}

async function search(page: Page, query: string) {
  await page.getByLabel('Zoekvraag').fill(query);
  await page.getByLabel('Zoekvraag').press('Enter');
}

test('search shows highlighted snippets, filters by facet and opens a hit at its page', async ({ page, host, fixtures }, testInfo) => {
  await caseWithFixtures(page, host.url, [fixtures.samplePdf, fixtures.notesTxt, fixtures.notesMd]);

  // "signaal" finds "signalen" and "Signalen" too (Dutch stemming), in the PDF and the Markdown timeline.
  await search(page, 'signaal');
  const results = page.getByRole('region', { name: 'Zoeken' });
  await expect(results.getByRole('status')).toContainText('3 passages in 2 documenten');
  await expect(results.locator('mark.mark-search', { hasText: 'signalen' }).first()).toBeVisible();
  await expect(results.locator('mark.mark-search', { hasText: /^signaal$/ }).first()).toBeVisible();

  // Help popover explains the syntax.
  await page.getByRole('button', { name: 'Zoektaal' }).click();
  await expect(page.getByRole('dialog', { name: 'Zo zoekt u' })).toContainText('precies deze woorden achter elkaar');
  await page.getByRole('dialog', { name: 'Zo zoekt u' }).getByRole('button', { name: 'Sluiten' }).click();

  // Facet: only Markdown files.
  const kind = page.locator('fieldset[data-facet="kind"]');
  await expect(kind.getByText('markdown')).toBeVisible();
  await kind.getByLabel(/markdown/).check();
  await expect(results.getByRole('status')).toContainText('1 passages in 1 documenten');
  await expect(results.locator('.result-document h3')).toHaveText([/tijdlijn/]);
  const screenshot = testInfo.outputPath('search-view.png');
  await kind.getByLabel(/markdown/).uncheck();
  await expect(results.getByRole('status')).toContainText('3 passages in 2 documenten');
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach('search-view', { path: screenshot, contentType: 'image/png' });

  // Open the hit on page 2 of the report: the reader shows page 2 with the hits marked, the first of them current.
  await results.getByRole('button', { name: /p\. 2/ }).click();
  const text = page.getByTestId('page-text');
  await expect(text).toHaveAttribute('data-page', '2');
  await expect(text.locator('mark.mark-search')).toHaveText(['Signalen', 'signaal']);
  await expect(page.getByTestId('hit-position')).toHaveText('Treffer 3 van 4');
  await expect(text.locator('mark.mark-current')).toHaveText('Signalen');
  // Previous / next step hit by hit, across pages.
  await page.getByRole('button', { name: 'Volgende treffer' }).click();
  await expect(page.getByTestId('hit-position')).toHaveText('Treffer 4 van 4');
  await expect(text.locator('mark.mark-current')).toHaveText('signaal');
  await expect(page.getByRole('button', { name: 'Volgende treffer' })).toBeDisabled();
  await page.getByRole('button', { name: 'Vorige treffer' }).click();
  await page.getByRole('button', { name: 'Vorige treffer' }).click();
  await expect(text).toHaveAttribute('data-page', '1');
  await expect(page.getByTestId('hit-position')).toHaveText('Treffer 2 van 4');
  await expect(text.locator('mark.mark-search')).toHaveText(['signalen', 'signalen']);
  const [firstOnPage1, secondOnPage1] = await text.locator('mark.mark-search').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-start')));
  await expect(text.locator('mark.mark-current')).toHaveAttribute('data-start', secondOnPage1 as string);
  await page.getByRole('button', { name: 'Vorige treffer' }).click();
  await expect(page.getByTestId('hit-position')).toHaveText('Treffer 1 van 4');
  await expect(text.locator('mark.mark-current')).toHaveAttribute('data-start', firstOnPage1 as string);
  await expect(page.getByRole('button', { name: 'Vorige treffer' })).toBeDisabled();
});

test('next and previous hit scroll each hit into view, on long pages and across pages', async ({ page, host }, testInfo) => {
  // A long notes file: "signaal" far apart on page 1 and again on page 2 (a form feed starts a page).
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `Regel ${i + 1}.`).join('\n');
  const notes = testInfo.outputPath('lang-verslag.txt');
  await fs.writeFile(notes, `Eerste signaal in de aanhef.\n${filler(60)}\nTweede signaal halverwege.\n${filler(60)}\nDerde signaal onderaan.\f${filler(30)}\nVierde signaal op pagina twee.\n`);
  await caseWithFixtures(page, host.url, [notes]);
  await search(page, 'signaal');
  const results = page.getByRole('region', { name: 'Zoeken' });
  await expect(results.getByRole('status')).toContainText('in 1 documenten');
  await results.getByRole('button', { name: /p\. 1/ }).first().click();

  const text = page.getByTestId('page-text');
  const position = page.getByTestId('hit-position');
  const current = text.locator('mark.mark-current');
  await expect(position).toHaveText('Treffer 1 van 4');
  await expect(current).toBeInViewport();
  for (const [index, expected] of [[2, 'Tweede'], [3, 'Derde'], [4, 'Vierde']] as const) {
    await page.getByRole('button', { name: 'Volgende treffer' }).click();
    await expect(position).toHaveText(`Treffer ${index} van 4`);
    await expect(text).toHaveAttribute('data-page', index === 4 ? '2' : '1');
    await expect(current).toHaveText('signaal');
    await expect(current).toBeInViewport();
    await expect(text).toContainText(`${expected} signaal`);
  }
  await page.getByRole('button', { name: 'Vorige treffer' }).click();
  await expect(text).toHaveAttribute('data-page', '1');
  await expect(position).toHaveText('Treffer 3 van 4');
  await expect(current).toBeInViewport();
  expect(await current.evaluate((mark) => mark.parentElement?.textContent?.includes('Derde signaal onderaan'))).toBe(true);
});

test('a coded passage can be found through the code facet', async ({ page, host, fixtures }, testInfo) => {
  await caseWithFixtures(page, host.url, [fixtures.samplePdf, fixtures.notesMd]);
  await search(page, 'signaal');
  const results = page.getByRole('region', { name: 'Zoeken' });
  await expect(results.getByRole('status')).toContainText('3 passages in 2 documenten');
  await expect(page.locator('fieldset[data-facet="code"]')).toHaveCount(0);

  // Open the hit on page 2 and code the word "signaal" there with BO1 (shortcut 1).
  await results.getByRole('button', { name: /p\. 2/ }).click();
  const codebook = page.getByRole('complementary', { name: 'Codeboek' });
  await codebook.getByLabel('Analist').fill('Anna');
  await codebook.getByRole('button', { name: 'Opslaan' }).click();
  const text = page.getByTestId('page-text');
  await text.locator('mark.mark-search', { hasText: /^signaal$/ }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Selectie:' })).toContainText('signaal');
  await page.keyboard.press('1');
  await expect(page.getByRole('region', { name: 'Gecodeerde passages op deze pagina' }).locator('.passage')).toContainText('BO1');

  // Back to the search: the same query again, now with a code facet; picking it leaves the coded passage.
  await page.getByRole('tab', { name: 'Zoeken' }).click();
  await expect(page.getByLabel('Zoekvraag')).toHaveValue('signaal');
  const code = page.locator('fieldset[data-facet="code"]');
  await expect(code.getByText('BO1 De minister uit de wind houden')).toBeVisible();
  await code.getByLabel(/BO1/).check();
  await expect(results.getByRole('status')).toContainText('1 passages in 1 documenten');
  await expect(results.locator('.result-document h3')).toHaveText([/rapport-signalen/]);
  await expect(results.getByRole('button', { name: /p\. 2/ })).toBeVisible();
  const screenshot = testInfo.outputPath('search-code-facet.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach('search-code-facet', { path: screenshot, contentType: 'image/png' });
  // The same through the query syntax.
  await search(page, 'signaal -code:BO1');
  await expect(results.getByRole('status')).toContainText('2 passages in 2 documenten');
});

test('a malformed query says what is wrong instead of showing nothing', async ({ page, host, fixtures }) => {
  await caseWithFixtures(page, host.url, [fixtures.samplePdf]);
  await search(page, '"raad van state');
  await expect(page.getByRole('alert')).toContainText('Er ontbreekt een afsluitend aanhalingsteken');
  await search(page, 'onderwerp:toeslagen');
  await expect(page.getByRole('alert')).toContainText('Onbekend veld "onderwerp:"');
  await search(page, '"Nationale ombudsman" -toeslag');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Zoeken' }).getByRole('status')).toContainText('1 passages in 1 documenten');
});

test('batch search counts each line per document and downloads a CSV', async ({ page, host, fixtures }) => {
  await caseWithFixtures(page, host.url, [fixtures.samplePdf, fixtures.notesMd]);
  await page.getByRole('button', { name: 'Lijst doorzoeken' }).click();
  await page.getByLabel('Termen (één per regel)').fill('Nationale ombudsman\nBelastingdienst\nPiet Jansen');
  await page.getByRole('button', { name: 'Doorzoeken', exact: true }).click();
  const table = page.locator('.batch-table');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.locator('tbody tr').nth(0)).toContainText('Nationale ombudsman2');
  await expect(table.locator('tbody tr').nth(2)).toContainText('Piet Jansen0');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV downloaden' }).click();
  const download = await downloading;
  const csv = await fs.readFile(await download.path(), 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe('term,total_hits,document_id,document_title,document_hits,problem');
  expect(lines.filter((line) => line.startsWith('Nationale ombudsman,2,'))).toHaveLength(2);
  expect(lines).toContain('Piet Jansen,0,,,0,');
});
