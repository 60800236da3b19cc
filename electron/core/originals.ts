import fs from 'node:fs/promises';
import type { CaseService } from './service/case-service';

export interface OriginalFile {
  path: string;
  mediaType: string;
  size: number;
}

/** `/originals/<sha256>` (Electron's app protocol) or `/api/originals/<sha256>` (headless host). */
export const ORIGINAL_PATH = /^\/(?:api\/)?originals\/([0-9a-f]{64})$/;

/**
 * The stored original of a document in the OPEN case, by SHA-256, for the
 * PDF page view. Anything else (another case, a path, a case not open) is
 * undefined: the route is read-only and serves case originals only.
 */
export async function findOriginal(service: CaseService, sha256: string): Promise<OriginalFile | undefined> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return undefined;
  const store = service.current() ? service.requireStore() : undefined;
  const record = store?.findBySha(sha256);
  if (!store || !record) return undefined;
  const file = store.layout.original(record.sha256, record.kind);
  const stat = await fs.stat(file).catch(() => undefined);
  return stat?.isFile() ? { path: file, mediaType: record.mediaType, size: stat.size } : undefined;
}

/** Headers for an original: never interpreted by the browser as a page of the app. */
export function originalHeaders(original: OriginalFile): Record<string, string> {
  return {
    'Content-Type': original.mediaType,
    'Content-Length': String(original.size),
    'Content-Disposition': 'attachment',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
