/**
 * Import benchmark on a generated 1,000-page Woo bundle (printed e-mails,
 * standard fonts). Prints, in one run on the same file:
 *   - a bare pdfjs-dist text extraction loop (one thread, nothing else): the practical limit;
 *   - Spoor's import of that file (pool of worker threads, page-range split, ground counts,
 *     bundle split, hashing, storing) in pages/s, and the ratio to the bare loop;
 *   - OCR pages/s on image-only pages;
 *   - peak memory (RSS of the process, worker threads included).
 * It prints figures; it asserts nothing.   npx tsx tests/bench/import.ts [pages] [ocrPages]
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportPool } from '../../electron/core/import/import-pool';
import { CaseService } from '../../electron/core/service/case-service';
import { makeBundlePdf, planBundle } from '../../fixtures/woo-release';

const PAGES = Number(process.argv[2] ?? 1000);
const OCR_PAGES = Number(process.argv[3] ?? 8);
const SEED = 7;

const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const peakRss = () => process.resourceUsage().maxRSS;

async function bareLoop(file: string): Promise<number> {
  const started = performance.now();
  const pdf = await getDocument({ data: new Uint8Array(await fs.readFile(file)), verbosity: 0, isEvalSupported: false }).promise;
  let characters = 0;
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) if ('str' in item) characters += item.str.length;
    page.cleanup();
  }
  await pdf.destroy();
  if (characters === 0) throw new Error('no text extracted');
  return (performance.now() - started) / 1000;
}

/** The pool's extraction alone (threads started beforehand), to tell extraction from hashing, analysis and storing. */
async function poolOnly(file: string, warmup: string): Promise<number> {
  const pool = new ImportPool();
  try {
    await pool.pdf(warmup, { ocr: false });
    const started = performance.now();
    await pool.pdf(file, { ocr: false });
    return (performance.now() - started) / 1000;
  } finally {
    await pool.close();
  }
}

async function spoorImport(dir: string, file: string, warmup: string): Promise<{ seconds: number; cold: number; parts?: number }> {
  const service = new CaseService({ casesDir: dir });
  await service.createCase(`bench-${path.basename(file, '.pdf')}`);
  try {
    // The pool starts its threads on first use; the warm-up file measures that start separately.
    const coldStart = performance.now();
    await service.importFiles([{ path: warmup, name: 'warmup.pdf', origin: warmup }]);
    const cold = (performance.now() - coldStart) / 1000;
    const started = performance.now();
    const report = await service.importFiles([{ path: file, name: path.basename(file), origin: file }]);
    const seconds = (performance.now() - started) / 1000;
    const result = report.results[0];
    if (result?.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(result)}`);
    return { seconds, cold, parts: result.parts };
  } finally {
    await service.dispose();
  }
}

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'spoor-bench-import-'));
  try {
    console.log(`Generating a ${PAGES}-page bundle and a ${OCR_PAGES}-page scan …`);
    const textPdf = path.join(dir, `bundel-${PAGES}.pdf`);
    await fs.writeFile(textPdf, await makeBundlePdf(planBundle(SEED, PAGES), SEED, []));
    const scanPdf = path.join(dir, `scan-${OCR_PAGES}.pdf`);
    const scanPlan = planBundle(SEED + 1, OCR_PAGES);
    await fs.writeFile(scanPdf, await makeBundlePdf(scanPlan, SEED + 1, Array.from({ length: OCR_PAGES }, (_, i) => i + 1)));
    const warmup = path.join(dir, 'warmup.pdf');
    await fs.writeFile(warmup, await makeBundlePdf(planBundle(SEED + 2, 4), SEED + 2, []));
    console.log(`cores: ${os.availableParallelism()}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, node ${process.version}, file ${(await fs.stat(textPdf)).size} bytes`);

    const bare = await bareLoop(textPdf);
    const afterBare = peakRss();
    const extraction = await poolOnly(textPdf, warmup);
    const spoor = await spoorImport(dir, textPdf, warmup);
    const afterSpoor = peakRss();
    const ocr = await spoorImport(dir, scanPdf, warmup);
    const afterOcr = peakRss();

    const barePps = PAGES / bare;
    const spoorPps = PAGES / spoor.seconds;
    console.log('');
    console.log(`bare pdfjs-dist loop (1 thread):   ${barePps.toFixed(1)} pages/s  (${bare.toFixed(2)} s)`);
    console.log(`Spoor import, text PDF:            ${spoorPps.toFixed(1)} pages/s  (${spoor.seconds.toFixed(2)} s, ${spoor.parts ?? 0} parts; pool start ${spoor.cold.toFixed(2)} s not included)`);
    console.log(`ratio Spoor / bare loop:           ${(spoorPps / barePps).toFixed(2)}`);
    console.log(`  of which extraction in the pool: ${(PAGES / extraction).toFixed(1)} pages/s  (${extraction.toFixed(2)} s; the rest is hashing, bundle analysis and storing)`);
    console.log(`Spoor import, OCR (image pages):   ${(OCR_PAGES / ocr.seconds).toFixed(2)} pages/s  (${ocr.seconds.toFixed(1)} s for ${OCR_PAGES} pages)`);
    console.log(`peak RSS: after bare loop ${mb(afterBare)}, after text import ${mb(afterSpoor)}, after OCR ${mb(afterOcr)}`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

await main();
