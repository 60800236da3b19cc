import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach } from 'vitest';
import { startHost, type RunningHost } from '../../electron/host/server';
import { tempDir } from './helpers';

export interface TestHost {
  running: RunningHost;
  dataDir: string;
  /** The token as the UI sends it. */
  auth: { Authorization: string };
  /** A contract call over HTTP, answering the envelope. */
  call: (channel: string, body: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown } & Record<string, unknown>>;
  /** Uploads bytes as the browser's file picker does; answers the file's opaque id. */
  upload: (name: string, bytes: Uint8Array) => Promise<string>;
}

const running: RunningHost[] = [];
// Registered after helpers' own afterEach, so it runs before it: hosts close (writing their last backup) before their folders go.
afterEach(async () => {
  await Promise.all(running.splice(0).map((host) => host.close()));
});

/** A headless host on a fresh data directory with a stub UI, closed when the test ends. */
export async function startTestHost(): Promise<TestHost> {
  const dataDir = await tempDir();
  const rendererDir = path.join(dataDir, 'renderer');
  await fs.mkdir(rendererDir);
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Spoor</title>');
  const host = await startHost({ dataDir, rendererDir, port: 0 });
  running.push(host);
  const auth = { Authorization: `Bearer ${host.token}` };
  const call: TestHost['call'] = async (channel, body) =>
    (await fetch(`${host.origin}/api/call/${channel}`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json();
  const upload: TestHost['upload'] = async (name, bytes) =>
    (await (await fetch(`${host.origin}/api/upload`, { method: 'POST', headers: { ...auth, 'X-File-Name': name, 'Content-Type': 'application/octet-stream' }, body: new Uint8Array(bytes) })).json()).value.id as string;
  return { running: host, dataDir, auth, call, upload };
}
