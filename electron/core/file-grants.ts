import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { SpoorError } from '../../shared/errors';
import type { FileRef } from '../../shared/model/import';
import { expandPaths } from './import/expand';
import type { ImportSource } from './import/importer';

/** As many files as one `documents:import` takes. */
export const MAX_GRANTED_FILES = 10_000;

interface Grant extends ImportSource {
  size: number;
  /** Set for uploads staged by the headless host: deleted once imported. */
  staged: boolean;
}

/**
 * Files the person chose (native dialog) or uploaded (headless host). The
 * renderer receives only opaque ids, so it can never make the back end read
 * a path the person did not pick.
 */
export class FileGrants {
  private readonly grants = new Map<string, Grant>();

  add(source: ImportSource, size: number, staged = false): FileRef {
    const id = randomBytes(18).toString('base64url');
    this.grants.set(id, { ...source, size, staged });
    return { id, name: source.name, size };
  }

  /**
   * Grants paths the person chose in main (open dialog, drop): folders are
   * walked as `spoor import` walks them. A path that cannot be read is still
   * granted, so the import reports it by name.
   */
  async addPaths(paths: readonly string[]): Promise<FileRef[]> {
    const files = await expandPaths(paths);
    if (files.length > MAX_GRANTED_FILES) {
      const limit = `${MAX_GRANTED_FILES} files`;
      throw new SpoorError('import.limitExceeded', `${paths.length} chosen items hold more than ${limit}`, { file: path.basename(paths[0] ?? ''), limit });
    }
    const refs: FileRef[] = [];
    for (const file of files) {
      const size = await fs.stat(file).then((stat) => stat.size, () => 0);
      refs.push(this.add({ path: file, name: path.basename(file), origin: file }, size));
    }
    return refs;
  }

  /** Looks up granted files; each id can be used once. */
  take(ids: readonly string[]): Grant[] {
    const missing = ids.find((id) => !this.grants.has(id));
    if (missing !== undefined) throw new SpoorError('files.unknownRef', `Unknown file reference ${missing}`, { id: missing });
    return ids.map((id) => {
      const grant = this.grants.get(id) as Grant;
      this.grants.delete(id);
      return grant;
    });
  }
}
