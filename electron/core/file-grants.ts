import { randomBytes } from 'node:crypto';
import { SpoorError } from '../../shared/errors';
import type { FileRef } from '../../shared/model/import';
import type { ImportSource } from './import/importer';

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
