import fs from 'node:fs/promises';
import { expect, test } from './host-fixture';
import type { Page } from '@playwright/test';

async function caseWithFixtures(page: Page, url: string, files: string[]) {
  await page.goto(url);
  await page.getByLabel('Naam van de zaak').fill('Zoektest');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByTestId('import-input').setInputFiles(files);
  await expect(page.getByRole('status', { name: 'import-report' })).toContainText(`${files.length} geïmporteerd`);
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

  // Open the hit on page 2 of the report: the reader shows page 2 with the hits marked.
  await results.getByRole('button', { name: /p\. 2/ }).click();
  const text = page.getByTestId('page-text');
  await expect(text).toHaveAttribute('data-page', '2');
  await expect(text.locator('mark.mark-search')).toHaveText(['Signalen', 'signaal']);
  await expect(page.getByTestId('hit-position')).toHaveText('Treffer 3 van 4');
  await page.getByRole('button', { name: 'Vorige treffer' }).click();
  await expect(text).toHaveAttribute('data-page', '1');
  await expect(text.locator('mark.mark-search')).toHaveText(['signalen', 'signalen']);
  await expect(page.getByRole('button', { name: 'Vorige treffer' })).toBeDisabled();
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
