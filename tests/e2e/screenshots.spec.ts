import type { Page } from '@playwright/test';
import { expect, test } from './host-fixture';

/**
 * The README's screenshots, taken from the demo case. Each is compared with
 * the one in tests/e2e/screenshots/: when the UI changes, this test fails
 * until `npm run screenshots` has taken them again, so the README never
 * shows a screen that no longer exists.
 */

async function shoot(page: Page, name: string) {
  // The case's folder lies in a fresh temporary directory per run: hidden, so the pictures do not change with it.
  // (Through the element's style: the app's CSP refuses a style sheet injected by the test.)
  await page.locator('.path').evaluateAll((elements) => elements.forEach((element) => ((element as HTMLElement).style.visibility = 'hidden')));
  await expect(page).toHaveScreenshot(`${name}.png`, { maxDiffPixelRatio: 0.01, timeout: 30_000 });
}

test('the README screenshots match the current UI', async ({ page, host }) => {
  test.setTimeout(300_000);
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Open voorbeeldzaak' })).toBeVisible();
  await shoot(page, 'start');

  await page.getByRole('button', { name: 'Open voorbeeldzaak' }).click();
  await expect(page.getByRole('heading', { name: 'Voorbeeldzaak', level: 1 })).toBeVisible({ timeout: 180_000 });

  // The report beside its text, on the page with coded passages.
  await page.getByRole('button', { name: /rapport-signalen/ }).click();
  await page.getByRole('button', { name: 'Volgende pagina' }).click();
  await page.getByRole('button', { name: 'Naast elkaar' }).click();
  await expect(page.locator('canvas').first()).toBeVisible();
  // The page strip draws its three pages one at a time.
  await expect(page.locator('.thumbnail-picture img')).toHaveCount(3);
  await shoot(page, 'reader');

  await page.getByRole('tab', { name: 'Overzicht' }).click();
  await expect(page.getByTestId('overview-documents')).toBeVisible();
  await shoot(page, 'overview');

  await page.getByRole('tab', { name: 'Zoeken' }).click();
  await page.getByLabel('Zoekvraag').fill('ombudsman');
  await page.getByLabel('Zoekvraag').press('Enter');
  await expect(page.getByRole('region', { name: 'Zoeken' })).toContainText('rapport-signalen');
  await shoot(page, 'search');

  await page.getByRole('tab', { name: 'Woo' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('5.1.2');
  await shoot(page, 'woo');

  await page.getByRole('tab', { name: 'Chronologie' }).click();
  await expect(page.getByRole('table', { name: 'Chronologie' }).locator('tr.event-row')).toHaveCount(8);
  await shoot(page, 'chronology');

  await page.getByRole('tab', { name: 'Signaalketen' }).click();
  await expect(page.getByTestId('signal-chain')).toBeVisible();
  await shoot(page, 'signal-chain');

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Opdrachtenpalet' });
  await palette.getByRole('combobox').fill('code');
  await shoot(page, 'palette');
});
