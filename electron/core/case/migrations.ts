import fs from 'node:fs/promises';
import path from 'node:path';
import { SpoorError } from '../../../shared/errors';
import { CASE_FORMAT_VERSION } from '../../../shared/model/case';
import { writeFileAtomic } from '../fs/atomic';
import { AUDIT_FILE, AuditLog, sha256Text } from './audit';

/**
 * Upgrades a case folder from one format version to the next. Each step is
 * keyed by the version it upgrades FROM and must leave a valid case of the
 * next version on disk, and must be safe to run again if a crash interrupts it.
 */
export type Migration = (root: string) => Promise<void>;

/**
 * 1 → 2: the audit log. Its first entry records the case's data files as
 * found, so later changes (and changes made outside Spoor) are measured
 * against them. The log is written before case.json says "version 2".
 */
async function addAuditLog(root: string): Promise<void> {
  const manifestFile = path.join(root, 'case.json');
  const manifest = JSON.parse(await fs.readFile(manifestFile, 'utf8')) as Record<string, unknown>;
  const nextManifest = `${JSON.stringify({ ...manifest, version: 2 }, null, 2)}\n`;
  const files: Record<string, string> = { 'case.json': sha256Text(nextManifest) };
  for (const name of await fs.readdir(root)) {
    if (name === 'case.json' || !/^[a-z][a-z0-9-]*\.json$/.test(name)) continue;
    files[name] = sha256Text(await fs.readFile(path.join(root, name)));
  }
  const { log } = await AuditLog.open(path.join(root, AUDIT_FILE));
  await log.append({ type: 'case.migrate', summary: 'Case format 1 → 2: audit log started; data files recorded as found', files }, 'Spoor');
  await writeFileAtomic(manifestFile, nextManifest);
}

export const MIGRATIONS: Record<number, Migration> = { 1: addAuditLog };

/** Brings a case up to the current format, refusing one written by a newer Spoor. */
export async function migrateCase(root: string, version: number, migrations: Record<number, Migration> = MIGRATIONS): Promise<number> {
  if (version > CASE_FORMAT_VERSION) {
    throw new SpoorError('case.newerVersion', `Case format ${version} is newer than this Spoor (${CASE_FORMAT_VERSION})`, {
      version,
    });
  }
  let current = version;
  while (current < CASE_FORMAT_VERSION) {
    const step = migrations[current];
    if (!step) throw new SpoorError('case.corrupt', `No migration from case format ${current}`, { file: 'case.json', reason: `format ${current}` });
    await step(root);
    current += 1;
  }
  return current;
}
