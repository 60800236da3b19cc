import type { SpoorApi } from '../../shared/contract/api';
import type { FileRef } from '../../shared/model/import';

/** What the UI needs from where it runs: the contract, and a way to get files in. */
export interface Platform {
  kind: 'electron' | 'host';
  api: SpoorApi;
  /** Electron: the native open dialog. */
  chooseFiles?: () => Promise<FileRef[]>;
  /**
   * Electron: the files and folders of a drop, handed as File objects to the
   * preload, which alone reads their paths; main walks the folders and grants.
   */
  grantDroppedFiles?: (files: readonly File[]) => Promise<FileRef[]>;
  /** Headless host: files from the browser's picker or a drop, uploaded to the host. */
  uploadFiles?: (files: readonly File[]) => Promise<FileRef[]>;
  /**
   * The original bytes of a document in the open case, by SHA-256, for the
   * PDF page view: a binary route of the platform, never JSON.
   */
  fetchOriginal: (sha256: string) => Promise<ArrayBuffer>;
}
