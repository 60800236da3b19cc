import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/contract';
import { DROPPED_FILES_CHANNEL } from '../../../shared/contract/dropped-files';
import { FakeBrowserWindow, FakeWebContents, createFakeElectron } from './fake-electron';

const fake = createFakeElectron();

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));
vi.mock('electron-store', () => import('./fake-electron-store'));

const trustedFrame = { url: 'spoor://app/index.html', parent: null };

describe('electron/main against a fake electron module', () => {
  beforeAll(async () => {
    const { startApp } = await import('../../../electron/main/app');
    await startApp();
  });

  it('enables the sandbox for every renderer and registers the app scheme as secure', () => {
    expect(fake.electron.app.enableSandbox).toHaveBeenCalled();
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'spoor', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.electron.protocol.handle).toHaveBeenCalledWith('spoor', expect.any(Function));
  });

  it('registers exactly one ipcMain handler per contract channel, and the drop channel', () => {
    expect([...fake.handlers.keys()].sort()).toEqual([...CHANNELS, DROPPED_FILES_CHANNEL].sort());
  });

  it('grants the files chosen in the open dialog and the files dropped on the window alike', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'spoor-chosen-'));
    const file = path.join(dir, 'verslag.txt');
    await fs.writeFile(file, 'Verslag van het verhoor');
    try {
      fake.electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
      const chosen = await fake.handlers.get('files:choose')!({ senderFrame: trustedFrame }, {});
      const dropped = await fake.handlers.get(DROPPED_FILES_CHANNEL)!({ senderFrame: trustedFrame }, [dir]);
      for (const answer of [chosen, dropped]) {
        expect(answer).toMatchObject({ ok: true, value: [{ id: expect.any(String), name: 'verslag.txt', size: 23 }] });
      }
      const refused = await fake.handlers.get(DROPPED_FILES_CHANNEL)!({ senderFrame: { url: 'https://evil.example/', parent: null } }, [dir]);
      expect(refused).toMatchObject({ ok: false, error: { code: 'contract.unknownChannel' } });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('creates the window with the secure webPreferences and loads the app protocol', () => {
    const window = FakeBrowserWindow.created[0]!;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/opt/spoor/dist/electron/preload.cjs',
    });
    expect(window.loadedUrl).toBe('spoor://app/index.html');
  });

  it('answers a trusted frame, parsing its input', async () => {
    const handler = fake.handlers.get('case:create')!;
    const answer = await handler({ senderFrame: trustedFrame }, { name: 42 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'contract.invalidInput' } });
    const info = await fake.handlers.get('app:info')!({ senderFrame: trustedFrame }, {});
    expect(info).toMatchObject({ ok: true, value: { platform: 'electron' } });
  });

  it.each([
    ['a missing frame', undefined],
    ['a foreign page', { url: 'https://evil.example/', parent: null }],
    ['a file:// page', { url: 'file:///tmp/x.html', parent: null }],
    ['a subframe of the app', { url: 'spoor://app/index.html', parent: trustedFrame }],
  ])('refuses a call from %s', async (_label, senderFrame) => {
    const answer = await fake.handlers.get('app:info')!({ senderFrame }, {});
    expect(answer).toMatchObject({ ok: false });
  });

  it('denies every permission request and check', () => {
    const callback = vi.fn();
    fake.session.permissionRequestHandler?.(undefined, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.session.permissionCheckHandler?.()).toBe(false);
  });

  it('blocks navigation away from the app, new windows and webviews', () => {
    const contents = new FakeWebContents();
    fake.electron.app.emit('web-contents-created', {}, contents);

    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      contents.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://example.org/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('spoor://app/index.html')).toBe(false);

    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });

    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});
