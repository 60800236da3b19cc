import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../electron/tools/electron-binary';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const binary = findElectronBinary();
const SKIP_REASON =
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1 or offline); this suite runs where `npx install-electron` has fetched it.';
if (binary === undefined) console.warn(`[electron.spec] skipped: ${SKIP_REASON}`);

test.describe('the desktop app (real Electron)', () => {
  test.skip(binary === undefined, SKIP_REASON);

  test('starts with the secure window and shows the start screen in Dutch', async () => {
    const app = await electron.launch({ executablePath: binary, args: [projectRoot] });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('heading', { name: 'Nieuwe zaak' })).toBeVisible();
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => typeof (window as unknown as { spoor?: { case?: unknown } }).spoor?.case)).toBe('object');
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const web = BrowserWindow.getAllWindows()[0]?.webContents;
        return web ? { url: web.getURL() } : undefined;
      });
      expect(prefs?.url).toBe('spoor://app/index.html');
    } finally {
      await app.close();
    }
  });
});
