/**
 * The demo case ("Voorbeeldzaak"): a case in the cases folder that shows
 * every part of Spoor on generated documents. Opening it builds it the first
 * time; after that the same folder is opened again, with whatever the person
 * did in it. A demo case is never overwritten or deleted: one that no longer
 * opens cleanly is left as it is, and a new one is built beside it
 * ("Voorbeeldzaak 2", …).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Piscina } from 'piscina';
import { SpoorError } from '../../../shared/errors';
import type { CaseSummary } from '../../../shared/model/case';
import type { ImportProgress } from '../../../shared/model/import';
import { caseFolderFor } from '../case/case-options';
import { ChronologyArea } from '../chronology/chronology-area';
import { CodingArea } from '../coding/coding-area';
import { exists } from '../fs/exists';
import { withTempDir, type ImportSource } from '../import/importer';
import { SearchArea } from '../search/search-area';
import { CaseService } from '../service/case-service';
import { MemorySettings } from '../settings';
import type { DemoFilesTask } from '../workers/demo-files.worker';
import { resolveWorker } from '../workers/worker-entry';
import { writeDemoStory } from './demo-story';

export const DEMO_CASE_NAME = 'Voorbeeldzaak';

/** Who made the demo's passages, memos and events, in the case and its audit log. */
export const DEMO_ANALYST = 'Voorbeeldanalist';

/** How many damaged demo cases may stand in the way before giving up (each try checks one folder). */
const MAX_DEMO_FOLDERS = 20;

function demoName(attempt: number): string {
  return attempt === 1 ? DEMO_CASE_NAME : `${DEMO_CASE_NAME} ${attempt}`;
}

/**
 * Opens the demo case in `service`: the first of Voorbeeldzaak, Voorbeeldzaak 2, …
 * that is intact, or the first that does not exist yet, built there. A demo
 * case another window holds is not skipped: its lock error is for the
 * person to resolve, as with any case.
 */
export async function openDemoCase(service: CaseService): Promise<CaseSummary> {
  for (let attempt = 1; attempt <= MAX_DEMO_FOLDERS; attempt += 1) {
    const name = demoName(attempt);
    const folder = caseFolderFor(path.join(service.casesDir, name));
    if (!(await exists(folder))) {
      await buildDemoCase(folder, name, service.onImportProgress);
      return service.openCase(folder);
    }
    const summary = await openIfIntact(service, folder);
    if (summary) return summary;
  }
  throw new Error(`No usable folder for the demo case in ${service.casesDir}: ${MAX_DEMO_FOLDERS} damaged demo cases stand in the way`);
}

/** The case opened, when it opens and its quick integrity check finds nothing; closed again when it does. */
async function openIfIntact(service: CaseService, folder: string): Promise<CaseSummary | undefined> {
  let summary: CaseSummary;
  try {
    summary = await service.openCase(folder);
  } catch (error) {
    if (error instanceof SpoorError && error.code === 'case.locked') throw error;
    return undefined;
  }
  const report = await service.verify(false);
  if (report.problems.length === 0 && report.audit.valid) return summary;
  await service.closeCase();
  return undefined;
}

/**
 * Builds the demo case at `folder`: a service of its own (with the demo
 * analyst) creates the case under a hidden name, imports the generated
 * documents, writes the story and waits for the search index; only the
 * finished case is renamed into place, so a build that fails or is
 * interrupted never leaves a half demo under the demo's name.
 */
async function buildDemoCase(folder: string, name: string, onImportProgress?: (progress: ImportProgress) => void): Promise<void> {
  const casesDir = path.dirname(folder);
  await fs.mkdir(casesDir, { recursive: true });
  const buildFolder = path.join(casesDir, `.${name}-${randomBytes(4).toString('hex')}.spoor`);
  const settings = new MemorySettings();
  await settings.update({ analystName: DEMO_ANALYST });
  const service = new CaseService({ casesDir, analyst: () => DEMO_ANALYST, holder: 'Spoor (voorbeeldzaak)', onImportProgress });
  const search = new SearchArea(service);
  const chronology = new ChronologyArea(new CodingArea(service, settings));
  try {
    await service.createCaseAt(buildFolder, name);
    await withTempDir(async (dir) => {
      for (const batch of await writeFilesInWorker(dir)) {
        const failed = (await service.importFiles(batch)).results.filter((result) => result.status === 'failed' || result.status === 'cancelled');
        if (failed.length > 0) throw new Error(`The demo documents did not import: ${JSON.stringify(failed)}`);
      }
    });
    await writeDemoStory(chronology);
    await search.ready();
    await service.dispose();
    await fs.rename(buildFolder, folder);
  } catch (error) {
    await service.dispose();
    await fs.rm(buildFolder, { recursive: true, force: true });
    throw error;
  }
}

/** The demo documents, written in a worker thread: generating them takes seconds the thread answering the UI cannot spare. */
async function writeFilesInWorker(dir: string): Promise<ImportSource[][]> {
  const entry = resolveWorker('demo-files');
  const pool = new Piscina({ filename: entry.filename, execArgv: entry.execArgv, maxThreads: 1, minThreads: 0 });
  try {
    const task: DemoFilesTask = { dir };
    return (await pool.run(task)) as ImportSource[][];
  } finally {
    await pool.destroy();
  }
}
