/**
 * The bridge between the sandboxed renderer and main. It exposes
 * window.spoor: one named function per contract call, built from the
 * contract itself, plus `on` for events. Never ipcRenderer itself.
 * Beside it, window.spoorDroppedFiles: the only way dropped files reach main.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { buildRawApi, type RawApi } from '../../shared/contract/api';
import { DROPPED_FILES_CHANNEL } from '../../shared/contract/dropped-files';
import { success } from '../../shared/contract/envelope';
import { EVENT_CHANNEL, isEventName, type EventMessage } from '../../shared/contract/events';

const api: RawApi = buildRawApi({
  invoke: (channel, input) => ipcRenderer.invoke(channel, input),
  subscribe: (listener) => {
    const handler = (_event: IpcRendererEvent, message: EventMessage) => {
      if (isEventName(message?.event)) listener(message);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
});

/** The path Electron knows for a dropped or picked file; '' for anything else (a File made by script, a string). */
function pathOf(file: unknown): string {
  if (typeof file !== 'object' || file === null) return '';
  try {
    return webUtils.getPathForFile(file as File);
  } catch {
    return '';
  }
}

/** Takes File objects only, never paths: the page cannot name a file for main to read. */
async function grantDroppedFiles(files: unknown): Promise<unknown> {
  const paths = (Array.isArray(files) ? files : []).map(pathOf).filter((path) => path !== '');
  return paths.length === 0 ? success([]) : ipcRenderer.invoke(DROPPED_FILES_CHANNEL, paths);
}

contextBridge.exposeInMainWorld('spoor', api);
contextBridge.exposeInMainWorld('spoorDroppedFiles', grantDroppedFiles);
