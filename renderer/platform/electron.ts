import { unwrapApi, type RawApi } from '../../shared/contract/api';
import type { Envelope } from '../../shared/contract/envelope';
import { SpoorError } from '../../shared/errors';
import type { FileRef } from '../../shared/model/import';
import { fetchOriginalFrom } from './originals';
import type { Platform } from './platform';

/** What electron/preload exposes as window.spoorDroppedFiles. */
type GrantDroppedFiles = (files: readonly File[]) => Promise<Envelope<FileRef[]>>;

declare global {
  interface Window {
    /** Set by electron/preload through contextBridge; absent in a plain browser. */
    spoor?: RawApi;
    /** Set by electron/preload beside window.spoor: dropped files to main, which answers with refs. */
    spoorDroppedFiles?: GrantDroppedFiles;
  }
}

export function electronPlatform(raw: RawApi, grantDropped: GrantDroppedFiles | undefined): Platform {
  const api = unwrapApi(raw);
  return {
    kind: 'electron',
    api,
    chooseFiles: () => api.files.choose(),
    grantDroppedFiles: grantDropped
      ? async (files) => {
          const envelope = await grantDropped(files);
          if (!envelope.ok) throw SpoorError.fromInfo(envelope.error);
          return envelope.value;
        }
      : undefined,
    fetchOriginal: fetchOriginalFrom('/originals/'),
  };
}
