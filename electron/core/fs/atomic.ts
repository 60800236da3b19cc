import { randomBytes } from 'node:crypto';
import fs, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { SpoorError } from '../../../shared/errors';
import { describeIssues } from '../../../shared/contract/dispatch';
import { toIoError } from './io-errors';

/** Prefix of temporary files; a crash can leave them behind, and they are never read as data. */
export const TEMP_PREFIX = '.tmp-';

/**
 * Test hook: called between "temp file written and synced" and "renamed into
 * place", the instant at which a crash must leave the old file intact.
 */
export interface WriteFaults {
  beforeRename?: (target: string) => void | Promise<void>;
  /** Called before an append to the audit log is written. */
  beforeAppend?: (target: string) => void | Promise<void>;
}

let faults: WriteFaults = {};

export function setWriteFaults(next: WriteFaults): void {
  faults = next;
}

export async function beforeAppendFault(target: string): Promise<void> {
  await faults.beforeAppend?.(target);
}

async function syncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable. Not supported on every platform (Windows), where it is a no-op.
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Directory fsync is best effort.
  } finally {
    await handle?.close();
  }
}

/** Creates a file that must not exist yet and fsyncs it (the first step of every durable write). */
export async function writeNewFileSynced(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await fs.open(file, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes a file so that a reader sees either the old content or the new,
 * never a mix: write a temporary file beside it, fsync, rename over the target,
 * fsync the directory.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await placeAtomically(target, (temp) => writeNewFileSynced(temp, data));
}

/** Has `fill` write and fsync a temporary file beside `target`, then renames it into place; the temporary file never survives a failure. */
async function placeAtomically(target: string, fill: (temp: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `${TEMP_PREFIX}${path.basename(target)}-${randomBytes(6).toString('hex')}`);
  try {
    await fill(temp);
    await faults.beforeRename?.(target);
    await fs.rename(temp, target);
    await syncDirectory(dir);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw toIoError(error, target);
  }
}

/** JSON as the case's files hold it: indented, ending in a newline. */
export function jsonFileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export async function writeJsonAtomic(target: string, value: unknown): Promise<void> {
  await writeFileAtomic(target, jsonFileText(value));
}

/** Copies a file into place with the same all-or-nothing guarantee. */
export async function copyFileAtomic(source: string, target: string): Promise<void> {
  await placeAtomically(target, async (temp) => {
    await fs.copyFile(source, temp, fs.constants.COPYFILE_EXCL);
    const handle = await fs.open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

/**
 * Reads and validates a JSON file of the case. A missing, truncated or
 * malformed file is a `case.corrupt` error naming the file, never a silent
 * default.
 */
export async function readJsonFile<S extends z.ZodType>(file: string, schema: S, label = path.basename(file)): Promise<z.output<S>> {
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new SpoorError('case.corrupt', `${label} is missing`, { file: label, reason: 'missing' });
    }
    throw toIoError(error, file);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SpoorError('case.corrupt', `${label} is not valid JSON: ${reason}`, { file: label, reason });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const reason = describeIssues(parsed.error);
    throw new SpoorError('case.corrupt', `${label} does not match its schema: ${reason}`, { file: label, reason });
  }
  return parsed.data;
}
