import { Piscina } from 'piscina';
import { resolveWorker } from '../workers/worker-entry';
import type { ShardBuildResult, ShardBuildTask } from '../workers/search-shard.worker';

/**
 * The builder worker's heap limit. lunr.Builder leaves much garbage (an
 * object per posting), and under V8's default limit a worker building shard
 * after shard grew to ~930 MB (50,000 passages) before collecting it; with
 * this limit it collects sooner and peaks at about half that, for some more
 * CPU time (README, "Performance"). It shares its process with the search
 * worker, whose memory counts against the same budget.
 */
export const BUILDER_HEAP_MB = 768;

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
      this.pool = new Piscina({ filename: entry.filename, execArgv: entry.execArgv, maxThreads: 1, minThreads: 0, idleTimeout: 10_000, resourceLimits: { maxOldGenerationSizeMb: BUILDER_HEAP_MB } });
    }
    return this.pool.run(task, signal ? { signal } : {}) as Promise<ShardBuildResult>;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }
}
