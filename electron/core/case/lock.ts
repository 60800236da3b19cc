import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { SpoorError } from '../../../shared/errors';
import { jsonFileText, writeFileAtomic, writeNewFileSynced } from '../fs/atomic';
import { toIoError } from '../fs/io-errors';

/** The lock file in a case folder: who has the case open for writing. */
export const LOCK_FILE = 'spoor.lock';

export const LockInfo = z.strictObject({
  /** Unique per opening, so two windows of one process are told apart. */
  instance: z.string().min(1),
  /** The case folder locked; a lock file copied along with the folder does not lock the copy. */
  path: z.string(),
  pid: z.number().int().nonnegative(),
  host: z.string(),
  /** Who, in words: the app, the headless host or a CLI verb. */
  holder: z.string(),
  since: z.iso.datetime(),
  /** Refreshed by a heartbeat, so a lock held from another machine (network share) can be judged stale. */
  updatedAt: z.iso.datetime(),
});
export type LockInfo = z.infer<typeof LockInfo>;

/** How often a holder refreshes its lock, and after how long without refresh a lock from another machine is stale. */
export const HEARTBEAT_MS = 30_000;
export const STALE_AFTER_MS = 4 * HEARTBEAT_MS;

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock is stale when its holder is certainly gone: on this machine, its
 * process no longer runs; from another machine, it has not been refreshed
 * for STALE_AFTER_MS. An unreadable lock file (torn by a crash) is stale too.
 */
export function isStale(info: LockInfo | undefined, root: string, now = Date.now()): boolean {
  if (!info || info.path !== root) return true;
  if (info.host === os.hostname()) return !processIsAlive(info.pid);
  return now - Date.parse(info.updatedAt) > STALE_AFTER_MS;
}

async function readLock(file: string): Promise<LockInfo | undefined | null> {
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw toIoError(error, file);
  }
  try {
    const parsed = LockInfo.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function lockedError(root: string, holder: LockInfo | undefined): SpoorError {
  const stale = isStale(holder, root);
  return new SpoorError(
    'case.locked',
    stale
      ? `${root} was left locked by ${holder ? `${holder.holder} (pid ${holder.pid} on ${holder.host})` : 'an unreadable lock file'}, which is no longer running; open it with take-over`
      : `${root} is open in ${holder?.holder ?? 'another program'} (pid ${holder?.pid} on ${holder?.host}) since ${holder?.since}`,
    {
      path: root,
      pid: holder?.pid ?? 0,
      host: holder?.host ?? '?',
      holder: holder?.holder ?? '?',
      since: holder?.since ?? '?',
      stale: stale ? 'yes' : 'no',
    },
  );
}

export interface LockOptions {
  /** Replace a lock held by someone else (after the person confirmed it). The old holder can then no longer write. */
  takeOver?: boolean;
  holder?: string;
}

/**
 * The write lock on one case folder. Every write checks that the lock is
 * still ours, so a window whose lock was taken over fails loudly instead of
 * overwriting the new holder's work.
 */
export class CaseLock {
  private heartbeat: NodeJS.Timeout | undefined;
  private released = false;

  private constructor(
    readonly file: string,
    private info: LockInfo,
  ) {}

  get instance(): string {
    return this.info.instance;
  }

  static async acquire(root: string, options: LockOptions = {}): Promise<CaseLock> {
    const file = path.join(root, LOCK_FILE);
    const now = new Date().toISOString();
    const info: LockInfo = {
      instance: randomUUID(),
      path: root,
      pid: process.pid,
      host: os.hostname(),
      holder: options.holder ?? 'Spoor',
      since: now,
      updatedAt: now,
    };
    const content = jsonFileText(info);
    try {
      await writeNewFileSynced(file, content);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw toIoError(error, file);
      const holder = await readLock(file);
      if (holder === null) return CaseLock.acquire(root, options); // released in between
      // A lock copied along with the folder names another folder: it never locked this one.
      const copied = holder !== undefined && holder.path !== root;
      if (!options.takeOver && !copied) throw lockedError(root, holder);
      await writeFileAtomic(file, content);
    }
    const lock = new CaseLock(file, info);
    await lock.assertHeld();
    lock.startHeartbeat();
    return lock;
  }

  /** Throws `case.lockLost` when another window or process took the case over. */
  async assertHeld(): Promise<void> {
    if (this.released) throw new SpoorError('case.lockLost', `The lock on ${path.dirname(this.file)} was released`, { path: path.dirname(this.file), holder: '?', pid: 0, host: '?' });
    const current = await readLock(this.file);
    if (current?.instance !== this.info.instance) {
      throw new SpoorError('case.lockLost', `${path.dirname(this.file)} was taken over by ${current?.holder ?? 'someone else'}`, {
        path: path.dirname(this.file),
        holder: current?.holder ?? '?',
        pid: current?.pid ?? 0,
        host: current?.host ?? '?',
      });
    }
  }

  private startHeartbeat(): void {
    this.heartbeat = setInterval(() => {
      void this.refresh().catch(() => undefined);
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  private async refresh(): Promise<void> {
    const current = await readLock(this.file);
    if (current?.instance !== this.info.instance) return;
    this.info = { ...this.info, updatedAt: new Date().toISOString() };
    await writeFileAtomic(this.file, jsonFileText(this.info));
  }

  /** Removes the lock file if it is still ours. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    clearInterval(this.heartbeat);
    const current = await readLock(this.file).catch(() => undefined);
    if (current?.instance === this.info.instance) await fs.rm(this.file, { force: true }).catch(() => undefined);
  }
}

/** Who holds the lock on a case, if anyone (for messages and `spoor verify`). */
export async function lockHolder(root: string): Promise<{ info: LockInfo | undefined; stale: boolean } | null> {
  const info = await readLock(path.join(root, LOCK_FILE));
  if (info === null) return null;
  return { info, stale: isStale(info, path.resolve(root)) };
}
