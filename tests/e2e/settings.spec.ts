import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './host-fixture';

test('settings: a data folder that does not exist is refused, a real one receives new cases; the theme stays after a reload', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Instellingen' });
  const missing = path.join(host.dataDir, 'bestaat-niet');
  await dialog.getByLabel('Gegevensmap voor nieuwe zaken').fill(missing);
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(`De map ${missing} kan geen nieuwe zaken bevatten: geef het volledige pad van een bestaande map waarin je mag schrijven.`);

  const chosen = path.join(host.dataDir, 'onderzoek');
  await fs.mkdir(chosen);
  await dialog.getByLabel('Gegevensmap voor nieuwe zaken').fill(chosen);
  await dialog.getByRole('radio', { name: 'Donker' }).check();
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = () => page.locator('body').evaluate((body) => getComputedStyle(body.parentElement!).backgroundColor);
  expect(await background()).toBe('rgb(21, 23, 26)');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByLabel('Naam van de zaak').fill('Elders');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await expect(page.locator('.case-header .path')).toHaveText(path.join(chosen, 'Elders.spoor'));
  await fs.access(path.join(chosen, 'Elders.spoor', 'case.json'));

  // The system theme follows the operating system's preference.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await dialog.getByRole('radio', { name: 'Zoals het systeem' }).check();
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('settings: with OCR off a scanned page is imported unread, and the report and the reader say so', async ({ page, host, fixtures }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Instellingen' });
  await dialog.getByRole('checkbox', { name: 'Gescande pagina’s lezen met OCR bij importeren' }).uncheck();
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();

  await page.getByLabel('Naam van de zaak').fill('Zonder OCR');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByTestId('import-input').setInputFiles(fixtures.formats.scanPdf);
  const report = page.getByRole('status', { name: 'Importresultaat' });
  await expect(report).toContainText('1 geïmporteerd');
  await expect(report).toContainText('1 gescande pagina(’s) niet gelezen omdat OCR uit staat (pagina 1)');
  await page.getByRole('button', { name: /scan-pagina-2/ }).click();
  await expect(page.getByTestId('page-text')).toHaveText('(Deze pagina is een scan en is niet met OCR gelezen: OCR stond uit in de instellingen. Er is dus geen tekst.)');

  // The analyst's name saved in the codebook panel is what the settings dialog shows, and saving the dialog keeps it.
  const panel = page.getByRole('complementary', { name: 'Codeboek' });
  await panel.getByLabel('Analist').fill('Bram');
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  await expect(panel.getByText('Vul je naam in')).toHaveCount(0);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(dialog.getByLabel('Naam analist')).toHaveValue('Bram');
  await dialog.getByRole('radio', { name: 'Licht' }).check();
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(dialog.getByLabel('Naam analist')).toHaveValue('Bram');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
