import fs from 'node:fs/promises';
import path from 'node:path';
import { SpoorError } from '../../../shared/errors';
import type { BackupInfo } from '../../../shared/model/integrity';
import { writeFileAtomic } from '../fs/atomic';
import { exists } from '../fs/exists';
import { toIoError } from '../fs/io-errors';
import { AUDIT_FILE, AuditLog, readLogFile, sha256Text } from './audit';
import { createBackup, readBackup } from './backup';
import type { CaseLayout } from './layout';
import { CaseLock, type LockOptions } from './lock';

export interface RestoreResult {
  backup: BackupInfo;
  /** The data files put back, by name inside the case. */
  restored: string[];
  /** True when the audit log itself was missing or damaged and the backup's copy replaced it (the damaged one is kept). */
  auditReplaced: boolean;
}

/** Top-level data files present now, so the 'before-restore' backup keeps whatever is there, damaged or not. */
async function currentDataFiles(layout: CaseLayout): Promise<string[]> {
  const names = await fs.readdir(layout.root).catch(() => [] as string[]);
  return names.filter((name) => /^[a-z][a-z0-9-]*\.json$/.test(name));
}

/**
 * Restores a backup into a case that is not open (it may not open at all).
 * Runs under the case's lock; every replaced file is written atomically and
 * the restore is an audit entry like any other change.
 */
export async function restoreBackup(layout: CaseLayout, backupId: string, options: LockOptions & { analyst: () => string }): Promise<RestoreResult> {
  if (!(await exists(layout.root))) throw new SpoorError('case.notFound', `No case folder at ${layout.root}`, { path: layout.root });
  const lock = await CaseLock.acquire(layout.root, options);
  try {
    const { info, files } = await readBackup(layout, backupId);
    const current = await readLogFile(layout.audit);
    const auditPresent = await exists(layout.audit);
    await createBackup(layout, {
      reason: 'before-restore',
      files: [...new Set([...(await currentDataFiles(layout)), ...info.files.filter((name) => name !== AUDIT_FILE)]), AUDIT_FILE],
      auditEntries: current.entries.length,
      auditHead: current.verification.headHash,
    });

    let auditReplaced = false;
    let keptAs = '';
    const backupAudit = files.get(AUDIT_FILE);
    if ((!auditPresent || !current.verification.valid) && backupAudit) {
      if (auditPresent) {
        keptAs = `audit.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`;
        await fs.rename(layout.audit, path.join(layout.root, keptAs)).catch((error: unknown) => Promise.reject(toIoError(error, layout.audit)));
      }
      await writeFileAtomic(layout.audit, backupAudit);
      auditReplaced = true;
    }

    const data = [...files].filter(([name]) => name !== AUDIT_FILE);
    const { log } = await AuditLog.open(layout.audit);
    const note = auditReplaced
      ? ` The audit log was ${keptAs ? `damaged (kept as ${keptAs})` : 'missing'} and was replaced by the backup's copy: entries made after the backup are not in it.`
      : '';
    const { undo } = await log.append(
      {
        type: 'case.restore',
        summary: `Restored ${data.map(([name]) => name).join(', ')} from the backup of ${info.createdAt}.${note}`,
        files: Object.fromEntries(data.map(([name, bytes]) => [name, sha256Text(bytes)])),
        details: { backup: info.id },
      },
      options.analyst(),
    );
    try {
      for (const [name, bytes] of data) await writeFileAtomic(layout.file(name), bytes);
    } catch (error) {
      await undo().catch(() => undefined);
      throw error;
    }
    return { backup: info, restored: data.map(([name]) => name), auditReplaced };
  } finally {
    await lock.release();
  }
}
