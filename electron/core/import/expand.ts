import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Turns the paths a person gave (files and folders) into the files to
 * import, folders walked recursively in name order, hidden entries skipped.
 * A path that does not exist is kept, so the import reports it by name.
 */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const resolved = path.resolve(given);
    let stat;
    try {
      stat = await fs.stat(resolved);
    } catch {
      files.push(resolved);
      continue;
    }
    if (stat.isDirectory()) files.push(...(await walk(resolved)));
    else files.push(resolved);
  }
  return files;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await fs.readdir(dir, { withFileTypes: true }))
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}
