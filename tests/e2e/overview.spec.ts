import path from 'node:path';
import type { Page } from '@playwright/test';
import { planRelease } from '../../fixtures/woo-release';
import { SAMPLE_SENTENCE_PAGE_2 } from '../../fixtures/sample-pdf';
import { expect, test } from './host-fixture';
import { selectInTextView } from './reader';

const DUTCH_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

async function newCase(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Naam van de zaak').fill(name);
  await page.getByRole('button', { name: 'Aanmaken' }).click();
}

/** Tabs from the section's "show as table" switch into its chart: the chart is one tab stop, at its first bar or cell. */
async function tabIntoChart(page: Page, section: ReturnType<Page['getByTestId']>): Promise<void> {
  await section.getByRole('button', { name: 'Toon als tabel' }).focus();
  await page.keyboard.press('Tab');
}

test('a Woo release at a glance: documents per month and grounds per document as imported; a ground cell opens the reader at its mentions', async ({ page, host, fixtures }, testInfo) => {
  test.setTimeout(180_000);
  const plan = planRelease();
  await newCase(page, host.url, 'Overzicht Woo');
  const files = ['besluit-woo-verzoek.pdf', 'inventarislijst.xlsx', 'documenten-bundel.pdf'].map((name) => path.join(fixtures.wooDir, name));
  await page.getByTestId('import-input').setInputFiles(files);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('3 geïmporteerd, 0 al aanwezig, 0 mislukt', { timeout: 120_000 });
  await page.getByRole('tab', { name: 'Overzicht' }).click();

  // Every part of the bundle is a document, with the decision letter and the inventory; the bundle itself is not counted again.
  // E-mails are dated by their printed header; attachments, the letter and the inventory have no date.
  const emails = plan.documents.filter((document) => document.email);
  const undated = plan.documents.length - emails.length + 2;
  const documents = page.getByTestId('overview-documents');
  await expect(documents).toContainText(`${plan.documents.length + 2} documenten in de zaak, waarvan ${undated} zonder datum.`);
  const perMonth = new Map<string, number>();
  for (const email of emails) {
    const month = `${DUTCH_MONTHS[email.date.getUTCMonth()]} ${email.date.getUTCFullYear()}`;
    perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
  }
  for (const [month, count] of perMonth) {
    await expect(documents.getByRole('button', { name: `${month}: ${count} ${count === 1 ? 'document' : 'documenten'}`, exact: true })).toBeVisible();
  }
  await expect(documents.getByRole('button', { name: `zonder datum: ${undated} documenten`, exact: true })).toBeVisible();

  // By keyboard: into the chart, to its last bar (the undated), Enter lists those documents.
  await tabIntoChart(page, documents);
  await page.keyboard.press('End');
  await expect(documents.getByRole('button', { name: /^zonder datum:/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const listed = page.getByTestId('month-documents');
  await expect(listed.getByRole('listitem')).toHaveCount(undated);
  await expect(listed.getByRole('heading')).toHaveText(`Documenten zonder datum (${undated})`);
  await expect(listed.getByRole('button', { name: 'inventarislijst' })).toBeVisible();

  // Grounds per document: a row per part with grounds (and the letter); 5.1.2i where the plan put it.
  const grounds = page.getByTestId('overview-grounds');
  const withI = plan.documents.filter((document) => document.grounds.includes('5.1.2i')).length;
  await grounds.getByRole('button', { name: 'Toon als tabel' }).click();
  const table = grounds.getByRole('table', { name: 'Weigeringsgronden per document' });
  const partRows = table.locator('tbody tr', { hasText: 'documenten-bundel · document' });
  await expect(partRows).toHaveCount(plan.documents.length);
  await expect(partRows.getByRole('button', { name: /, grond 5\.1\.2i: / })).toHaveCount(withI);
  await expect(table.locator('tbody tr', { hasText: 'besluit-woo-verzoek' })).toHaveCount(1);
  await grounds.getByRole('button', { name: 'Toon als tabel' }).click();
  for (const [name, section] of [['overview-documents', documents], ['overview-grounds', grounds]] as const) {
    const shot = testInfo.outputPath(`${name}.png`);
    await section.screenshot({ path: shot });
    await testInfo.attach(name, { path: shot, contentType: 'image/png' });
  }

  // By keyboard: the heat map's first cell (first document, first ground), Enter opens the reader at its mentions.
  await tabIntoChart(page, grounds);
  const cell = page.locator(':focus');
  const name = (await cell.getAttribute('aria-label')) ?? '';
  const [, title, ground, count] = /^(.*), grond (\S+): (\d+) vermelding/.exec(name) ?? [];
  expect(title, name).toBeTruthy();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Documenten' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('article', { name: title })).toBeVisible();
  await expect(page.getByTestId('hit-position')).toHaveText(`Treffer 1 van ${count}`);
  await expect(page.locator('.document-view .mark-current').first()).toHaveText(ground!);
});

test('codes per document and events over time lead to the coded passages and the chronology of that month', async ({ page, host, fixtures }) => {
  await newCase(page, host.url, 'Overzicht coderen');
  await page.getByTestId('import-input').setInputFiles(fixtures.samplePdf);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('1 geïmporteerd', { timeout: 60_000 });
  await page.getByRole('button', { name: /rapport-signalen/ }).click();
  const panel = page.getByRole('complementary', { name: 'Codeboek' });
  await panel.getByLabel('Analist').fill('Anna');
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('button', { name: 'Volgende pagina' }).click();
  await selectInTextView(page, SAMPLE_SENTENCE_PAGE_2);
  await page.keyboard.press('1');
  await expect(page.getByRole('region', { name: 'Gecodeerde passages op deze pagina' }).locator('.passage')).toContainText('BO1');

  await page.getByRole('tab', { name: 'Chronologie' }).click();
  for (const [date, title] of [
    ['5 december 2019', 'Melding ombudsman'],
    ['3 maart 2020', 'Brief aan de Kamer'],
    ['medio 2020', 'Overleg zonder verslag'],
  ]) {
    await page.getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
    const editor = page.getByRole('group', { name: 'Nieuwe gebeurtenis' });
    await editor.getByLabel('Datum').fill(date!);
    await editor.getByLabel('Titel').fill(title!);
    await editor.getByRole('button', { name: 'Bewaren' }).click();
    await expect(page.getByRole('table', { name: 'Chronologie' })).toContainText(title!);
  }

  await page.getByRole('tab', { name: 'Overzicht' }).click();
  const events = page.getByTestId('overview-events');
  await expect(events).toContainText('3 gebeurtenissen in de chronologie.');
  // "medio 2020" (May–August) counts once, in May, and says that its date reaches further.
  await expect(events.getByRole('link', { name: 'mei 2020: 1 gebeurtenis, waarvan 1 met een datum die verder reikt' })).toBeVisible();
  await expect(events.getByRole('link', { name: 'januari 2020: 0 gebeurtenissen' })).toHaveAttribute('aria-disabled', 'true');

  // By keyboard: December 2019 is the first bar; three to the right is March 2020; Enter opens the chronology of that month.
  await tabIntoChart(page, events);
  await expect(events.getByRole('link', { name: 'december 2019: 1 gebeurtenis' })).toBeFocused();
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight');
  await expect(events.getByRole('link', { name: 'maart 2020: 1 gebeurtenis' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Chronologie' })).toHaveAttribute('aria-selected', 'true');
  const rows = page.getByRole('table', { name: 'Chronologie' }).locator('tr.event-row');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Brief aan de Kamer');

  // The codes heat map: its one cell opens the Codes tab with BO1's passages in that document only.
  await page.getByRole('tab', { name: 'Overzicht' }).click();
  const codes = page.getByTestId('overview-codes');
  await expect(codes).toContainText('1 passage in 1 document, met 1 code.');
  await tabIntoChart(page, codes);
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^rapport-signalen.*, code BO1 De minister uit de wind houden: 1 passage$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Codes' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText(/^Alleen in: rapport-signalen/)).toBeVisible();
  const results = page.getByRole('region', { name: 'BO1' });
  await expect(results.locator('.retrieved-item')).toHaveCount(1);
  await expect(results).toContainText(SAMPLE_SENTENCE_PAGE_2);
});
