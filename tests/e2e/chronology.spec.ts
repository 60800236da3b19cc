import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { SAMPLE_SENTENCE_PAGE_2 } from '../../fixtures/sample-pdf';
import { expect, test } from './host-fixture';
import { selectInTextView } from './reader';

const OMBUDSMAN_SENTENCE = 'Op 5 december 2019 meldde de Nationale ombudsman dat ouders ten onrechte als fraudeur waren aangemerkt.';
const LETTER_SENTENCE = 'Zie ook de brief van 12 maart 2020 over de hersteloperatie.';

async function newCaseWithSample(page: Page, url: string, samplePdf: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Naam van de zaak').fill('Toeslagen');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByTestId('import-input').setInputFiles(samplePdf);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('1 geïmporteerd');
  await page.getByRole('button', { name: /rapport-signalen/ }).click();
  const panel = page.getByRole('complementary', { name: 'Codeboek' });
  await panel.getByLabel('Analist').fill('Anna');
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  await expect(panel.getByText('Vul je naam in')).toHaveCount(0);
}

async function addActor(page: Page, name: string, role: string): Promise<void> {
  const panel = page.getByRole('region', { name: 'Actoren' });
  await panel.getByLabel('Naam', { exact: true }).fill(name);
  await panel.getByRole('combobox', { name: 'Rol', exact: true }).selectOption({ label: role });
  await panel.getByRole('button', { name: 'Actor toevoegen' }).click();
  await expect(panel.locator('.actor strong', { hasText: name })).toBeVisible();
}

test('code a passage, make an event of it in two keystrokes, link a response, see the chain, export the report', async ({ page, host, fixtures }, testInfo) => {
  await newCaseWithSample(page, host.url, fixtures.samplePdf);

  // Actors first, so that the proposal can find them in the passage.
  await page.getByRole('tab', { name: 'Chronologie' }).click();
  await addActor(page, 'Nationale ombudsman', 'hoge colleges');
  await addActor(page, 'Belastingdienst', 'uitvoering');

  // Code the ombudsman's sentence on page 2 (SV3), then make an event of the coded passage: Ctrl+E, Enter.
  await page.getByRole('tab', { name: 'Documenten' }).click();
  await page.getByRole('button', { name: /rapport-signalen/ }).click();
  await page.getByRole('button', { name: 'Volgende pagina' }).click();
  await selectInTextView(page, OMBUDSMAN_SENTENCE);
  await page.keyboard.press('Shift+3');
  const passage = page.getByRole('region', { name: 'Gecodeerde passages op deze pagina' }).locator('.passage');
  await expect(passage).toContainText('SV3 Geen gehoor');
  // The passage just coded is the chosen one: Ctrl+E makes the event of it.
  await expect(passage).toHaveClass(/focus/);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Nieuwe gebeurtenis' });
  await expect(dialog.getByLabel('Titel')).toHaveValue(OMBUDSMAN_SENTENCE.slice(0, -1));
  await expect(dialog).toContainText('uit de passage: “5 december 2019”');
  await expect(dialog.getByRole('checkbox', { name: 'Nationale ombudsman' })).toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Bewaren' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'bewaard' })).toContainText('Gebeurtenis “Op 5 december 2019 meldde');

  // A second passage for the same event, cited from the reader.
  await selectInTextView(page, SAMPLE_SENTENCE_PAGE_2);
  await page.getByRole('combobox', { name: 'Selectie citeren bij…' }).focus();
  await page.getByRole('combobox', { name: 'Selectie citeren bij…' }).selectOption({ label: `5 december 2019 — ${OMBUDSMAN_SENTENCE.slice(0, -1)}` });
  await expect(page.getByRole('status').filter({ hasText: 'bewaard' })).toContainText('Gebeurtenis “Op 5 december 2019 meldde');

  // The response: a selection (not coded), again two keystrokes.
  await selectInTextView(page, LETTER_SENTENCE);
  await page.keyboard.press('Control+e');
  await expect(dialog.getByLabel('Titel')).toHaveValue(LETTER_SENTENCE.slice(0, -1));
  await dialog.getByRole('combobox', { name: 'Soort' }).selectOption({ label: 'reactie' });
  await dialog.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'bewaard' })).toContainText('Zie ook de brief');

  // The table: both events in date order, each with its source.
  await page.getByRole('tab', { name: 'Chronologie' }).click();
  const table = page.getByRole('table', { name: 'Chronologie' });
  await expect(table.locator('tr.event-row')).toHaveCount(2);
  await expect(table.locator('tr.event-row').first()).toContainText('5 december 2019');
  await expect(table.locator('tr.event-row').nth(1)).toContainText('12 maart 2020');
  await expect(table.locator('.badge.unsupported')).toHaveCount(0);

  // An event by hand has no source: visibly unsupported.
  await page.getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
  const editor = page.getByRole('group', { name: 'Nieuwe gebeurtenis' });
  await editor.getByLabel('Datum').fill('medio 2020');
  await editor.getByLabel('Titel').fill('Overleg zonder verslag');
  await editor.getByRole('button', { name: 'Bewaren' }).click();
  await expect(table.locator('tr.event-row.unsupported')).toContainText('Overleg zonder verslag');
  await expect(table.locator('tr.event-row.unsupported .badge.unsupported')).toHaveText('zonder bron');

  // The signal link: ombudsman → Belastingdienst, answered by the letter.
  await table.locator('tr.event-row', { hasText: '5 december 2019' }).getByRole('button', { name: 'Bewerken' }).click();
  await page.getByRole('button', { name: 'Signaal vastleggen' }).click();
  const signal = page.locator('fieldset.signal-editor');
  await signal.getByRole('combobox', { name: 'Van' }).selectOption({ label: 'Nationale ombudsman' });
  await signal.getByRole('combobox', { name: 'Aan' }).selectOption({ label: 'Belastingdienst' });
  await signal.getByLabel('Wat werd gesignaleerd').fill('Ouders ten onrechte als fraudeur aangemerkt');
  await signal.getByRole('radio', { name: 'met een reactie' }).check();
  await signal.getByRole('combobox', { name: 'Reactie' }).selectOption({ label: '12 maart 2020 — Zie ook de brief van 12 maart 2020 over de hersteloperatie' });
  await signal.getByRole('checkbox', { name: 'SV3 Geen gehoor' }).check();
  await signal.getByRole('button', { name: /Bewaren \(signaal\)/ }).click();
  await expect(table.locator('tr.event-row', { hasText: '5 december 2019' }).locator('.badge.signal')).toBeVisible();

  const tableShot = testInfo.outputPath('chronology-table.png');
  await page.screenshot({ path: tableShot, fullPage: true });
  await testInfo.attach('chronology-table', { path: tableShot, contentType: 'image/png' });

  // The signal chain: one answered arrow from the hoge-colleges lane to the uitvoering lane, and its response.
  await page.getByRole('tab', { name: 'Signaalketen' }).click();
  const chain = page.getByTestId('signal-chain');
  const arrow = chain.getByRole('button', { name: /^Signaal 1: Nationale ombudsman aan Belastingdienst, 5 december 2019/ });
  await expect(arrow).toBeVisible();
  await expect(chain.getByRole('button', { name: /^Reactie op signaal 1, 12 maart 2020/ })).toBeVisible();
  await expect(chain.locator('text', { hasText: 'hoge colleges' })).toBeVisible();
  await expect(chain.locator('text', { hasText: 'uitvoering' })).toBeVisible();
  // The period is typed as any date in Spoor (not the browser's mm/dd/yyyy): from 2020 leaves out the signal of December 2019.
  const filters = page.getByRole('group', { name: 'Filter' });
  const periodFrom = filters.getByLabel('Periode van');
  await periodFrom.fill('2020');
  await expect(filters.locator('.date-field').first().locator('small')).toHaveText('2020');
  await expect(arrow).toHaveCount(0);
  await periodFrom.fill('');
  await expect(arrow).toBeVisible();
  await filters.getByRole('textbox', { name: 'tot' }).fill('medio 2019');
  await expect(arrow).toHaveCount(0);
  await filters.getByRole('textbox', { name: 'tot' }).fill('eind 2019');
  await expect(arrow).toBeVisible();
  await arrow.click();
  const detail = page.getByRole('region', { name: 'Details' });
  await expect(detail.locator('blockquote')).toHaveText([`“${OMBUDSMAN_SENTENCE}”`, `“${SAMPLE_SENTENCE_PAGE_2}”`]);
  await expect(detail).toContainText('met een reactie');
  const chainShot = testInfo.outputPath('signal-chain.png');
  await page.screenshot({ path: chainShot, fullPage: true });
  await testInfo.attach('signal-chain', { path: chainShot, contentType: 'image/png' });
  // The response arrow shows the letter's passage; it opens in the reader, marked.
  await chain.getByRole('button', { name: /^Reactie op signaal 1/ }).click();
  await expect(detail.locator('blockquote')).toHaveText(`“${LETTER_SENTENCE}”`);
  await detail.getByRole('button', { name: 'Openen (p. 2)' }).click();
  await expect(page.locator('mark.mark-target')).toHaveText(LETTER_SENTENCE);

  // The timeline: the fuzzy "medio 2020" is a band, the days are points; the unsupported event is flagged.
  await page.getByRole('tab', { name: 'Tijdlijn' }).click();
  const timeline = page.getByTestId('timeline');
  await expect(timeline.getByRole('button')).toHaveCount(3);
  await expect(timeline.getByRole('button', { name: /^medio 2020: Overleg zonder verslag \(zonder bron\)/ }).locator('rect')).toHaveCount(1);
  await expect(timeline.getByRole('button', { name: /^5 december 2019:/ }).locator('circle')).toHaveCount(1);
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  await expect(page.getByText('×2')).toBeVisible();
  const timelineShot = testInfo.outputPath('timeline.png');
  await page.screenshot({ path: timelineShot, fullPage: true });
  await testInfo.attach('timeline', { path: timelineShot, contentType: 'image/png' });
  await page.getByRole('tab', { name: 'Chronologie' }).click();

  // The report as HTML: the footnote with page and hash.
  const exportPanel = page.getByRole('region', { name: 'Exporteren' });
  await exportPanel.getByRole('combobox', { name: 'Formaat' }).selectOption('html');
  const downloading = page.waitForEvent('download');
  await exportPanel.getByRole('button', { name: 'Exporteren' }).click();
  const htmlFile = testInfo.outputPath('report.html');
  await (await downloading).saveAs(htmlFile);
  const html = await fs.readFile(htmlFile, 'utf8');
  // The source's own SHA-256, computed here from the file: the report must quote it, and list it in full.
  const hash = createHash('sha256').update(await fs.readFile(fixtures.samplePdf)).digest('hex');
  expect(html).toContain(`<code>${hash}</code>`);
  expect(html).toContain(`<li id="fn-1" value="1">“${OMBUDSMAN_SENTENCE}” — rapport-signalen, p. 2. SHA-256 ${hash!.slice(0, 12)}.`);
  expect(html).toContain(`<li id="fn-2" value="2">“${SAMPLE_SENTENCE_PAGE_2}” — rapport-signalen, p. 2. SHA-256 ${hash!.slice(0, 12)}.`);
  expect(html).toContain(`<li id="fn-3" value="3">“${LETTER_SENTENCE}” — rapport-signalen, p. 2. SHA-256 ${hash!.slice(0, 12)}.`);
  expect(html).not.toContain('<script');

  // The same report as .docx: real footnotes with page and hash.
  await exportPanel.getByRole('combobox', { name: 'Formaat' }).selectOption('docx');
  const downloadingDocx = page.waitForEvent('download');
  await exportPanel.getByRole('button', { name: 'Exporteren' }).click();
  const docxFile = testInfo.outputPath('report.docx');
  await (await downloadingDocx).saveAs(docxFile);
  const zip = unzipSync(new Uint8Array(await fs.readFile(docxFile)));
  const footnotes = strFromU8(zip['word/footnotes.xml']!).replace(/<[^>]+>/g, '');
  expect(footnotes).toContain(`“${OMBUDSMAN_SENTENCE}” — rapport-signalen, p. 2. SHA-256 ${hash!.slice(0, 12)}.`);
  expect(footnotes).toContain(`“${LETTER_SENTENCE}” — rapport-signalen, p. 2. SHA-256 ${hash!.slice(0, 12)}.`);
  expect(Object.keys(zip).some((name) => name.startsWith('word/media/') && name.endsWith('.png'))).toBe(true);
  await expect(exportPanel.getByRole('status')).toContainText('.docx is klaar.');
});
