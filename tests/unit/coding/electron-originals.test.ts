import fs from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { fixturePaths } from '../../../fixtures/generate';
import { createFakeElectron } from '../electron/fake-electron';
import { codingCase } from './helpers';

const fake = createFakeElectron();
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

describe('spoor://app/originals/<sha256> in the desktop app', () => {
  it('serves originals of the open case only', async () => {
    const { serveRenderer } = await import('../../../electron/main/protocol');
    const { service } = await codingCase();
    serveRenderer('/nonexistent-renderer', service);
    const handler = fake.electron.protocol.handle.mock.calls.at(-1)?.[1] as (request: Request) => Promise<Response>;
    const pdf = await fs.readFile(fixturePaths().samplePdf);
    const sha = createHash('sha256').update(pdf).digest('hex');
    expect((await handler(new Request(`spoor://app/originals/${sha}`))).status).toBe(404);

    await service.importFiles([{ path: fixturePaths().samplePdf, name: 'r.pdf', origin: 'r.pdf' }]);
    const response = await handler(new Request(`spoor://app/originals/${sha}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
    expect((await handler(new Request(`spoor://other/originals/${sha}`))).status).toBe(404);
    expect((await handler(new Request(`spoor://app/api/originals/${sha}`))).status).toBe(404);
  });
});
