import fs from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseService } from '../../../electron/core/service/case-service';
import { assessTextLayer } from '../../../electron/core/workers/text-quality';
import { BatchProgress } from '../../../electron/core/import/progress';
import { fixturePaths } from '../../../fixtures/generate';
import type { ImportProgress } from '../../../shared/model/import';
import { CORPUS_SKIP_REASON, corpusDir, hasCorpus, tempDir } from '../helpers';
import { openService, source } from './service';

const fixtures = fixturePaths();

describe('OCR of scanned PDFs', () => {
  it.skipIf(!hasCorpus)('reads corpus/pdf/blg-1007826-scanned.pdf, which has no text layer, as Dutch text', { timeout: 120_000 }, async () => {
    const progress: ImportProgress[] = [];
    const service = await openService((event) => progress.push(event));
    const report = await service.importFiles([source(path.join(corpusDir, 'pdf/blg-1007826-scanned.pdf'))]);
    expect(report.results[0]).toMatchObject({ status: 'imported', pageCount: 2, ocrPages: 2 });
    const pages = await service.getAllPages(service.listDocuments()[0]!.id);
    expect(pages.map((p) => p.source)).toEqual(['ocr', 'ocr']);
    for (const page of pages) expect(page.ocrConfidence).toBeGreaterThan(70);
    const text = pages.map((p) => p.text).join('\n');
    for (const words of ['Ministerie van Landbouw', 'Natuur en Voedselkwaliteit', 'Tweeminutendebat mestbeleid', 'Nitraatrichtlijn', 'wijzigingsvoorstellen', 'bufferstroken']) {
      expect(text).toContain(words);
    }
    expect(progress.some((event) => event.phase === 'ocr')).toBe(true);
  });

  it('tells a usable text layer from a missing or junk one', () => {
    expect(assessTextLayer('')).toBe('missing');
    expect(assessTextLayer('  12 \n')).toBe('missing');
    expect(assessTextLayer('De minister is op 5 december 2019 geïnformeerd over de signalen uit de uitvoering.')).toBe('usable');
    expect(assessTextLayer('2019 2020 2021\n12,5 13,7 14,1\n1.200 1.450 1.900\n')).toBe('usable');
    expect(assessTextLayer('\ue000\ue001\ue002\ue003 \ue004\ue005\ue006 \ue007\ue008\ue009\ue00a \ue00b\ue00c\ue00d\ue00e')).toBe('junk');
    expect(assessTextLayer('#$%& *+/ <=>@ ^_`| ~#$% &*+/ <=>@ ^_`')).toBe('junk');
    expect(assessTextLayer('xqzt brrk pfft grmbl zzkw qxjv wrrp tsktsk hmmf prrt')).toBe('junk');
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        expect(['usable', 'missing', 'junk']).toContain(assessTextLayer(text));
      }),
    );
  });
});

describe('progress and cancel', () => {
  it('estimates the time left from what is done, never going backwards', () => {
    let now = 0;
    const progress = new BatchProgress([1_000_000, 3_000_000], () => now);
    expect(progress.overall()).toEqual({ fraction: 0 });
    now = 2000;
    progress.set(0, 1);
    expect(progress.overall()).toEqual({ fraction: 0.25, etaSeconds: 6 });
    progress.set(0, 0.5);
    expect(progress.overall().fraction).toBe(0.25);
    progress.set(1, 1);
    expect(progress.overall()).toEqual({ fraction: 1, etaSeconds: 0 });
  });

  it('reports every page of a long PDF with an estimate, and cancel leaves a case that opens with only complete documents', { timeout: 120_000 }, async () => {
    const events: ImportProgress[] = [];
    let cancelled = false;
    const service: CaseService = await openService((event) => {
      events.push(event);
      if (!cancelled && event.fileName === 'documenten-bundel.pdf' && (event.page ?? 0) >= 20) {
        cancelled = true;
        service.cancelImport(event.batchId);
      }
    });
    // Two long PDFs fill both lanes of the pool, so the small files behind them cannot have started when cancel comes.
    const bundle = path.join(fixtures.wooDir, 'documenten-bundel.pdf');
    const otherBundle = path.join(await tempDir(), 'bundel-kopie.pdf');
    await fs.writeFile(otherBundle, Buffer.concat([await fs.readFile(bundle), Buffer.from('\n% kopie\n')]));
    const before = await service.importFiles([source(fixtures.samplePdf)]);
    const report = await service.importFiles([source(bundle), source(otherBundle), source(fixtures.notesTxt), source(fixtures.notesMd)]);

    expect(report.results).toEqual([
      { status: 'cancelled', file: 'documenten-bundel.pdf' },
      { status: 'cancelled', file: 'bundel-kopie.pdf' },
      { status: 'cancelled', file: 'gespreksnotitie.txt' },
      { status: 'cancelled', file: 'tijdlijn.md' },
    ]);
    const bundleEvents = events.filter((e) => e.fileName === 'documenten-bundel.pdf' && e.pageCount === 200);
    expect(bundleEvents.at(-1)!.page).toBeGreaterThanOrEqual(20);
    expect(events.some((e) => e.fileName === 'documenten-bundel.pdf' && e.phase === 'cancelled')).toBe(true);
    const fractions = events.filter((e) => e.batchId === report.batchId).map((e) => e.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));

    // Only documents that were imported are in the case, each complete; nothing of the bundle, no orphan parts.
    const imported = before.results.flatMap((r) => (r.status === 'imported' ? [r.documentId] : []));
    const reopened = new CaseService({ casesDir: service.casesDir });
    await reopened.openCase(service.current()!.path, { readOnly: true });
    expect(reopened.listDocuments().map((d) => d.id).sort()).toEqual([...imported].sort());
    for (const id of imported) expect((await reopened.getAllPages(id)).length).toBeGreaterThan(0);
    await reopened.dispose();

    // The case takes the same bundle again afterwards.
    const again = await service.importFiles([source(bundle)]);
    expect(again.results[0]).toMatchObject({ status: 'imported', pageCount: 200 });
  });
});

if (!hasCorpus) console.warn(CORPUS_SKIP_REASON);
