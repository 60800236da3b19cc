/**
 * Files from a drop, folders walked: what the browser hands over as
 * FileSystemEntry objects (DataTransferItem.webkitGetAsEntry()), read the way
 * `spoor import <folder>` walks a folder: recursively, in name order, hidden
 * entries skipped. Bounded, so a drop of a home folder does not upload the
 * disk: at most MAX_DROPPED_FILES files, at most MAX_FOLDER_DEPTH folders deep.
 */
export const MAX_DROPPED_FILES = 2000;
export const MAX_FOLDER_DEPTH = 12;

/** The part of FileSystemEntry the walk uses (so it can be tested without a browser). */
export interface DroppedEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
}
export interface DroppedFileEntry extends DroppedEntry {
  file(success: (file: File) => void, failure?: (error: unknown) => void): void;
}
export interface DroppedDirectoryEntry extends DroppedEntry {
  createReader(): { readEntries(success: (entries: DroppedEntry[]) => void, failure?: (error: unknown) => void): void };
}

export interface DroppedFiles {
  files: File[];
  /** More files than MAX_DROPPED_FILES: only the first ones (in walking order) are in `files`. */
  tooMany: boolean;
  /** Folders deeper than MAX_FOLDER_DEPTH were left out. */
  tooDeep: boolean;
}

function isDirectory(entry: DroppedEntry): entry is DroppedDirectoryEntry {
  return entry.isDirectory;
}

function fileOf(entry: DroppedFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Every entry of a folder: readEntries gives them in batches until it gives none. */
async function entriesOf(directory: DroppedDirectoryEntry): Promise<DroppedEntry[]> {
  const reader = directory.createReader();
  const all: DroppedEntry[] = [];
  for (;;) {
    const batch = await new Promise<DroppedEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

export async function collectDroppedFiles(entries: readonly DroppedEntry[], limits = { files: MAX_DROPPED_FILES, depth: MAX_FOLDER_DEPTH }): Promise<DroppedFiles> {
  const result: DroppedFiles = { files: [], tooMany: false, tooDeep: false };
  async function visit(entry: DroppedEntry, depth: number): Promise<void> {
    if (result.tooMany) return;
    if (isDirectory(entry)) {
      if (depth >= limits.depth) {
        result.tooDeep = true;
        return;
      }
      const children = (await entriesOf(entry)).filter((child) => !child.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
      for (const child of children) await visit(child, depth + 1);
      return;
    }
    if (!entry.isFile) return;
    if (result.files.length >= limits.files) {
      result.tooMany = true;
      return;
    }
    result.files.push(await fileOf(entry as DroppedFileEntry));
  }
  for (const entry of entries) await visit(entry, 0);
  return result;
}
