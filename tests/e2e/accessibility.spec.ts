import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './host-fixture';
import { selectInTextView } from './reader';

/**
 * Every view of Spoor checked by axe-core against WCAG 2.1 A and AA, in the
 * light and the dark theme. The tour walks the tabs it finds on the page
 * (and the sub-tabs inside them), so a view added later is checked too.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const OMBUDSMAN_SENTENCE = 'Op 5 december 2019 meldde de Nationale ombudsman dat ouders ten onrechte als fraudeur waren aangemerkt.';
type Theme = 'light' | 'dark';

/** The serious and critical violations on the page as it is now, one readable paragraph each. */
async function axeProblems(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
        .join('\n');
      const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
      return `[${where}] ${violation.impact} ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}${more}`;
    });
}

async function openSettings(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Instellingen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Instellingen' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Chooses a theme in the settings dialog, as a person would, and checks the dialog itself while it is open. */
async function chooseTheme(page: Page, theme: Theme, problems: string[], where: string): Promise<void> {
  const dialog = await openSettings(page);
  await dialog.getByRole('radio', { name: theme === 'dark' ? 'Donker' : 'Licht' }).check();
  problems.push(...(await axeProblems(page, `${where}: settings dialog`)));
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Waits until a view has drawn what it loads: its panel has content that stays the same for a moment. */
async function settle(panel: Locator): Promise<void> {
  await expect(panel).not.toBeEmpty();
  let previous = '';
  await expect
    .poll(
      async () => {
        const now = await panel.innerHTML();
        const same = now === previous;
        previous = now;
        return same;
      },
      { intervals: [300] },
    )
    .toBe(true);
}

/** Clicks through every tab of the tablist and checks each view, and the sub-views a view has tabs for. */
async function tourTabs(page: Page, tablist: Locator, theme: Theme, problems: string[], shoot: (name: string) => Promise<void>, depth = 0): Promise<string[]> {
  const visited: string[] = [];
  const count = await tablist.getByRole('tab').count();
  for (let index = 0; index < count; index += 1) {
    const tab = tablist.getByRole('tab').nth(index);
    const name = (await tab.textContent())?.trim() ?? `tab ${index + 1}`;
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    const panelId = await tab.getAttribute('aria-controls');
    expect(panelId, `tab “${name}” names the panel it controls`).toBeTruthy();
    const panel = page.locator(`[id="${panelId}"]`);
    await expect(panel).toHaveAttribute('role', 'tabpanel');
    await settle(panel);
    problems.push(...(await axeProblems(page, `${theme}: ${name}`)));
    if (depth === 0) await shoot(name);
    visited.push(name);
    const inner = panel.getByRole('tablist');
    if (depth === 0 && (await inner.count()) > 0) {
      visited.push(...(await tourTabs(page, inner.first(), theme, problems, shoot, depth + 1)).map((sub) => `${name} › ${sub}`));
      await tab.click();
    }
  }
  return visited;
}

/** A case with the sample report (one passage coded, an event made of it) and the Woo release. */
async function prepareCase(page: Page, url: string, samplePdf: string, wooDir: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Naam van de zaak').fill('Toegankelijkheid');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  const woo = ['besluit-woo-verzoek.pdf', 'inventarislijst.xlsx', 'documenten-bundel.pdf'].map((name) => path.join(wooDir, name));
  await page.getByTestId('import-input').setInputFiles([samplePdf, ...woo]);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('4 geïmporteerd', { timeout: 180_000 });

  await page.getByRole('button', { name: /rapport-signalen/ }).click();
  const panel = page.getByRole('complementary', { name: 'Codeboek' });
  await panel.getByLabel('Analist').fill('Anna');
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  await expect(panel.getByText('Vul je naam in')).toHaveCount(0);
  await page.getByRole('button', { name: 'Volgende pagina' }).click();
  await selectInTextView(page, OMBUDSMAN_SENTENCE);
  await page.keyboard.press('Shift+3');
  await expect(page.getByRole('region', { name: 'Gecodeerde passages op deze pagina' }).locator('.passage')).toContainText('SV3 Geen gehoor');
  await page.keyboard.press('Control+e');
  await page.getByRole('dialog', { name: 'Nieuwe gebeurtenis' }).getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'bewaard' })).toContainText('Gebeurtenis “Op 5 december 2019');

  await page.getByRole('tab', { name: 'Zoeken' }).click();
  await page.getByLabel('Zoekvraag').fill('ombudsman');
  await page.getByLabel('Zoekvraag').press('Enter');
  await expect(page.getByRole('region', { name: 'Zoeken' }).getByRole('status')).toContainText(/\d+ passages? in \d+ documenten?/);
  // Back to the reader with the document open: the documents tab is checked as a person finds it.
  await page.getByRole('tab', { name: 'Documenten' }).click();
  await expect(page.getByTestId('page-text')).toContainText('Rapport signalen');
}

test('the start screen, the settings dialog and every view of a case pass axe-core (WCAG 2.1 AA) in the light and the dark theme', async ({ page, host, fixtures }, testInfo) => {
  test.setTimeout(420_000);
  const problems: string[] = [];
  await page.goto(host.url);
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme, problems, `${theme}: start screen`);
    problems.push(...(await axeProblems(page, `${theme}: start screen`)));
  }

  await prepareCase(page, host.url, fixtures.samplePdf, fixtures.wooDir);
  const tablist = page.getByRole('tablist', { name: 'Onderdelen van de zaak' });
  for (const theme of ['light', 'dark'] as const) {
    await chooseTheme(page, theme, problems, `${theme}: case`);
    const visited = await tourTabs(page, tablist, theme, problems, async (name) => {
      const shot = testInfo.outputPath(`${theme}-${name}.png`);
      await page.screenshot({ path: shot });
      await testInfo.attach(`${theme}: ${name}`, { path: shot, contentType: 'image/png' });
    });
    // Every tab of the case was visited (a tab list that could not be walked would check nothing).
    expect(visited.filter((name) => !name.includes('›'))).toEqual(await tablist.getByRole('tab').allTextContents());
    testInfo.annotations.push({ type: `${theme} views`, description: visited.join(', ') });

    // The reader on the coded page, as text and as the rendered PDF: marks, code tags and chips.
    await tablist.getByRole('tab', { name: 'Documenten' }).click();
    await page.getByRole('button', { name: 'Volgende pagina' }).click();
    await expect(page.getByTestId('page-text').locator('mark[data-tag="SV3"]')).toBeVisible();
    problems.push(...(await axeProblems(page, `${theme}: coded page as text`)));
    await page.getByRole('button', { name: 'Pdf', exact: true }).click();
    await expect(page.locator('.pdf-text-item [data-tag="SV3"]')).toBeAttached();
    problems.push(...(await axeProblems(page, `${theme}: coded page as PDF`)));
    const shot = testInfo.outputPath(`${theme}-coded-page.png`);
    await page.screenshot({ path: shot });
    await testInfo.attach(`${theme}: coded page`, { path: shot, contentType: 'image/png' });
    await page.getByRole('button', { name: 'Tekst', exact: true }).click();
  }
  expect(problems.join('\n\n')).toBe('');
});

test('the settings dialog keeps focus inside, closes with Escape and gives focus back to its button', async ({ page, host }) => {
  await page.goto(host.url);
  const opener = page.getByRole('button', { name: 'Instellingen' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Instellingen' });
  await expect(dialog).toBeVisible();
  // Tabbing round more times than the dialog has controls never leaves it.
  for (let press = 0; press < 20; press += 1) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('Tab through the case header reaches every tab, each with a visible focus ring', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByLabel('Naam van de zaak').fill('Toetsenbord');
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  const tabs = page.getByRole('tablist', { name: 'Onderdelen van de zaak' }).getByRole('tab');
  const names = await tabs.allTextContents();
  expect(names.length).toBeGreaterThan(5);

  await page.getByRole('heading', { level: 1, name: 'Toetsenbord' }).click();
  const reached = new Map<string, string>();
  for (let press = 0; press < 40 && reached.size < names.length; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element.getAttribute('role') !== 'tab') return undefined;
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return { name: element.textContent ?? '', ring: outline || style.boxShadow !== 'none' ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` : 'none' };
    });
    if (focused) reached.set(focused.name, focused.ring);
  }
  expect([...reached.keys()]).toEqual(names);
  for (const [name, ring] of reached) expect(ring, `focus ring on the tab “${name}”`).not.toBe('none');
});
