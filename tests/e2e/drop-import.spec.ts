import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './host-fixture';

/**
 * A drop as the browser delivers one: dragenter, dragover and drop events
 * carrying a DataTransfer with files. Playwright cannot hand a real folder to
 * a synthetic drop (webkitGetAsEntry() is null for files added by script), so
 * folder walking is covered by tests/unit/renderer/dropped-files.test.ts; this
 * covers the window-wide target, the overlay and the import of several files.
 */
test('files dropped anywhere on the case window are imported, with an overlay while dragging', async ({ page, host, fixtures }) => {
  await page.goto(host.url);
  await page.getByLabel('Naam van de zaak').fill('Slepen');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByRole('tab', { name: 'Zoeken' }).click();

  const files = await Promise.all(
    [fixtures.samplePdf, fixtures.notesTxt, fixtures.notesMd].map(async (file) => ({ name: path.basename(file), base64: (await fs.readFile(file)).toString('base64') })),
  );
  const transfer = await page.evaluateHandle((dropped) => {
    const data = new DataTransfer();
    for (const { name, base64 } of dropped) data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
    return data;
  }, files);

  // Over the search form, far from the small zone in the Documents view.
  const target = page.getByLabel('Zoekvraag');
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-overlay')).toHaveText('Laat los om te importeren — bestanden en mappen');
  await target.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Documenten' }).click();
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('3 geïmporteerd', { timeout: 60_000 });
  for (const name of ['rapport-signalen', 'gespreksnotitie', 'tijdlijn']) await expect(page.getByRole('button', { name: new RegExp(name) })).toBeVisible();
});
