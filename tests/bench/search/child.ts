/**
 * One measurement in its own process (so peak memory is that step's own):
 *   build <n> <dir>      build shards of ≤10k passages and write them (what the indexing worker does)
 *   query <n> <dir>      open the shards, first query, then every benchmark query: the process holding the index
 *   overlap <n>          top-10 of an index sharded in groups of 2,000 passages vs one index over the same passages
 *   minisearch <n>       MiniSearch on the same passages and queries
 * Prints one JSON line.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { fold, termOf } from '../../../shared/search/analyzer';
import { SearchEngine, type Hit, type SearchOptions } from '../../../shared/search/engine';
import type { DocumentFacts } from '../../../shared/search/facets';
import { parseQuery } from '../../../shared/search/query';
import { SHARD_MAX_PASSAGES, buildShard, type ShardData } from '../../../shared/search/shard';
import { decodeShard, encodeShard } from '../../../electron/core/search/shard-file';
import { generatePassages } from './corpus';
import { benchQueries, type QueryType } from './queries';

const [mode = '', nText = '10000', dir = ''] = process.argv.slice(2);
const n = Number(nText);
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 10) / 10;
};

function facts(documentIds: Iterable<string>): Map<string, DocumentFacts> {
  return new Map([...new Set(documentIds)].sort().map((id, order) => [id, { id, order, title: id, kind: 'pdf', recipients: [] }]));
}

function latencies(run: (query: string, type: QueryType) => void): Record<string, { p50: number; p95: number; max: number }> {
  const queries = benchQueries(generatePassages(Math.min(n, 5000)));
  const times = new Map<QueryType, number[]>();
  for (const { type, query } of queries) {
    const start = performance.now();
    run(query, type);
    const list = times.get(type) ?? [];
    list.push(performance.now() - start);
    times.set(type, list);
  }
  return Object.fromEntries([...times].map(([type, list]) => [type, { p50: percentile(list, 50), p95: percentile(list, 95), max: percentile(list, 100) }]));
}

function search(engine: SearchEngine, query: string, options: SearchOptions = {}) {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(`${query}: ${parsed.problem.kind}`);
  const result = engine.search(parsed.query, options);
  if (!result.ok) throw new Error(`${query}: ${result.problem.kind}`);
  return result;
}

async function loadShards(): Promise<ShardData[]> {
  const files = (await fs.readdir(dir)).filter((name) => name.endsWith('.spx')).sort();
  return Promise.all(files.map(async (file) => decodeShard(await fs.readFile(path.join(dir, file)))));
}

/** The top 10 passages overall: score, then document, page, offset. */
function top10(result: ReturnType<typeof search>): string[] {
  const hits: Array<Hit & { doc: string }> = result.groups.flatMap((group) => group.hits.map((hit) => ({ ...hit, doc: group.documentId })));
  hits.sort((a, b) => b.score - a.score || a.doc.localeCompare(b.doc) || (a.shard.passagePage[a.passage] as number) - (b.shard.passagePage[b.passage] as number));
  return hits.slice(0, 10).map((hit) => `${hit.doc}:${hit.shard.passagePage[hit.passage]}:${hit.shard.texts[hit.passage]?.slice(0, 30)}`);
}

async function main(): Promise<void> {
  if (mode === 'build') {
    const passages = generatePassages(n);
    await fs.mkdir(dir, { recursive: true });
    const start = performance.now();
    let bytes = 0;
    for (let i = 0; i < passages.length; i += SHARD_MAX_PASSAGES) {
      const encoded = encodeShard(buildShard(`s${String(i / SHARD_MAX_PASSAGES).padStart(3, '0')}`, passages.slice(i, i + SHARD_MAX_PASSAGES)));
      bytes += encoded.length;
      await fs.writeFile(path.join(dir, `s${String(i).padStart(7, '0')}.spx`), encoded);
    }
    console.log(JSON.stringify({ mode, n, buildS: Math.round(performance.now() - start) / 1000, indexMb: Math.round(bytes / 1e5) / 10, peakMb: peakMb() }));
  } else if (mode === 'query') {
    const start = performance.now();
    const shards = await loadShards();
    const engine = new SearchEngine(shards, facts(shards.flatMap((shard) => shard.documents)));
    const loadS = (performance.now() - start) / 1000;
    search(engine, 'toeslagen');
    const openAndFirstQueryS = (performance.now() - start) / 1000;
    const perType = latencies((query) => search(engine, query));
    console.log(JSON.stringify({ mode, n, loadS: Math.round(loadS * 100) / 100, openAndFirstQueryS: Math.round(openAndFirstQueryS * 100) / 100, latency: perType, peakMb: peakMb() }));
  } else if (mode === 'overlap') {
    // Shards of 2,000 passages (a document group each): the harshest case for per-shard statistics.
    const passages = generatePassages(n);
    const documents = facts(passages.map((p) => p.documentId));
    const groups: ShardData[] = [];
    for (let i = 0; i < passages.length; i += 2000) groups.push(buildShard(`g${i}`, passages.slice(i, i + 2000)));
    const shardedEngine = new SearchEngine(groups, documents);
    const single = new SearchEngine([buildShard('single', passages)], documents);
    const queries = benchQueries(generatePassages(Math.min(n, 5000)));
    const overlap = (options: SearchOptions) => {
      let sum = 0;
      let top1 = 0;
      for (const { query } of queries) {
        const a = top10(search(single, query));
        const b = top10(search(shardedEngine, query, options));
        const shared = a.filter((key) => b.includes(key)).length;
        sum += a.length === 0 ? 1 : shared / Math.max(a.length, b.length);
        if (a[0] === b[0]) top1 += 1;
      }
      return { top10: Math.round((sum / queries.length) * 1000) / 1000, top1: Math.round((top1 / queries.length) * 1000) / 1000 };
    };
    console.log(JSON.stringify({ mode, n, corpusStatistics: overlap({}), shardStatistics: overlap({ statistics: 'shard' }) }));
  } else if (mode === 'minisearch') {
    const passages = generatePassages(n);
    const processTerm = (term: string) => termOf(fold(term)) ?? null;
    const options = { fields: ['text'], storeFields: [], processTerm, tokenize: (text: string) => text.split(/[^\p{L}\p{N}.-]+/u) };
    const start = performance.now();
    const mini = new MiniSearch<{ id: number; text: string }>(options);
    mini.addAll(passages.map((p, id) => ({ id, text: p.text })));
    const buildS = (performance.now() - start) / 1000;
    const json = JSON.stringify(mini);
    const loadStart = performance.now();
    const loaded = MiniSearch.loadJSON<{ id: number; text: string }>(json, options);
    loaded.search('toeslagen');
    const loadS = (performance.now() - loadStart) / 1000;
    const perType = latencies((query, type) => {
      const words = query.replace(/["~1*+]/g, '').split(/\s+/).filter((w) => !w.startsWith('-'));
      if (type === 'prefix') loaded.search(words.join(' '), { prefix: true });
      else if (type === 'fuzzy') loaded.search(words.join(' '), { fuzzy: 1 });
      else if (type === 'term') loaded.search(words.join(' '));
      else loaded.search(words.join(' '), { combineWith: 'AND' });
    });
    console.log(JSON.stringify({ mode, n, buildS: Math.round(buildS * 100) / 100, indexMb: Math.round(json.length / 1e5) / 10, loadS: Math.round(loadS * 100) / 100, latency: perType, peakMb: peakMb() }));
  }
}

await main();
