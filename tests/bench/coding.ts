/**
 * Coding on a large document: a generated PDF of 1,000 pages with 2,000
 * coded passages (200 of them on one dense page). Prints timings of the
 * back-end calls the reader makes and of the browser rendering a page with
 * many highlights. Figures only, no assertions.
 *
 *   npm run build:renderer && npx tsx tests/bench/coding.ts [pages] [passages]
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { chromiumLaunchOptions } from '../e2e/browser';
import { startBenchHost, stats, timed } from './bench-host';
import { seededRandom as random } from '../../fixtures/random';

const PAGES = Number(process.argv[2] ?? 1000);
const PASSAGES = Number(process.argv[3] ?? 2000);
const DENSE_PAGE = 1;
const DENSE_COUNT = Math.min(200, PASSAGES);

const WORDS = 'de minister werd niet geïnformeerd over het signaal van de uitvoering en de toezichthouder bleef stil terwijl ouders wachtten op herstel'.split(' ');

async function makePdf(file: string): Promise<void> {
  const next = random(7);
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= PAGES; page += 1) {
    const sheet = pdf.addPage([595.28, 841.89]);
    for (let line = 0; line < 40; line += 1) {
      const words = Array.from({ length: 12 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
      sheet.drawText(`${page}.${line + 1} ${words}.`, { x: 50, y: 800 - line * 19, size: 10, font });
    }
  }
  await fs.writeFile(file, await pdf.save({ useObjectStreams: false }));
}


async function main(): Promise<void> {
  const { host, dataDir, auth, call, stop } = await startBenchHost('coding');
  try {
    console.log(`Coding benchmark: ${PAGES} pages, ${PASSAGES} passages (${DENSE_COUNT} on page ${DENSE_PAGE}), ${os.cpus().length} cores`);
    const pdfFile = path.join(dataDir, 'groot.pdf');
    const [, makeMs] = await timed(() => makePdf(pdfFile));
    console.log(`generated PDF: ${((await fs.stat(pdfFile)).size / 1e6).toFixed(1)} MB in ${(makeMs / 1000).toFixed(1)} s`);

    await call('settings:update', { analystName: 'Bench' });
    await call('case:create', { name: 'Bench' });
    const upload = await (await fetch(`${host.origin}/api/upload`, { method: 'POST', headers: { ...auth, 'X-File-Name': 'groot.pdf', 'Content-Type': 'application/octet-stream' }, body: await fs.readFile(pdfFile) })).json();
    const [report, importMs] = await timed(() => call<{ results: Array<{ documentId: string }> }>('documents:import', { files: [upload.value.id] }));
    const documentId = report.results[0]?.documentId as string;
    console.log(`import (text extraction in workers): ${(importMs / 1000).toFixed(1)} s`);

    const codebook = await call<{ codes: Array<{ id: string; codable: boolean }> }>('codebook:get', {});
    const codable = codebook.codes.filter((code) => code.codable).map((code) => code.id);
    const next = random(11);
    const pageTexts = new Map<number, string>();
    const textOf = async (page: number) => {
      if (!pageTexts.has(page)) pageTexts.set(page, (await call<{ page: { text: string } }>('documents:page', { id: documentId, page })).page.text);
      return pageTexts.get(page) as string;
    };
    const applySamples: number[] = [];
    for (let n = 0; n < PASSAGES; n += 1) {
      const page = n < DENSE_COUNT ? DENSE_PAGE : 1 + Math.floor(next() * PAGES);
      const text = await textOf(page);
      const start = Math.floor(next() * (text.length - 120));
      const end = start + 20 + Math.floor(next() * 100);
      const codeIds = [codable[Math.floor(next() * codable.length)] as string, ...(next() < 0.3 ? [codable[Math.floor(next() * codable.length)] as string] : [])];
      const [, ms] = await timed(() => call('coding:apply', { documentId, page, start, end, codeIds }));
      applySamples.push(ms);
    }
    console.log(`coding:apply (one passage, coding.json rewritten atomically): ${stats(applySamples)}`);
    console.log(`  first 100: ${stats(applySamples.slice(0, 100))}`);
    console.log(`  last 100:  ${stats(applySamples.slice(-100))}`);
    console.log(`coding.json on disk: ${((await fs.stat(path.join(dataDir, 'cases', 'Bench.spoor', 'coding.json'))).size / 1e6).toFixed(2)} MB`);

    const textSamples: number[] = [];
    for (let i = 0; i < 10; i += 1) textSamples.push((await timed(() => call('documents:page', { id: documentId, page: 1 + Math.floor(next() * PAGES) })))[1]);
    console.log(`documents:page (the page text itself, read by the reader on every page turn; not coding's): ${stats(textSamples)}`);
    const pageSamples: number[] = [];
    for (let i = 0; i < 50; i += 1) pageSamples.push((await timed(() => call('coding:page', { documentId, page: 1 + Math.floor(next() * PAGES) })))[1]);
    console.log(`coding:page (random page): ${stats(pageSamples)}`);
    console.log(`coding:page (dense page, ${DENSE_COUNT} passages): ${stats([await timed(() => call('coding:page', { documentId, page: DENSE_PAGE }))].map(([, ms]) => ms))}`);
    console.log(`coding:outline: ${(await timed(() => call('coding:outline', { documentId })))[1].toFixed(1)} ms`);
    const [retrieved, retrieveMs] = await timed(() => call<{ total: number }>('coding:retrieve', { codeId: 'A', includeSubcodes: true, sort: 'date', limit: 500 }));
    console.log(`coding:retrieve (group A with sub-codes, ${retrieved.total} passages, first 500 returned): ${retrieveMs.toFixed(1)} ms`);
    console.log(`coding:counts: ${(await timed(() => call('coding:counts', {})))[1].toFixed(1)} ms`);
    console.log(`coding:cooccurrence: ${(await timed(() => call('coding:cooccurrence', {})))[1].toFixed(1)} ms`);
    console.log(`coding:undo + coding:redo: ${(await timed(() => call('coding:undo', {})))[1].toFixed(1)} ms + ${(await timed(() => call('coding:redo', {})))[1].toFixed(1)} ms`);

    // Reopening the case: the coding files are read on first use.
    const casePath = path.join(dataDir, 'cases', 'Bench.spoor');
    await call('case:close', {});
    await call('case:open', { path: casePath });
    console.log(`first coding:page after reopening (loads codebook, 2,000 passages, memos; reads the 1,000-page text): ${(await timed(() => call('coding:page', { documentId, page: 2 })))[1].toFixed(1)} ms`);

    // Browser: open the dense page in the text view and in the PDF view.
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(host.url);
      await page.getByRole('button', { name: /groot/ }).click();
      await page.locator('.page-text').waitFor();
      const textStart = performance.now();
      await page.getByRole('button', { name: 'Volgende pagina' }).click();
      await page.locator('.page-text[data-page="2"]').waitFor();
      await page.getByRole('button', { name: 'Vorige pagina' }).click();
      await page.waitForFunction((count) => document.querySelectorAll('.page-text mark.mark-code').length >= count, DENSE_COUNT);
      const textMs = performance.now() - textStart;
      const marks = await page.locator('.page-text mark').count();
      console.log(`browser, text view: page ${DENSE_PAGE} with ${DENSE_COUNT} passages (${marks} highlight pieces) shown ${textMs.toFixed(0)} ms after leaving page 2 (includes one page turn there and back)`);
      const renderMs = await page.evaluate(async () => {
        const start = performance.now();
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return performance.now() - start;
      });
      console.log(`browser, two animation frames on that page: ${renderMs.toFixed(1)} ms`);
      const pdfStart = performance.now();
      await page.getByRole('button', { name: 'Pdf', exact: true }).click();
      await page.locator('.pdf-text-layer .mark-code').first().waitFor();
      console.log(`browser, PDF view of that page (fetch ${((await fs.stat(pdfFile)).size / 1e6).toFixed(1)} MB original, pdf.js parse and render, text layer with highlights): ${(performance.now() - pdfStart).toFixed(0)} ms`);
      const turnStart = performance.now();
      await page.getByRole('button', { name: 'Volgende pagina' }).click();
      await page.locator('[data-testid="pdf-page"][data-page="2"] .pdf-text-layer').waitFor();
      console.log(`browser, PDF view page turn (document already open): ${(performance.now() - turnStart).toFixed(0)} ms`);
    } finally {
      await browser.close();
    }
  } finally {
    await stop();
  }
}

await main();
