import { randomUUID } from 'node:crypto';
import { SpoorError } from '../../../shared/errors';
import type { DocumentRecord } from '../../../shared/model/document';
import type { Language } from '../../../shared/model/settings';
import { SavedSearches, type BatchRow, type DocumentHitList, type IndexStatus, type SavedSearch, type SearchPage, type SearchRequest } from '../../../shared/model/search';
import { batchQuery } from '../../../shared/search/batch';
import { SearchEngine, type CodeProvider, type SearchOutcome } from '../../../shared/search/engine';
import type { DocumentFacts } from '../../../shared/search/facets';
import { highlightRanges, makeSnippet } from '../../../shared/search/highlight';
import { describeQueryProblem } from '../../../shared/search/problems';
import { parseQuery, type QueryProblem } from '../../../shared/search/query';
import type { CaseStore } from '../case/case-store';
import type { CaseService } from '../service/case-service';
import { CaseIndex } from './case-index';
import { ShardBuilder } from './shard-builder';

const SAVED_FILE = 'searches.json';
const CACHED_RESULTS = 8;

export interface PageRequest extends SearchRequest {
  page: number;
  pageSize: number;
  passagesPerDocument: number;
}

function factsOf(documents: readonly DocumentRecord[]): Map<string, DocumentFacts> {
  return new Map(
    documents.map((doc, order) => [
      doc.id,
      {
        id: doc.id,
        order,
        title: doc.title,
        kind: doc.kind,
        type: doc.metadata?.documentType,
        date: doc.metadata?.date,
        sender: doc.metadata?.sender,
        recipients: [...(doc.metadata?.recipients ?? []), ...(doc.metadata?.cc ?? [])],
      },
    ]),
  );
}

/**
 * Search for the open case: follows the case's lifecycle (loads the index
 * when a case opens, indexes new documents in a worker after each import,
 * stops when it closes) and answers queries, batch searches and saved
 * searches. The same object serves the UI (through the contract) and the CLI.
 */
export class SearchArea {
  private index: CaseIndex | undefined;
  private readonly builder = new ShardBuilder();
  private codes: CodeProvider | undefined;
  private engine: { key: string; engine: SearchEngine; documents: readonly DocumentRecord[] } | undefined;
  private readonly results = new Map<string, SearchOutcome>();

  constructor(
    private readonly service: CaseService,
    private readonly language: () => Language = () => 'en',
  ) {
    service.on('opened', (store) => {
      this.index = new CaseIndex(store, this.builder, () => this.invalidate());
    });
    service.on('closing', async () => {
      const index = this.index;
      this.index = undefined;
      this.invalidate();
      await index?.close();
      await this.builder.close();
    });
    service.on('documentsAdded', (_store, ids) => this.index?.add(ids));
  }

  /**
   * Lets the coding area feed the `code` facet and `code:` filter: codes
   * applied to a stretch of a page. Until it exists, passages have no codes.
   */
  setCodeProvider(provider: CodeProvider | undefined): void {
    this.codes = provider;
    this.invalidate();
  }

  status(): IndexStatus {
    return this.requireIndex().status();
  }

  /** Waits until every document of the case is indexed. */
  async ready(): Promise<IndexStatus> {
    const index = this.requireIndex();
    await index.idle();
    return index.status();
  }

  async query(request: PageRequest): Promise<SearchPage> {
    const started = performance.now();
    const outcome = await this.run(request);
    const store = this.service.requireStore();
    const first = request.page * request.pageSize;
    const groups = outcome.groups.slice(first, first + request.pageSize).map((group) => {
      const record = store.findDocument(group.documentId);
      return {
        documentId: group.documentId,
        title: record?.title ?? group.documentId,
        kind: record?.kind ?? '',
        score: group.score,
        hitCount: group.hits.length,
        passages: group.hits.slice(0, request.passagesPerDocument).map((hit) => {
          const text = hit.shard.texts[hit.passage] as string;
          const start = hit.shard.passageStart[hit.passage] as number;
          const snippet = makeSnippet(text, highlightRanges(text, outcome.highlight));
          return {
            page: hit.shard.passagePage[hit.passage] as number,
            start,
            end: hit.shard.passageEnd[hit.passage] as number,
            score: hit.score,
            snippet: { text: snippet.text, pageOffset: start + snippet.offset, highlights: snippet.highlights, clippedStart: snippet.clippedStart, clippedEnd: snippet.clippedEnd },
          };
        }),
      };
    });
    return {
      total: outcome.total,
      documentCount: outcome.groups.length,
      page: request.page,
      pageSize: request.pageSize,
      groups,
      facets: outcome.facets,
      ignored: outcome.ignored,
      index: this.status(),
      tookMs: Math.round((performance.now() - started) * 10) / 10,
    };
  }

  /** Every hit in one document, page by page, as page offsets: what the reader highlights and steps through. */
  async documentHits(request: SearchRequest & { documentId: string }): Promise<DocumentHitList> {
    const outcome = await this.run(request);
    const group = outcome.groups.find((candidate) => candidate.documentId === request.documentId);
    const pages = new Map<number, Array<[number, number]>>();
    for (const hit of group?.hits ?? []) {
      const page = hit.shard.passagePage[hit.passage] as number;
      const start = hit.shard.passageStart[hit.passage] as number;
      const ranges = highlightRanges(hit.shard.texts[hit.passage] as string, outcome.highlight).map(([s, e]): [number, number] => [start + s, start + e]);
      pages.set(page, [...(pages.get(page) ?? []), ...ranges]);
    }
    return {
      documentId: request.documentId,
      pages: [...pages]
        .sort((a, b) => a[0] - b[0])
        .map(([page, highlights]) => ({ page, highlights: highlights.sort((a, b) => a[0] - b[0]) })),
    };
  }

  /**
   * Hit counts per line of a list (names, organisations, file numbers), per
   * document. Waits for documents still being indexed: a list is checked
   * against the whole case, and a 0 must mean "not in the case".
   */
  async batch(terms: readonly string[], options: { syntax: boolean; exact: boolean }): Promise<BatchRow[]> {
    await this.requireIndex().idle();
    const store = this.service.requireStore();
    const rows: BatchRow[] = [];
    for (const raw of terms) {
      const term = raw.trim();
      if (term === '') continue;
      const query = batchQuery(term, options.syntax);
      const parsed = parseQuery(query);
      const outcome = parsed.ok ? (await this.engineFor()).search(parsed.query, { exact: options.exact }) : parsed;
      if (!outcome.ok) {
        rows.push({ term, hits: 0, documents: [], problem: describeQueryProblem(this.language(), outcome.problem) });
        continue;
      }
      rows.push({
        term,
        hits: outcome.total,
        documents: outcome.groups.map((group) => ({ documentId: group.documentId, title: store.findDocument(group.documentId)?.title ?? group.documentId, hits: group.hits.length })),
      });
    }
    return rows;
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

  private requireIndex(): CaseIndex {
    this.service.requireStore();
    if (!this.index) throw new SpoorError('case.notOpen', 'No case is open');
    return this.index;
  }

  private invalid(problem: QueryProblem): SpoorError {
    const sentence = describeQueryProblem(this.language(), problem);
    return new SpoorError('search.invalidQuery', describeQueryProblem('en', problem), { problem: sentence, kind: problem.kind, position: problem.position });
  }

  private async run(request: SearchRequest): Promise<SearchOutcome> {
    const parsed = parseQuery(request.query);
    if (!parsed.ok) throw this.invalid(parsed.problem);
    const engine = await this.engineFor();
    const key = `${this.engine?.key}\u0000${JSON.stringify([request.query, request.exact, request.facets])}`;
    const cached = this.results.get(key);
    if (cached) return cached;
    const outcome = engine.search(parsed.query, { exact: request.exact, facets: request.facets });
    if (!outcome.ok) throw this.invalid(outcome.problem);
    this.results.set(key, outcome);
    if (this.results.size > CACHED_RESULTS) this.results.delete(this.results.keys().next().value as string);
    return outcome;
  }

  /** The engine over the loaded shards and the current document records (rebuilt when either changes). */
  private async engineFor(): Promise<SearchEngine> {
    const index = this.requireIndex();
    await index.loaded;
    const store: CaseStore = this.service.requireStore();
    const documents = store.listDocuments();
    const key = `${index.version}`;
    if (!this.engine || this.engine.key !== key || this.engine.documents !== documents) {
      this.results.clear();
      this.engine = { key, documents, engine: new SearchEngine(index.loadedShards().map((shard) => shard.data), factsOf(documents), this.codes) };
    }
    return this.engine.engine;
  }

  private invalidate(): void {
    this.engine = undefined;
    this.results.clear();
  }
}
