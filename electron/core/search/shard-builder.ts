import { Piscina } from 'piscina';
import { resolveWorker } from '../workers/worker-entry';
import type { ShardBuildResult, ShardBuildTask } from '../workers/search-shard.worker';

/**
 * Builds index shards in one worker thread: indexing never runs on the
 * thread that answers the UI, and one thread leaves the other core to the
 * UI and to PDF extraction.
 */
export class ShardBuilder {
  private pool: Piscina | undefined;

  build(task: ShardBuildTask, signal?: AbortSignal): Promise<ShardBuildResult> {
    if (!this.pool) {
      const entry = resolveWorker('search-shard');
      this.pool = new Piscina({ filename: entry.filename, execArgv: entry.execArgv, maxThreads: 1, minThreads: 0, idleTimeout: 10_000 });
    }
    return this.pool.run(task, signal ? { signal } : {}) as Promise<ShardBuildResult>;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }
}
