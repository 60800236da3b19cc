import { app, dialog, session, shell, type WebContents } from 'electron';
import { isAppDownload, isAppUrl, isSafeExternalUrl } from './web-preferences';

async function confirmExternal(contents: WebContents, url: string): Promise<void> {
  if (!isSafeExternalUrl(url)) return;
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: ['Annuleren / Cancel', 'Openen / Open'],
    defaultId: 0,
    cancelId: 0,
    message: 'Deze link openen in uw browser? / Open this link in your browser?',
    detail: url,
  });
  if (response === 1 && !contents.isDestroyed()) await shell.openExternal(url);
}

/**
 * Applied to every web contents Electron creates: no navigation away from
 * the app, no new windows (http(s) links go to the person's browser after a
 * confirmation), no <webview>.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void confirmExternal(contents, url);
    return { action: 'deny' };
  });
}

/**
 * Denies every permission (camera, notifications, geolocation, …): Spoor
 * needs none. Lets through only the downloads the app itself offers (its
 * exports, as blob: URLs of its own origin); the person picks where they go.
 */
export function hardenSession(target = session.defaultSession): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
  target.on('will-download', (event, item) => {
    if (!isAppDownload(item.getURL())) event.preventDefault();
  });
}

export function setupSecurity(): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
