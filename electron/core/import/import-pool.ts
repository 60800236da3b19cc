import { availableParallelism } from 'node:os';
import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { SpoorError } from '../../../shared/errors';
import type { PageText } from '../../../shared/model/document';
import type { ConvertResult, ConvertTask } from '../workers/convert';
import type { PdfPagesMessage, PdfPagesResult, PdfPagesTask } from '../workers/pdf-pages';
import { resolveWorker } from '../workers/worker-entry';

export interface PdfProgress {
  pagesDone: number;
  pageCount: number;
  /** Set while a page is being read by OCR. */
  ocrPage?: number;
}

/**
 * The heap one import thread may use. A parser that runs away on a hostile
 * file (allocating without end) then stops that thread with an error for
 * that file, instead of taking the whole process (Electron's main process,
 * the host) down with it. Far above what real files need (a 10,000-page PDF
 * imports in under 700 MB for the whole process).
 */
export const IMPORT_THREAD_HEAP_MB = 2048;

/** A PDF longer than this is read by two threads at once, each taking half its pages. */
export const SPLIT_ABOVE_PAGES = 24;

/**
 * The import's pool of worker threads (one per core, at most two): PDF
 * pages, OCR and the parsing of every other format run there, so neither
 * Electron's main process nor the host's event loop ever waits on them.
 * Tasks take an AbortSignal; aborting one stops its thread.
 */
export class ImportPool {
  private pool: Piscina | undefined;
  readonly threads = Math.max(1, Math.min(2, availableParallelism()));

  constructor(private readonly heapMb = IMPORT_THREAD_HEAP_MB) {}

  private getPool(): Piscina {
    if (!this.pool) {
      const entry = resolveWorker('extract');
      // Both threads start with the pool, so the second half of a split PDF never waits for a thread to load pdfjs.
      this.pool = new Piscina({
        filename: entry.filename,
        execArgv: entry.execArgv,
        maxThreads: this.threads,
        minThreads: this.threads,
        idleTimeout: 30_000,
        resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
      });
    }
    return this.pool;
  }

  private async runPdfTask(task: Omit<PdfPagesTask, 'progress'>, onMessage: (message: PdfPagesMessage) => void, signal?: AbortSignal): Promise<PdfPagesResult> {
    const channel = new MessageChannel();
    channel.port2.on('message', onMessage);
    try {
      const full: PdfPagesTask = { ...task, progress: channel.port1 };
      return (await this.getPool().run(full, { name: 'pdfPages', transferList: [channel.port1], signal })) as PdfPagesResult;
    } finally {
      channel.port2.close();
    }
  }

  /**
   * Reads every page of a PDF. A long document is split in two page ranges
   * as soon as the first thread knows its length, so both cores work on it.
   */
  async pdf(file: string, options: { name?: string; ocr: boolean; signal?: AbortSignal; onProgress?: (progress: PdfProgress) => void }): Promise<PageText[]> {
    const name = options.name ?? path.basename(file);
    let pageCount = 0;
    let pagesDone = 0;
    let second: Promise<PdfPagesResult> | undefined;
    const onMessage = (message: PdfPagesMessage) => {
      if (message.type === 'opened') {
        pageCount = message.pageCount;
        if (message.lastPage < message.pageCount && !second) {
          second = this.runPdfTask({ file, firstPage: message.lastPage + 1, lastPage: message.pageCount, ocr: options.ocr }, onMessage, options.signal);
          // Observed at once so an early failure is never an unhandled rejection; awaited below.
          second.catch(() => undefined);
        }
      } else if (message.type === 'page') {
        pagesDone += 1;
        options.onProgress?.({ pagesDone, pageCount });
      } else {
        options.onProgress?.({ pagesDone, pageCount, ocrPage: message.page });
      }
    };
    const splitAbove = this.threads > 1 ? SPLIT_ABOVE_PAGES : undefined;
    const first = await this.runPdfTask({ file, firstPage: 1, splitAbove, ocr: options.ocr }, onMessage, options.signal).catch(this.outOfMemory(name));
    const results = [first, ...(second ? [await second.catch(this.outOfMemory(name))] : [])];
    const pages: PageText[] = [];
    for (const result of results) {
      if (!result.ok) throw pdfError(result, name);
      pages.push(...result.pages);
    }
    return pages;
  }

  async convert(task: ConvertTask, signal?: AbortSignal): Promise<Extract<ConvertResult, { ok: true }>> {
    const result = (await this.getPool().run(task, { name: 'convert', signal }).catch(this.outOfMemory(task.name))) as ConvertResult;
    if (!result.ok) throw SpoorError.fromInfo(result.error);
    return result;
  }

  private outOfMemory(name: string): (error: unknown) => never {
    return (error) => {
      throw threadFailure(error, name, this.heapMb);
    };
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }
}

/** A thread stopped at its heap limit: the file's fault, said as such; any other failure as it was. */
export function threadFailure(error: unknown, name: string, heapMb: number): unknown {
  if ((error as { code?: string } | undefined)?.code !== 'ERR_WORKER_OUT_OF_MEMORY') return error;
  return new SpoorError('import.limitExceeded', `${name} needed more than ${heapMb} MB of memory to read`, { file: name, limit: `${heapMb} MB` });
}

function pdfError(result: Extract<PdfPagesResult, { ok: false }>, name: string): SpoorError {
  if (result.reason === 'encrypted') return new SpoorError('import.pdfEncrypted', `${name} is password-protected`, { file: name });
  if (result.reason === 'invalid') return new SpoorError('import.pdfInvalid', `${name}: ${result.message}`, { file: name });
  return new SpoorError('import.unreadable', `${name}: ${result.message}`, { file: name, reason: result.message });
}
