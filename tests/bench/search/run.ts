/**
 * Search benchmark: `npx tsx tests/bench/search/run.ts [sizes…]` (default 10000 50000 100000).
 * Each step runs in its own process so its peak memory is its own; prints figures, asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const run = (...args: string[]) => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'child.ts'), ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop() as string) as Record<string, unknown>;
};

for (const n of sizes.length > 0 ? sizes : [10_000, 50_000, 100_000]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spoor-bench-'));
  try {
    const build = run('build', String(n), dir);
    const query = run('query', String(n), dir);
    const mini = run('minisearch', String(n));
    const overlap = run('overlap', String(n));
    console.log(`\n== ${n.toLocaleString('en')} passages (${Math.ceil(n / 10_000)} shards) ==`);
    console.log(`Spoor     build ${build['buildS']} s (peak ${build['peakMb']} MB), index ${build['indexMb']} MB, open + first query ${query['openAndFirstQueryS']} s (load ${query['loadS']} s), peak ${query['peakMb']} MB holding the index`);
    console.log(`MiniSearch build ${mini['buildS']} s, index ${mini['indexMb']} MB, load + first query ${mini['loadS']} s, peak ${mini['peakMb']} MB`);
    console.log('latency ms   Spoor p50 / p95   MiniSearch p50 / p95   p95 ratio Spoor/MiniSearch');
    const spoorLatency = query['latency'] as Record<string, { p50: number; p95: number }>;
    const miniLatency = mini['latency'] as Record<string, { p50: number; p95: number }>;
    for (const type of Object.keys(spoorLatency)) {
      const s = spoorLatency[type] as { p50: number; p95: number };
      const m = miniLatency[type] as { p50: number; p95: number };
      console.log(`${type.padEnd(10)}  ${String(s.p50).padStart(7)} / ${String(s.p95).padEnd(7)}  ${String(m.p50).padStart(10)} / ${String(m.p95).padEnd(9)}  ${(s.p95 / (m.p95 || 0.1)).toFixed(2)}`);
    }
    console.log(`memory ratio Spoor/MiniSearch (peak holding the index): ${(Number(query['peakMb']) / Number(mini['peakMb'])).toFixed(2)}`);
    const corpus = overlap['corpusStatistics'] as { top10: number; top1: number };
    const shard = overlap['shardStatistics'] as { top10: number; top1: number };
    console.log(`top-10 overlap, ${Math.ceil(n / 2000)} shards of 2,000 passages vs one index: ${corpus.top10} (top-1 ${corpus.top1}) with corpus-wide statistics; ${shard.top10} (top-1 ${shard.top1}) if each shard used its own`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
