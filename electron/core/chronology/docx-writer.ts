import { Piscina } from 'piscina';
import type { Report } from '../../../shared/export/report/model';
import { resolveWorker } from '../workers/worker-entry';
import type { ReportDocxTask } from '../workers/report-docx.worker';

/** Writes .docx reports in one worker thread, started on first use and stopped when the case closes. */
export class DocxWriter {
  private pool: Piscina | undefined;

  write(report: Report): Promise<Uint8Array> {
    if (!this.pool) {
      const entry = resolveWorker('report-docx');
      this.pool = new Piscina({ filename: entry.filename, execArgv: entry.execArgv, maxThreads: 1, minThreads: 0, idleTimeout: 10_000 });
    }
    const task: ReportDocxTask = { report };
    return this.pool.run(task) as Promise<Uint8Array>;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }
}
