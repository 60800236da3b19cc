import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { threadId } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { fixturePaths } from '../../../fixtures/generate';
import { SAMPLE_SENTENCE_PAGE_2 } from '../../../fixtures/sample-pdf';
import { SpoorError } from '../../../shared/errors';
import { CodingArea } from '../../../electron/core/coding/coding-area';
import { applyCodes } from '../../../electron/core/coding/passages';
import { CaseService } from '../../../electron/core/service/case-service';
import { codingCodeSource } from '../../../electron/core/search/coded-stretches';
import { SearchArea } from '../../../electron/core/search/search-area';
import type { SearchWorker } from '../../../electron/core/search/search-worker';
import { MemorySettings } from '../../../electron/core/settings';
import { CORPUS_SKIP_REASON, corpusDir, hasCorpus, projectRoot, tempDir } from '../helpers';

const services: CaseService[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.dispose()));
});

async function open(folder: string, create = false) {
  const service = new CaseService({ casesDir: path.dirname(folder) });
  services.push(service);
  const search = new SearchArea(service, () => 'nl');
  if (create) await service.createCaseAt(folder);
  else await service.openCase(folder);
  return { service, search };
}

const page = (query: string, extra = {}) => ({ query, exact: false, facets: {}, page: 0, pageSize: 20, passagesPerDocument: 3, ...extra });
const source = (file: string) => ({ path: file, name: path.basename(file), origin: file });

describe('search in a case', () => {
  it('indexes imports incrementally in a worker, persists the index and reloads it without rebuilding', async () => {
    const fixtures = fixturePaths();
    const folder = path.join(await tempDir(), 'Zaak.spoor');
    const first = await open(folder, true);
    await first.service.importFiles([source(fixtures.samplePdf)]);
    // A batch search waits for what is still being indexed: 0 means "not in the case", never "not indexed yet".
    expect(await first.search.batch(['signaal'], { syntax: true, exact: false })).toMatchObject([{ hits: 2 }]);
    expect((await first.search.ready()).indexedDocuments).toBe(1);
    expect((await first.search.query(page('signaal'))).total).toBe(2);

    await first.service.importFiles([source(fixtures.notesMd)]);
    const status = await first.search.ready();
    expect(status).toMatchObject({ state: 'ready', documents: 2, indexedDocuments: 2, shards: 2 });
    const result = await first.search.query(page('signaal'));
    expect(result.total).toBe(3);
    expect(result.groups[0]?.passages[0]?.snippet.highlights.length).toBeGreaterThan(0);
    const hits = await first.search.documentHits({ query: 'signaal', exact: false, facets: {}, documentId: result.groups[0]?.documentId as string });
    expect(hits.pages.map((p) => p.page)).toEqual([1, 2]);
    const manifest = await fs.readFile(path.join(folder, 'index', 'manifest.json'), 'utf8');
    await first.service.closeCase();

    const again = await open(folder);
    expect((await again.search.ready()).shards).toBe(2);
    expect(await fs.readFile(path.join(folder, 'index', 'manifest.json'), 'utf8')).toBe(manifest);
    expect((await again.search.query(page('signaal'))).total).toBe(3);
  });

  it('rebuilds a damaged shard from the case text', async () => {
    const folder = path.join(await tempDir(), 'Kapot.spoor');
    const first = await open(folder, true);
    await first.service.importFiles([source(fixturePaths().samplePdf)]);
    await first.search.ready();
    await first.service.closeCase();
    const dir = path.join(folder, 'index');
    const shard = (await fs.readdir(dir)).find((name) => name.endsWith('.spx')) as string;
    await fs.writeFile(path.join(dir, shard), 'kapot');
    const again = await open(folder);
    expect(await again.search.ready()).toMatchObject({ indexedDocuments: 1, shards: 1 });
    expect((await again.search.query(page('Belastingdienst'))).total).toBe(1);
    expect(await fs.readdir(dir)).not.toContain(shard);
  });

  it('keeps saved searches in the case and refuses malformed queries with a message', async () => {
    const folder = path.join(await tempDir(), 'Bewaard.spoor');
    const { search } = await open(folder, true);
    const saved = await search.saveSearch({ name: 'Signalen', query: 'signaal datum:2019', exact: false, facets: { kind: ['pdf'] } });
    expect(JSON.parse(await fs.readFile(path.join(folder, 'searches.json'), 'utf8')).searches).toEqual([saved]);
    await search.deleteSearch(saved.id);
    expect(await search.savedSearches()).toEqual([]);
    await expect(search.deleteSearch(saved.id)).rejects.toMatchObject({ code: 'search.savedNotFound' });
    const error = await search.query(page('"raad van')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpoorError);
    expect(error).toMatchObject({ code: 'search.invalidQuery', details: { kind: 'unclosedQuote', problem: expect.stringContaining('aanhalingsteken') } });
  });
});

describe('the search worker', () => {
  it('holds the index and answers queries off the calling thread, and comes back after it dies', async () => {
    const folder = path.join(await tempDir(), 'Draad.spoor');
    const { service, search } = await open(folder, true);
    await service.importFiles([source(fixturePaths().samplePdf)]);
    await search.ready();
    expect((await search.query(page('signaal'))).total).toBe(2);
    const memory = await search.memory();
    expect(memory.threadId).not.toBe(threadId);
    expect(memory.heapUsedMb).toBeGreaterThan(0);

    // The worker is killed (as running out of memory would): the next queries start a new one, which loads the shards again.
    const worker = (search as unknown as { open: { worker: SearchWorker } }).open.worker;
    await (worker as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await search.query(page('signaal'))).total).toBe(2);
    expect((await search.memory()).threadId).not.toBe(memory.threadId);
  });
});

describe('the code facet', () => {
  it('follows coded passages: facet counts, code: filter, undo, and the same answers from the CLI', async () => {
    const folder = path.join(await tempDir(), 'Codes.spoor');
    const service = new CaseService({ casesDir: path.dirname(folder) });
    services.push(service);
    const settings = new MemorySettings();
    await settings.update({ analystName: 'Anna' });
    const areas = { coding: new CodingArea(service, settings), search: new SearchArea(service, () => 'nl') };
    areas.search.setCodeSource(codingCodeSource(areas.coding));
    await service.createCaseAt(folder);
    await service.importFiles([source(fixturePaths().samplePdf)]);
    await areas.search.ready();
    const documentId = service.listDocuments()[0]?.id as string;

    const before = await areas.search.query(page('signaal'));
    expect(before.total).toBe(2);
    expect(before.facets.code).toEqual([]);

    // Code the sentence on page 2 that holds "signaal".
    const pageText = (await service.getPage(documentId, 2)).page.text;
    const start = pageText.indexOf(SAMPLE_SENTENCE_PAGE_2);
    await applyCodes(areas.coding, { documentId, page: 2, start, end: start + SAMPLE_SENTENCE_PAGE_2.length, codeIds: ['BO1', 'SV1'] });

    const coded = await areas.search.query(page('signaal'));
    expect(coded.facets.code).toEqual([
      { value: 'BO1', count: 1 },
      { value: 'SV1', count: 1 },
    ]);
    const filtered = await areas.search.query(page('signaal', { facets: { code: ['BO1'] } }));
    expect(filtered.total).toBe(1);
    expect(filtered.groups[0]?.passages.map((p) => p.page)).toEqual([2]);
    expect((await areas.search.query(page('signaal code:bo1'))).total).toBe(1);
    expect((await areas.search.query(page('signaal -code:sv*'))).total).toBe(1);
    expect(await areas.search.batch(['Belastingdienst code:BO1'], { syntax: true, exact: false })).toMatchObject([{ hits: 1 }]);

    await areas.coding.undo();
    expect((await areas.search.query(page('signaal'))).facets.code).toEqual([]);
    await areas.coding.redo();
    await service.closeCase();

    const cli = await promisify(execFile)(process.execPath, [path.join(projectRoot, 'electron/cli/spoor.mjs'), 'search', folder, 'signaal', '--filter', 'code=BO1', '--facets', '--json'], {
      env: { ...process.env, LANG: 'C', SPOOR_LANG: '' },
    });
    const result = JSON.parse(cli.stdout);
    expect(result.total).toBe(1);
    expect(result.facets.code).toEqual([
      { value: 'BO1', count: 1 },
      { value: 'SV1', count: 1 },
    ]);
  });
});

describe.skipIf(!hasCorpus)('search over the shared corpus', () => {
  it.skipIf(!hasCorpus)('answers known questions about real documents', async () => {
    const folder = path.join(await tempDir(), 'Corpus.spoor');
    const { service, search } = await open(folder, true);
    const pdf = path.join(corpusDir, 'pdf');
    await service.importFiles((await fs.readdir(pdf)).map((name) => source(path.join(pdf, name))));
    await search.ready();
    const byTitle = new Map(service.listDocuments().map((doc) => [doc.title, doc.id]));
    const where = async (query: string) => (await search.query(page(query, { passagesPerDocument: 50 }))).groups.map((g) => [g.documentId, g.passages.map((p) => p.page)]);

    // The Woo decision letter applies ground 5.1.2e (personal privacy) on page 3.
    expect(await where('5.1.2e')).toEqual([[byTitle.get('woo-besluit-landsadvocaat-stikstof'), [3]]]);
    // The motion in Kamerstuk 32 545 nr. 143 is signed by Inge van Dijk and Grinwis, on its one page.
    expect(await where('"Inge van Dijk" +Grinwis')).toEqual([[byTitle.get('kst-32545-143'), [1]]]);
    // Stemming: "spaarders" and "spaarder" are one term; "Tozo-lening" is a phrase in the Aanhangsel.
    expect(await where('+spaarders +negatieve')).toEqual([[byTitle.get('kst-32545-143'), [1]]]);
    expect((await where('Tozo-lening'))[0]?.[0]).toBe(byTitle.get('ah-tk-20202021-3235'));
    // The Belastingdienst's annual plan ranks first for its own name.
    expect((await where('belastingdienst'))[0]?.[0]).toBe(byTitle.get('jaarplan-belastingdienst-2024'));
    const rows = await search.batch(['Inge van Dijk', 'Landsadvocaat', 'Piet Jansen'], { syntax: false, exact: false });
    expect(rows.map((row) => [row.term, row.documents.length > 0])).toEqual([['Inge van Dijk', true], ['Landsadvocaat', true], ['Piet Jansen', false]]);
  });
});

if (!hasCorpus) console.warn(CORPUS_SKIP_REASON);
