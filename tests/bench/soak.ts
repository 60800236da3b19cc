/**
 * `npm run test:soak`: the long reliability run. The crash test with 200
 * SIGKILLs, then the big-file cases (a 10,000-page PDF, a 1 GB PDF of scans
 * with a text layer, a 1 GB and a 60 MB text file), each in its own process with its time and peak memory measured
 * against generous bounds. Prints the figures; exits 1 if any bound or check fails.
 *   npm run test:soak [-- --kills N] [-- --skip-big]
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { generateFixtures } from '../../fixtures/generate';
import { formatFigures, runCrashTest } from './crash/harness';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { kills: { type: 'string', default: '200' }, 'skip-big': { type: 'boolean', default: false } } });
const failures: string[] = [];
const say = (line: string) => process.stdout.write(`${line}\n`);

/** Generous bounds: a failure means something is badly wrong, not a slow machine. */
const BOUNDS: Record<string, { outcome: string; seconds: number; peakRssMb: number }> = {
  'pdf-10000-pages': { outcome: 'imported', seconds: 900, peakRssMb: 3072 },
  // Read by byte ranges: memory follows what the pages need, not the gigabyte of scans (whole, it took 3.4 GB).
  'pdf-scans-1gb': { outcome: 'imported', seconds: 900, peakRssMb: 1536 },
  'text-1gb': { outcome: 'failed: import.tooLarge', seconds: 30, peakRssMb: 400 },
  'text-60mb': { outcome: 'imported', seconds: 180, peakRssMb: 2048 },
};

const fixtures = await generateFixtures();
say(`== crash test: ${values.kills} kills ==`);
const figures = await runCrashTest({ kills: Number(values.kills), samplePdf: fixtures.samplePdf, log: (line) => process.stderr.write(`${line}\n`) });
say(formatFigures(figures));
if (figures.changesLost.length > 0 || figures.integrityFailures.length > 0 || figures.opens !== figures.kills) {
  failures.push(`crash test: ${[...figures.integrityFailures, ...figures.changesLost].slice(0, 5).join('; ')}`);
}

if (!values['skip-big']) {
  const run = promisify(execFile);
  for (const [scenario, bound] of Object.entries(BOUNDS)) {
    const workDir = await fs.mkdtemp(path.join(os.tmpdir(), `spoor-soak-${scenario}-`));
    try {
      say(`== ${scenario} ==`);
      const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(here, 'big-files.ts'), scenario, workDir], { maxBuffer: 1 << 20, timeout: 30 * 60_000 });
      const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, number | string>;
      say(
        `${(Number(result['bytes']) / 1024 / 1024).toFixed(0)} MB, made in ${result['prepareSeconds']} s; ${result['outcome']}` +
          `${Number(result['pages']) > 0 ? ` (${result['pages']} pages)` : ''} in ${result['importSeconds']} s; ` +
          `full verify ${result['verifySeconds']} s; peak RSS ${result['peakRssMb']} MB (bounds: ${bound.seconds} s, ${bound.peakRssMb} MB)`,
      );
      if (result['outcome'] !== bound.outcome) failures.push(`${scenario}: ${result['outcome']}, expected ${bound.outcome}`);
      if (Number(result['importSeconds']) > bound.seconds) failures.push(`${scenario}: ${result['importSeconds']} s`);
      if (Number(result['peakRssMb']) > bound.peakRssMb) failures.push(`${scenario}: peak RSS ${result['peakRssMb']} MB`);
      if (Number(result['integrityProblems']) > 0) failures.push(`${scenario}: integrity problems after import`);
    } finally {
      await fs.rm(workDir, { recursive: true, force: true });
    }
  }
}

say(failures.length === 0 ? 'soak: all checks passed' : `soak: FAILED\n${failures.join('\n')}`);
process.exitCode = failures.length === 0 ? 0 : 1;
