import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DROPPED_FILES_CHANNEL, MAX_DROPPED_ITEMS } from '../../../shared/contract/dropped-files';
import type { FileRef } from '../../../shared/model/import';
import { FileGrants } from '../../../electron/core/file-grants';
import type { ImportSource } from '../../../electron/core/import/importer';
import type { CaseService } from '../../../electron/core/service/case-service';
import { documentHandlers } from '../../../electron/core/service/handlers/documents';
import type { SettingsPort } from '../../../electron/core/settings';
import { bindDroppedFiles } from '../../../electron/main/dropped-files';

type Handler = (event: unknown, input: unknown) => Promise<{ ok: boolean; value?: FileRef[]; error?: { code: string } }>;

const trustedFrame = { url: 'spoor://app/index.html', parent: null };
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'spoor-drop-'));
let grants: FileGrants;
let handler: Handler;

beforeAll(async () => {
  await fs.mkdir(path.join(dir, 'Woo-besluit', 'bijlagen'), { recursive: true });
  await fs.mkdir(path.join(dir, 'Woo-besluit', '.verborgen'));
  await fs.writeFile(path.join(dir, 'rapport.txt'), 'Eindrapport');
  await fs.writeFile(path.join(dir, 'Woo-besluit', 'besluit.txt'), 'Besluit op uw Woo-verzoek');
  await fs.writeFile(path.join(dir, 'Woo-besluit', 'bijlagen', 'b1.txt'), 'Bijlage 1');
  await fs.writeFile(path.join(dir, 'Woo-besluit', 'bijlagen', 'a0.txt'), 'Bijlage 0');
  await fs.writeFile(path.join(dir, 'Woo-besluit', '.DS_Store'), 'x');
  await fs.writeFile(path.join(dir, 'Woo-besluit', '.verborgen', 'geheim.txt'), 'x');

  grants = new FileGrants();
  const handlers = new Map<string, Handler>();
  bindDroppedFiles({ handle: (channel: string, listener: unknown) => void handlers.set(channel, listener as Handler) } as never, grants);
  expect([...handlers.keys()]).toEqual([DROPPED_FILES_CHANNEL]);
  handler = handlers.get(DROPPED_FILES_CHANNEL)!;
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('files and folders dropped on the Electron window', () => {
  it.each([
    ['a missing frame', undefined],
    ['a foreign page', { url: 'https://evil.example/', parent: null }],
    ['a subframe of the app', { url: 'spoor://app/index.html', parent: trustedFrame }],
  ])('are refused from %s, and nothing is granted', async (_label, senderFrame) => {
    const take = vi.spyOn(grants, 'addPaths');
    const answer = await handler({ senderFrame }, [path.join(dir, 'rapport.txt')]);
    expect(answer).toMatchObject({ ok: false, error: { code: 'contract.unknownChannel' } });
    expect(take).not.toHaveBeenCalled();
    take.mockRestore();
  });

  it.each([
    ['a bare string', path.join(dir, 'rapport.txt')],
    ['a relative path', ['rapport.txt']],
    ['an empty path', ['']],
    ['no paths', []],
    ['a number', [42]],
    ['objects', [{ path: path.join(dir, 'rapport.txt') }]],
    ['too many items', Array.from({ length: MAX_DROPPED_ITEMS + 1 }, (_, index) => path.join(dir, `${index}.txt`))],
  ])('refuses %s as input', async (_label, input) => {
    const take = vi.spyOn(grants, 'addPaths');
    const answer = await handler({ senderFrame: trustedFrame }, input);
    expect(answer).toMatchObject({ ok: false, error: { code: 'contract.invalidInput' } });
    expect(take).not.toHaveBeenCalled();
    take.mockRestore();
  });

  it('grants the dropped files, walks dropped folders (name order, hidden entries skipped), and documents:import imports exactly those paths', async () => {
    const answer = await handler({ senderFrame: trustedFrame }, [path.join(dir, 'rapport.txt'), path.join(dir, 'Woo-besluit')]);
    expect(answer.ok).toBe(true);
    const refs = answer.value!;
    expect(refs.map((ref) => [ref.name, ref.size])).toEqual([
      ['rapport.txt', 11],
      ['besluit.txt', 25],
      ['a0.txt', 9],
      ['b1.txt', 9],
    ]);
    // The page gets opaque ids, never the paths.
    expect(JSON.stringify(refs)).not.toContain(dir);

    const imported: ImportSource[][] = [];
    const service = {
      importFiles: vi.fn(async (sources: readonly ImportSource[]) => {
        imported.push([...sources]);
        return { batchId: 'batch', results: [] };
      }),
    } as unknown as CaseService;
    const importCall = documentHandlers({ service, grants, settings: {} as SettingsPort })['documents:import'];
    expect(await importCall({ files: refs.map((ref) => ref.id) })).toEqual({ batchId: 'batch', results: [] });
    expect(imported[0]!.map((source) => source.path)).toEqual([
      path.join(dir, 'rapport.txt'),
      path.join(dir, 'Woo-besluit', 'besluit.txt'),
      path.join(dir, 'Woo-besluit', 'bijlagen', 'a0.txt'),
      path.join(dir, 'Woo-besluit', 'bijlagen', 'b1.txt'),
    ]);
    expect(imported[0]![0]).toMatchObject({ name: 'rapport.txt', origin: path.join(dir, 'rapport.txt') });
    // Each grant is used once: the same refs cannot import again.
    await expect(importCall({ files: [refs[0]!.id] })).rejects.toMatchObject({ code: 'files.unknownRef' });
  });
});
