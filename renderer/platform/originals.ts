import { SpoorError } from '../../shared/errors';

/** Fetches an original's bytes from the platform's read-only route (`<base><sha256>`). */
export function fetchOriginalFrom(base: string, headers: Record<string, string> = {}): (sha256: string) => Promise<ArrayBuffer> {
  return async (sha256) => {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new SpoorError('document.notFound', `Not a SHA-256: ${sha256}`, { id: sha256 });
    const response = await fetch(`${base}${sha256}`, { headers, cache: 'no-store' });
    if (response.status === 404) throw new SpoorError('document.notFound', `No original ${sha256} in the open case`, { id: sha256.slice(0, 12) });
    if (!response.ok) throw new SpoorError('io.failed', `Reading the original failed: HTTP ${response.status}`, { reason: `HTTP ${response.status}` });
    return response.arrayBuffer();
  };
}
