/**
 * The Overview tab on a big case: 1,000 e-mails over three years (one in ten
 * without a date), 2,000 coded passages and 500 chronology events. Prints
 * how long `overview:get` takes (through the host, output checked by the
 * contract as in the app) and how long the browser takes to draw the four
 * charts. Figures only, no assertions.
 *
 *   npm run build:renderer && npx tsx tests/bench/overview.ts [documents] [passages] [events]
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { seededRandom as random } from '../../fixtures/random';
import { chromiumLaunchOptions } from '../e2e/browser';
import { startBenchHost, stats, timed } from './bench-host';

const DOCUMENTS = Number(process.argv[2] ?? 1000);
const PASSAGES = Number(process.argv[3] ?? 2000);
const EVENTS = Number(process.argv[4] ?? 500);
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function eml(index: number, date: Date | undefined): string {
  const header = date ? `Date: ${DAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} 10:00:00 +0000\r\n` : '';
  return `From: a@example.nl\r\nTo: b@example.nl\r\nSubject: Bericht ${index}\r\n${header}Content-Type: text/plain; charset=utf-8\r\n\r\nDe minister werd niet geinformeerd over het signaal van de uitvoering (bericht ${index}). De toezichthouder bleef stil terwijl ouders wachtten op herstel.\r\n`;
}


async function main(): Promise<void> {
  const { host, auth, call, stop } = await startBenchHost('overview');
  const next = random(5);
  try {
    console.log(`Overview benchmark: ${DOCUMENTS} documents, ${PASSAGES} passages, ${EVENTS} events, ${os.cpus().length} cores`);
    await call('settings:update', { analystName: 'Bench' });
    await call('case:create', { name: 'Bench' });
    const ids: string[] = [];
    for (let index = 0; index < DOCUMENTS; index += 1) {
      const date = next() < 0.1 ? undefined : new Date(Date.UTC(2019, Math.floor(next() * 36), 1 + Math.floor(next() * 28)));
      const response = await fetch(`${host.origin}/api/upload`, {
        method: 'POST',
        headers: { ...auth, 'X-File-Name': `bericht-${index}.eml`, 'Content-Type': 'application/octet-stream' },
        body: eml(index, date),
      });
      ids.push(((await response.json()) as { value: { id: string } }).value.id);
    }
    const [report, importMs] = await timed(() => call<{ results: Array<{ documentId?: string }> }>('documents:import', { files: ids }));
    const documentIds = report.results.flatMap((result) => (result.documentId ? [result.documentId] : []));
    console.log(`import of ${documentIds.length} e-mails: ${(importMs / 1000).toFixed(1)} s`);

    const codebook = await call<{ codes: Array<{ id: string; codable: boolean }> }>('codebook:get', {});
    const codable = codebook.codes.filter((code) => code.codable).map((code) => code.id);
    const [, codingMs] = await timed(async () => {
      for (let n = 0; n < PASSAGES; n += 1) {
        const documentId = documentIds[Math.floor(next() * documentIds.length)]!;
        const start = Math.floor(next() * 60);
        await call('coding:apply', { documentId, page: 1, start, end: start + 10 + Math.floor(next() * 30), codeIds: [codable[Math.floor(next() * codable.length)]!] });
      }
    });
    console.log(`coded ${PASSAGES} passages in ${(codingMs / 1000).toFixed(1)} s`);
    const kinds = [
      () => ({ kind: 'day', year: 2019 + Math.floor(next() * 3), month: 1 + Math.floor(next() * 12), day: 1 + Math.floor(next() * 28) }),
      () => ({ kind: 'month', year: 2019 + Math.floor(next() * 3), month: 1 + Math.floor(next() * 12) }),
      () => ({ kind: 'quarter', year: 2019 + Math.floor(next() * 3), quarter: 1 + Math.floor(next() * 4) }),
    ];
    for (let n = 0; n < EVENTS; n += 1) await call('chronology:addEvent', { date: kinds[Math.floor(next() * kinds.length)]!(), title: `Gebeurtenis ${n}`, type: 'other' });

    const samples: number[] = [];
    let size = 0;
    for (let i = 0; i < 20; i += 1) {
      const [overview, ms] = await timed(() => call<unknown>('overview:get', {}));
      samples.push(ms);
      size = JSON.stringify(overview).length;
    }
    console.log(`overview:get (host, HTTP and contract check included): ${stats(samples)}, answer ${(size / 1e3).toFixed(0)} kB`);

    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(host.url);
      await page.getByRole('tab', { name: 'Documenten' }).waitFor();
      const start = performance.now();
      await page.getByRole('tab', { name: 'Overzicht' }).click();
      await page.locator('.heat-map').first().waitFor();
      await page.locator('.bar-chart').nth(1).waitFor();
      console.log(`browser: Overview tab clicked to four charts drawn: ${(performance.now() - start).toFixed(0)} ms (${await page.locator('.heat-cell').count()} heat-map cells)`);
    } finally {
      await browser.close();
    }
  } finally {
    await stop();
  }
}

await main();
