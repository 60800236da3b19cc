import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../../shared/security/csp';
import { contentTypeFor, resolveStatic } from '../core/static-files';
import { APP_HOST, APP_SCHEME } from './web-preferences';

/** Must run before `app.whenReady()`: the app scheme behaves like https (secure, standard origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer under spoor://app/ with the CSP and security headers. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStatic(rendererDir, url.pathname) : undefined;
    const body = file ? await fs.readFile(file).catch(() => undefined) : undefined;
    if (!file || !body) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    return new Response(new Uint8Array(body), { headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) } });
  });
}
