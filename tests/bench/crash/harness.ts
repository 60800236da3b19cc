/**
 * The crash test: runs the workload (steps.ts) in a child process, kills it
 * with SIGKILL at a random moment, reopens the case, runs the full integrity
 * check and checks that every thing the children reported as saved is as
 * last reported (only the change in flight at the kill may have gone either
 * way). Repeats on the same, growing case.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SpoorError } from '../../../shared/errors';
import { CaseService } from '../../../electron/core/service/case-service';
import { TEMP_PREFIX } from '../../../electron/core/fs/atomic';
import { caseApi } from '../../case-api';
import { observe } from './observe';
import { seededRandom } from './steps';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../../..');

export interface CrashOptions {
  kills: number;
  seed?: number;
  /** Longest wait, after the child is ready, before the kill. */
  maxDelayMs?: number;
  samplePdf: string;
  log?: (line: string) => void;
}

export interface CrashFigures {
  kills: number;
  /** Reopenings that succeeded and passed the integrity check. */
  opens: number;
  /** Times the killed child's lock was recognised as stale before take-over. */
  staleLocksDetected: number;
  integrityFailures: string[];
  /** Changes the children reported as saved, by step. */
  changesReported: number;
  changesByStep: Record<string, number>;
  /** Things checked after the last reopening. */
  thingsChecked: number;
  changesLost: string[];
  /** Saves a kill interrupted between audit entry and file, recorded as such on reopening. */
  interruptedSavesRecovered: number;
  tornAuditLinesRemoved: number;
  tempFilesLeftByKills: number;
  documents: number;
  auditEntries: number;
  seconds: number;
}

async function countTempFiles(root: string): Promise<number> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.name.startsWith(TEMP_PREFIX)).length;
}

/** One change the child reported saved: its step and the values of the things it touched. */
interface Saved {
  step: string;
  values: Array<[string, string]>;
}

/** What a killed child reported: its saved changes, and the keys of the change it had begun when it died. */
interface ChildRun {
  saved: Saved[];
  inFlight: string[];
  error?: string;
}

/** Runs the child until it is ready, waits, kills it; returns what it reported. */
async function runAndKill(root: string, scratch: string, child: number, seed: number, delayMs: number, samplePdf: string): Promise<ChildRun> {
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'workload.ts'), root, scratch, String(child), String(seed), samplePdf], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: ChildRun = { saved: [], inFlight: [] };
  let buffer = '';
  let stderr = '';
  let ready: () => void = () => undefined;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  proc.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'READY') ready();
      else if (line.startsWith('WILL ')) run.inFlight = JSON.parse(line.slice(5)) as string[];
      else if (line.startsWith('SAVED ')) {
        run.saved.push(JSON.parse(line.slice(6)) as Saved);
        run.inFlight = [];
      }
    }
  });
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const outcome = await Promise.race([isReady.then(() => 'ready' as const), exited.then(() => 'exited' as const)]);
  if (outcome === 'exited') return { ...run, error: `the workload exited before it was killed:\n${stderr.slice(-2000)}` };
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  proc.kill('SIGKILL');
  const code = await exited;
  if (code !== null) return { ...run, error: `the workload ended by itself (exit ${code}):\n${stderr.slice(-2000)}` };
  return run;
}

export async function runCrashTest(options: CrashOptions): Promise<CrashFigures> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const random = seededRandom(options.seed ?? 20_240_115);
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'spoor-crash-'));
  const scratch = path.join(workDir, 'scratch');
  await fs.mkdir(scratch);
  const figures: CrashFigures = {
    kills: 0,
    opens: 0,
    staleLocksDetected: 0,
    integrityFailures: [],
    changesReported: 0,
    changesByStep: {},
    thingsChecked: 0,
    changesLost: [],
    interruptedSavesRecovered: 0,
    tornAuditLinesRemoved: 0,
    tempFilesLeftByKills: 0,
    documents: 0,
    auditEntries: 0,
    seconds: 0,
  };
  try {
    const creator = new CaseService({ casesDir: workDir });
    const root = (await creator.createCase('Crashtest')).path;
    await creator.dispose();
    // Every thing any child reported saved, with the value it last reported.
    const expected = new Map<string, string>();
    for (let child = 1; child <= options.kills; child += 1) {
      const delay = Math.floor(random() * (options.maxDelayMs ?? 1500));
      const run = await runAndKill(root, scratch, child, Math.floor(random() * 2 ** 31), delay, options.samplePdf);
      if (run.error) throw new Error(`kill ${child}: ${run.error}`);
      figures.kills += 1;
      for (const saved of run.saved) {
        for (const [key, value] of saved.values) expected.set(key, value);
        figures.changesReported += 1;
        figures.changesByStep[saved.step] = (figures.changesByStep[saved.step] ?? 0) + 1;
      }
      figures.tempFilesLeftByKills += await countTempFiles(root);

      const { service, call } = await caseApi({ casesDir: workDir, analystName: 'crash test (checker)' });
      try {
        const locked = await service.openCase(root).catch((error: unknown) => error);
        if (locked instanceof SpoorError && locked.code === 'case.locked' && locked.details['stale'] === 'yes') figures.staleLocksDetected += 1;
        if (!service.current()) await service.openCase(root, { takeOver: true });
        const opening = service.requireStore().opening;
        figures.interruptedSavesRecovered += opening.recovered.filter((note) => note.code === 'interruptedChange').length;
        figures.tornAuditLinesRemoved += opening.recovered.filter((note) => note.code === 'tornAuditLine').length;
        const report = await service.verify(true);
        const leftovers = await countTempFiles(root);
        if (report.problems.length > 0 || !report.audit.valid || leftovers > 0) {
          figures.integrityFailures.push(`kill ${child}: ${JSON.stringify({ problems: report.problems, audit: report.audit.problems, leftovers })}`);
        } else {
          figures.opens += 1;
        }
        const observed = await observe({ service, call }, [...expected.keys()]);
        const inFlight = new Set(run.inFlight);
        for (const [key, value] of expected) {
          const found = observed.get(key) ?? '';
          // The change the kill interrupted may have been saved or not: the case as found is what the next child works on.
          if (inFlight.has(key)) expected.set(key, found);
          else if (found !== value) figures.changesLost.push(`kill ${child}: ${key} is ${JSON.stringify(found)}, reported saved as ${JSON.stringify(value)}`);
        }
        figures.thingsChecked = expected.size;
        figures.documents = service.listDocuments().length;
        figures.auditEntries = report.audit.entries;
      } catch (error) {
        figures.integrityFailures.push(`kill ${child}: the case did not open or could not be read: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await service.dispose();
      }
      log(`kill ${child}/${options.kills} after ${delay} ms: ${run.saved.length} changes reported; ${figures.changesReported} in all; ${expected.size} things checked; lost ${figures.changesLost.length}`);
      if (figures.integrityFailures.length > 0 || figures.changesLost.length > 0) break;
    }
  } finally {
    figures.seconds = Math.round((Date.now() - started) / 100) / 10;
    await fs.rm(workDir, { recursive: true, force: true });
  }
  return figures;
}

export function formatFigures(figures: CrashFigures): string {
  return [
    `kills: ${figures.kills}`,
    `opens (integrity check passed): ${figures.opens}`,
    `stale locks detected: ${figures.staleLocksDetected}`,
    `changes reported as saved: ${figures.changesReported} (${Object.entries(figures.changesByStep)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([step, count]) => `${step} ${count}`)
      .join(', ')})`,
    `things checked after the last kill: ${figures.thingsChecked}`,
    `changes lost: ${figures.changesLost.length}`,
    `integrity failures: ${figures.integrityFailures.length}`,
    `interrupted saves recovered on reopening: ${figures.interruptedSavesRecovered}`,
    `torn audit lines removed: ${figures.tornAuditLinesRemoved}`,
    `temporary files left by kills (removed on reopening): ${figures.tempFilesLeftByKills}`,
    `final case: ${figures.documents} documents, ${figures.auditEntries} audit entries`,
    `time: ${figures.seconds} s`,
  ].join('\n');
}
