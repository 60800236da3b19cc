import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { SpoorError } from '../../../shared/errors';

/** Bounds on what one archive may unpack to; beyond them it is a zip bomb, not an archive. */
export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio allowed for an entry bigger than ratioFloorBytes. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Zips inside zips, counting the outer one as 1. */
  maxDepth: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 4 * 1024 ** 3,
  maxRatio: 200,
  ratioFloorBytes: 1024 ** 2,
  maxDepth: 3,
};

/** Entries that are operating-system clutter, not documents. */
const CLUTTER = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/i;

function openZip(file: string, name: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error) reject(zipError(error, name));
      else resolve(zip);
    });
  });
}

function zipError(error: Error, name: string): SpoorError {
  const traversal = /^(?:invalid relative path|absolute path): (.*)$/.exec(error.message);
  if (traversal) {
    return new SpoorError('import.unsafePath', `${name} contains an entry that points outside the archive: ${traversal[1]}`, { file: name, entry: traversal[1] ?? '' });
  }
  return new SpoorError('import.unreadable', `${name}: ${error.message}`, { file: name, reason: error.message });
}

/** Reads the central directory one entry at a time, rejecting what the limits forbid before anything is unpacked. */
async function readEntries(zip: ZipFile, name: string, limits: ZipLimits, stopAfter = Infinity): Promise<Entry[]> {
  const entries: Entry[] = [];
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: SpoorError) => {
      zip.removeAllListeners('entry');
      reject(error);
    };
    zip.on('error', (error: Error) => reject(zipError(error, name)));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      if (entries.length > limits.maxEntries) return fail(limitError(name, `${limits.maxEntries} entries`));
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) return fail(limitError(name, `${formatBytes(limits.maxTotalBytes)} uncompressed`));
      const compressed = Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize > limits.ratioFloorBytes && entry.uncompressedSize / compressed > limits.maxRatio) {
        return fail(limitError(name, `compression ratio ${limits.maxRatio}:1 (${entry.fileName})`));
      }
      if (entries.length >= stopAfter) return resolve();
      zip.readEntry();
    });
    zip.readEntry();
  });
  return entries;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${bytes / 1024 ** 3} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`;
}

function limitError(name: string, limit: string): SpoorError {
  return new SpoorError('import.limitExceeded', `${name} exceeds the limit of ${limit}`, { file: name, limit });
}

/**
 * .docx and .xlsx are unpacked whole in memory by their readers: every entry
 * in the central directory must be within the limits before they are handed
 * over (sniffing only looked at the first ones).
 */
export const OFFICE_ZIP_LIMITS: ZipLimits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 512 * 1024 ** 2, maxDepth: 1 };

export async function assertZipWithin(file: string, name: string, limits: ZipLimits): Promise<void> {
  const zip = await openZip(file, name);
  try {
    await readEntries(zip, name, limits);
  } finally {
    zip.close();
  }
}

/** The first `max` entry names: enough to tell a .docx or .xlsx from a plain archive. */
export async function listZipEntryNames(file: string, name: string, max: number): Promise<string[]> {
  const zip = await openZip(file, name);
  try {
    return (await readEntries(zip, name, DEFAULT_ZIP_LIMITS, max)).map((entry) => entry.fileName);
  } finally {
    zip.close();
  }
}

export interface ZipMember {
  /** The entry's path inside the archive, as the archive names it. */
  entryPath: string;
  /** Where it was unpacked (a name Spoor made up, never the entry path). */
  file: string;
  size: number;
}

/** Counts the bytes that really come out of an entry: declared sizes can lie. */
class ByteBudget extends Transform {
  constructor(private remaining: number, private readonly onExceeded: () => Error) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.remaining -= chunk.length;
    if (this.remaining < 0) callback(this.onExceeded());
    else callback(null, chunk);
  }
}

/**
 * Unpacks an archive's files into `outDir` within the limits. Any entry that
 * would land outside the archive (`../`, an absolute path) refuses the whole
 * archive: such a file is hostile, not damaged.
 */
export async function unpackZip(file: string, name: string, outDir: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS, signal?: AbortSignal): Promise<ZipMember[]> {
  const zip = await openZip(file, name);
  try {
    const entries = (await readEntries(zip, name, limits)).filter((entry) => !entry.fileName.endsWith('/') && !CLUTTER.test(entry.fileName));
    const members: ZipMember[] = [];
    let budget = limits.maxTotalBytes;
    for (const [index, entry] of entries.entries()) {
      signal?.throwIfAborted();
      const target = path.join(outDir, `${String(index).padStart(5, '0')}-${path.basename(entry.fileName).replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(-120)}`);
      const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => {
        zip.openReadStream(entry, (error, readStream) => (error ? reject(zipError(error, name)) : resolve(readStream)));
      });
      const counter = new ByteBudget(budget, () => limitError(name, `${formatBytes(limits.maxTotalBytes)} uncompressed`));
      try {
        await pipeline(stream, counter, createWriteStream(target, { flags: 'wx' }));
      } catch (error) {
        if (error instanceof SpoorError) throw error;
        throw zipError(error as Error, name);
      }
      budget -= entry.uncompressedSize;
      members.push({ entryPath: entry.fileName, file: target, size: entry.uncompressedSize });
    }
    return members;
  } finally {
    zip.close();
  }
}
