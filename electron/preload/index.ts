/**
 * The bridge between the sandboxed renderer and main. It exposes
 * window.spoor: one named function per contract call, built from the
 * contract itself, plus `on` for events. Never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildRawApi, type RawApi } from '../../shared/contract/api';
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

contextBridge.exposeInMainWorld('spoor', api);
