import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { SpoorError } from '../../../shared/errors';
import { BackupInfo } from '../../../shared/model/integrity';
import { TEMP_PREFIX, jsonFileText, writeNewFileSynced } from '../fs/atomic';
import { toIoError } from '../fs/io-errors';
import { sha256Text } from './audit';
import type { CaseLayout } from './layout';

/** How many automatic backups a case keeps; older ones are removed. */
export const BACKUPS_KEPT = 10;

const BACKUP_MANIFEST = 'backup.json';

const BackupManifest = BackupInfo.extend({ hashes: z.record(z.string(), z.string()) });
type BackupManifest = z.infer<typeof BackupManifest>;

/** A backup's folder name sorts by time. */
function newBackupId(now: Date): string {
  return `${now.toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
}

async function readManifest(dir: string): Promise<BackupManifest | undefined> {
  try {
    const parsed = BackupManifest.safeParse(JSON.parse(await fs.readFile(path.join(dir, BACKUP_MANIFEST), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function infoOf({ hashes: _hashes, ...info }: BackupManifest): BackupInfo {
  return info;
}

/** The case's backups, newest first. A damaged or half-written backup folder is not listed. */
export async function listBackups(layout: CaseLayout): Promise<BackupInfo[]> {
  const names = await fs.readdir(layout.backupsDir).catch(() => [] as string[]);
  const manifests = await Promise.all(names.filter((name) => !name.startsWith(TEMP_PREFIX)).map((name) => readManifest(path.join(layout.backupsDir, name))));
  return manifests
    .filter((manifest): manifest is BackupManifest => manifest !== undefined && names.includes(manifest.id))
    .map(infoOf)
    .sort((a, b) => (a.id < b.id ? 1 : -1));
}

export interface BackupSource {
  reason: BackupInfo['reason'];
  /** Files to copy, by their name inside the case (`case.json`, `documents.json`, area files, `audit.jsonl`). */
  files: readonly string[];
  auditEntries: number;
  auditHead: string;
  keep?: number;
}

/**
 * Copies the case's own data files (never the originals) into
 * backups/<id>/, all or nothing: the folder is assembled under a temporary
 * name and renamed into place once complete. Files that cannot be read
 * (missing) are left out. Older backups beyond `keep` are removed.
 */
export async function createBackup(layout: CaseLayout, source: BackupSource): Promise<BackupInfo> {
  const now = new Date();
  const id = newBackupId(now);
  const temp = path.join(layout.backupsDir, `${TEMP_PREFIX}${id}`);
  const target = path.join(layout.backupsDir, id);
  try {
    await fs.mkdir(temp, { recursive: true });
    const hashes: Record<string, string> = {};
    for (const name of source.files) {
      const bytes = await fs.readFile(layout.file(name)).catch(() => undefined);
      if (!bytes) continue;
      const stored = path.join(temp, ...name.split('/'));
      await fs.mkdir(path.dirname(stored), { recursive: true });
      await writeNewFileSynced(stored, bytes);
      hashes[name] = sha256Text(bytes);
    }
    const manifest: BackupManifest = {
      id,
      createdAt: now.toISOString(),
      reason: source.reason,
      files: Object.keys(hashes),
      auditEntries: source.auditEntries,
      auditHead: source.auditHead,
      hashes,
    };
    await writeNewFileSynced(path.join(temp, BACKUP_MANIFEST), jsonFileText(manifest));
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw toIoError(error, target);
  }
  const all = await listBackups(layout);
  for (const old of all.slice(source.keep ?? BACKUPS_KEPT)) {
    await fs.rm(path.join(layout.backupsDir, old.id), { recursive: true, force: true }).catch(() => undefined);
  }
  const created = all.find((backup) => backup.id === id);
  if (!created) throw new SpoorError('io.failed', `Backup ${id} was not written`, { file: target, reason: 'backup missing after write' });
  return created;
}

/** The files of one backup, each checked against the hash recorded when it was made. */
export async function readBackup(layout: CaseLayout, id: string): Promise<{ info: BackupInfo; files: Map<string, Buffer> }> {
  const dir = path.join(layout.backupsDir, id);
  const manifest = /^[0-9TZ-]+-[0-9a-f]{6}$/.test(id) ? await readManifest(dir) : undefined;
  if (!manifest || manifest.id !== id) throw new SpoorError('backup.notFound', `No backup ${id} in ${layout.root}`, { id, path: layout.root });
  const files = new Map<string, Buffer>();
  for (const name of manifest.files) {
    const bytes = await fs.readFile(path.join(dir, ...name.split('/'))).catch(() => undefined);
    if (!bytes || sha256Text(bytes) !== manifest.hashes[name]) {
      throw new SpoorError('backup.damaged', `Backup ${id} is damaged: ${name}`, { id, file: name });
    }
    files.set(name, bytes);
  }
  return { info: infoOf(manifest), files };
}

/** The newest backup that holds a good copy of `name`, for "restore from backup" offers. */
export async function newestBackupWith(layout: CaseLayout, name: string): Promise<BackupInfo | undefined> {
  for (const backup of await listBackups(layout)) {
    if (!backup.files.includes(name)) continue;
    try {
      await readBackup(layout, backup.id);
      return backup;
    } catch {
      // Damaged: try an older one.
    }
  }
  return undefined;
}
