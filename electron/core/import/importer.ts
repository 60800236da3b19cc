import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SpoorError, toErrorInfo, type ErrorInfo } from '../../../shared/errors';
import { documentIdFor, type DocumentKind, type DocumentLink, type DocumentRecord, type ExtractedText, type PageText, type Provenance } from '../../../shared/model/document';
import type { ImportPhase, ImportProgress, ImportReport, ImportResult } from '../../../shared/model/import';
import type { z } from 'zod';
import type { CaseStore } from '../case/case-store';
import { sha256File } from '../fs/hash';
import { IMPORTER_ID } from '../version';
import type { ConvertResult, ConvertibleKind } from '../workers/convert';
import type { ImportPool } from './import-pool';
import { splitMbox } from './mbox';
import { BatchProgress, fileFraction } from './progress';
import { sniffFile, type SniffedType } from './sniff';
import { MAX_PDF_BYTES, assertFileSize } from './text-file';
import { bundleParts, documentGrounds, inventoriesFrom, printedEmailMetadata } from './woo-analysis';
import type { WooStore } from './woo-store';
import { DEFAULT_ZIP_LIMITS, OFFICE_ZIP_LIMITS, assertZipWithin, unpackZip, type ZipLimits } from './zip';

/** A file to import: where to read it, what to call it, and what provenance records as its origin. */
export interface ImportSource {
  path: string;
  name: string;
  origin: string;
}

export interface ImportContext {
  store: CaseStore;
  pool: ImportPool;
  woo: WooStore;
  batchId: string;
  signal?: AbortSignal;
  /** Read pages without a usable text layer by OCR (default true). */
  ocr?: boolean;
  zipLimits?: ZipLimits;
  onProgress?: (progress: ImportProgress) => void;
}

type Phase = z.infer<typeof ImportPhase>;
type Report = (phase: Phase, fraction: number, page?: number, pageCount?: number, name?: string) => void;

interface Job {
  source: ImportSource;
  parent?: DocumentLink;
  /** Archives this file is inside (a zip in a zip is 2). */
  archiveDepth: number;
  /** Files this file is inside, of any kind (attachments of attached messages count). */
  depth: number;
  report: Report;
}

/** Deeper than this, nesting (messages attached to messages attached to …) is refused. */
const MAX_NESTING = 8;
const PROGRESS_INTERVAL_MS = 100;
const SEPARATOR = ' › ';

function titleFrom(name: string): string {
  return path.basename(name, path.extname(name)) || name;
}

async function sizeOf(source: ImportSource): Promise<number> {
  try {
    const stat = await fs.stat(source.path);
    if (!stat.isFile()) throw new SpoorError('import.unreadable', `${source.name} is not a file`, { file: source.name, reason: 'not a file' });
    return stat.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new SpoorError('import.notFound', `${source.name} not found`, { file: source.name });
    throw error;
  }
}

/**
 * Formats read whole into memory before extraction are bounded by size; PDFs
 * are read by byte ranges in workers (up to MAX_PDF_BYTES), mailboxes are
 * streamed and archives have their own limits (zip.ts).
 */
const READ_WHOLE = new Set<DocumentKind>(['text', 'markdown', 'html', 'csv', 'email', 'docx', 'xlsx', 'image']);

function alreadyPresent(source: ImportSource, record: DocumentRecord): ImportResult {
  return { status: 'duplicate', file: source.name, documentId: record.id };
}

function imported(source: ImportSource, record: DocumentRecord, extra: Partial<Extract<ImportResult, { status: 'imported' }>> = {}): ImportResult {
  return { status: 'imported', file: source.name, documentId: record.id, pageCount: record.pageCount, ...extra };
}

/** What the import report says about the pages read by OCR, or left unread because OCR is off. */
function ocrOutcome(source: ImportSource, pages: readonly PageText[], warnings: readonly ErrorInfo[] = []): Partial<Extract<ImportResult, { status: 'imported' }>> {
  const ocrPages = pages.filter((page) => page.source === 'ocr').length;
  const skipped = pages.filter((page) => page.ocrSkipped).map((page) => page.page);
  const all =
    skipped.length === 0
      ? [...warnings]
      : [...warnings, new SpoorError('import.notOcred', `${source.name}: ${skipped.length} scanned page(s) not read, OCR is off`, { file: source.name, count: skipped.length, pages: skipped.join(', ') }).toInfo()];
  return { ...(ocrPages > 0 ? { ocrPages } : {}), ...(all.length > 0 ? { warnings: all } : {}) };
}

/** Imports one file and whatever it contains; every file yields exactly one result line, first its own. */
async function importFile(job: Job, context: ImportContext): Promise<ImportResult[]> {
  const { source } = job;
  context.signal?.throwIfAborted();
  const size = await sizeOf(source);
  const type = await sniffFile(source.path, source.name);
  if (READ_WHOLE.has(type.kind)) assertFileSize(size, source.name);
  if (type.kind === 'pdf') assertFileSize(size, source.name, MAX_PDF_BYTES, 'PDF files');
  if (type.kind === 'docx' || type.kind === 'xlsx') await assertZipWithin(source.path, source.name, OFFICE_ZIP_LIMITS);
  job.report('hashing', fileFraction('hashing'));
  const sha256 = await sha256File(source.path);
  const provenance: Provenance = { originalName: path.basename(source.name.split(SEPARATOR).pop() ?? source.name), originalPath: source.origin, importedAt: new Date().toISOString(), importer: IMPORTER_ID };

  const present = await context.store.addOrigin(sha256, provenance);
  if (present) return [alreadyPresent(source, present)];
  const record: DocumentRecord = {
    id: documentIdFor(sha256),
    sha256,
    title: titleFrom(provenance.originalName),
    kind: type.kind,
    mediaType: type.mediaType,
    size,
    pageCount: 0,
    provenance: [provenance],
    ...(job.parent ? { parent: job.parent } : {}),
  };
  if (type.kind === 'archive' || type.kind === 'mailbox') return importContainer(job, record, context);
  if (type.kind === 'pdf') return importPdf(job, record, context);
  return importConverted(job, record, type, context);
}

/** Stores the document; `added` is false when an identical file of the batch was stored first (see CaseStore.addDocument). */
async function store(context: ImportContext, job: Job, record: DocumentRecord, pages: PageText[], related: DocumentRecord[] = []) {
  job.report('storing', fileFraction('storing'));
  const text: ExtractedText = { version: 1, sha256: record.sha256, pages };
  const grounds = documentGrounds(pages);
  if (grounds) record.grounds = grounds;
  record.pageCount = pages.length;
  return context.store.addDocument(record, job.source.path, text, related);
}

async function importPdf(job: Job, record: DocumentRecord, context: ImportContext): Promise<ImportResult[]> {
  job.report('extracting', fileFraction('extracting'));
  const pages = await context.pool.pdf(job.source.path, {
    name: job.source.name,
    ocr: context.ocr !== false,
    signal: context.signal,
    onProgress: ({ pagesDone, pageCount, ocrPage }) =>
      job.report(ocrPage ? 'ocr' : 'extracting', fileFraction('extracting', pagesDone, pageCount), ocrPage ?? pagesDone, pageCount),
  });
  const parts = bundleParts({ ...record, pageCount: pages.length }, pages) ?? [];
  if (parts.length > 0) record.metadata = { documentType: 'Woo-bundel' };
  else {
    const metadata = printedEmailMetadata(pages[0]?.text ?? '');
    if (metadata) record.metadata = metadata;
  }
  const stored = await store(context, job, record, pages, parts);
  if (!stored.added) return [alreadyPresent(job.source, stored.record)];
  return [imported(job.source, record, { ...ocrOutcome(job.source, pages), ...(parts.length > 0 ? { parts: parts.length } : {}) })];
}

/** Pages of a converted file, and the inventories it holds. */
export function convertedPages(result: Extract<ConvertResult, { ok: true }>, documentId: string, name: string) {
  const { inventories, warnings } = result.tables ? inventoriesFrom(documentId, name, result.tables) : { inventories: [], warnings: [] };
  // An inventory's grounds column lists grounds, it marks no redaction: those count in the reconciliation, not as markers.
  const pages = inventories.length > 0 ? result.pages.map(({ grounds: _grounds, ...page }) => page) : result.pages;
  return { pages, inventories, warnings };
}

async function importConverted(job: Job, record: DocumentRecord, type: SniffedType, context: ImportContext): Promise<ImportResult[]> {
  const ocr = context.ocr !== false;
  job.report(type.kind === 'image' && ocr ? 'ocr' : 'extracting', fileFraction('extracting'));
  const result = await context.pool.convert({ file: job.source.path, name: job.source.name, kind: type.kind as ConvertibleKind, ocr }, context.signal);
  if (result.title) record.title = result.title;
  const metadata = result.metadata ?? printedEmailMetadata(result.pages[0]?.text ?? '');
  if (metadata) record.metadata = metadata;
  const { pages, inventories, warnings } = convertedPages(result, record.id, job.source.name);
  const stored = await store(context, job, record, pages);
  if (!stored.added) return [alreadyPresent(job.source, stored.record)];
  await context.woo.addInventories(context.store, inventories, job.source.name);
  const own = imported(job.source, record, ocrOutcome(job.source, pages, warnings));
  const attachments = result.attachments ?? [];
  if (attachments.length === 0) return [own];
  return [own, ...(await importAttachments(job, record, attachments, context))];
}

export async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'spoor-import-'));
  try {
    return await work(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

interface Child {
  source: ImportSource;
  parent: DocumentLink;
}

/** Imports what a file contained, one at a time; a failing child is one failed line, the rest goes on. */
async function importChildren(job: Job, children: readonly Child[], context: ImportContext, archive: boolean): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const [index, child] of children.entries()) {
    const childJob: Job = {
      source: child.source,
      parent: child.parent,
      archiveDepth: job.archiveDepth + (archive ? 1 : 0),
      depth: job.depth + 1,
      report: (phase, fraction, page, pageCount, name) =>
        job.report(phase === 'done' || phase === 'failed' ? 'extracting' : phase, fileFraction('extracting', index + fraction, children.length), page, pageCount, name ?? child.source.name),
    };
    results.push(...(await importGuarded(childJob, context)));
  }
  return results;
}

async function importGuarded(job: Job, context: ImportContext): Promise<ImportResult[]> {
  if (context.signal?.aborted) return [{ status: 'cancelled', file: job.source.name }];
  try {
    if (job.depth > MAX_NESTING) throw new SpoorError('import.tooDeep', `${job.source.name} is nested too deeply`, { file: job.source.name, limit: MAX_NESTING });
    return await importFile(job, context);
  } catch (error) {
    if (context.signal?.aborted) return [{ status: 'cancelled', file: job.source.name }];
    return [{ status: 'failed', file: job.source.name, error: toErrorInfo(error) }];
  }
}

async function importAttachments(job: Job, record: DocumentRecord, attachments: ReadonlyArray<{ name: string; data: Uint8Array }>, context: ImportContext): Promise<ImportResult[]> {
  return withTempDir(async (dir) => {
    const children: Child[] = [];
    for (const [index, attachment] of attachments.entries()) {
      const file = path.join(dir, `${String(index).padStart(4, '0')}-${path.basename(attachment.name).replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(-120)}`);
      await fs.writeFile(file, attachment.data, { flag: 'wx' });
      children.push({
        source: { path: file, name: `${job.source.name}${SEPARATOR}${attachment.name}`, origin: `${job.source.origin}${SEPARATOR}${attachment.name}` },
        parent: { relation: 'attachment', parentId: record.id, name: attachment.name },
      });
    }
    return importChildren(job, children, context, false);
  });
}

/** Unpacks an archive, or splits a mailbox into its messages, into `dir`. */
export async function unpackContainer(kind: DocumentKind, source: Pick<ImportSource, 'path' | 'name'>, dir: string, limits: ZipLimits, signal?: AbortSignal) {
  return kind === 'archive'
    ? (await unpackZip(source.path, source.name, dir, limits, signal)).map((m) => ({ file: m.file, label: m.entryPath }))
    : (await splitMbox(source.path, source.name, dir, signal)).map((m) => ({ file: m.file, label: `bericht ${m.index + 1}` }));
}

/** A container's own page lists what it held, so the reader can see it and search finds the names. */
export function containerListing(kind: DocumentKind, name: string, members: ReadonlyArray<{ label: string }>): PageText {
  const heading = kind === 'archive' ? `Inhoud van ${name}` : `Berichten in ${name}`;
  return { page: 1, text: `${heading} (${members.length}):\n\n${members.map((m) => m.label).join('\n')}`, source: 'plain' };
}

async function importContainer(job: Job, record: DocumentRecord, context: ImportContext): Promise<ImportResult[]> {
  const limits = context.zipLimits ?? DEFAULT_ZIP_LIMITS;
  const { source } = job;
  if (record.kind === 'archive' && job.archiveDepth + 1 > limits.maxDepth) {
    throw new SpoorError('import.tooDeep', `${source.name} is an archive nested more than ${limits.maxDepth} deep`, { file: source.name, limit: limits.maxDepth });
  }
  return withTempDir(async (dir) => {
    job.report('extracting', fileFraction('extracting'));
    const members = await unpackContainer(record.kind, source, dir, limits, context.signal);
    const stored = await store(context, job, record, [containerListing(record.kind, source.name, members)]);
    if (!stored.added) return [alreadyPresent(source, stored.record)];
    const children: Child[] = members.map((member) => ({
      source: { path: member.file, name: `${source.name}${SEPARATOR}${member.label}`, origin: `${source.origin}${SEPARATOR}${member.label}` },
      parent: { relation: 'member', parentId: record.id, path: member.label },
    }));
    return [imported(source, record), ...(await importChildren(job, children, context, record.kind === 'archive'))];
  });
}

/** Runs `work` over `items` with at most `limit` at a time, keeping results in item order. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  });
  await Promise.all(lanes);
  return results;
}

/**
 * Imports a batch: files run side by side (as many as the pool has threads),
 * each sniffed, hashed, extracted and stored on its own, so one bad file
 * yields one failed line and the batch goes on. Cancelling stops what is
 * running and skips the rest; every document stored so far stays complete.
 */
export async function importBatch(sources: readonly ImportSource[], context: ImportContext): Promise<ImportReport> {
  const sizes = await Promise.all(sources.map((source) => fs.stat(source.path).then((s) => s.size, () => 0)));
  const progress = new BatchProgress(sizes);
  const lastEmit = new Map<number, { at: number; phase: Phase }>();
  const emit = (fileIndex: number, fileName: string, phase: Phase, fraction: number, page?: number, pageCount?: number) => {
    progress.set(fileIndex, fraction);
    const now = Date.now();
    const last = lastEmit.get(fileIndex);
    const final = phase === 'done' || phase === 'failed' || phase === 'cancelled';
    if (last && last.phase === phase && now - last.at < PROGRESS_INTERVAL_MS && !final && page !== pageCount) return;
    lastEmit.set(fileIndex, { at: now, phase });
    const overall = progress.overall();
    context.onProgress?.({
      batchId: context.batchId,
      fileIndex,
      fileCount: sources.length,
      fileName,
      phase,
      ...(page !== undefined ? { page } : {}),
      ...(pageCount ? { pageCount } : {}),
      fraction: overall.fraction,
      ...(overall.etaSeconds !== undefined ? { etaSeconds: overall.etaSeconds } : {}),
    });
  };
  const perSource = await mapConcurrently(sources, context.pool.threads, async (source, fileIndex) => {
    const job: Job = {
      source,
      archiveDepth: 0,
      depth: 0,
      report: (phase, fraction, page, pageCount, name) => emit(fileIndex, name ?? source.name, phase, fraction, page, pageCount),
    };
    const results = await importGuarded(job, context);
    const own = results[0]?.status;
    emit(fileIndex, source.name, own === 'failed' ? 'failed' : own === 'cancelled' ? 'cancelled' : 'done', 1);
    return results;
  });
  return { batchId: context.batchId, results: perSource.flat() };
}
