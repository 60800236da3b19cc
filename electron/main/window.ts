import { BrowserWindow } from 'electron';
import { APP_ORIGIN, SECURE_WEB_PREFERENCES } from './web-preferences';

export function createMainWindow(preload: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Spoor',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
