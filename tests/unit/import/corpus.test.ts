import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_SKIP_REASON, corpusDir, corpusFiles, hasCorpus } from '../helpers';
import { openService, source } from './service';

describe.skipIf(!hasCorpus)('the corpus through import', () => {
  it('counts the refusal grounds of the real Woo decision letter per page', { timeout: 60_000 }, async () => {
    const service = await openService();
    await service.importFiles([source(path.join(corpusDir, 'pdf/woo-besluit-landsadvocaat-stikstof.pdf')), source(path.join(corpusDir, 'pdf/jaarplan-belastingdienst-2024.pdf'))]);
    const woo = await service.wooReport();
    expect(woo.documents).toHaveLength(1);
    const [decision] = woo.documents;
    expect(decision?.grounds).toEqual({ '5.1.2e': 3, '5.1.2i': 6, '5.2': 2, '5.2.1': 4, '5.2.2': 1, 'buiten-verzoek': 3 });
    expect(decision?.pages.find((p) => p.page === 4)?.grounds).toEqual({ '5.1.2i': 2, '5.2.1': 1 });
  });

  it('imports every corpus inventory: the good ones read, the bad ones named by row and column', { timeout: 60_000 }, async () => {
    const service = await openService();
    const files = corpusFiles('inventory').sort();
    const report = await service.importFiles(files.map(source));
    expect(report.results.every((r) => r.status === 'imported')).toBe(true);
    const warnings = Object.fromEntries(report.results.map((r) => [r.file, r.status === 'imported' ? (r.warnings ?? []).map((w) => [w.code, w.details['row'], w.details['column']]) : []]));
    expect(warnings).toEqual({
      'inventory-alternative-date-and-ground.xlsx': [],
      'inventory-empty-date.xlsx': [['inventory.missingDate', 3, 'C (06 Datum)']],
      'inventory-missing-columns.xlsx': [['inventory.missingColumns', 1, undefined]],
      'inventory-valid.xlsx': [],
      'inventory-with-empty-row.xlsx': [
        ['inventory.emptyRow', 3, ''],
        ['inventory.missingDate', 4, 'F (06 Datum)'],
      ],
      'productierapport_template.xlsx': [],
      'valid-upload-file.csv': [
        ['inventory.emptyRow', 3, ''],
        ['inventory.missingDate', 4, 'F (06 Datum)'],
      ],
    });
    const missing = report.results.find((r) => r.file === 'inventory-missing-columns.xlsx');
    expect(missing?.status === 'imported' && missing.warnings?.[0]?.details).toMatchObject({ missing: 'id', sheet: 'Sheet1' });
    const woo = await service.wooReport();
    expect(woo.inventories.filter((i) => i.ok).map((i) => i.rowCount).sort()).toEqual([1, 2, 2, 2, 2, 4]);
  });
});

if (!hasCorpus) console.warn(CORPUS_SKIP_REASON);
