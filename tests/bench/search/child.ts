/**
 * One measurement in its own process (so peak memory is that step's own):
 *   build <n> <dir>      build shards of ≤10k passages with lunr.Builder and write them (what the indexing
 *                        worker does); then, for comparison, count the same terms directly (the builder before lunr)
 *   query <n> <dir>      start the search worker as the app does, have it load the shards, first query, then every
 *                        benchmark query through it (with snippets): this process is the one holding the index
 *   overlap <n>          top-10 of an index sharded in groups of 2,000 passages vs one index over the same passages
 *   minisearch <n>       MiniSearch on the same passages and queries
 * Times are wall clock and CPU (user + system, all threads): on a shared machine the CPU time is the steadier.
 * Prints one JSON line.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay, performance as nodePerformance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { fold, termOf } from '../../../shared/search/analyzer';
import { SearchEngine, type Hit, type SearchOptions } from '../../../shared/search/engine';
import type { DocumentFacts } from '../../../shared/search/facets';
import { parseQuery } from '../../../shared/search/query';
import { SHARD_MAX_PASSAGES, buildShard, type ShardData } from '../../../shared/search/shard';
import { encodeShard } from '../../../electron/core/search/shard-file';
import { SearchWorker } from '../../../electron/core/search/search-worker';
import { generatePassages } from './corpus';
import { benchQueries, type BenchQuery, type QueryType } from './queries';
import { referenceIndex } from './reference-index';

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

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

interface Latency {
  p50: number;
  p95: number;
  max: number;
  cpuP50: number;
  cpuP95: number;
}

/** Runs every benchmark query once to warm up, then once measured: wall and CPU time per query type. */
async function latencies(queries: readonly BenchQuery[], run: (query: string, type: QueryType) => unknown): Promise<Record<string, Latency>> {
  for (const { type, query } of queries) await run(query, type);
  const times = new Map<QueryType, { wall: number[]; cpu: number[] }>();
  for (const { type, query } of queries) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await run(query, type);
    const entry = times.get(type) ?? { wall: [], cpu: [] };
    entry.wall.push(performance.now() - start);
    entry.cpu.push(cpuMs(cpu));
    times.set(type, entry);
  }
  return Object.fromEntries(
    [...times].map(([type, { wall, cpu }]) => [type, { p50: percentile(wall, 50), p95: percentile(wall, 95), max: percentile(wall, 100), cpuP50: percentile(cpu, 50), cpuP95: percentile(cpu, 95) }]),
  );
}

function search(engine: SearchEngine, query: string, options: SearchOptions = {}) {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(`${query}: ${parsed.problem.kind}`);
  const result = engine.search(parsed.query, options);
  if (!result.ok) throw new Error(`${query}: ${result.problem.kind}`);
  return result;
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
    const cpu = process.cpuUsage();
    const start = performance.now();
    let bytes = 0;
    for (let i = 0; i < passages.length; i += SHARD_MAX_PASSAGES) {
      const encoded = encodeShard(buildShard(`s${String(i / SHARD_MAX_PASSAGES).padStart(3, '0')}`, passages.slice(i, i + SHARD_MAX_PASSAGES)));
      bytes += encoded.length;
      await fs.writeFile(path.join(dir, `s${String(i / SHARD_MAX_PASSAGES).padStart(3, '0')}.spx`), encoded);
    }
    const buildS = (performance.now() - start) / 1000;
    const buildCpuS = cpuMs(cpu) / 1000;
    const peak = peakMb();
    const referenceCpu = process.cpuUsage();
    const referenceStart = performance.now();
    for (let i = 0; i < passages.length; i += SHARD_MAX_PASSAGES) referenceIndex(passages.slice(i, i + SHARD_MAX_PASSAGES));
    const round = (seconds: number) => Math.round(seconds * 100) / 100;
    console.log(
      JSON.stringify({ mode, n, buildS: round(buildS), buildCpuS: round(buildCpuS), directS: round((performance.now() - referenceStart) / 1000), directCpuS: round(cpuMs(referenceCpu) / 1000), indexMb: Math.round(bytes / 1e5) / 10, peakMb: peak }),
    );
  } else if (mode === 'query') {
    const documents = [...facts(generatePassages(n).map((passage) => passage.documentId)).values()];
    const queries = benchQueries(generatePassages(Math.min(n, 5000)));
    // The generated corpus is garbage now: collected here, not in the middle of the measurement.
    (globalThis as { gc?: () => void }).gc?.();
    // From here the main thread only sends messages; its event loop delay shows it never waits on search.
    // The same measure over a second of doing nothing is the baseline (on a busy machine a thread waits for a core).
    const idle = monitorEventLoopDelay({ resolution: 10 });
    idle.enable();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    idle.disable();
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const utilization = nodePerformance.eventLoopUtilization();
    const cpu = process.cpuUsage();
    const start = performance.now();
    const worker = new SearchWorker();
    await worker.call('memory');
    const startedS = (performance.now() - start) / 1000;
    const files = (await fs.readdir(dir)).filter((name) => name.endsWith('.spx')).sort();
    const { failed } = await worker.call('setShards', dir, files.map((file) => ({ id: file.replace(/\.spx$/, ''), file })));
    if (failed.length > 0) throw new Error(`unreadable shards ${failed.join(', ')}`);
    await worker.call('setDocuments', documents);
    const loadS = (performance.now() - start) / 1000 - startedS;
    const page = (query: string) => ({ query, exact: false, facets: {}, page: 0, pageSize: 20, passagesPerDocument: 3 });
    await worker.call('query', page('toeslagen'));
    const openAndFirstQueryS = (performance.now() - start) / 1000;
    const openCpuS = cpuMs(cpu) / 1000;
    const perType = await latencies(queries, async (query) => {
      const answer = await worker.call('query', page(query));
      if (!answer.ok) throw new Error(`${query}: ${answer.problem.kind}`);
    });
    const memory = await worker.call('memory');
    const busy = nodePerformance.eventLoopUtilization(utilization);
    delay.disable();
    await worker.close();
    const round = (seconds: number) => Math.round(seconds * 100) / 100;
    console.log(
      JSON.stringify({
        mode,
        n,
        workerStartS: round(startedS),
        loadS: round(loadS),
        openAndFirstQueryS: round(openAndFirstQueryS),
        openCpuS: round(openCpuS),
        latency: perType,
        peakMb: peakMb(),
        workerHeapMb: memory.heapUsedMb,
        mainLoopDelayMs: { p50: Math.round(delay.percentile(50) / 1e5) / 10, p99: Math.round(delay.percentile(99) / 1e5) / 10, max: Math.round(delay.max / 1e5) / 10 },
        mainBusyPercent: Math.round(busy.utilization * 1000) / 10,
        idleLoopDelayMs: { p50: Math.round(idle.percentile(50) / 1e5) / 10, p99: Math.round(idle.percentile(99) / 1e5) / 10, max: Math.round(idle.max / 1e5) / 10 },
      }),
    );
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
    const perType = await latencies(benchQueries(generatePassages(Math.min(n, 5000))), (query, type) => {
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
