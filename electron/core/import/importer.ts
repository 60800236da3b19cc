import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { SpoorError, toErrorInfo } from '../../../shared/errors';
import { documentIdFor, type DocumentRecord, type ExtractedText, type PageText } from '../../../shared/model/document';
import type { ImportProgress, ImportReport, ImportResult } from '../../../shared/model/import';
import type { CaseStore } from '../case/case-store';
import { sha256File } from '../fs/hash';
import { IMPORTER_ID } from '../version';
import type { PdfTextExtractor } from './pdf-text';
import { sniffFile, type SniffedType } from './sniff';
import { assertTextFileSize, extractTextFile } from './text-file';

/** A file to import: where to read it, what to call it, and what provenance records as its origin. */
export interface ImportSource {
  path: string;
  name: string;
  origin: string;
}

export interface ImportContext {
  store: CaseStore;
  pdf: PdfTextExtractor;
  onProgress?: (progress: ImportProgress) => void;
}

const PROGRESS_INTERVAL_MS = 100;

function titleFrom(name: string): string {
  return path.basename(name, path.extname(name)) || name;
}

async function extractPages(source: ImportSource, type: SniffedType, pdf: PdfTextExtractor, onPage: (page: number, pageCount: number) => void) {
  if (type.kind === 'pdf') return pdf.extract(source.path, ({ page, pageCount }) => onPage(page, pageCount));
  return extractTextFile(source.path, source.name);
}

async function importOne(source: ImportSource, context: ImportContext, report: (progress: Omit<ImportProgress, 'batchId' | 'fileIndex' | 'fileCount' | 'fileName'>) => void): Promise<ImportResult> {
  const { store, pdf } = context;
  let size: number;
  try {
    const stat = await fs.stat(source.path);
    if (!stat.isFile()) throw new SpoorError('import.unreadable', `${source.name} is not a file`, { file: source.name, reason: 'not a file' });
    size = stat.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new SpoorError('import.notFound', `${source.name} not found`, { file: source.name });
    throw error;
  }
  const type = await sniffFile(source.path);
  if (type.kind !== 'pdf') assertTextFileSize(size, source.name);
  report({ phase: 'hashing' });
  const sha256 = await sha256File(source.path);
  const provenance = { originalName: source.name, originalPath: source.origin, importedAt: new Date().toISOString(), importer: IMPORTER_ID };

  const existing = store.findBySha(sha256);
  if (existing) {
    const known = existing.provenance.some((p) => p.originalPath === provenance.originalPath);
    if (!known) await store.updateDocument({ ...existing, provenance: [...existing.provenance, provenance] });
    return { status: 'duplicate', file: source.name, documentId: existing.id };
  }

  report({ phase: 'extracting' });
  let lastReport = 0;
  const pages: PageText[] = await extractPages(source, type, pdf, (page, pageCount) => {
    const now = Date.now();
    if (now - lastReport >= PROGRESS_INTERVAL_MS || page === pageCount) {
      lastReport = now;
      report({ phase: 'extracting', page, pageCount });
    }
  });

  report({ phase: 'storing' });
  const record: DocumentRecord = {
    id: documentIdFor(sha256),
    sha256,
    title: titleFrom(source.name),
    kind: type.kind,
    mediaType: type.mediaType,
    size,
    pageCount: pages.length,
    provenance: [provenance],
  };
  const text: ExtractedText = { version: 1, sha256, pages };
  await store.addDocument(record, source.path, text);
  return { status: 'imported', file: source.name, documentId: record.id, pageCount: pages.length };
}

/**
 * Imports a batch: each file is sniffed, hashed, extracted and stored on its
 * own, so one bad file yields one failed line and the batch goes on.
 */
export async function importBatch(sources: readonly ImportSource[], context: ImportContext): Promise<ImportReport> {
  const batchId = randomUUID();
  const results: ImportResult[] = [];
  for (const [fileIndex, source] of sources.entries()) {
    const report = (progress: Omit<ImportProgress, 'batchId' | 'fileIndex' | 'fileCount' | 'fileName'>) =>
      context.onProgress?.({ batchId, fileIndex, fileCount: sources.length, fileName: source.name, ...progress });
    try {
      const result = await importOne(source, context, report);
      results.push(result);
      report({ phase: 'done' });
    } catch (error) {
      results.push({ status: 'failed', file: source.name, error: toErrorInfo(error) });
      report({ phase: 'failed' });
    }
  }
  return { batchId, results };
}
