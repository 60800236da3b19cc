import fs from 'node:fs/promises';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { threadId } from 'node:worker_threads';
import type { DocumentHitList, SearchPage, SearchRequest } from '../../../shared/model/search';
import { batchQuery } from '../../../shared/search/batch';
import { codeProvider, type CodedStretch } from '../../../shared/search/codes';
import { SearchEngine, type CodeProvider, type SearchOutcome } from '../../../shared/search/engine';
import type { DocumentFacts } from '../../../shared/search/facets';
import { highlightRanges, makeSnippet } from '../../../shared/search/highlight';
import { parseQuery, type QueryProblem } from '../../../shared/search/query';
import { Lexicon } from '../../../shared/search/fuzzy';
import type { ShardData } from '../../../shared/search/shard';
import { decodeShard } from './shard-file';

const CACHED_RESULTS = 8;

export interface ShardRef {
  id: string;
  file: string;
}

export interface PageRequest extends SearchRequest {
  page: number;
  pageSize: number;
  passagesPerDocument: number;
}

/** A query's answer, or why it cannot run (the main thread says it in the analyst's language). */
export type Answer<T> = { ok: true; value: T } | { ok: false; problem: QueryProblem };

/** A page of results, without what only the main thread knows (index status, time taken). */
export type ResultPage = Omit<SearchPage, 'index' | 'tookMs'>;

export interface BatchAnswer {
  term: string;
  hits: number;
  documents: Array<{ documentId: string; title: string; hits: number }>;
  problem?: QueryProblem;
}

export interface MemoryFigures {
  /** The thread answering (never the main thread's 0). */
  threadId: number;
  /** This thread's V8 heap in use and its peak allocation, MB. */
  heapUsedMb: number;
  heapTotalMb: number;
  /** The whole process's resident memory now and at its peak, MB. */
  rssMb: number;
  peakRssMb: number;
}

const mb = (bytes: number) => Math.round(bytes / 1e6);

/**
 * The search index of the open case as the search worker thread holds it:
 * the loaded shards, the documents' facts and the coded stretches, and every
 * query over them (results, facets, snippets, hits in a document, batch
 * search). It lives in that worker so that neither Electron's main process
 * nor the headless host's event loop ever waits on a query or on loading.
 * Results of the last few queries are kept, and dropped whenever the
 * shards, the documents or the coding change.
 */
export class SearchSession {
  private shards: Array<{ id: string; file: string; data: ShardData }> = [];
  /** Kept while the shards stay the same (documents and codes change more often). */
  private lexicon = new Lexicon([]);
  private documents = new Map<string, DocumentFacts>();
  private codes: CodeProvider | undefined;
  private engine: SearchEngine | undefined;
  private readonly results = new Map<string, SearchOutcome>();

  /**
   * Makes `entries` the loaded shards: reads those not loaded yet from `dir`,
   * drops the others. Answers which could not be read (missing or damaged):
   * the caller has their documents indexed again.
   */
  async setShards(dir: string, entries: readonly ShardRef[]): Promise<{ failed: string[] }> {
    const loaded = new Map(this.shards.map((shard) => [`${shard.id}\u0000${shard.file}`, shard]));
    const failed: string[] = [];
    const next: typeof this.shards = [];
    for (const entry of entries) {
      const known = loaded.get(`${entry.id}\u0000${entry.file}`);
      if (known) {
        next.push(known);
        continue;
      }
      const data = await readShard(path.join(dir, entry.file), entry.id);
      if (data) next.push({ id: entry.id, file: entry.file, data });
      else failed.push(entry.id);
    }
    this.shards = next;
    this.lexicon = new Lexicon(next.map((shard) => shard.data));
    this.changed();
    return { failed };
  }

  setDocuments(documents: readonly DocumentFacts[]): void {
    this.documents = new Map(documents.map((doc) => [doc.id, doc]));
    this.changed();
  }

  setCodes(stretches: readonly CodedStretch[]): void {
    this.codes = codeProvider(stretches);
    this.changed();
  }

  query(request: PageRequest): Answer<ResultPage> {
    const run = this.run(request);
    if (!run.ok) return run;
    const outcome = run.value;
    const first = request.page * request.pageSize;
    const groups = outcome.groups.slice(first, first + request.pageSize).map((group) => {
      const doc = this.documents.get(group.documentId);
      return {
        documentId: group.documentId,
        title: doc?.title ?? group.documentId,
        kind: doc?.kind ?? '',
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
      ok: true,
      value: { total: outcome.total, documentCount: outcome.groups.length, page: request.page, pageSize: request.pageSize, groups, facets: outcome.facets, ignored: outcome.ignored },
    };
  }

  /** Every hit in one document, page by page, as page offsets: what the reader highlights and steps through. */
  documentHits(request: SearchRequest & { documentId: string }): Answer<DocumentHitList> {
    const run = this.run(request);
    if (!run.ok) return run;
    const outcome = run.value;
    const group = outcome.groups.find((candidate) => candidate.documentId === request.documentId);
    const pages = new Map<number, Array<[number, number]>>();
    for (const hit of group?.hits ?? []) {
      const page = hit.shard.passagePage[hit.passage] as number;
      const start = hit.shard.passageStart[hit.passage] as number;
      const ranges = highlightRanges(hit.shard.texts[hit.passage] as string, outcome.highlight).map(([s, e]): [number, number] => [start + s, start + e]);
      pages.set(page, [...(pages.get(page) ?? []), ...ranges]);
    }
    return {
      ok: true,
      value: {
        documentId: request.documentId,
        pages: [...pages].sort((a, b) => a[0] - b[0]).map(([page, highlights]) => ({ page, highlights: highlights.sort((a, b) => a[0] - b[0]) })),
      },
    };
  }

  /** Hit counts per line of a list (names, organisations, file numbers), per document. */
  batch(terms: readonly string[], options: { syntax: boolean; exact: boolean }): BatchAnswer[] {
    const engine = this.currentEngine();
    return terms.map((term) => {
      const parsed = parseQuery(batchQuery(term, options.syntax));
      const outcome = parsed.ok ? engine.search(parsed.query, { exact: options.exact }) : parsed;
      if (!outcome.ok) return { term, hits: 0, documents: [], problem: outcome.problem };
      return {
        term,
        hits: outcome.total,
        documents: outcome.groups.map((group) => ({ documentId: group.documentId, title: this.documents.get(group.documentId)?.title ?? group.documentId, hits: group.hits.length })),
      };
    });
  }

  memory(): MemoryFigures {
    const heap = getHeapStatistics();
    return { threadId, heapUsedMb: mb(heap.used_heap_size), heapTotalMb: mb(heap.total_heap_size), rssMb: mb(process.memoryUsage.rss()), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  }

  private run(request: SearchRequest): Answer<SearchOutcome> {
    const parsed = parseQuery(request.query);
    if (!parsed.ok) return parsed;
    const key = JSON.stringify([request.query, request.exact, request.facets]);
    const cached = this.results.get(key);
    if (cached) return { ok: true, value: cached };
    const outcome = this.currentEngine().search(parsed.query, { exact: request.exact, facets: request.facets });
    if (!outcome.ok) return outcome;
    this.results.set(key, outcome);
    if (this.results.size > CACHED_RESULTS) this.results.delete(this.results.keys().next().value as string);
    return { ok: true, value: outcome };
  }

  private currentEngine(): SearchEngine {
    this.engine ??= new SearchEngine(
      this.shards.map((shard) => shard.data),
      this.documents,
      this.codes,
      this.lexicon,
    );
    return this.engine;
  }

  private changed(): void {
    this.engine = undefined;
    this.results.clear();
  }
}

/** A shard file, or null when it is missing, damaged or not the shard the manifest names. */
async function readShard(file: string, id: string): Promise<ShardData | null> {
  try {
    const data = decodeShard(await fs.readFile(file));
    return data.id === id ? data : null;
  } catch {
    return null;
  }
}
