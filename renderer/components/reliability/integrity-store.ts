import { useSyncExternalStore } from 'react';
import type { SpoorApi } from '../../../shared/contract/api';
import type { ErrorInfo } from '../../../shared/errors';
import type { IntegrityReport } from '../../../shared/model/integrity';
import { asErrorInfo } from '../../app/errors';

export interface IntegrityState {
  running: boolean;
  progress?: { done: number; total: number };
  report?: IntegrityReport;
  error?: ErrorInfo;
}

/**
 * The open case's last integrity check, shared by the banner above every
 * view and the Integrity view, so the originals are hashed once per request.
 */
let state: IntegrityState = { running: false };
const listeners = new Set<() => void>();

function set(next: IntegrityState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

export function resetIntegrity(): void {
  set({ running: false });
}

export async function runIntegrityCheck(api: SpoorApi): Promise<void> {
  if (state.running) return;
  set({ ...state, running: true, progress: undefined, error: undefined });
  const unsubscribe = api.on('verify:progress', (progress) => set({ ...state, progress }));
  try {
    set({ running: false, report: await api.case.verify({ full: true }) });
  } catch (error) {
    set({ running: false, error: asErrorInfo(error) });
  } finally {
    unsubscribe();
  }
}

export function useIntegrity(): IntegrityState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
