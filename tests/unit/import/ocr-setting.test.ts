import { describe, expect, it } from 'vitest';
import { fixturePaths } from '../../../fixtures/generate';
import { CaseService } from '../../../electron/core/service/case-service';
import { tempDir } from '../helpers';
import { source } from './service';

const { formats } = fixturePaths();

describe('the OCR setting', () => {
  it('with OCR off, imports a scanned PDF page without reading it, marks the page and says so in the report', { timeout: 60_000 }, async () => {
    let ocr = false;
    const service = new CaseService({ casesDir: await tempDir(), ocr: () => ocr });
    try {
      await service.createCase('Zaak');
      const [result] = (await service.importFiles([source(formats.scanPdf)])).results;
      if (result?.status !== 'imported') throw new Error(`not imported: ${JSON.stringify(result)}`);
      expect(result.ocrPages).toBeUndefined();
      expect(result.warnings).toEqual([expect.objectContaining({ code: 'import.notOcred', details: { file: 'scan-pagina-2.pdf', count: 1, pages: '1' } })]);
      const [page] = await service.getAllPages(result.documentId);
      expect(page).toMatchObject({ page: 1, source: 'pdf-text', text: '', ocrSkipped: true });

      // The setting is read at each import: switched on, the same scan (in another case) is read.
      ocr = true;
      await service.createCase('Tweede');
      const [read] = (await service.importFiles([source(formats.scanPdf)])).results;
      if (read?.status !== 'imported') throw new Error(`not imported: ${JSON.stringify(read)}`);
      expect(read.ocrPages).toBe(1);
      expect(read.warnings).toBeUndefined();
    } finally {
      await service.dispose();
    }
  });
});
