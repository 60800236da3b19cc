import { electronPlatform } from './electron';
import { hostPlatform, takeHostToken } from './host';
import type { Platform } from './platform';

export type { Platform };

/** Electron's preload sets window.spoor; otherwise we are in a browser talking to the headless host. */
export function detectPlatform(): Platform | undefined {
  if (window.spoor) return electronPlatform(window.spoor, window.spoorDroppedFiles);
  const token = takeHostToken();
  return token ? hostPlatform(token) : undefined;
}
