import fs from 'node:fs/promises';
import type * as OsModule from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fixturePaths } from '../../../fixtures/generate';
import { makeZip } from '../../../fixtures/zip-writer';
import { DocumentIndex } from '../../../shared/model/document';
import type { ImportReport } from '../../../shared/model/import';
import { tempDir } from '../helpers';
import { openService, source } from './service';

// A batch runs as many files side by side as the pool has threads: make that two, as on any machine with two cores or more.
vi.mock('node:os', async (importOriginal) => {
  const os = await importOriginal<typeof OsModule>();
  const availableParallelism = () => 2;
  return { ...os, availableParallelism, default: { ...os, availableParallelism } };
});

const fixtures = fixturePaths();

type Service = Awaited<ReturnType<typeof openService>>;

function statusesOf(report: ImportReport, file: (name: string) => boolean): string[] {
  return report.results
    .filter((result) => file(result.file))
    .map((result) => result.status)
    .sort();
}

/** documents.json holds each id once, the case in memory matches it, and the full integrity check finds nothing. */
async function expectSoundCase(service: Service): Promise<void> {
  const root = service.current()!.path;
  const index = DocumentIndex.parse(JSON.parse(await fs.readFile(path.join(root, 'documents.json'), 'utf8')));
  const ids = index.documents.map((doc) => doc.id);
  expect(ids).toEqual([...new Set(ids)]);
  expect(service.listDocuments().map((doc) => doc.id)).toEqual(ids);
  const integrity = await service.verify(true);
  expect(integrity.problems).toEqual([]);
  expect(integrity.audit.valid).toBe(true);
}

function pdfRecords(service: Service) {
  return service.listDocuments().filter((doc) => doc.kind === 'pdf');
}

describe('identical files in one batch', () => {
  it('stores the same file given twice and a renamed copy once: one imported, the others already present, every origin kept', async () => {
    const service = await openService();
    const copy = path.join(await tempDir(), 'kopie van rapport.pdf');
    await fs.copyFile(fixtures.samplePdf, copy);
    const report = await service.importFiles([source(fixtures.samplePdf), source(copy), source(fixtures.samplePdf)]);

    expect(statusesOf(report, () => true)).toEqual(['duplicate', 'duplicate', 'imported']);
    expect(service.listDocuments()).toHaveLength(1);
    const record = service.getDocument(service.listDocuments()[0]!.id);
    expect(record.provenance.map((p) => p.originalPath).sort()).toEqual([copy, fixtures.samplePdf].sort());
    for (const result of report.results) expect(result).toMatchObject({ documentId: record.id });
    await expectSoundCase(service);
  });

  it('stores a PDF once when it is in a zip twice, attached to an e-mail and given on its own, side by side', async () => {
    const service = await openService();
    const pdf = await fs.readFile(fixtures.samplePdf);
    const zip = path.join(await tempDir(), 'stukken.zip');
    await fs.writeFile(zip, makeZip([{ name: 'a/rapport.pdf', data: pdf }, { name: 'b/rapport-kopie.pdf', data: pdf }]));
    const report = await service.importFiles([source(zip), source(fixtures.formats.mailEml), source(fixtures.samplePdf)]);

    expect(statusesOf(report, (file) => file.endsWith('.pdf'))).toEqual(['duplicate', 'duplicate', 'duplicate', 'imported']);
    expect(report.results.filter((result) => result.status === 'failed')).toEqual([]);
    expect(pdfRecords(service)).toHaveLength(1);
    const record = service.getDocument(pdfRecords(service)[0]!.id);
    expect(record.provenance.map((p) => p.originalName).sort()).toEqual(['rapport-kopie.pdf', 'rapport-signalen.pdf', 'rapport.pdf', 'rapport.pdf']);
    await expectSoundCase(service);
  });

  it('stores a message once when two mailboxes of the batch hold it, one of them twice', async () => {
    const service = await openService();
    const dir = await tempDir();
    const message = (n: number) =>
      [`From MAILER-DAEMON Thu May  9 16:40:00 2019`, `From: afzender${n}@example.nl`, `Subject: Bericht ${n}`, `Message-ID: <dubbel-${n}@spoor.example>`, '', `Inhoud van bericht ${n}.`, ''].join('\n');
    const [first, second] = [path.join(dir, 'postvak-a.mbox'), path.join(dir, 'postvak-b.mbox')];
    await fs.writeFile(first, [message(1), message(1), message(2)].join('\n'));
    await fs.writeFile(second, [message(3), message(1)].join('\n'));
    const report = await service.importFiles([source(first), source(second)]);

    expect(statusesOf(report, (file) => /bericht/.test(file))).toEqual(['duplicate', 'duplicate', 'imported', 'imported', 'imported']);
    const emails = service.listDocuments().filter((doc) => doc.kind === 'email');
    expect(emails.map((doc) => doc.title).sort()).toEqual(['Bericht 1', 'Bericht 2', 'Bericht 3']);
    await expectSoundCase(service);
  });
});
