import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../../electron/core/workers/convert';
import { columnLetter, looksLikeInventory, normaliseDocumentNumber, normaliseJudgement, parseInventory, type TableCell } from '../../../shared/woo/inventory';
import { CORPUS_SKIP_REASON, corpusDir, hasCorpus } from '../helpers';

const inventoryDir = path.join(corpusDir, 'inventory');
const firstSheet = async (name: string) => (await readXlsxFile(path.join(inventoryDir, name)))[0]!.data as TableCell[][];

describe('inventory lists', () => {
  it('maps varied column names, tick matrices and the four judgements', () => {
    const table: TableCell[][] = [
      ['Inventarislijst Woo-besluit 2024-17', null, null, null, null, null],
      ['Nr.', 'Documentnaam', 'Datum', 'Beoordeling', '5.1.2e', '5.1.2i', '10.2.g'],
      [1, 'Mail minister', 43891, 'Deels openbaar', 'x', null, 'X'],
      ['2a', 'Bijlage bij 1', '30-03-2016', 'Niet openbaar', null, '✓', null],
      [3, 'Nota', new Date(Date.UTC(2020, 2, 25)), 'Reeds openbaar', null, null, null],
      [4, 'Verslag', '6/2/2025 12:00 PM UTC', 'openbaar', null, null, null],
    ];
    const result = parseInventory(table);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.headerRow).toBe(2);
    expect(result.rows.map((r) => [r.row, r.id, r.date, r.judgement, r.grounds])).toEqual([
      [3, '1', '2020-03-01', 'deels openbaar', ['5.1.2e', '10.2g']],
      [4, '2a', '2016-03-30', 'niet openbaar', ['5.1.2i']],
      [5, '3', '2020-03-25', 'reeds openbaar', []],
      [6, '4', '2025-06-02T12:00:00Z', 'openbaar', []],
    ]);
    expect(result.issues).toEqual([]);
  });

  it('names the missing columns', () => {
    const result = parseInventory([['Family', 'Beoordelingsgrond', 'Onderwerp'], ['1', '5.1.2e', 'x']]);
    expect(result).toMatchObject({ ok: false, headerRow: 1, missing: ['id', 'judgement'] });
  });

  it('reports empty rows, missing ids, dates and judgements with row and column', () => {
    const result = parseInventory([
      ['ID', 'Datum', 'Beoordeling'],
      ['1', '2020-01-01', 'Openbaar'],
      [null, null, null],
      [null, '2020-01-02', 'Openbaar'],
      ['3', null, 'Misschien'],
      ['4', '31-02-2020', ''],
      ['1', '2020-01-05', 'Openbaar'],
      [null, null, null],
    ]);
    expect(result.ok && result.issues).toEqual([
      { code: 'emptyRow', row: 3 },
      { code: 'missingId', row: 4, column: 'A (ID)' },
      { code: 'unknownJudgement', row: 5, column: 'C (Beoordeling)', value: 'Misschien' },
      { code: 'missingDate', row: 5, column: 'B (Datum)' },
      { code: 'missingJudgement', row: 6, column: 'C (Beoordeling)' },
      { code: 'invalidDate', row: 6, column: 'B (Datum)', value: '31-02-2020' },
      { code: 'duplicateId', row: 7, column: 'A (ID)', value: '1 (2)' },
    ]);
  });

  it('normalises judgements, numbers and column letters', () => {
    expect(['Deels Openbaar', 'gedeeltelijk openbaar', 'Weigeren', 'Reeds gepubliceerd', 'OPENBAAR', 'onbekend'].map(normaliseJudgement)).toEqual([
      'deels openbaar',
      'deels openbaar',
      'niet openbaar',
      'reeds openbaar',
      'openbaar',
      undefined,
    ]);
    expect(['0012', '12.0', ' 6 A', '4 bijlage 1', '5.1'].map(normaliseDocumentNumber)).toEqual(['12', '12', '6a', '4bijlage1', '5.1']);
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('never crashes on arbitrary tables', () => {
    const cell = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.date(), fc.constantFrom('ID', 'Datum', 'Beoordeling', 'Beoordelingsgrond', '5.1.2e', 'x', 'Deels openbaar'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 20 }), (table) => {
        const result = parseInventory(table);
        looksLikeInventory(table);
        if (result.ok) for (const row of result.rows) expect(row.id).not.toBe('');
      }),
      { numRuns: 300 },
    );
  });
});

describe.skipIf(!hasCorpus)('the corpus inventories', () => {
  it('reads the valid one', async () => {
    const result = parseInventory(await firstSheet('inventory-valid.xlsx'));
    expect(result.ok && result.rows.map((r) => [r.id, r.document, r.date, r.judgement, r.grounds])).toEqual([
      ['5033', '456-verslag.docx.docx', '2022-10-09T13:34:00Z', 'deels openbaar', ['5.1.2e']],
      ['5034', '123-document-naam.pdf', '2023-10-09T13:34:00Z', 'deels openbaar', ['5.1.2e']],
    ]);
    expect(result.ok && result.issues).toEqual([]);
  });

  it('names the missing columns of inventory-missing-columns.xlsx', async () => {
    const table = await firstSheet('inventory-missing-columns.xlsx');
    expect(looksLikeInventory(table)).toBe(true);
    expect(parseInventory(table)).toMatchObject({ ok: false, headerRow: 1, missing: ['id'] });
  });

  it('reports the empty row and the empty date', async () => {
    const withEmpty = parseInventory(await firstSheet('inventory-with-empty-row.xlsx'));
    expect(withEmpty.ok && withEmpty.issues).toEqual([
      { code: 'emptyRow', row: 3 },
      { code: 'missingDate', row: 4, column: 'F (06 Datum)' },
    ]);
    expect(withEmpty.ok && withEmpty.rows.map((r) => r.id)).toEqual(['5033', '5034']);
    const emptyDate = parseInventory(await firstSheet('inventory-empty-date.xlsx'));
    expect(emptyDate.ok && emptyDate.issues).toEqual([{ code: 'missingDate', row: 3, column: 'C (06 Datum)' }]);
    expect(emptyDate.ok && emptyDate.rows[0]).toMatchObject({ id: '5033', date: '2023-11-04', remark: 'test remark', link: 'http://foo.bar' });
  });

  it('reads the alternative date and ground columns', async () => {
    const result = parseInventory(await firstSheet('inventory-alternative-date-and-ground.xlsx'));
    expect(result.ok && result.rows).toEqual([expect.objectContaining({ id: '5033', date: '2022-10-09T13:34:00Z', judgement: 'deels openbaar', grounds: ['5.1.2e'], subject: 'Dummy onderwerp 1' })]);
  });

  it('reads the ministry template', async () => {
    const result = parseInventory(await firstSheet('productierapport_template.xlsx'));
    expect(result.ok && result.rows.map((r) => [r.id, r.date, r.judgement, r.grounds])).toEqual([
      ['10001', '2020-03-25', 'deels openbaar', ['5.1.1c', '5.1.2e']],
      ['10002', '2020-04-16', 'openbaar', []],
      ['10003', '2020-03-26', 'reeds openbaar', []],
      ['10004', '2020-03-29', 'openbaar', []],
    ]);
  });

  it('reads the CSV upload, naming its empty row and empty date', () => {
    const table = parseCsvTable(fs.readFileSync(path.join(inventoryDir, 'valid-upload-file.csv'), 'utf8'));
    const result = parseInventory(table);
    expect(result.ok && result.rows.map((r) => [r.id, r.date])).toEqual([
      ['5033', '2022-10-09T13:34:00Z'],
      ['5034', undefined],
    ]);
    expect(result.ok && result.issues).toEqual([
      { code: 'emptyRow', row: 3 },
      { code: 'missingDate', row: 4, column: 'F (06 Datum)' },
    ]);
  });
});

if (!hasCorpus) console.warn(CORPUS_SKIP_REASON);
