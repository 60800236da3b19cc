import path from 'node:path';
import { CASE_FOLDER_SUFFIX } from '../../../shared/model/case';

/** What a change to the case was, for the audit log: a type such as `coding.add` and a one-line summary. */
export interface CaseAction {
  type: string;
  summary: string;
  /** Ids and values worth keeping with the entry (document id, code id, …). */
  details?: Record<string, string | number>;
}

export interface CaseOpenOptions {
  /** Take over a lock held by another window or process (after the person confirmed). */
  takeOver?: boolean;
  /** Open without the write lock; every write fails with `io.readOnly`. */
  readOnly?: boolean;
  /** Who holds the lock, in words (`Spoor`, `spoor import`, …). */
  holder?: string;
  /** The analyst recorded in audit entries. */
  analyst?: () => string;
  /** Least time between two automatic backups while the case changes. */
  backupIntervalMs?: number;
}

export const DEFAULT_BACKUP_INTERVAL_MS = 10 * 60_000;
/** The analyst of what Spoor does by itself (restoring a backup without an analyst given). */
export const SYSTEM_ANALYST = 'Spoor';

/** `…/Toeslagen` and `…/Toeslagen.spoor` both mean the folder `…/Toeslagen.spoor`. */
export function caseFolderFor(dir: string): string {
  const resolved = path.resolve(dir);
  return resolved.endsWith(CASE_FOLDER_SUFFIX) ? resolved : `${resolved}${CASE_FOLDER_SUFFIX}`;
}
