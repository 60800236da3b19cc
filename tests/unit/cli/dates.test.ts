import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../electron/core/case/case-store';
import { projectRoot, tempDir } from '../helpers';

const SPOOR = path.join(projectRoot, 'electron/cli/spoor.mjs');

/** Runs the real `spoor` binary, optionally feeding stdin, as a script would. */
function spoor(args: string[], stdin = '', env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SPOOR, ...args], { env: { ...process.env, LANG: 'C', SPOOR_LANG: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code: code ?? -1 }));
    child.stdin.end(stdin);
  });
}

const LETTER = 'Datum 10 september 2025\n\nBij brief van 2 juli 2025 heeft u verzocht om alle stukken tot 3 juni.\nBij e-mails van 12 augustus en 3 september bent u geïnformeerd.\n';

describe('spoor dates', () => {
  it('prints every date of a text file with span, precision and value, as text and as stable JSON', async () => {
    const file = path.join(await tempDir(), 'brief.txt');
    await fs.writeFile(file, LETTER);
    const text = await spoor(['dates', file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('6-23           day                10 September 2025                  "10 september 2025"');
    expect(text.stdout).toMatch(/"tot 3 juni"\s+\[unresolved\]/);
    expect(text.stdout.trim().split('\n').at(-1)).toBe('5 dates, no reference date');

    const json = JSON.parse((await spoor(['dates', '--json', '--ref-date', '2025-09-10', file])).stdout);
    expect(Object.keys(json)).toEqual(['input', 'referenceDate', 'referenceDateFrom', 'dates']);
    expect(json).toMatchObject({ input: { file }, referenceDate: '2025-09-10', referenceDateFrom: 'option' });
    expect(json.dates.map((d: { text: string }) => d.text)).toEqual(['10 september 2025', '2 juli 2025', 'tot 3 juni', '12 augustus', '3 september']);
    expect(json.dates[2]).toEqual({
      page: null,
      start: LETTER.indexOf('tot 3 juni'),
      end: LETTER.indexOf('tot 3 juni') + 'tot 3 juni'.length,
      text: 'tot 3 juni',
      precision: 'day',
      source: 'reference',
      value: { kind: 'before', date: { kind: 'day', year: 2025, month: 6, day: 3 }, inclusive: false },
      earliest: null,
      latest: '2025-06-02T23:59:59',
      display: { nl: 'vóór 3 juni 2025', en: 'before 3 June 2025' },
      notes: [],
    });
    for (const date of json.dates) expect(LETTER.slice(date.start, date.end)).toBe(date.text);
  });

  it('reads stdin with -', async () => {
    const result = await spoor(['dates', '--json', '-'], 'Op 5 december 2019 en in het derde kwartaal van 2021.');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).dates.map((d: { display: { nl: string } }) => d.display.nl)).toEqual(['5 december 2019', 'Q3 2021']);
  });

  it("reads a case document's text, page by page, with the document's own date as reference", async () => {
    const dir = await tempDir();
    const casePath = path.join(dir, 'Zaak.spoor');
    const letter = path.join(dir, 'brief.txt');
    await fs.writeFile(letter, `${LETTER}\fPagina twee: gisteren en op 5 december.\n`);
    expect((await spoor(['case', 'create', path.join(dir, 'Zaak')])).code).toBe(0);
    expect((await spoor(['import', casePath, letter])).code).toBe(0);
    const store = await CaseStore.open(casePath);
    const [record] = store.listDocuments();
    if (!record) throw new Error('the letter was not imported');
    await store.updateDocument({ ...record, metadata: { date: '2025-09-10' } });
    await store.close();

    const json = JSON.parse((await spoor(['dates', '--case', casePath, '--doc', record.id.slice(0, 6), '--json'])).stdout);
    expect(json.input).toEqual({ case: casePath, documentId: record.id, title: record.title });
    expect(json).toMatchObject({ referenceDate: '2025-09-10', referenceDateFrom: 'document' });
    const pageTwo = json.dates.filter((d: { page: number }) => d.page === 2);
    expect(pageTwo.map((d: { text: string; display: { nl: string } }) => [d.text, d.display.nl])).toEqual([
      ['gisteren', '9 september 2025'],
      ['5 december', '5 december 2025'],
    ]);
    expect(pageTwo[0].start).toBe('Pagina twee: '.length);

    const overridden = JSON.parse((await spoor(['dates', '--case', casePath, '--doc', record.id, '--ref-date', '2020-01-10', '--json'])).stdout);
    expect(overridden).toMatchObject({ referenceDate: '2020-01-10', referenceDateFrom: 'option' });
    expect(overridden.dates.at(-1).display.nl).toBe('5 december 2019');
  });

  it('says clearly what is wrong: exit 2 for misuse, 1 for a file it cannot read', async () => {
    const help = await spoor(['dates', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--json');
    expect((await spoor(['dates'])).code).toBe(2);
    expect((await spoor(['dates', 'x.txt', '--case', 'Zaak.spoor', '--doc', 'abcd'])).code).toBe(2);
    expect((await spoor(['dates', '--case', 'Zaak.spoor'])).code).toBe(2);
    const badDate = await spoor(['dates', '--ref-date', '2020-02-30', 'x.txt']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('YYYY-MM-DD');
    const missing = await spoor(['dates', '--json', path.join(await tempDir(), 'nergens.txt')]);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).error.code).toBe('io.failed');
    const noCase = await spoor(['dates', '--case', path.join(await tempDir(), 'Nergens.spoor'), '--doc', 'abcd', '--json']);
    expect(noCase.code).toBe(1);
    expect(JSON.parse(noCase.stdout).error.code).toBe('case.notFound');
  });
});
