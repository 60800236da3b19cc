import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/contract';
import { EVENT_CHANNEL } from '../../../shared/contract/events';

const exposed: Record<string, unknown> = {};
const ipcRenderer = { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() };
const electron = {
  contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => (exposed[key] = api)) },
  ipcRenderer,
};
vi.mock('electron', () => ({ ...electron, default: electron }));

/** Checklist item 20: no Electron API reaches the page; only named contract calls do. */
describe('the preload bridge', () => {
  it('exposes window.spoor only: one function per contract call and `on`, never ipcRenderer', async () => {
    await import('../../../electron/preload/index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(exposed)).toEqual(['spoor']);
    const api = exposed['spoor'] as Record<string, Record<string, unknown>>;
    const areas = new Set(CHANNELS.map((channel) => channel.split(':')[0]));
    expect(Object.keys(api).sort()).toEqual([...areas, 'on'].sort());
    for (const channel of CHANNELS) {
      const [area, verb] = channel.split(':') as [string, string];
      expect(typeof api[area]?.[verb], channel).toBe('function');
    }
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|invoke|send|require|process/i);
  });

  it('sends each call on its own contract channel, and listens only on the event channel', async () => {
    const api = exposed['spoor'] as { case: { verify: (input: unknown) => Promise<unknown> }; on: (event: string, listener: () => void) => () => void };
    await api.case.verify({ full: true });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('case:verify', { full: true });
    api.on('verify:progress', () => undefined);
    expect(ipcRenderer.on).toHaveBeenCalledWith(EVENT_CHANNEL, expect.any(Function));
  });
});
