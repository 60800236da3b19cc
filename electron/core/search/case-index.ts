import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import type { IndexStatus } from '../../../shared/model/search';
import { SHARD_MAX_PASSAGES } from '../../../shared/search/shard';
import type { CaseStore } from '../case/case-store';
import { SerialQueue } from '../fs/serial-queue';
import { indexDir, loadShard, readManifest, removeUnlisted, writeManifest, type LoadedShard } from './index-files';
import type { ShardBuilder } from './shard-builder';

/** Small shards (below a quarter of the maximum) are merged once this many have piled up. */
const MERGE_WHEN_SMALL = 4;

/**
 * The search index of one open case: its loaded shards, and the documents
 * still waiting to be indexed. Building happens in the builder's worker, one
 * batch at a time; each finished batch becomes new shards, loaded here and
 * listed in the manifest, so new documents are searchable as soon as their
 * own shard is built, without rebuilding anything already indexed.
 */
export class CaseIndex {
  private shards: LoadedShard[] = [];
  private readonly pending = new Set<string>();
  private readonly failed = new Map<string, string>();
  private readonly queue = new SerialQueue();
  private readonly abort = new AbortController();
  private building = false;
  private closed = false;
  private isLoaded = false;
  private readonly dir: string;
  /** Increases whenever the set of shards changes. */
  version = 0;
  readonly loaded: Promise<void>;

  constructor(
    private readonly store: CaseStore,
    private readonly builder: ShardBuilder,
    private readonly onChange: () => void = () => undefined,
  ) {
    this.dir = indexDir(store.root);
    this.loaded = this.queue.run(() => this.load());
  }

  loadedShards(): readonly LoadedShard[] {
    return this.shards;
  }

  status(): IndexStatus {
    const documents = this.store.listDocuments().length;
    const indexed = new Set(this.shards.flatMap((shard) => shard.entry.documents));
    return {
      state: this.closed ? 'closed' : !this.isLoaded ? 'loading' : this.pending.size > 0 || this.building ? 'indexing' : 'ready',
      documents,
      indexedDocuments: this.store.listDocuments().filter((doc) => indexed.has(doc.id)).length,
      pendingDocuments: this.pending.size,
      passages: this.shards.reduce((sum, shard) => sum + shard.entry.passages, 0),
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
    const loaded = await Promise.all(manifest.shards.map((entry) => loadShard(this.dir, entry)));
    this.shards = loaded.filter((shard): shard is LoadedShard => shard !== null);
    if (this.shards.length !== manifest.shards.length) await writeManifest(this.dir, this.shards.map((shard) => shard.entry));
    await removeUnlisted(this.dir, this.shards.map((shard) => shard.entry));
    this.isLoaded = true;
    this.version += 1;
    this.onChange();
    const indexed = new Set(this.shards.flatMap((shard) => shard.entry.documents));
    const missing = [...known].filter((id) => !indexed.has(id));
    if (missing.length > 0) this.add(missing);
  }

  private async buildPending(): Promise<void> {
    if (this.closed || this.pending.size === 0) return;
    const ids = [...this.pending];
    const indexed = new Set(this.shards.flatMap((shard) => shard.entry.documents));
    const documents = ids.flatMap((id) => {
      const record = this.store.findDocument(id);
      return record && !indexed.has(id) ? [{ id, sha256: record.sha256 }] : [];
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
  private async buildInto(documents: Array<{ id: string; sha256: string }>, replaced: readonly LoadedShard[]): Promise<void> {
    if (documents.length === 0) return;
    const result = await this.builder.build(
      { caseRoot: this.store.root, indexDir: this.dir, documents, shardPrefix: `s${Date.now().toString(36)}${randomBytes(3).toString('hex')}` },
      this.abort.signal,
    );
    if (this.closed) return;
    const fresh: LoadedShard[] = [];
    for (const entry of result.shards) {
      const shard = await loadShard(this.dir, entry);
      if (shard) fresh.push(shard);
    }
    for (const failure of result.failed) this.failed.set(failure.documentId, failure.message);
    const next = [...this.shards.filter((shard) => !replaced.includes(shard)), ...fresh];
    await writeManifest(this.dir, next.map((shard) => shard.entry));
    this.shards = next;
    this.version += 1;
    this.onChange();
    if (replaced.length > 0) await removeUnlisted(this.dir, next.map((shard) => shard.entry));
  }

  /** Many small import batches make many small shards; rebuild them as one when enough have piled up. */
  private async mergeSmallShards(): Promise<void> {
    const small = this.shards.filter((shard) => shard.entry.passages < SHARD_MAX_PASSAGES / 4);
    if (small.length < MERGE_WHEN_SMALL || this.closed) return;
    const documents = small.flatMap((shard) =>
      shard.entry.documents.flatMap((id) => {
        const record = this.store.findDocument(id);
        return record ? [{ id, sha256: record.sha256 }] : [];
      }),
    );
    await this.buildInto(documents, small);
  }
}
