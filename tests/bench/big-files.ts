/**
 * One big-file case of the soak run, in its own process so that its peak
 * memory (getrusage maxRSS) is its own. Prints one JSON line of figures.
 *   big-files.ts <scenario> <work dir>
 * Scenarios: pdf-10000-pages, pdf-scans-1gb (1,000 scanned pages with a text
 * layer, ~1 GB), text-1gb, text-60mb.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { CaseService } from '../../electron/core/service/case-service';
import { writeBigTextFile, writeManyPagePdf } from '../../fixtures/hostile';
import { writeLargeScanPdf } from '../../fixtures/large-pdf';

const [scenario, workDir] = process.argv.slice(2);
if (!scenario || !workDir) throw new Error('usage: big-files.ts <scenario> <work dir>');

async function prepare(): Promise<{ file: string; bytes: number; prepareSeconds: number }> {
  const started = Date.now();
  const file = path.join(workDir!, scenario!.startsWith('pdf-') ? `${scenario}.pdf` : `${scenario}.txt`);
  if (scenario === 'pdf-10000-pages') await writeManyPagePdf(file, 10_000);
  else if (scenario === 'pdf-scans-1gb') await writeLargeScanPdf(file, { pages: 1000, imageBytes: 1024 ** 2 });
  else if (scenario === 'text-1gb') await writeBigTextFile(file, 1024 ** 3);
  else if (scenario === 'text-60mb') await writeBigTextFile(file, 60 * 1024 ** 2);
  else throw new Error(`unknown scenario ${scenario}`);
  return { file, bytes: (await fs.stat(file)).size, prepareSeconds: (Date.now() - started) / 1000 };
}

const { file, bytes, prepareSeconds } = await prepare();
const rssBefore = process.resourceUsage().maxRSS;
const service = new CaseService({ casesDir: workDir });
await service.createCase(`soak-${scenario}`);
const started = Date.now();
const [result] = (await service.importFiles([{ path: file, name: path.basename(file), origin: file }])).results;
const importSeconds = (Date.now() - started) / 1000;
const verifyStarted = Date.now();
const report = await service.verify(true);
const verifySeconds = (Date.now() - verifyStarted) / 1000;
await service.dispose();
process.stdout.write(
  `${JSON.stringify({
    scenario,
    bytes,
    prepareSeconds,
    outcome: result?.status === 'failed' ? `failed: ${result.error.code}` : result?.status,
    pages: result?.status === 'imported' ? result.pageCount : 0,
    importSeconds,
    verifySeconds,
    integrityProblems: report.problems.length,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    rssBeforeImportMb: Math.round(rssBefore / 1024),
  })}\n`,
);
