import type { WebPreferences } from 'electron';

/** Electron's security checklist, as the window is created with it. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
} as const satisfies WebPreferences;

/** The UI is served by Spoor's own protocol, never from file:// or the network. */
export const APP_SCHEME = 'spoor';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** True for a URL of the app's own pages (Node's URL gives custom schemes an opaque origin, so compare parts). */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Links the person may open in their own browser, after confirming: http and https only. */
export function isSafeExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/**
 * Downloads the app may start: exports it made itself (a blob: URL of the
 * app's own origin) and the originals it serves. A download any other page or
 * URL starts is cancelled.
 */
export function isAppDownload(raw: string): boolean {
  if (raw.startsWith('blob:')) return isAppUrl(raw.slice('blob:'.length));
  return isAppUrl(raw) && /^\/originals\/[0-9a-f]{64}$/.test(new URL(raw).pathname);
}
