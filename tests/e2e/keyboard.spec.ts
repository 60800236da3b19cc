import type { Page } from '@playwright/test';
import { expect, test, type HostHandle } from './host-fixture';

/** Ctrl+K, type what to do, Enter: the palette runs the best match, which must be `expected`. */
async function command(page: Page, typed: string, expected: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Opdrachtenpalet' });
  const input = palette.getByRole('combobox', { name: 'Zoek een opdracht' });
  await expect(input).toBeFocused();
  await page.keyboard.type(typed);
  // The active option (aria-activedescendant) is the one Enter runs.
  const active = palette.locator('[role="option"][aria-selected="true"]');
  await expect(active.locator('.command-title')).toHaveText(expected);
  await expect(input).toHaveAttribute('aria-activedescendant', (await active.getAttribute('id')) ?? '');
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
}

/** The analyst's name is a setting (set in the settings screen, not part of this flow): set it through the host. */
async function setAnalyst(page: Page, host: HostHandle, name: string): Promise<void> {
  const response = await page.request.post(`${host.origin}/api/call/settings:update`, {
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    data: { analystName: name },
  });
  expect(await response.json()).toMatchObject({ ok: true });
}

test('without the mouse: create a case, import, search, code the hit and make an event of it, all from the keyboard', async ({ page, host, fixtures }) => {
  await page.goto(host.url);
  await setAnalyst(page, host, 'Anna');

  // A new case: the palette puts the cursor in the name field; Enter creates it.
  await command(page, 'nieuwe zaak', 'Nieuwe zaak');
  await expect(page.getByLabel('Naam van de zaak')).toBeFocused();
  await page.keyboard.type('Toetsenbord');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Toetsenbord' })).toBeVisible();

  // Import: the browser's file chooser is the one step that is not a key press.
  const chooser = page.waitForEvent('filechooser');
  await command(page, 'importeren', 'Bestanden importeren…');
  await (await chooser).setFiles(fixtures.samplePdf);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('1 geïmporteerd');

  // Search: the palette goes to the search box, from any tab.
  await command(page, 'zoeken', 'Zoeken in de zaak');
  const box = page.getByRole('searchbox', { name: 'Zoekvraag' });
  await expect(box).toBeFocused();
  await page.keyboard.type('ombudsman');
  await page.keyboard.press('Enter');
  await expect(page.locator('.search-results .result-passage').first()).toBeVisible();

  // The next hit from the results is the first: it opens in the reader, marked as current.
  await command(page, 'volgende treffer', 'Volgende treffer');
  await expect(page.getByTestId('hit-position')).toHaveText(/^Treffer 1 van \d+$/);
  await expect(page.locator('.document-view .mark-current')).toHaveText(/ombudsman/i);

  // Select the current hit with its shortcut, then code it from the palette (by code id, fuzzy).
  await page.keyboard.press('Alt+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Selectie:' })).toContainText('ombudsman');
  await command(page, 'bo1', 'Selectie coderen: BO1 De minister uit de wind houden');
  const passages = page.getByRole('region', { name: 'Gecodeerde passages op deze pagina' });
  await expect(passages.locator('.passage', { hasText: 'ombudsman' })).toContainText('BO1');

  // The passage just coded is the chosen one: the palette makes an event of it, Enter saves the proposal.
  await command(page, 'gebeurtenis', 'Gebeurtenis maken van de selectie of passage');
  const dialog = page.getByRole('dialog', { name: 'Nieuwe gebeurtenis' });
  // It cites the coded hit, dated from its sentence.
  await expect(dialog.locator('blockquote')).toContainText('“ombudsman” — rapport-signalen, p. 2');
  await expect(dialog).toContainText('uit de zin: “5 december 2019”');
  await expect(dialog.getByRole('button', { name: 'Bewaren' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'bewaard' })).toBeVisible();

  // The coded passage in the Codes tab (Alt+5) and the event in the chronology (Alt+7).
  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('tab', { name: 'Codes' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.retrieval-codes .code-button', { hasText: 'BO1' }).locator('.count')).toHaveText('1');
  await page.keyboard.press('Alt+7');
  const table = page.getByRole('table', { name: 'Chronologie' });
  await expect(table.locator('tr.event-row')).toHaveCount(1);
  await expect(table.locator('tr.event-row')).toContainText('5 december 2019');
});

test('? opens the cheat sheet of every shortcut; Escape closes it and focus returns', async ({ page, host }) => {
  await page.goto(host.url);
  // The header's button opens the palette too; Escape closes it and focus returns to the button.
  const button = page.getByRole('button', { name: 'Opdrachtenpalet' });
  await button.focus();
  await page.keyboard.press('Enter');
  const palette = page.getByRole('dialog', { name: 'Opdrachtenpalet' });
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette).toHaveCount(0);
  await expect(button).toBeFocused();

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(sheet).toBeVisible();
  const row = (title: string) => sheet.getByRole('row', { name: title });
  await expect(row('Opdrachtenpalet openen')).toContainText('Ctrl+K');
  await expect(row('Zoeken in de zaak')).toContainText('/');
  await expect(row('Volgende treffer')).toContainText('F3');
  await expect(row('Vorige treffer')).toContainText('Shift+F3');
  await expect(row('Gebeurtenis maken van de selectie of passage')).toContainText('Ctrl+E');
  await expect(row('Sneltoetsen tonen')).toContainText('?');
  await expect(sheet).toContainText('cijfertoets');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(button).toBeFocused();

  // Typing ? in a text field is typing, not a shortcut.
  const name = page.getByLabel('Naam van de zaak');
  await name.focus();
  await page.keyboard.type('Wat?');
  await expect(name).toHaveValue('Wat?');
  await expect(sheet).toHaveCount(0);

  // In English, from the palette: the titles follow the language.
  await command(page, 'taal', 'Taal wijzigen naar English');
  await expect(page.getByLabel('Case name')).toBeFocused();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('short');
  await expect(page.getByRole('dialog', { name: 'Command palette' }).locator('[aria-selected="true"]')).toContainText('Show keyboard shortcuts');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Open the command palette');
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Case name')).toBeFocused();
});

test('shortcuts: / goes to the search box from any tab, F3 and Shift+F3 step through the hits; commands of other views and screens', async ({ page, host, fixtures }) => {
  await page.goto(host.url);
  await page.getByLabel('Naam van de zaak').fill('Treffers');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByTestId('import-input').setInputFiles(fixtures.samplePdf);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('1 geïmporteerd');

  // While typing in a field, / is a character.
  const box = page.getByRole('searchbox', { name: 'Zoekvraag' });
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('signalen/');
  await expect(box).toHaveValue('signalen/');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(page.locator('.search-results .result-passage').first()).toBeVisible();

  // Out of the field (Tab), F3 from the results opens the first hit in the reader.
  await page.keyboard.press('Tab');
  await page.keyboard.press('F3');
  const position = page.getByTestId('hit-position');
  await expect(position).toHaveText(/^Treffer 1 van ([3-9]|\d\d+)$/);
  await page.keyboard.press('F3');
  await expect(position).toHaveText(/^Treffer 2 van /);
  await page.keyboard.press('F3');
  await expect(position).toHaveText(/^Treffer 3 van /);
  await page.keyboard.press('Shift+F3');
  await expect(position).toHaveText(/^Treffer 2 van /);

  // From the reader, / goes back to the search box, the last query still in it.
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('signalen');

  // A view's command from another view: the palette shows that view and runs it there.
  await command(page, 'exporteren', 'Chronologie exporteren…');
  await expect(page.getByRole('tab', { name: 'Chronologie' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('combobox', { name: 'Formaat' })).toBeFocused();
  await command(page, 'integriteit', 'Integriteit controleren');
  await expect(page.getByRole('status', { name: 'Integriteit van de zaak' })).toContainText('In orde');

  // The start screen's command from a case: the case closes, and the cursor is in the name field.
  await command(page, 'nieuwe', 'Nieuwe zaak');
  await expect(page.getByLabel('Naam van de zaak')).toBeFocused();
});
