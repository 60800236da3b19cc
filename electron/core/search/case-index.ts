import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import type { IndexStatus } from '../../../shared/model/search';
import { SHARD_MAX_PASSAGES } from '../../../shared/search/shard';
import type { CaseStore } from '../case/case-store';
import { SerialQueue } from '../fs/serial-queue';
import { indexDir, readManifest, removeUnlisted, writeManifest, type ShardEntry } from './index-files';
import type { ShardRef } from './search-session';
import { indexTarget, type IndexTarget } from './index-targets';
import type { ShardBuilder } from './shard-builder';

/** Where the loaded shards live (the search worker): makes `entries` the loaded set, answers which could not be read. */
export type ShardLoader = (dir: string, entries: readonly ShardRef[]) => Promise<{ failed: string[] }>;

/** Small shards (below a quarter of the maximum) are merged once this many have piled up. */
const MERGE_WHEN_SMALL = 4;

/**
 * The search index of one open case: which shards it has, and the documents
 * still waiting to be indexed. Building happens in the builder's worker, one
 * batch at a time; each finished batch becomes new shards, loaded by the
 * search worker and listed in the manifest, so new documents are searchable
 * as soon as their own shard is built, without rebuilding anything already
 * indexed. This class only orchestrates: it never reads a shard itself.
 */
export class CaseIndex {
  private shards: ShardEntry[] = [];
  private readonly pending = new Set<string>();
  private readonly failed = new Map<string, string>();
  private readonly queue = new SerialQueue();
  private readonly abort = new AbortController();
  private building = false;
  private closed = false;
  private isLoaded = false;
  private readonly dir: string;
  readonly loaded: Promise<void>;

  constructor(
    private readonly store: CaseStore,
    private readonly builder: ShardBuilder,
    private readonly loadShards: ShardLoader,
  ) {
    this.dir = indexDir(store.root);
    this.loaded = this.queue.run(() => this.load());
  }

  status(): IndexStatus {
    const documents = this.store.listDocuments().length;
    const indexed = new Set(this.shards.flatMap((shard) => shard.documents));
    return {
      state: this.closed ? 'closed' : !this.isLoaded ? 'loading' : this.pending.size > 0 || this.building ? 'indexing' : 'ready',
      documents,
      indexedDocuments: this.store.listDocuments().filter((doc) => indexed.has(doc.id)).length,
      pendingDocuments: this.pending.size,
      passages: this.shards.reduce((sum, shard) => sum + shard.passages, 0),
      shards: this.shards.length,
      failed: [...this.failed].map(([documentId, message]) => ({ documentId, message })),
    };
  }

  /** Queues documents for indexing; returns at once (the work happens in the worker). */
  add(documentIds: readonly string[]): void {
    if (this.closed) return;
    for (const id of documentIds) this.pending.add(id);
    void this.queue.run(() => this.buildPending()).catch((error: unknown) => this.report(error));
  }

  /**
   * Indexes documents again after their text was replaced (a repair read it
   * from the original anew): the shards holding them are rebuilt from the
   * text as it is now, so no hit points into text that is no longer there.
   */
  reindex(documentIds: readonly string[]): Promise<void> {
    return this.queue.run(async () => {
      await this.loaded;
      if (this.closed) return;
      const changed = new Set(documentIds);
      for (const id of changed) this.failed.delete(id);
      const stale = this.shards.filter((shard) => shard.documents.some((id) => changed.has(id)));
      this.building = true;
      try {
        await this.buildInto(this.targets(stale.flatMap((shard) => shard.documents)), stale);
      } finally {
        this.building = false;
      }
      // Documents no shard held (their text could not be read before the repair) are indexed now.
      const indexed = new Set(this.shards.flatMap((shard) => shard.documents));
      const unindexed = [...changed].filter((id) => !indexed.has(id));
      if (unindexed.length > 0) this.add(unindexed);
    });
  }

  /** Loads the shards again, into a search worker that lost them (it stopped and was restarted). */
  reload(): Promise<void> {
    return this.queue.run(async () => {
      await this.loaded;
      const lost = await this.swapIn(this.shards);
      if (lost.length === 0) return;
      await writeManifest(this.dir, this.shards);
      this.add(lost.flatMap((entry) => entry.documents));
    });
  }

  /** Resolves when everything queued so far is indexed (for the CLI and tests). */
  async idle(): Promise<void> {
    await this.loaded;
    await this.queue.idle();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.abort.abort();
    await this.queue.idle();
  }

  private report(error: unknown): void {
    if (!this.closed) console.error('[spoor search] indexing failed:', error);
  }

  private async load(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    const manifest = await readManifest(this.dir);
    const known = new Set(this.store.listDocuments().map((doc) => doc.id));
    // Shards that cannot be read are dropped from the manifest; their documents are indexed again below.
    await this.swapIn(manifest.shards);
    if (this.shards.length !== manifest.shards.length) await writeManifest(this.dir, this.shards);
    await removeUnlisted(this.dir, this.shards);
    this.isLoaded = true;
    const indexed = new Set(this.shards.flatMap((shard) => shard.documents));
    const missing = [...known].filter((id) => !indexed.has(id));
    if (missing.length > 0) this.add(missing);
  }

  /** Has the search worker load `entries`; those it could not read are left out. Returns them. */
  private async swapIn(entries: readonly ShardEntry[]): Promise<ShardEntry[]> {
    const { failed } = await this.loadShards(this.dir, entries);
    this.shards = entries.filter((entry) => !failed.includes(entry.id));
    return entries.filter((entry) => failed.includes(entry.id));
  }

  private async buildPending(): Promise<void> {
    if (this.closed || this.pending.size === 0) return;
    const ids = [...this.pending];
    const indexed = new Set(this.shards.flatMap((shard) => shard.documents));
    const all = this.store.listDocuments();
    const documents = ids.flatMap((id) => {
      const record = this.store.findDocument(id);
      return record && !indexed.has(id) ? [indexTarget(record, all)] : [];
    });
    this.building = true;
    try {
      await this.buildInto(documents, []);
      for (const id of ids) this.pending.delete(id);
      await this.mergeSmallShards();
    } finally {
      this.building = false;
    }
  }

  /** Builds shards for `documents` in the worker and swaps them in for `replaced`. */
  private async buildInto(documents: IndexTarget[], replaced: readonly ShardEntry[]): Promise<void> {
    if (documents.length === 0) return;
    const result = await this.builder.build(
      { caseRoot: this.store.root, indexDir: this.dir, documents, shardPrefix: `s${Date.now().toString(36)}${randomBytes(3).toString('hex')}` },
      this.abort.signal,
    );
    if (this.closed) return;
    for (const failure of result.failed) this.failed.set(failure.documentId, failure.message);
    const unreadable = await this.swapIn([...this.shards.filter((shard) => !replaced.includes(shard)), ...result.shards]);
    // A shard just written that cannot be read back: its documents are reported, not retried in a loop.
    for (const entry of unreadable) for (const id of entry.documents) this.failed.set(id, `index shard ${entry.file} could not be read back`);
    await writeManifest(this.dir, this.shards);
    if (replaced.length + unreadable.length > 0) await removeUnlisted(this.dir, this.shards);
  }

  /** Many small import batches make many small shards; rebuild them as one when enough have piled up. */
  private async mergeSmallShards(): Promise<void> {
    const small = this.shards.filter((shard) => shard.passages < SHARD_MAX_PASSAGES / 4);
    if (small.length < MERGE_WHEN_SMALL || this.closed) return;
    await this.buildInto(this.targets(small.flatMap((shard) => shard.documents)), small);
  }

  /** What to index for each of these documents that the case still has. */
  private targets(documentIds: readonly string[]): IndexTarget[] {
    const all = this.store.listDocuments();
    return documentIds.flatMap((id) => {
      const record = this.store.findDocument(id);
      return record ? [indexTarget(record, all)] : [];
    });
  }
}
