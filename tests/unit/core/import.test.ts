import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseService } from '../../../electron/core/service/case-service';
import type { ImportProgress } from '../../../shared/model/import';
import { fixturePaths } from '../../../fixtures/generate';
import { SAMPLE_SENTENCE_PAGE_2 } from '../../../fixtures/sample-pdf';
import { CORPUS_SKIP_REASON, corpusFiles, hasCorpus, tempDir } from '../helpers';

const fixtures = fixturePaths();
const services: CaseService[] = [];

async function openService(onImportProgress?: (progress: ImportProgress) => void) {
  const dir = await tempDir();
  const service = new CaseService({ casesDir: dir, onImportProgress });
  services.push(service);
  await service.createCase('Zaak');
  return service;
}

const source = (file: string) => ({ path: file, name: path.basename(file), origin: file });

afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.dispose()));
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe('importing', () => {
  it('extracts a PDF page by page in a worker, with progress and text boxes', async () => {
    const progress: ImportProgress[] = [];
    const service = await openService((event) => progress.push(event));
    const report = await service.importFiles([source(fixtures.samplePdf)]);
    expect(report.results).toEqual([expect.objectContaining({ status: 'imported', pageCount: 3 })]);

    const [doc] = service.listDocuments();
    const { page, pageCount } = await service.getPage(doc!.id, 2);
    expect(pageCount).toBe(3);
    expect(page.text).toContain(SAMPLE_SENTENCE_PAGE_2);
    expect(page.source).toBe('pdf-text');
    const box = page.boxes?.find(([start, end]) => page.text.slice(start, end) === SAMPLE_SENTENCE_PAGE_2);
    expect(box?.[2]).toBe(56);

    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['hashing', 'extracting', 'storing', 'done']));
    expect(progress.some((p) => p.page === 3 && p.pageCount === 3)).toBe(true);
  });

  it('stores the original byte for byte under its SHA-256', async () => {
    const service = await openService();
    await service.importFiles([source(fixtures.samplePdf)]);
    const record = service.getDocument(service.listDocuments()[0]!.id);
    const stored = path.join(service.current()!.path, 'originals', record.sha256.slice(0, 2), `${record.sha256}.pdf`);
    expect(Buffer.compare(await fs.readFile(stored), await fs.readFile(fixtures.samplePdf))).toBe(0);
    expect(record.provenance[0]).toMatchObject({ originalName: 'rapport-signalen.pdf', originalPath: fixtures.samplePdf });
  });

  it('imports text and Markdown as text, never interpreting the markup', async () => {
    const service = await openService();
    const report = await service.importFiles([source(fixtures.notesTxt), source(fixtures.notesMd)]);
    expect(report.results.map((r) => r.status)).toEqual(['imported', 'imported']);
    const md = service.listDocuments().find((doc) => doc.kind === 'markdown')!;
    expect((await service.getPage(md.id, 1)).page.text).toContain('- **2019-12-05** signaal Nationale ombudsman');
  });

  it('stores a file imported twice once, remembering both origins', async () => {
    const service = await openService();
    const copy = path.join(await tempDir(), 'kopie van rapport.pdf');
    await fs.copyFile(fixtures.samplePdf, copy);
    const first = await service.importFiles([source(fixtures.samplePdf)]);
    const second = await service.importFiles([source(fixtures.samplePdf), source(copy)]);
    expect(first.results[0]?.status).toBe('imported');
    expect(second.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(service.listDocuments()).toHaveLength(1);
    const root = service.current()!.path;
    expect(await filesUnder(path.join(root, 'originals'))).toHaveLength(1);
    expect(await filesUnder(path.join(root, 'text'))).toHaveLength(1);
    const record = service.getDocument(service.listDocuments()[0]!.id);
    expect(record.provenance.map((p) => p.originalName)).toEqual(['rapport-signalen.pdf', 'kopie van rapport.pdf']);
  });

  it('gives one failed line per bad file and goes on with the batch', async () => {
    const service = await openService();
    const missing = path.join(await tempDir(), 'bestaat-niet.pdf');
    const report = await service.importFiles([
      source(fixtures.truncatedPdf),
      source(fixtures.notAPdf),
      source(missing),
      source(fixtures.samplePdf),
    ]);
    expect(report.results.map((r) => (r.status === 'failed' ? r.error.code : r.status))).toEqual([
      'import.pdfInvalid',
      'import.pdfInvalid',
      'import.notFound',
      'imported',
    ]);
    expect(service.listDocuments()).toHaveLength(1);
  });

  it('goes by content, not by extension: PDF bytes named .txt import as a PDF', async () => {
    const service = await openService();
    const disguised = path.join(await tempDir(), 'notitie.txt');
    await fs.copyFile(fixtures.samplePdf, disguised);
    const report = await service.importFiles([source(disguised)]);
    expect(report.results[0]).toMatchObject({ status: 'imported', pageCount: 3 });
    expect(service.listDocuments()[0]?.kind).toBe('pdf');
  });

  it('refuses a type it does not know', async () => {
    const service = await openService();
    const unknown = path.join(await tempDir(), 'programma.bin');
    await fs.writeFile(unknown, Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]), Buffer.alloc(57)]));
    const report = await service.importFiles([source(unknown)]);
    expect(report.results[0]).toMatchObject({ status: 'failed', error: { code: 'import.unsupportedType' } });
  });

  it.skipIf(!hasCorpus)('refuses every file in corpus/broken and keeps the case intact', async () => {
    const service = await openService();
    await service.importFiles([source(fixtures.samplePdf)]);
    const broken = corpusFiles('broken');
    expect(broken.length).toBeGreaterThan(0);
    const report = await service.importFiles(broken.map(source));
    for (const result of report.results) expect(result).toMatchObject({ status: 'failed', error: { code: 'import.pdfInvalid' } });
    const reopened = new CaseService({ casesDir: service.casesDir });
    services.push(reopened);
    await reopened.openCase(service.current()!.path, { readOnly: true });
    expect(reopened.listDocuments()).toHaveLength(1);
  });

  it.skipIf(!hasCorpus)('reads real PDFs from the corpus: a Kamerstuk and a Woo decision', async () => {
    const service = await openService();
    const [kst, woo] = ['pdf/kst-32545-143.pdf', 'pdf/woo-besluit-landsadvocaat-stikstof.pdf'].map((file) =>
      path.join(path.dirname(corpusFiles('pdf')[0]!), path.basename(file)),
    );
    const report = await service.importFiles([source(kst!), source(woo!)]);
    expect(report.results.map((r) => r.status)).toEqual(['imported', 'imported']);
    // Files import side by side, so the list is in the order they finished; the report is in the order given.
    const [kstDoc, wooDoc] = report.results.map((r) => service.getDocument(r.status === 'imported' ? r.documentId : ''));
    expect((await service.getPage(kstDoc!.id, 1)).page.text).toContain('MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS');
    expect(wooDoc?.pageCount).toBe(8);
  });
});

if (!hasCorpus) console.warn(CORPUS_SKIP_REASON);
