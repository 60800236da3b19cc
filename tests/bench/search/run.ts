/**
 * Search benchmark: `npx tsx tests/bench/search/run.ts [sizes…]` (default 10000 50000 100000).
 * Each step runs in its own process so its peak memory is its own; prints figures, asserts nothing.
 * Spoor's query latencies are measured as the app runs them: a message to the search worker, the
 * query, a page of results with snippets, the answer back. MiniSearch's are a bare search() call.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILDER_HEAP_MB } from '../../../electron/core/search/shard-builder';

const here = path.dirname(fileURLToPath(import.meta.url));
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const run = (...args: string[]) => {
  // Building runs under the indexing worker's heap limit, as in the app; the query step may collect its own garbage first.
  const flags = args[0] === 'build' ? [`--max-old-space-size=${BUILDER_HEAP_MB}`] : args[0] === 'query' ? ['--expose-gc'] : [];
  const out = execFileSync(process.execPath, [...flags, '--import', 'tsx', path.join(here, 'child.ts'), ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop() as string) as Record<string, unknown>;
};

interface Latency {
  p50: number;
  p95: number;
  cpuP95: number;
}

for (const n of sizes.length > 0 ? sizes : [10_000, 50_000, 100_000]) {
  const loadBefore = os.loadavg().map((x) => x.toFixed(1)).join(' ');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spoor-bench-'));
  try {
    const build = run('build', String(n), dir);
    const query = run('query', String(n), dir);
    const mini = run('minisearch', String(n));
    const overlap = run('overlap', String(n));
    console.log(`\n== ${n.toLocaleString('en')} passages (${Math.ceil(n / 10_000)} shards); load average ${loadBefore} before, ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} after ==`);
    console.log(`Spoor     build with lunr.Builder ${build['buildS']} s (CPU ${build['buildCpuS']} s, peak ${build['peakMb']} MB under a ${BUILDER_HEAP_MB} MB heap limit), index ${build['indexMb']} MB; counting the same terms directly (the builder before lunr): ${build['directS']} s (CPU ${build['directCpuS']} s)`);
    console.log(`          open + first query ${query['openAndFirstQueryS']} s (CPU ${query['openCpuS']} s): worker start ${query['workerStartS']} s (from source through tsx), loading ${query['loadS']} s; peak ${query['peakMb']} MB for the process (search worker heap ${query['workerHeapMb']} MB)`);
    const delay = (key: string) => {
      const d = query[key] as { p50: number; p99: number; max: number };
      return `${d.p50} / ${d.p99} / ${d.max}`;
    };
    console.log(`          main thread while the worker loads and answers: busy ${query['mainBusyPercent']} % of the time, event loop delay p50 / p99 / max ${delay('mainLoopDelayMs')} ms (idle baseline ${delay('idleLoopDelayMs')} ms)`);
    console.log(`MiniSearch build ${mini['buildS']} s, index ${mini['indexMb']} MB, load + first query ${mini['loadS']} s, peak ${mini['peakMb']} MB`);
    console.log('latency ms   Spoor p50 / p95 (CPU p95)   MiniSearch p50 / p95 (CPU p95)   p95 ratio Spoor/MiniSearch wall (CPU)');
    const spoorLatency = query['latency'] as Record<string, Latency>;
    const miniLatency = mini['latency'] as Record<string, Latency>;
    for (const type of Object.keys(spoorLatency)) {
      const s = spoorLatency[type] as Latency;
      const m = miniLatency[type] as Latency;
      const cell = (l: Latency) => `${String(l.p50).padStart(7)} / ${String(l.p95).padEnd(6)} (${String(l.cpuP95).padStart(5)})`;
      console.log(`${type.padEnd(10)}  ${cell(s)}        ${cell(m)}         ${(s.p95 / (m.p95 || 0.1)).toFixed(2)} (${(s.cpuP95 / (m.cpuP95 || 0.1)).toFixed(2)})`);
    }
    console.log(`memory ratio Spoor/MiniSearch (peak holding the index): ${(Number(query['peakMb']) / Number(mini['peakMb'])).toFixed(2)}`);
    const corpus = overlap['corpusStatistics'] as { top10: number; top1: number };
    const shard = overlap['shardStatistics'] as { top10: number; top1: number };
    console.log(`top-10 overlap, ${Math.ceil(n / 2000)} shards of 2,000 passages vs one index: ${corpus.top10} (top-1 ${corpus.top1}) with corpus-wide statistics; ${shard.top10} (top-1 ${shard.top1}) if each shard used its own`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
