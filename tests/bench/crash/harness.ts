/**
 * The crash test: runs the workload (steps.ts) in a child process, kills it
 * with SIGKILL at a random moment, reopens the case, runs the full integrity
 * check and looks for every change the child had reported as saved. Repeats
 * on the same, growing case.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SpoorError } from '../../../shared/errors';
import { CaseService } from '../../../electron/core/service/case-service';
import { TEMP_PREFIX } from '../../../electron/core/fs/atomic';
import { findChange, seededRandom, type SavedChange } from './steps';

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
  changesReported: number;
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

/** Runs the child until it is ready, waits, kills it; returns the changes it reported. */
async function runAndKill(root: string, scratch: string, child: number, seed: number, delayMs: number, samplePdf: string): Promise<{ changes: SavedChange[]; error?: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'workload.ts'), root, scratch, String(child), String(seed), samplePdf], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const changes: SavedChange[] = [];
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
      else if (line.startsWith('SAVED ')) changes.push(JSON.parse(line.slice(6)) as SavedChange);
    }
  });
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const outcome = await Promise.race([isReady.then(() => 'ready' as const), exited.then(() => 'exited' as const)]);
  if (outcome === 'exited') return { changes, error: `the workload exited before it was killed:\n${stderr.slice(-2000)}` };
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  proc.kill('SIGKILL');
  const code = await exited;
  if (code !== null) return { changes, error: `the workload ended by itself (exit ${code}):\n${stderr.slice(-2000)}` };
  return { changes };
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
    const saved: SavedChange[] = [];
    for (let child = 1; child <= options.kills; child += 1) {
      const delay = Math.floor(random() * (options.maxDelayMs ?? 1500));
      const run = await runAndKill(root, scratch, child, Math.floor(random() * 2 ** 31), delay, options.samplePdf);
      if (run.error) throw new Error(`kill ${child}: ${run.error}`);
      figures.kills += 1;
      saved.push(...run.changes);
      figures.tempFilesLeftByKills += await countTempFiles(root);

      const service = new CaseService({ casesDir: workDir, analyst: () => 'crash test (checker)' });
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
        for (const change of saved) {
          const missing = await findChange(service, change);
          if (missing) figures.changesLost.push(`kill ${child}: ${missing}`);
        }
        figures.documents = service.listDocuments().length;
        figures.auditEntries = report.audit.entries;
      } catch (error) {
        figures.integrityFailures.push(`kill ${child}: the case did not open: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await service.dispose();
      }
      log(`kill ${child}/${options.kills} after ${delay} ms: ${run.changes.length} changes reported; ${saved.length} in all; lost ${figures.changesLost.length}`);
      if (figures.integrityFailures.length > 0 || figures.changesLost.length > 0) break;
    }
    figures.changesReported = saved.length;
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
    `changes reported as saved: ${figures.changesReported}`,
    `changes lost: ${figures.changesLost.length}`,
    `integrity failures: ${figures.integrityFailures.length}`,
    `interrupted saves recovered on reopening: ${figures.interruptedSavesRecovered}`,
    `torn audit lines removed: ${figures.tornAuditLinesRemoved}`,
    `temporary files left by kills (removed on reopening): ${figures.tempFilesLeftByKills}`,
    `final case: ${figures.documents} documents, ${figures.auditEntries} audit entries`,
    `time: ${figures.seconds} s`,
  ].join('\n');
}
