import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CaseService } from '../../../electron/core/service/case-service';
import { fixturePaths } from '../../../fixtures/generate';
import { tempDir } from '../helpers';
import { startTestHost } from '../test-host';
import { createFakeElectron } from './fake-electron';

const fake = createFakeElectron();
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The originals route serves the bytes of documents of the OPEN case only:
 * not a file someone put in originals/, not a document of another case, no
 * path, no other name, and (in the headless host) nothing without the token
 * or to another origin.
 */
async function twoCases() {
  const dir = await tempDir();
  const pdf = fixturePaths().samplePdf;
  const other = new CaseService({ casesDir: dir });
  await other.createCase('Andere zaak');
  const notes = fixturePaths().notesTxt;
  await other.importFiles([{ path: notes, name: 'notitie.txt', origin: notes }]);
  await other.dispose();
  const service = new CaseService({ casesDir: dir });
  const root = (await service.createCase('Zaak')).path;
  await service.importFiles([{ path: pdf, name: 'rapport.pdf', origin: pdf }]);
  const inCase = sha256(await fs.readFile(pdf));
  // A file lying in originals/ under a SHA-256 name that no document of the case has.
  const stray = Buffer.from('%PDF-1.4 niet van deze zaak');
  const straySha = sha256(stray);
  await fs.mkdir(path.join(root, 'originals', straySha.slice(0, 2)), { recursive: true });
  await fs.writeFile(path.join(root, 'originals', straySha.slice(0, 2), `${straySha}.pdf`), stray);
  return { service, root, inCase, straySha, otherCaseSha: sha256(await fs.readFile(notes)) };
}

/** Paths that must never serve anything, given a case whose document has `sha`. */
function hostileNames(sha: string, straySha: string, otherCaseSha: string): string[] {
  return [
    straySha,
    otherCaseSha,
    '0'.repeat(64),
    sha.toUpperCase(),
    sha.slice(0, 63),
    `${sha}0`,
    `${sha}.pdf`,
    `${sha}/`,
    `${sha}%00`,
    '..%2f..%2fcase.json',
    '%2e%2e/%2e%2e/case.json',
    '../../case.json',
    `..%2f${sha.slice(0, 2)}%2f${sha}.pdf`,
    'documents.json',
    '',
  ];
}

describe('spoor://app/originals/<sha256> in the desktop app', () => {
  it('serves a document of the open case, streamed, and nothing else', async () => {
    const { serveRenderer } = await import('../../../electron/main/protocol');
    const { service, inCase, straySha, otherCaseSha, root } = await twoCases();
    try {
      serveRenderer('/nonexistent-renderer', service);
      const handler = fake.electron.protocol.handle.mock.calls.at(-1)?.[1] as (request: Request) => Promise<Response>;
      const served = await handler(new Request(`spoor://app/originals/${inCase}`));
      expect(served.status).toBe(200);
      expect(served.headers.get('content-disposition')).toBe('attachment');
      expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
      expect(sha256(new Uint8Array(await served.arrayBuffer()))).toBe(inCase);

      for (const name of hostileNames(inCase, straySha, otherCaseSha)) {
        expect((await handler(new Request(`spoor://app/originals/${name}`))).status, name).toBe(404);
      }
      expect((await handler(new Request(`spoor://app/originals/${inCase}`, { method: 'POST', body: 'x' }))).status).toBe(404);
      expect((await handler(new Request(`spoor://andere/originals/${inCase}`))).status).toBe(404);

      // The document's original gone from disk: not found, no crash.
      const original = path.join(root, 'originals', inCase.slice(0, 2), `${inCase}.pdf`);
      const bytes = await fs.readFile(original);
      await fs.rm(original);
      expect((await handler(new Request(`spoor://app/originals/${inCase}`))).status).toBe(404);
      await fs.writeFile(original, bytes);

      await service.closeCase();
      expect((await handler(new Request(`spoor://app/originals/${inCase}`))).status).toBe(404);
    } finally {
      await service.dispose();
    }
  });
});

describe('/api/originals/<sha256> in the headless host', () => {
  it('serves a document of the open case with the token only, and nothing else', async () => {
    const { running, dataDir, auth, call, upload } = await startTestHost();

    // The other case, then this one with its document and a stray file in originals/.
    const other = await call('case:create', { name: 'Andere' });
    const notes = await fs.readFile(fixturePaths().notesTxt);
    await call('documents:import', { files: [await upload('notitie.txt', notes)] });
    await call('case:create', { name: 'Zaak' });
    const pdf = await fs.readFile(fixturePaths().samplePdf);
    await call('documents:import', { files: [await upload('rapport.pdf', pdf)] });
    const inCase = sha256(pdf);
    const root = path.join(dataDir, 'cases', 'Zaak.spoor');
    const stray = Buffer.from('%PDF-1.4 niet van deze zaak');
    await fs.mkdir(path.join(root, 'originals', sha256(stray).slice(0, 2)), { recursive: true });
    await fs.writeFile(path.join(root, 'originals', sha256(stray).slice(0, 2), `${sha256(stray)}.pdf`), stray);
    expect(other.ok).toBe(true);

    const url = `${running.origin}/api/originals/${inCase}`;
    const served = await fetch(url, { headers: auth });
    expect(served.status).toBe(200);
    expect(sha256(new Uint8Array(await served.arrayBuffer()))).toBe(inCase);

    for (const name of hostileNames(inCase, sha256(stray), sha256(notes))) {
      expect((await fetch(`${running.origin}/api/originals/${name}`, { headers: auth })).status, name).not.toBe(200);
    }
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { Authorization: 'Bearer verkeerd' } })).status).toBe(401);
    expect((await fetch(`${url}?token=${running.token}`)).status).toBe(401);
    expect((await fetch(url, { headers: { ...auth, Origin: 'https://evil.example' } })).status).toBe(403);
    expect((await fetch(url, { headers: { ...auth, Origin: 'null' } })).status).toBe(403);
    expect((await fetch(url, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(404);
    // Not under the UI's static files either.
    expect((await fetch(`${running.origin}/originals/${inCase}`)).status).toBe(404);
  });
});
