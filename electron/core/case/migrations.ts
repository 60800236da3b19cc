import { SpoorError } from '../../../shared/errors';
import { CASE_FORMAT_VERSION } from '../../../shared/model/case';

/**
 * Upgrades a case folder from one format version to the next. Each step is
 * keyed by the version it upgrades FROM and must leave a valid case of the
 * next version on disk. There are none yet: version 1 is the first format.
 */
export type Migration = (root: string) => Promise<void>;

export const MIGRATIONS: Record<number, Migration> = {};

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
