import fs from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '../../shared/security/csp';
import { contentTypeFor, resolveStatic } from '../core/static-files';

/** Serves the built renderer with the same security headers as the Electron app. */
export async function serveStatic(root: string, urlPath: string, res: ServerResponse): Promise<void> {
  const file = resolveStatic(root, urlPath);
  const body = file ? await fs.readFile(file).catch(() => undefined) : undefined;
  if (!file || !body) {
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-store' }).end(body);
}
