import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createDispatcher } from '../../shared/contract/dispatch';
import type { EventMessage } from '../../shared/contract/events';
import { failure, success } from '../../shared/contract/envelope';
import { SpoorError, toErrorInfo } from '../../shared/errors';
import { FileGrants } from '../core/file-grants';
import { findOriginal, ORIGINAL_PATH, originalHeaders } from '../core/originals';
import { CaseService } from '../core/service/case-service';
import { createCoreHandlers, type PlatformHandlers } from '../core/service/handlers/index';
import { JsonFileSettings, auditAnalyst } from '../core/settings';
import { SPOOR_VERSION } from '../core/version';
import { checkRequest } from './guard';
import { serveStatic } from './static';

export interface HostOptions {
  /** Folder for the host's settings and staged uploads. */
  dataDir: string;
  /** Where new cases are created (default: <dataDir>/cases). */
  casesDir?: string;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningHost {
  /** Open this in a browser: the token travels in the fragment, never to a server log. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const MAX_CALL_BODY = 2 * 1024 * 1024;
const MAX_UPLOAD = 8 * 1024 ** 3;

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_CALL_BODY) throw new SpoorError('contract.invalidInput', 'Request body too large', { channel: '(http)', reason: 'body too large' });
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new SpoorError('contract.invalidInput', 'Request body is not JSON', { channel: '(http)', reason: 'not JSON' });
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(JSON.stringify(body));
}

/** A file name from the browser, reduced to one safe path segment. */
export function safeUploadName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f<>:"|?*]/g, '_').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'upload' : cleaned.slice(0, 200);
}

/**
 * The headless host: serves the built renderer and answers the contract over
 * HTTP on 127.0.0.1, so the whole UI runs in a plain browser (Playwright's
 * Chromium, or a person's) without the Electron binary.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = randomBytes(32).toString('base64url');
  const settings = await JsonFileSettings.load(path.join(options.dataDir, 'settings.json'));
  const uploadsDir = path.join(options.dataDir, 'uploads');
  const grants = new FileGrants();
  const listeners = new Set<ServerResponse>();
  const broadcast = (message: EventMessage) => {
    const frame = `data: ${JSON.stringify(message)}\n\n`;
    for (const listener of listeners) listener.write(frame);
  };
  const service = new CaseService({
    casesDir: options.casesDir ?? path.join(options.dataDir, 'cases'),
    onImportProgress: (payload) => broadcast({ event: 'import:progress', payload }),
    onVerifyProgress: (payload) => broadcast({ event: 'verify:progress', payload }),
    analyst: () => auditAnalyst(settings.get().analystName),
    chosenCasesDir: () => settings.get().casesDir,
    ocr: () => settings.get().ocr,
    holder: 'Spoor (headless host)',
  });
  const platform: PlatformHandlers = {
    'app:info': () => ({ version: SPOOR_VERSION, platform: 'host' }),
    'case:choose': () => {
      throw new SpoorError('platform.unsupported', 'No native dialogs in the headless host', { feature: 'case:choose' });
    },
    'settings:chooseCasesDir': () => {
      throw new SpoorError('platform.unsupported', 'No native dialogs in the headless host; type the folder instead', { feature: 'settings:chooseCasesDir' });
    },
    'files:choose': () => {
      throw new SpoorError('platform.unsupported', 'No native dialogs in the headless host; upload files instead', { feature: 'files:choose' });
    },
  };
  const dispatch = createDispatcher({ ...createCoreHandlers({ service, settings, grants }), ...platform }, (channel, error) =>
    console.error(`[spoor host] ${channel} failed:`, error),
  );

  async function handleUpload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const header = req.headers['x-file-name'];
    const name = safeUploadName(decodeURIComponent(typeof header === 'string' ? header : 'upload'));
    const dir = path.join(uploadsDir, randomBytes(9).toString('base64url'));
    const file = path.join(dir, name);
    await fs.mkdir(dir, { recursive: true });
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_UPLOAD) req.destroy(new Error('upload too large'));
    });
    await pipeline(req, createWriteStream(file, { flags: 'wx' }));
    sendJson(res, 200, success(grants.add({ path: file, name, origin: `upload: ${name}` }, size, true)));
  }

  function handleEvents(res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    listeners.add(res);
    res.on('close', () => listeners.delete(res));
  }

  async function handle(req: IncomingMessage, res: ServerResponse, port: number): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname.startsWith('/api/');
    const verdict = checkRequest(req.headers, port, token, isApi);
    if (!verdict.allowed) {
      sendJson(res, verdict.status, { error: verdict.reason });
      return;
    }
    if (!isApi) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
      return serveStatic(options.rendererDir, url.pathname, res);
    }
    const callMatch = /^\/api\/call\/([a-z]+:[A-Za-z]+)$/.exec(url.pathname);
    if (req.method === 'POST' && callMatch) {
      // Requiring JSON forces a CORS preflight from any other origin, which we never grant.
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return sendJson(res, 415, { error: 'JSON expected' });
      try {
        const input = await readJsonBody(req);
        return sendJson(res, 200, await dispatch(callMatch[1], input));
      } catch (error) {
        return sendJson(res, 200, failure(toErrorInfo(error)));
      }
    }
    if (req.method === 'POST' && url.pathname === '/api/upload') return handleUpload(req, res);
    if (req.method === 'GET' && url.pathname === '/api/events') return handleEvents(res);
    const originalMatch = ORIGINAL_PATH.exec(url.pathname);
    if (req.method === 'GET' && originalMatch?.[1] && url.pathname.startsWith('/api/')) {
      const original = await findOriginal(service, originalMatch[1]);
      if (!original) return sendJson(res, 404, { error: 'no such original in the open case' });
      res.writeHead(200, originalHeaders(original));
      return pipeline(createReadStream(original.path), res);
    }
    return sendJson(res, 404, { error: 'unknown endpoint' });
  }

  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res, port).catch((error) => {
      console.error('[spoor host] request failed:', error);
      if (!res.headersSent) sendJson(res, 500, failure(toErrorInfo(error)));
      else res.end();
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    async close() {
      for (const listener of listeners) listener.end();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await service.dispose();
    },
  };
}
