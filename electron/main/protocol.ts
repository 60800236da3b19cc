import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../../shared/security/csp';
import { findOriginal, ORIGINAL_PATH, originalHeaders } from '../core/originals';
import type { CaseService } from '../core/service/case-service';
import { contentTypeFor, resolveStatic } from '../core/static-files';
import { APP_HOST, APP_SCHEME } from './web-preferences';

/** Must run before `app.whenReady()`: the app scheme behaves like https (secure, standard origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/**
 * Serves the built renderer under spoor://app/ with the CSP and security
 * headers, and, read-only, the originals of the open case's documents at
 * spoor://app/originals/<sha256> (the PDF page view loads them from there).
 */
export function serveRenderer(rendererDir: string, service?: CaseService): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const originalMatch = url.host === APP_HOST && request.method === 'GET' ? ORIGINAL_PATH.exec(url.pathname) : null;
    if (originalMatch?.[1] && service && !url.pathname.startsWith('/api/')) {
      const original = await findOriginal(service, originalMatch[1]);
      if (!original) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
      // Streamed: an original can be a gigabyte, and the main process must not hold it.
      return new Response(Readable.toWeb(createReadStream(original.path)) as ReadableStream<Uint8Array>, { headers: originalHeaders(original) });
    }
    const file = url.host === APP_HOST ? resolveStatic(rendererDir, url.pathname) : undefined;
    const body = file ? await fs.readFile(file).catch(() => undefined) : undefined;
    if (!file || !body) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    return new Response(new Uint8Array(body), { headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) } });
  });
}
