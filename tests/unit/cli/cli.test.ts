import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spoor } from './spoor';
import { fixturePaths } from '../../../fixtures/generate';
import { SAMPLE_SENTENCE_PAGE_2 } from '../../../fixtures/sample-pdf';
import { tempDir } from '../helpers';

const fixtures = fixturePaths();

describe('the spoor CLI', () => {
  it('creates a case, imports files and folders, lists documents and prints text', async () => {
    const dir = await tempDir();
    const created = await spoor('case', 'create', path.join(dir, 'Zaak'), '--json');
    expect(created.code).toBe(0);
    const summary = JSON.parse(created.stdout);
    expect(summary).toMatchObject({ name: 'Zaak', path: path.join(dir, 'Zaak.spoor'), documentCount: 0 });

    const folder = path.join(dir, 'aangeleverd');
    await fs.mkdir(folder);
    await fs.copyFile(fixtures.notesTxt, path.join(folder, 'notitie.txt'));
    const imported = await spoor('import', summary.path, fixtures.samplePdf, folder);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^imported {3}[0-9a-f]{12} {2}rapport-signalen\.pdf {2}\(3 pages\)$/m);
    expect(imported.stdout).toMatch(/^imported {3}[0-9a-f]{12} {2}notitie\.txt {2}\(1 page\)$/m);
    expect(imported.stdout).toContain('2 imported, 0 already present, 0 failed');

    const docs = JSON.parse((await spoor('docs', summary.path, '--json')).stdout);
    expect(docs.map((doc: { title: string }) => doc.title).sort()).toEqual(['notitie', 'rapport-signalen']);
    const pdf = docs.find((doc: { kind: string }) => doc.kind === 'pdf');
    expect(pdf.sha256).toMatch(/^[0-9a-f]{64}$/);

    const page = await spoor('text', summary.path, pdf.id, '--page', '2');
    expect(page.code).toBe(0);
    expect(page.stdout).toContain(SAMPLE_SENTENCE_PAGE_2);
    const whole = JSON.parse((await spoor('text', summary.path, pdf.sha256.slice(0, 6), '--json')).stdout);
    expect(whole).toMatchObject({ documentId: pdf.id, pageCount: 3 });
    expect(whole.pages).toHaveLength(3);
  });

  it('reports each failed file and exits non-zero, keeping the good ones', async () => {
    const dir = await tempDir();
    await spoor('case', 'create', path.join(dir, 'Zaak'));
    const casePath = path.join(dir, 'Zaak.spoor');
    const result = await spoor('import', casePath, fixtures.truncatedPdf, fixtures.samplePdf, '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.results.map((r: { status: string }) => r.status)).toEqual(['failed', 'imported']);
    expect(report.results[0].error.code).toBe('import.pdfInvalid');
    const again = await spoor('import', casePath, fixtures.samplePdf);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^duplicate {2}[0-9a-f]{12} {2}rapport-signalen\.pdf$/m);
  });

  it('says clearly when a case does not exist, as text and as JSON', async () => {
    const missing = path.join(await tempDir(), 'Nergens.spoor');
    const text = await spoor('docs', missing);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain(`No case folder found at ${missing}.`);
    const json = await spoor('docs', missing, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'case.notFound' } });
  });

  it('has --help for every verb and exits 2 on misuse', async () => {
    for (const verb of [['case', 'create'], ['import'], ['docs'], ['text']]) {
      const help = await spoor(...verb, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('--json');
    }
    const misuse = await spoor('text', 'x.spoor', 'abc', '--page', 'nul');
    expect(misuse.code).toBe(2);
  });
});
