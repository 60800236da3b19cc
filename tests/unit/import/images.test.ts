import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePaths } from '../../../fixtures/generate';
import { SAMPLE_SENTENCE_PAGE_2 } from '../../../fixtures/sample-pdf';
import { tempDir } from '../helpers';
import { openService, source } from './service';

const { formats } = fixturePaths();

/** The share of the sentence's words that OCR found. */
function wordsFound(text: string, sentence: string): number {
  const found = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const words = sentence.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.filter((word) => found.has(word)).length / words.length;
}

/** A PNG header claiming a size, with no pixels behind it: a decompression bomb as far as a decoder knows. */
function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(13);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), length, Buffer.from('IHDR'), ihdr, Buffer.alloc(4)]);
}

describe('importing images', () => {
  it('reads a scanned page saved as PNG or JPEG by Dutch OCR, keeping the original as it came', { timeout: 180_000 }, async () => {
    const files = { png: formats.scanPng, jpeg: formats.photoJpeg };
    const service = await openService();
    const report = await service.importFiles([source(files.png), source(files.jpeg)]);
    expect(report.results).toMatchObject([
      { status: 'imported', file: 'scan-pagina-2.png', pageCount: 1, ocrPages: 1 },
      { status: 'imported', file: 'foto-pagina-2.jpg', pageCount: 1, ocrPages: 1 },
    ]);
    for (const [result, mediaType, file] of [
      [report.results[0], 'image/png', files.png],
      [report.results[1], 'image/jpeg', files.jpeg],
    ] as const) {
      if (result?.status !== 'imported') throw new Error('not imported');
      const record = service.getDocument(result.documentId);
      expect(record).toMatchObject({ kind: 'image', mediaType });
      expect(await fs.readFile(service.requireStore().layout.original(record.sha256, record.kind))).toEqual(await fs.readFile(file));
      const [page] = await service.getAllPages(result.documentId);
      expect(page).toMatchObject({ page: 1, source: 'ocr' });
      expect(page!.ocrConfidence).toBeGreaterThan(60);
      expect(wordsFound(page!.text, SAMPLE_SENTENCE_PAGE_2)).toBeGreaterThanOrEqual(0.8);
    }
    expect((await service.verify(true)).problems).toEqual([]);
  });

  it('keeps an image without reading it when OCR is off', async () => {
    const service = await openService();
    const [result] = (await service.importFiles([source(formats.scanPng)], { ocr: false })).results;
    if (result?.status !== 'imported') throw new Error(`not imported: ${JSON.stringify(result)}`);
    expect(result.ocrPages).toBeUndefined();
    expect(result.warnings?.map((warning) => [warning.code, warning.details['pages']])).toEqual([['import.notOcred', '1']]);
    expect(await service.getAllPages(result.documentId)).toEqual([{ page: 1, text: '', source: 'plain', ocrSkipped: true }]);
  });

  it('refuses TIFF, damaged images and images too large to decode, each with its own error, before decoding anything', async () => {
    const dir = await tempDir();
    const write = async (name: string, bytes: Buffer) => {
      await fs.writeFile(path.join(dir, name), bytes);
      return source(path.join(dir, name));
    };
    const service = await openService();
    const started = performance.now();
    const report = await service.importFiles([
      await write('scan.tif', Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]), Buffer.alloc(64)])),
      await write('kapot.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
      await write('bom.png', pngClaiming(100_000, 100_000)),
      await write('oud.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)])),
    ]);
    expect(report.results.map((result) => (result.status === 'failed' ? result.error.code : result.status))).toEqual([
      'import.unsupportedType',
      'import.unreadable',
      'import.limitExceeded',
      'import.unsupportedType',
    ]);
    const [tiff, , bomb] = report.results;
    expect(tiff?.status === 'failed' && tiff.error.message).toMatch(/TIFF/);
    expect(bomb?.status === 'failed' && bomb.error.message).toMatch(/100000 × 100000 pixels/);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(service.listDocuments()).toEqual([]);
  });

  it('reads a text that happens to start with "BM" as text, not as a bitmap', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'bm.txt');
    await fs.writeFile(file, 'BM-nummer 2021/0193: besluit op bezwaar.\n');
    const service = await openService();
    const [result] = (await service.importFiles([source(file)])).results;
    if (result?.status !== 'imported') throw new Error('not imported');
    expect(service.getDocument(result.documentId).kind).toBe('text');
  });
});
