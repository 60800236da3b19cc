import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeUploadName, type RunningHost } from '../../../electron/host/server';
import { fixturePaths } from '../../../fixtures/generate';
import { startTestHost } from '../test-host';

let lastDataDir = '';

async function host(): Promise<RunningHost> {
  const { running, dataDir } = await startTestHost();
  lastDataDir = dataDir;
  return running;
}

const call = (running: RunningHost, channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${running.origin}/api/call/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${running.token}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('the headless host', () => {
  it('listens on 127.0.0.1 and prints a URL with its token in the fragment', async () => {
    const running = await host();
    expect(running.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(running.url).toBe(`${running.origin}/#token=${running.token}`);
  });

  it('serves the UI with the strict CSP', async () => {
    const response = await fetch(`${(await host()).origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-eval');
  });

  it('answers contract calls with the token and refuses them without', async () => {
    const running = await host();
    const ok = await (await call(running, 'app:info', {})).json();
    expect(ok).toMatchObject({ ok: true, value: { platform: 'host' } });
    const noToken = await fetch(`${running.origin}/api/call/app:info`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(401);
  });

  it('refuses a call from another origin even with the token', async () => {
    const running = await host();
    const response = await call(running, 'app:info', {}, { Origin: 'https://evil.example' });
    expect(response.status).toBe(403);
  });

  it('refuses a form-encoded call (no CORS-free cross-site requests)', async () => {
    const running = await host();
    const response = await call(running, 'app:info', {}, { 'Content-Type': 'text/plain' });
    expect(response.status).toBe(415);
  });

  it('answers malformed JSON and unknown channels with error envelopes', async () => {
    const running = await host();
    const bad = await fetch(`${running.origin}/api/call/case:create`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${running.token}`, 'Content-Type': 'application/json' },
      body: '{"name": ',
    });
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'contract.invalidInput' } });
    expect(await (await call(running, 'case:destroy', {})).json()).toMatchObject({ ok: false, error: { code: 'contract.unknownChannel' } });
  });

  it('imports an uploaded file through the same documents:import call and removes the staged copy', async () => {
    const running = await host();
    await call(running, 'case:create', { name: 'Zaak' });
    const upload = await fetch(`${running.origin}/api/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${running.token}`, 'X-File-Name': encodeURIComponent('../../rapport.pdf') },
      body: await fs.readFile(fixturePaths().samplePdf),
    });
    const ref = (await upload.json()).value;
    expect(ref.name).toBe('rapport.pdf');
    const report = await (await call(running, 'documents:import', { files: [ref.id] })).json();
    expect(report.value.results[0]).toMatchObject({ status: 'imported', file: 'rapport.pdf', pageCount: 3 });
    const staged = await fs.readdir(path.join(lastDataDir, 'uploads'), { recursive: true, withFileTypes: true });
    expect(staged.filter((entry) => entry.isFile())).toEqual([]);
    const reused = await (await call(running, 'documents:import', { files: [ref.id] })).json();
    expect(reused).toMatchObject({ ok: false, error: { code: 'files.unknownRef' } });
  });

  it('reduces uploaded names to one safe path segment', () => {
    expect(safeUploadName('../../etc/passwd')).toBe('passwd');
    expect(safeUploadName('C:\\Users\\x\\brief.pdf')).toBe('brief.pdf');
    expect(safeUploadName('..')).toBe('upload');
    expect(safeUploadName('a\u0000b<>.pdf')).toBe('a_b__.pdf');
  });
});
