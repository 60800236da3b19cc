import { randomUUID } from 'node:crypto';
import { SpoorError } from '../../../shared/errors';
import type { DocumentRecord } from '../../../shared/model/document';
import type { Language } from '../../../shared/model/settings';
import { SavedSearches, type BatchRow, type DocumentHitList, type IndexStatus, type SavedSearch, type SearchPage, type SearchRequest } from '../../../shared/model/search';
import type { CodedStretch } from '../../../shared/search/codes';
import type { DocumentFacts } from '../../../shared/search/facets';
import { describeQueryProblem } from '../../../shared/search/problems';
import type { QueryProblem } from '../../../shared/search/query';
import type { CaseStore } from '../case/case-store';
import type { CaseService } from '../service/case-service';
import { CaseIndex } from './case-index';
import type { Answer, MemoryFigures, PageRequest } from './search-session';
import { SearchWorker } from './search-worker';
import { ShardBuilder } from './shard-builder';

export type { PageRequest } from './search-session';

const SAVED_FILE = 'searches.json';
/** Batch lines per message to the worker, so that a long list never holds up a query for long. */
const BATCH_CHUNK = 50;

/** Where coded passages come from (the coding area): all of them, and a signal when they change. */
export interface CodeSource {
  stretches(): Promise<CodedStretch[]>;
  onChange(listener: () => void): () => void;
}

function factsOf(documents: readonly DocumentRecord[]): DocumentFacts[] {
  return documents.map((doc, order) => ({
    id: doc.id,
    order,
    title: doc.title,
    kind: doc.kind,
    type: doc.metadata?.documentType,
    date: doc.metadata?.date,
    sender: doc.metadata?.sender,
    recipients: [...(doc.metadata?.recipients ?? []), ...(doc.metadata?.cc ?? [])],
  }));
}

/** The search side of one open case: its index, the worker holding it, and what that worker has been told. */
interface OpenSearch {
  store: CaseStore;
  worker: SearchWorker;
  index: CaseIndex;
  /** The document records last sent to the worker (the store replaces the array on every change). */
  sentDocuments?: readonly DocumentRecord[];
  codesSent: boolean;
  /** Set while the shards are being loaded into a restarted worker. */
  reloading?: Promise<void>;
}

/**
 * Search for the open case: follows the case's lifecycle (loads the index
 * when a case opens, indexes new documents in a worker after each import,
 * stops when it closes) and answers queries, batch searches and saved
 * searches. The index itself lives in the search worker (search-session.ts):
 * this class, on the main thread, only sends it messages, so a query never
 * blocks Electron's main process or the host's event loop. The same object
 * serves the UI (through the contract) and the CLI.
 */
export class SearchArea {
  private open: OpenSearch | undefined;
  private readonly builder = new ShardBuilder();
  private codeSource: { source: CodeSource; unsubscribe: () => void } | undefined;

  constructor(
    private readonly service: CaseService,
    private readonly language: () => Language = () => 'en',
  ) {
    service.on('opened', (store) => {
      this.open = this.attach(store);
    });
    service.on('closing', async () => {
      const open = this.open;
      this.open = undefined;
      await open?.index.close();
      await open?.worker.close();
      await this.builder.close();
    });
    service.on('documentsAdded', (_store, ids) => this.open?.index.add(ids));
    // Queued like an import's documents: the repair does not wait for the index.
    service.on('textReplaced', (_store, ids) => void this.open?.index.reindex(ids).catch((error: unknown) => console.error('[spoor search] reindexing failed:', error)));
  }

  /** Feeds the `code` facet and `code:` filter from the coding area's passages, following its changes. */
  setCodeSource(source: CodeSource | undefined): void {
    this.codeSource?.unsubscribe();
    this.codeSource = source && {
      source,
      unsubscribe: source.onChange(() => {
        if (this.open) this.open.codesSent = false;
      }),
    };
    if (this.open) this.open.codesSent = false;
  }

  status(): IndexStatus {
    return this.requireOpen().index.status();
  }

  /** Waits until every document of the case is indexed. */
  async ready(): Promise<IndexStatus> {
    const { index } = this.requireOpen();
    await index.idle();
    return index.status();
  }

  async query(request: PageRequest): Promise<SearchPage> {
    const started = performance.now();
    const open = await this.synced();
    const page = this.answer(await open.worker.call('query', request));
    return { ...page, index: open.index.status(), tookMs: Math.round((performance.now() - started) * 10) / 10 };
  }

  /** Every hit in one document, page by page, as page offsets: what the reader highlights and steps through. */
  async documentHits(request: SearchRequest & { documentId: string }): Promise<DocumentHitList> {
    const open = await this.synced();
    return this.answer(await open.worker.call('documentHits', request));
  }

  /**
   * Hit counts per line of a list (names, organisations, file numbers), per
   * document. Waits for documents still being indexed: a list is checked
   * against the whole case, and a 0 must mean "not in the case".
   */
  async batch(terms: readonly string[], options: { syntax: boolean; exact: boolean }): Promise<BatchRow[]> {
    await this.requireOpen().index.idle();
    const lines = terms.map((term) => term.trim()).filter((term) => term !== '');
    const rows: BatchRow[] = [];
    for (let at = 0; at < lines.length; at += BATCH_CHUNK) {
      const open = await this.synced();
      for (const answer of await open.worker.call('batch', lines.slice(at, at + BATCH_CHUNK), options)) {
        const { problem, ...row } = answer;
        rows.push(problem ? { ...row, problem: describeQueryProblem(this.language(), problem) } : row);
      }
    }
    return rows;
  }

  /** Memory of the search worker and of the process holding it (for the benchmark and diagnostics). */
  async memory(): Promise<MemoryFigures> {
    return (await this.synced()).worker.call('memory');
  }

  async savedSearches(): Promise<SavedSearch[]> {
    return (await this.readSaved()).searches;
  }

  async saveSearch(input: Omit<SavedSearch, 'id' | 'createdAt'>): Promise<SavedSearch> {
    const saved: SavedSearch = { ...input, id: randomUUID(), createdAt: new Date().toISOString() };
    const current = await this.readSaved();
    await this.service.requireStore().writeData(SAVED_FILE, { version: 1, searches: [...current.searches, saved] } satisfies SavedSearches, {
      type: 'search.save',
      summary: `Saved search "${saved.name}": ${saved.query}`,
    });
    return saved;
  }

  async deleteSearch(id: string): Promise<void> {
    const current = await this.readSaved();
    const found = current.searches.find((search) => search.id === id);
    if (!found) throw new SpoorError('search.savedNotFound', `No saved search ${id}`, { id });
    await this.service.requireStore().writeData(SAVED_FILE, { version: 1, searches: current.searches.filter((search) => search.id !== id) } satisfies SavedSearches, {
      type: 'search.delete',
      summary: `Deleted saved search "${found.name}"`,
    });
  }

  private readSaved(): Promise<SavedSearches> {
    return this.service.requireStore().readData(SAVED_FILE, SavedSearches, { version: 1, searches: [] });
  }

  private attach(store: CaseStore): OpenSearch {
    const worker = new SearchWorker();
    const open: OpenSearch = {
      store,
      worker,
      codesSent: false,
      index: new CaseIndex(store, this.builder, (dir, entries) =>
        // An empty case does not start the worker.
        entries.length === 0 && !open.worker.running ? Promise.resolve({ failed: [] }) : open.worker.call('setShards', dir, entries),
      ),
    };
    // The worker lost everything it held (it ran out of memory or failed): the next call starts a new one, told everything again.
    worker.onExit((error) => {
      if (this.open !== open) return;
      console.error('[spoor search]', error.message);
      open.sentDocuments = undefined;
      open.codesSent = false;
      open.reloading = open.index.reload().catch((reloadError: unknown) => console.error('[spoor search] reloading the index failed:', reloadError));
    });
    return open;
  }

  private requireOpen(): OpenSearch {
    this.service.requireStore();
    if (!this.open) throw new SpoorError('case.notOpen', 'No case is open');
    return this.open;
  }

  /** The open case's search, with the worker up to date on documents and codes. */
  private async synced(): Promise<OpenSearch> {
    const open = this.requireOpen();
    await open.index.loaded;
    await open.reloading;
    const documents = open.store.listDocuments();
    if (open.sentDocuments !== documents) {
      open.sentDocuments = documents;
      await open.worker.call('setDocuments', factsOf(documents));
    }
    if (!open.codesSent) {
      open.codesSent = true;
      await open.worker.call('setCodes', await this.codedStretches(open));
    }
    return open;
  }

  private async codedStretches(open: OpenSearch): Promise<CodedStretch[]> {
    if (!this.codeSource) return [];
    try {
      return await this.codeSource.source.stretches();
    } catch (error) {
      // Coding that cannot be read (the coding view reports why) must not stop search: no code facet until it can.
      open.codesSent = false;
      console.error('[spoor search] coded passages unavailable:', error instanceof Error ? error.message : error);
      return [];
    }
  }

  private answer<T>(answer: Answer<T>): T {
    if (answer.ok) return answer.value;
    throw this.invalid(answer.problem);
  }

  private invalid(problem: QueryProblem): SpoorError {
    const sentence = describeQueryProblem(this.language(), problem);
    return new SpoorError('search.invalidQuery', describeQueryProblem('en', problem), { problem: sentence, kind: problem.kind, position: problem.position });
  }
}
