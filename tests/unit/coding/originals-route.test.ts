import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { fixturePaths } from '../../../fixtures/generate';
import { tempDir } from '../helpers';

const hosts: RunningHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((running) => running.close()));
});

async function hostWithCase() {
  const dataDir = await tempDir();
  const rendererDir = path.join(dataDir, 'renderer');
  await fs.mkdir(rendererDir);
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Spoor</title>');
  const running = await startHost({ dataDir, rendererDir, port: 0 });
  hosts.push(running);
  const auth = { Authorization: `Bearer ${running.token}` };
  const call = async (channel: string, body: unknown) =>
    (await fetch(`${running.origin}/api/call/${channel}`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json();
  return { running, auth, call };
}

describe('the read-only originals route of the headless host', () => {
  it('serves the bytes of a document in the open case, with the token only', async () => {
    const { running, auth, call } = await hostWithCase();
    const pdf = await fs.readFile(fixturePaths().samplePdf);
    const sha = createHash('sha256').update(pdf).digest('hex');
    const url = `${running.origin}/api/originals/${sha}`;
    // No case open yet: nothing to serve.
    expect((await fetch(url, { headers: auth })).status).toBe(404);

    await call('case:create', { name: 'Zaak' });
    const upload = await (await fetch(`${running.origin}/api/upload`, { method: 'POST', headers: { ...auth, 'X-File-Name': 'r.pdf', 'Content-Type': 'application/octet-stream' }, body: pdf })).json();
    await call('documents:import', { files: [upload.value.id] });

    const response = await fetch(url, { headers: auth });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);

    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { ...auth, Origin: 'https://evil.example' } })).status).toBe(403);
    expect((await fetch(`${running.origin}/api/originals/${'0'.repeat(64)}`, { headers: auth })).status).toBe(404);
    expect((await fetch(`${running.origin}/api/originals/..%2f..%2fsettings.json`, { headers: auth })).status).toBe(404);
    expect((await fetch(`${running.origin}/originals/${sha}`)).status).toBe(404);

    await call('case:close', {});
    expect((await fetch(url, { headers: auth })).status).toBe(404);
  });
});
