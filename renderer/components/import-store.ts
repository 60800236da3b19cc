import { useSyncExternalStore } from 'react';
import type { SpoorApi } from '../../shared/contract/api';
import type { ErrorInfo } from '../../shared/errors';
import type { FileRef, ImportProgress, ImportReport } from '../../shared/model/import';
import { asErrorInfo } from '../app/errors';

export interface ImportState {
  busy: boolean;
  /** The latest event of the batch. */
  progress?: ImportProgress;
  /** The latest event of each file, by file index. */
  files: ReadonlyMap<number, ImportProgress>;
  cancelling: boolean;
  report?: ImportReport;
}

/**
 * The running import, outside any one view: the person can switch to
 * another tab and read while it runs, and its progress (in the status area)
 * and report survive the switch.
 */
let state: ImportState = { busy: false, files: new Map(), cancelling: false };
const listeners = new Set<() => void>();

function set(next: Partial<ImportState>): void {
  state = { ...state, ...next };
  listeners.forEach((listener) => listener());
}

export async function runImport(api: SpoorApi, getRefs: () => Promise<FileRef[]>, onImported: () => void, onError: (error: ErrorInfo) => void): Promise<void> {
  if (state.busy) return;
  set({ busy: true, report: undefined, files: new Map(), progress: undefined, cancelling: false });
  const unsubscribe = api.on('import:progress', (event) => set({ progress: event, files: new Map(state.files).set(event.fileIndex, event) }));
  try {
    const refs = await getRefs();
    if (refs.length === 0) return;
    set({ report: await api.documents.import({ files: refs.map((ref) => ref.id) }) });
    onImported();
  } catch (error) {
    onError(asErrorInfo(error));
  } finally {
    unsubscribe();
    set({ busy: false, progress: undefined, files: new Map(), cancelling: false });
  }
}

export async function cancelImport(api: SpoorApi): Promise<void> {
  set({ cancelling: true });
  await api.import.cancel({ ...(state.progress ? { batchId: state.progress.batchId } : {}) });
}

export function dismissImportReport(): void {
  set({ report: undefined });
}

export function useImport(): ImportState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
