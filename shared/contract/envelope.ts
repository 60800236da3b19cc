import type { ErrorInfo } from '../errors';

/**
 * What crosses every boundary (IPC, HTTP): a value or an error, never a
 * thrown exception, so that the error code and details survive structured
 * cloning and contextBridge.
 */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function success<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function failure(error: ErrorInfo): Envelope<never> {
  return { ok: false, error };
}
