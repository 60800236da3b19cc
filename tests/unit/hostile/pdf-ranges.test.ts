import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PDF_BYTES } from '../../../electron/core/import/text-file';
import { CaseService } from '../../../electron/core/service/case-service';
import { READ_WHOLE_BELOW_BYTES, REOPEN_AFTER_BYTES, extractPdfPages } from '../../../electron/core/workers/pdf-pages';
import { writeLargeScanPdf } from '../../../fixtures/large-pdf';
import { tempDir } from '../helpers';

describe('large PDFs are read by byte ranges, in bounded memory', () => {
  it('reads every page of a PDF larger than the reading budget, opening it afresh on the way', { timeout: 120_000 }, async () => {
    const file = path.join(await tempDir(), 'scans.pdf');
    const pages = 150;
    const bytes = await writeLargeScanPdf(file, { pages, imageBytes: 1024 ** 2 });
    // Big enough to be read by ranges and to pass the budget after which the document is opened again.
    expect(bytes).toBeGreaterThan(Math.max(READ_WHOLE_BELOW_BYTES, REOPEN_AFTER_BYTES));
    const result = await extractPdfPages({ file, firstPage: 1, ocr: false });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pageCount).toBe(pages);
    expect(result.pages.map((page) => page.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    for (const page of result.pages) expect(page.text).toContain(`Pagina ${page.page} van ${pages}: gescande beslisnota`);
  });

  it(`refuses a PDF over ${MAX_PDF_BYTES / 1024 ** 3} GiB before reading it`, async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'enorm.pdf');
    const handle = await fs.open(file, 'w');
    await handle.write('%PDF-1.7\n');
    await handle.truncate(MAX_PDF_BYTES + 1); // sparse: no disk used
    await handle.close();
    const service = new CaseService({ casesDir: dir });
    try {
      await service.createCase('Groot');
      const started = Date.now();
      const [result] = (await service.importFiles([{ path: file, name: 'enorm.pdf', origin: file }])).results;
      expect(result).toMatchObject({ status: 'failed', error: { code: 'import.tooLarge', details: { limit: '2048 MB' } } });
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await service.dispose();
    }
  });
});
