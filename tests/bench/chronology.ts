/**
 * The chronology at the size of a real enquiry: 60 text documents of 30
 * pages, 200 actors, 1,000 events with 2,000 citations, 300 signal links.
 * Prints the time of the calls the views make, of every export and its
 * size, and of the signal chain's PNG. Figures only, no assertions.
 *
 *   npx tsx tests/bench/chronology.ts [events]
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ChronologyArea } from '../../electron/core/chronology/chronology-area';
import { exportChronology, reportInput } from '../../electron/core/chronology/export';
import { renderFigurePng } from '../../electron/core/chronology/figure-png';
import { CodingArea } from '../../electron/core/coding/coding-area';
import { ACTOR_ROLES } from '../../shared/model/chronology';
import { seededRandom as random } from '../../fixtures/random';
import { caseApi } from '../case-api';

const EVENTS = Number(process.argv[2] ?? 1000);
const DOCUMENTS = 60;
const PAGES = 30;
const ACTORS = 200;
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const WORDS = 'de minister werd niet geïnformeerd over het signaal van de uitvoering en de toezichthouder bleef stil terwijl ouders wachtten op herstel'.split(' ');

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms (n=${samples.length})`;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'spoor-bench-chronology-'));
  const next = random(11);
  const { service, call, settings } = await caseApi({ casesDir: dir, analystName: 'Bench' });
  await call('case:create', { name: 'Bench' });

  // Documents: pages of sentences that each carry a date.
  const documents: Array<{ id: string; pages: string[] }> = [];
  for (let index = 0; index < DOCUMENTS; index += 1) {
    const pages = Array.from({ length: PAGES }, (_, page) =>
      Array.from({ length: 12 }, (_, line) => {
        const words = Array.from({ length: 14 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
        return `Op ${1 + ((page + line) % 28)} ${MONTHS[(index + line) % 12]} ${2015 + (index % 8)} ${words}.`;
      }).join('\n'),
    );
    const file = path.join(dir, `document-${index}.txt`);
    await fs.writeFile(file, pages.join('\f'));
    const report = await service.importFiles([{ path: file, name: `document-${index}.txt`, origin: file }]);
    const result = report.results[0];
    if (result?.status !== 'imported') throw new Error('import failed');
    documents.push({ id: result.documentId, pages: (await service.getAllPages(result.documentId)).map((page) => page.text) });
  }
  const actors = [];
  for (let index = 0; index < ACTORS; index += 1) {
    actors.push(await call('chronology:addActor', { name: `Actor ${index}`, kind: index % 3 ? 'organisation' : 'person', role: ACTOR_ROLES[index % ACTOR_ROLES.length]!, aliases: [`A${index}`] }));
  }
  const cite = () => {
    const doc = documents[Math.floor(next() * documents.length)]!;
    const page = Math.floor(next() * PAGES);
    const lines = doc.pages[page]!.split('\n');
    const line = Math.floor(next() * lines.length);
    const start = lines.slice(0, line).reduce((sum, text) => sum + text.length + 1, 0);
    return { documentId: doc.id, page: page + 1, start, end: start + lines[line]!.length };
  };

  const proposals: number[] = [];
  for (let index = 0; index < 100; index += 1) proposals.push((await timed(() => call('chronology:propose', cite())))[1]);
  const adds: number[] = [];
  const ids: string[] = [];
  for (let index = 0; index < EVENTS; index += 1) {
    const year = 2015 + Math.floor(next() * 8);
    const date =
      index % 5 === 0 ? { kind: 'quarter' as const, year, quarter: 1 + Math.floor(next() * 4) } : { kind: 'day' as const, year, month: 1 + Math.floor(next() * 12), day: 1 + Math.floor(next() * 28) };
    const from = actors[Math.floor(next() * ACTORS)]!.id;
    const to = actors[Math.floor(next() * ACTORS)]!.id;
    const signal = index % 10 < 3 ? { fromActorId: from, toActorId: to, codeIds: index % 4 === 0 ? ['SV5'] : ['SV3'], ...(ids.length && index % 2 ? { answer: { kind: 'response' as const, eventId: ids[Math.floor(next() * ids.length)]! } } : {}) } : undefined;
    const [created, ms] = await timed(() =>
      call('chronology:addEvent', { date, title: `Gebeurtenis ${index}`, type: signal ? 'signal' : 'other', actorIds: [from, to], citations: [cite(), cite()], ...(signal ? { signal } : {}) }),
    );
    adds.push(ms);
    ids.push(created.id);
  }
  const file = path.join(service.requireStore().root, 'chronology.json');
  console.log(`chronology.json: ${((await fs.stat(file)).size / 1024 / 1024).toFixed(1)} MB (${EVENTS} events, ${EVENTS * 2} citations, ${ACTORS} actors)`);
  console.log(`chronology:propose            ${stats(proposals)}`);
  console.log(`chronology:addEvent (2 cites) ${stats(adds)}; last 100: ${stats(adds.slice(-100))}`);
  const updates: number[] = [];
  for (let index = 0; index < 50; index += 1) updates.push((await timed(() => call('chronology:updateEvent', { id: ids[index]!, status: 'checked' })))[1]);
  console.log(`chronology:updateEvent        ${stats(updates)}`);
  const gets: number[] = [];
  for (let index = 0; index < 10; index += 1) gets.push((await timed(() => call('chronology:get', {})))[1]);
  console.log(`chronology:get (warm)         ${stats(gets)}`);

  const root = service.requireStore().root;
  await call('case:close', {});
  await call('case:open', { path: root });
  console.log(`chronology:get after reopening (loads, checks all ${EVENTS * 2} citations against ${DOCUMENTS} documents): ${(await timed(() => call('chronology:get', {})))[1].toFixed(0)} ms`);

  const area = new ChronologyArea(new CodingArea(service, settings));
  const [input, inputMs] = await timed(() => reportInput(area, { codeSections: ['SV3'] }));
  console.log(`report input (re-reads every cited page, compares every quote): ${inputMs.toFixed(0)} ms`);
  const chain = input.signalChain!;
  const [figure, figureMs] = await timed(() => renderFigurePng(chain, 'nl'));
  console.log(`signal chain: ${chain.signals.length} arrows, ${chain.responses.length} responses; PNG ${'png' in figure ? `${(figure.png.length / 1024).toFixed(0)} KB` : figure.error} in ${figureMs.toFixed(0)} ms`);
  for (const format of ['html', 'docx', 'csv', 'timelinejs'] as const) {
    const [exported, ms] = await timed(() => exportChronology(area, format, { codeSections: ['SV3'] }));
    const size = typeof exported.content === 'string' ? Buffer.byteLength(exported.content) : exported.content.length;
    console.log(`export ${format.padEnd(10)} ${ms.toFixed(0).padStart(6)} ms  ${(size / 1024 / 1024).toFixed(2)} MB`);
  }
  await service.dispose();
  await fs.rm(dir, { recursive: true, force: true });
}

await main();
