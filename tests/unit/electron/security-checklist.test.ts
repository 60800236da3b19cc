import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/contract';
import { DROPPED_FILES_CHANNEL } from '../../../shared/contract/dropped-files';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import { FakeBrowserWindow, FakeWebContents, createFakeElectron } from './fake-electron';

/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security),
 * one test per item, against electron/main loaded with a fake electron module.
 */
const fake = createFakeElectron();
const appDir = await fs.mkdtemp(path.join(os.tmpdir(), 'spoor-app-'));
fake.electron.app.getAppPath.mockReturnValue(appDir);

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));
vi.mock('electron-store', () => import('./fake-electron-store'));

type ProtocolHandler = (request: Request) => Promise<Response>;
let window: FakeBrowserWindow;
let serve: ProtocolHandler;
const contents = new FakeWebContents();

beforeAll(async () => {
  await fs.mkdir(path.join(appDir, 'dist', 'renderer'), { recursive: true });
  await fs.writeFile(path.join(appDir, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Spoor</title>');
  await fs.writeFile(path.join(appDir, 'secret.txt'), 'not for the renderer');
  const { startApp } = await import('../../../electron/main/app');
  await startApp();
  window = FakeBrowserWindow.created.at(-1)!;
  serve = fake.electron.protocol.handle.mock.calls[0]![1] as ProtocolHandler;
  fake.electron.app.emit('web-contents-created', {}, contents);
});

afterAll(() => fs.rm(appDir, { recursive: true, force: true }));

const prefs = () => window.options.webPreferences;

describe("Electron's security checklist", () => {
  it('1. only loads secure, local content: the app protocol serves the built UI and nothing outside it', async () => {
    expect(window.loadedUrl).toBe('spoor://app/index.html');
    expect((await serve(new Request('spoor://app/index.html'))).status).toBe(200);
    for (const url of ['spoor://app/../secret.txt', 'spoor://app/%2e%2e/secret.txt', 'spoor://elders/index.html']) {
      expect((await serve(new Request(url))).status, url).toBe(404);
    }
  });

  it('2. does not enable Node.js integration for web content', () => {
    expect(prefs()).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('3. enables context isolation', () => {
    expect(prefs()['contextIsolation']).toBe(true);
  });

  it('4. enables process sandboxing, for every renderer', () => {
    expect(prefs()['sandbox']).toBe(true);
    expect(fake.electron.app.enableSandbox).toHaveBeenCalled();
  });

  it('5. denies every permission request, check and device request', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen']) {
      const callback = vi.fn();
      fake.session.permissionRequestHandler?.(undefined, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
    expect(fake.session.permissionCheckHandler?.()).toBe(false);
    const device = fake.session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    expect(device()).toBe(false);
  });

  it('6. does not disable webSecurity', () => {
    expect(prefs()['webSecurity']).toBe(true);
  });

  it('7. sends a Content-Security-Policy with every response: no inline script, no eval, nothing from the network', async () => {
    const response = await serve(new Request('spoor://app/index.html'));
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await serve(new Request('spoor://app/missing.js'))).headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe|https?:|\*/);
  });

  it('8. does not allow insecure content to run', () => {
    expect(prefs()['allowRunningInsecureContent']).toBe(false);
  });

  it('9. does not enable experimental features', () => {
    expect(prefs()['experimentalFeatures']).toBe(false);
  });

  it('10. does not use enableBlinkFeatures', () => {
    expect(prefs()).not.toHaveProperty('enableBlinkFeatures');
  });

  it('11–12. refuses <webview>: the tag is off and any attach is prevented', () => {
    expect(prefs()['webviewTag']).toBe(false);
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('13. blocks navigation and redirects away from the app', () => {
    for (const [event, url, blocked] of [
      ['will-navigate', 'https://example.org/', true],
      ['will-navigate', 'file:///etc/passwd', true],
      ['will-navigate', 'spoor://elders/index.html', true],
      ['will-navigate', 'spoor://app/index.html', false],
      ['will-redirect', 'http://127.0.0.1:8080/', true],
    ] as const) {
      const navigation = { preventDefault: vi.fn() };
      contents.emit(event, navigation, url);
      expect(navigation.preventDefault.mock.calls.length > 0, `${event} ${url}`).toBe(blocked);
    }
  });

  it('14. denies every new window', () => {
    for (const url of ['https://example.org/', 'spoor://app/index.html', 'about:blank', 'javascript:alert(1)']) {
      expect(contents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' });
    }
  });

  it('15. opens links with shell.openExternal only for http(s), and only after the person confirms', async () => {
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    fake.electron.shell.openExternal.mockClear();
    fake.electron.dialog.showMessageBox.mockClear();

    fake.electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    contents.windowOpenHandler?.({ url: 'https://www.tweedekamer.nl/' });
    await settle();
    expect(fake.electron.shell.openExternal).not.toHaveBeenCalled();

    fake.electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    contents.windowOpenHandler?.({ url: 'https://www.tweedekamer.nl/' });
    await settle();
    expect(fake.electron.shell.openExternal).toHaveBeenCalledWith('https://www.tweedekamer.nl/');

    fake.electron.dialog.showMessageBox.mockClear();
    fake.electron.shell.openExternal.mockClear();
    for (const url of ['file:///etc/passwd', 'smb://server/share', 'javascript:alert(1)', 'ms-msdt:/id', 'https://user:pw@example.org/']) {
      contents.windowOpenHandler?.({ url });
    }
    await settle();
    expect(fake.electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(fake.electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('5b. lets through only the downloads the app offers itself (its exports, its originals)', () => {
    const sha = 'a'.repeat(64);
    for (const [url, allowed] of [
      ['blob:spoor://app/5f0c2d1e-8b7a-4c3d-9e2f-1a2b3c4d5e6f', true],
      [`spoor://app/originals/${sha}`, true],
      ['blob:https://evil.example/5f0c2d1e', false],
      ['https://evil.example/update.exe', false],
      ['http://127.0.0.1:47913/payload', false],
      ['file:///etc/passwd', false],
      ['data:application/octet-stream;base64,TVqQAAMAAAAEAAAA', false],
      ['spoor://app/index.html', false],
      [`spoor://elders/originals/${sha}`, false],
    ] as const) {
      const event = { preventDefault: vi.fn() };
      fake.session.emit('will-download', event, { getURL: () => url }, contents);
      expect(event.preventDefault.mock.calls.length === 0, url).toBe(allowed);
    }
  });

  it('16. uses a current Electron', async () => {
    const { version } = JSON.parse(await fs.readFile(path.resolve('node_modules/electron/package.json'), 'utf8')) as { version: string };
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(40);
  });

  it('17. validates the sender of every IPC message and parses every input', async () => {
    const handler = fake.handlers.get('case:open')!;
    const refused = await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, { path: '/tmp' });
    expect(refused).toMatchObject({ ok: false });
    const invalid = await handler({ senderFrame: { url: 'spoor://app/index.html', parent: null } }, { path: '/tmp', takeOver: 'yes', extra: 1 });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'contract.invalidInput' } });
  });

  it('17b. validates the sender and the input of every channel of the contract, old and new, and of the drop channel', async () => {
    expect([...fake.handlers.keys()].sort()).toEqual([...CHANNELS, DROPPED_FILES_CHANNEL].sort());
    for (const channel of [...CHANNELS, DROPPED_FILES_CHANNEL]) {
      const handler = fake.handlers.get(channel)!;
      for (const senderFrame of [{ url: 'https://evil.example/', parent: null }, { url: 'spoor://app/index.html', parent: {} }, null]) {
        expect(await handler({ senderFrame }, {}), `${channel} from ${JSON.stringify(senderFrame)}`).toMatchObject({ ok: false, error: { code: 'contract.unknownChannel' } });
      }
      // Every input is a strict object: a field the contract does not know is refused before any handler runs.
      const extra = await handler({ senderFrame: { url: 'spoor://app/index.html', parent: null } }, { onbekendVeld: 1 });
      expect(extra, channel).toMatchObject({ ok: false, error: { code: 'contract.invalidInput' } });
    }
  });

  it('18. does not use file://: the UI comes from a privileged custom scheme', () => {
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'spoor', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(window.loadedUrl?.startsWith('file:')).toBe(false);
  });
});
