import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './host-fixture';

async function createCaseWithPdf(page: Page, url: string, name: string, pdf: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Naam van de zaak').fill(name);
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.getByTestId('import-input').setInputFiles(pdf);
  await expect(page.getByRole('status', { name: 'Importresultaat' })).toContainText('1 geïmporteerd');
}

test('the integrity view verifies every original, the audit log and backups, and names a changed original', async ({ page, host, fixtures }, testInfo) => {
  await createCaseWithPdf(page, host.url, 'Integriteit', fixtures.samplePdf);
  await page.getByRole('tab', { name: 'Integriteit' }).click();
  await expect(page.getByRole('status', { name: 'Integriteit van de zaak' })).toContainText('In orde: alle 1 originelen hebben nog dezelfde SHA-256');
  await page.getByRole('button', { name: 'Logboek verifiëren' }).click();
  await expect(page.getByRole('status', { name: 'Controle van het auditlogboek' })).toContainText('Het logboek is intact: 2 regels');
  await expect(page.locator('.audit-entries')).toContainText('documents.import');
  await page.getByRole('button', { name: 'Nu een reservekopie maken' }).click();
  await expect(page.locator('.backup-list li').first()).toContainText('handmatig');

  // Someone changes the original on disk behind Spoor's back.
  const root = path.join(host.casesDir, 'Integriteit.spoor');
  const [shard] = await fs.readdir(path.join(root, 'originals'));
  const [original] = await fs.readdir(path.join(root, 'originals', shard!));
  await fs.appendFile(path.join(root, 'originals', shard!, original!), '\n% gewijzigd\n');
  await page.getByRole('button', { name: 'Nu controleren' }).click();
  await expect(page.getByRole('status', { name: 'Integriteit van de zaak' })).toContainText('1 probleem/problemen gevonden');
  await expect(page.locator('.integrity-problems')).toContainText('Origineel gewijzigd');
  await expect(page.locator('.integrity-problems')).toContainText('rapport-signalen');
  await expect(page.locator('.integrity-problems')).toContainText('SHA-256 is nu');
  await expect(page.getByRole('alert', { name: 'Waarschuwing over de integriteit' })).toBeVisible();

  const screenshot = testInfo.outputPath('integrity-view.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach('integrity-view', { path: screenshot, contentType: 'image/png' });
});

test('missing extracted text is read again from the verified original from the integrity view', async ({ page, host, fixtures }, testInfo) => {
  await createCaseWithPdf(page, host.url, 'Tekstherstel', fixtures.samplePdf);
  const textDir = path.join(host.casesDir, 'Tekstherstel.spoor', 'text');
  const [textFile] = await fs.readdir(textDir);
  await fs.rm(path.join(textDir, textFile!));
  await page.getByRole('tab', { name: 'Integriteit' }).click();
  await expect(page.locator('.integrity-problems')).toContainText('Tekst ontbreekt');
  await expect(page.locator('.integrity-problems')).toContainText('ontbreekt');
  await page.getByRole('button', { name: 'Tekst opnieuw uitlezen uit het origineel' }).click();
  const result = page.getByRole('status', { name: 'Resultaat van het herstel' });
  await expect(result).toContainText('Tekst van 1 document(en) opnieuw uitgelezen uit het origineel.');
  await expect(page.getByRole('status', { name: 'Integriteit van de zaak' })).toContainText('In orde');
  await expect(page.locator('.audit-entries')).toContainText('text.repair');
  const screenshot = testInfo.outputPath('text-repair.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach('text-repair', { path: screenshot, contentType: 'image/png' });
});

test('a case left locked by a crashed Spoor can be taken over from the start screen', async ({ page, host, fixtures }, testInfo) => {
  await createCaseWithPdf(page, host.url, 'Vergrendeld', fixtures.samplePdf);
  await page.getByRole('button', { name: 'Zaak sluiten' }).click();
  const root = path.join(host.casesDir, 'Vergrendeld.spoor');
  const now = new Date().toISOString();
  const deadPid = spawnSync(process.execPath, ['-e', '0']).pid;
  await fs.writeFile(
    path.join(root, 'spoor.lock'),
    JSON.stringify({ instance: 'gecrasht', path: root, pid: deadPid, host: os.hostname(), holder: 'Spoor', since: now, updatedAt: now }),
  );
  await page.getByRole('button', { name: 'Vergrendeld' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Zaak in gebruik' });
  await expect(dialog).toContainText('niet netjes afgesloten');
  await expect(dialog).toContainText(`proces ${deadPid}`);
  const screenshot = testInfo.outputPath('lock-dialog.png');
  await page.screenshot({ path: screenshot });
  await testInfo.attach('lock-dialog', { path: screenshot, contentType: 'image/png' });
  await dialog.getByRole('button', { name: 'Zaak overnemen' }).click();
  await expect(page.getByRole('heading', { name: 'Vergrendeld', level: 1 })).toBeVisible();
  await expect(page.locator('.document-list li')).toHaveCount(1);
});

test('a case held by another running process opens read-only on request, saying so', async ({ page, host, fixtures }) => {
  await createCaseWithPdf(page, host.url, 'Bezet', fixtures.samplePdf);
  await page.getByRole('button', { name: 'Zaak sluiten' }).click();
  const root = path.join(host.casesDir, 'Bezet.spoor');
  const holder = spawn(process.execPath, ['--import', 'tsx', 'tests/unit/case/hold-case.ts', root], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve) => holder.stdout.on('data', (chunk: Buffer) => (chunk.toString().includes('HOLDING') ? resolve() : undefined)));
    await page.getByRole('button', { name: 'Bezet' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Zaak in gebruik' });
    await expect(dialog).toContainText(`geopend door hold-case test (proces ${holder.pid}`);
    await dialog.getByRole('button', { name: 'Alleen-lezen openen' }).click();
    await expect(page.getByText('Deze zaak is alleen-lezen geopend')).toBeVisible();
    await expect(page.locator('.document-list li')).toHaveCount(1);
  } finally {
    holder.kill('SIGKILL');
  }
});

test('a damaged documents.json is named, and the case is restored from its backup', async ({ page, host, fixtures }) => {
  await createCaseWithPdf(page, host.url, 'Beschadigd', fixtures.samplePdf);
  await page.getByRole('button', { name: 'Zaak sluiten' }).click();
  const documentsFile = path.join(host.casesDir, 'Beschadigd.spoor', 'documents.json');
  const good = await fs.readFile(documentsFile, 'utf8');
  await fs.writeFile(documentsFile, good.slice(0, 40));

  await page.getByRole('button', { name: 'Beschadigd' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Zaakbestand beschadigd' });
  await expect(dialog).toContainText('Het zaakbestand documents.json is beschadigd');
  await expect(dialog).toContainText('Er is een reservekopie van');
  await dialog.getByRole('button', { name: 'Reservekopie terugzetten' }).click();
  await expect(page.getByRole('heading', { name: 'Beschadigd', level: 1 })).toBeVisible();
  await expect(page.locator('.document-list li')).toHaveCount(1);
  await page.getByRole('tab', { name: 'Integriteit' }).click();
  await expect(page.getByRole('status', { name: 'Integriteit van de zaak' })).toContainText('In orde');
  await expect(page.locator('.audit-entries')).toContainText('case.restore');
});

test('the integrity view speaks English too', async ({ page, host, fixtures }) => {
  await page.goto(host.url);
  await page.getByLabel('Taal').selectOption('en');
  await page.getByLabel('Case name').fill('Evidence');
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByTestId('import-input').setInputFiles(fixtures.notesTxt);
  await expect(page.getByRole('status', { name: 'Import result' })).toContainText('1 imported');
  await page.getByRole('tab', { name: 'Integrity' }).click();
  await expect(page.getByRole('status', { name: 'Integrity of the case' })).toContainText('All well: all 1 originals still have the same SHA-256');
  await page.getByRole('button', { name: 'Verify log' }).click();
  await expect(page.getByRole('status', { name: 'Audit log check' })).toContainText('The log is intact');

  // Problems and what to do about them are in English too.
  const textDir = path.join(host.casesDir, 'Evidence.spoor', 'text');
  const [textFile] = await fs.readdir(textDir);
  await fs.writeFile(path.join(textDir, textFile!), '{"version": 1, "sha');
  await page.getByRole('button', { name: 'Check now' }).click();
  await expect(page.locator('.integrity-problems')).toContainText('Text damaged');
  await expect(page.locator('.integrity-problems')).toContainText('damaged');
  await page.getByRole('button', { name: 'Re-extract text from the original' }).click();
  await expect(page.getByRole('status', { name: 'Repair result' })).toContainText('Re-extracted the text of 1 document(s) from the original.');
  await expect(page.getByRole('status', { name: 'Integrity of the case' })).toContainText('All well');
});
