import { unwrapApi, type RawApi } from '../../shared/contract/api';
import { fetchOriginalFrom } from './originals';
import type { Platform } from './platform';

declare global {
  interface Window {
    /** Set by electron/preload through contextBridge; absent in a plain browser. */
    spoor?: RawApi;
  }
}

export function electronPlatform(raw: RawApi): Platform {
  const api = unwrapApi(raw);
  return { kind: 'electron', api, chooseFiles: () => api.files.choose(), fetchOriginal: fetchOriginalFrom('/originals/') };
}
