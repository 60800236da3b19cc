import { useSyncExternalStore } from 'react';
import type { SpoorApi } from '../../../shared/contract/api';
import type { ErrorInfo } from '../../../shared/errors';
import type { IntegrityReport } from '../../../shared/model/integrity';
import { asErrorInfo } from '../../app/errors';

export interface IntegrityState {
  running: boolean;
  /** When the running check started (Date.now()), for its time left. */
  startedAt?: number;
  progress?: { done: number; total: number };
  /** The last check was stopped by the person before it finished. */
  stopped?: boolean;
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
  set({ ...state, running: true, startedAt: Date.now(), progress: undefined, error: undefined, stopped: false });
  const unsubscribe = api.on('verify:progress', (progress) => set({ ...state, progress }));
  try {
    set({ running: false, report: await api.case.verify({ full: true }) });
  } catch (error) {
    const info = asErrorInfo(error);
    // A stopped check keeps the last complete report: the stopped one proves nothing either way.
    if (info.code === 'verify.cancelled') set({ running: false, report: state.report, stopped: true });
    else set({ running: false, error: info });
  } finally {
    unsubscribe();
  }
}

/** Stops the running check between two documents (case:verify then ends with verify.cancelled). */
export async function stopIntegrityCheck(api: SpoorApi): Promise<void> {
  if (state.running) await api.verify.cancel();
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
