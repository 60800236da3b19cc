/**
 * The app's own path at scale: `npx tsx tests/bench/search/app.ts [passages]` (default 100000).
 * Writes the benchmark corpus as text files (one per document), imports 90 % of them into a case
 * through CaseService with search and coding attached (as the host and Electron do), waits for the
 * index, then imports the rest while queries keep running. Prints the time of each step and the
 * peak memory of the process, which holds the main thread, the search worker, the indexing worker
 * and the import. Asserts nothing.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CodingArea } from '../../../electron/core/coding/coding-area';
import { codingCodeSource } from '../../../electron/core/search/coded-stretches';
import { SearchArea } from '../../../electron/core/search/search-area';
import { CaseService } from '../../../electron/core/service/case-service';
import { MemorySettings } from '../../../electron/core/settings';
import { generatePassages } from './corpus';

const n = Number(process.argv[2] ?? 100_000);
const root = await fs.mkdtemp(path.join(os.tmpdir(), 'spoor-bench-app-'));
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const seconds = (since: number) => Math.round(performance.now() - since) / 1000;

try {
  const pagesByDocument = new Map<string, string[][]>();
  for (const passage of generatePassages(n)) {
    const pages = pagesByDocument.get(passage.documentId) ?? [];
    (pages[passage.page - 1] ??= []).push(passage.text);
    pagesByDocument.set(passage.documentId, pages);
  }
  const files: string[] = [];
  await fs.mkdir(path.join(root, 'files'));
  for (const [id, pages] of pagesByDocument) {
    const file = path.join(root, 'files', `${id}.txt`);
    // Paragraphs are passages; a form feed starts a page.
    await fs.writeFile(file, pages.map((passages) => passages.join('\n\n')).join('\f'));
    files.push(file);
  }
  const service = new CaseService({ casesDir: root });
  const search = new SearchArea(service, () => 'en');
  search.setCodeSource(codingCodeSource(new CodingArea(service, new MemorySettings())));
  await service.createCaseAt(path.join(root, 'Bench'));
  const sources = (list: string[]) => list.map((file) => ({ path: file, name: path.basename(file), origin: file }));
  const first = Math.round(files.length * 0.9);
  const query = (text: string) => search.query({ query: text, exact: false, facets: {}, page: 0, pageSize: 20, passagesPerDocument: 3 });

  let start = performance.now();
  await service.importFiles(sources(files.slice(0, first)));
  console.log(`imported ${first} documents in ${seconds(start)} s (peak ${peakMb()} MB)`);
  start = performance.now();
  const indexed = await search.ready();
  console.log(`indexed ${indexed.passages} passages in ${indexed.shards} shards in ${seconds(start)} s more (peak ${peakMb()} MB)`);
  start = performance.now();
  await query('toeslagen');
  console.log(`first query ${seconds(start)} s; search worker ${JSON.stringify(await search.memory())}`);

  start = performance.now();
  await service.importFiles(sources(files.slice(first)));
  const latencies: number[] = [];
  const queries = ['minister', 'belast*', '"raad van state"', 'toeslag~1', '+signaal -minister'];
  while (search.status().state !== 'ready') {
    const asked = performance.now();
    await query(queries[latencies.length % queries.length] as string);
    latencies.push(performance.now() - asked);
  }
  latencies.sort((a, b) => a - b);
  const at = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
  const status = search.status();
  console.log(
    `imported and indexed ${files.length - first} more documents in ${seconds(start)} s while ${latencies.length} queries ran (p50 ${at(50)} ms, p95 ${at(95)} ms, max ${at(100)} ms); ${status.passages} passages in ${status.shards} shards`,
  );
  console.log(`peak memory of the process: ${peakMb()} MB; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  await service.dispose();
} finally {
  await fs.rm(root, { recursive: true, force: true });
}
