import fs from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixturePaths } from '../../../fixtures/generate';
import { startTestHost } from '../test-host';

describe('the read-only originals route of the headless host', () => {
  it('serves the bytes of a document in the open case, with the token only', async () => {
    const { running, auth, call } = await startTestHost();
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
