import { MessageChannel } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import { SpoorError } from '../../../shared/errors';
import type { PageText } from '../../../shared/model/document';
import { resolveWorker } from '../workers/worker-entry';
import type { PdfPageProgress, PdfTextResult, PdfTextTask } from '../workers/pdf-text.worker';

/**
 * Runs PDF text extraction in a pool of worker threads, so neither the
 * Electron main process nor the host's event loop ever waits on pdfjs.
 */
export class PdfTextExtractor {
  private pool: Piscina | undefined;

  private getPool(): Piscina {
    if (!this.pool) {
      const entry = resolveWorker('pdf-text');
      this.pool = new Piscina({
        filename: entry.filename,
        execArgv: entry.execArgv,
        maxThreads: Math.max(1, Math.min(2, availableParallelism())),
        idleTimeout: 30_000,
      });
    }
    return this.pool;
  }

  async extract(file: string, onPage?: (progress: PdfPageProgress) => void): Promise<PageText[]> {
    const channel = new MessageChannel();
    channel.port2.on('message', (message: PdfPageProgress) => onPage?.(message));
    try {
      const task: PdfTextTask = { file, progress: channel.port1 };
      const result = (await this.getPool().run(task, { transferList: [channel.port1] })) as PdfTextResult;
      if (result.ok) return result.pages;
      const name = path.basename(file);
      if (result.reason === 'encrypted') throw new SpoorError('import.pdfEncrypted', `${name} is password-protected`, { file: name });
      if (result.reason === 'invalid') throw new SpoorError('import.pdfInvalid', `${name}: ${result.message}`, { file: name });
      throw new SpoorError('import.unreadable', `${name}: ${result.message}`, { file: name, reason: result.message });
    } finally {
      channel.port2.close();
    }
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }
}
