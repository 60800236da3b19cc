import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/contract';
import { DROPPED_FILES_CHANNEL } from '../../../shared/contract/dropped-files';
import { EVENT_CHANNEL } from '../../../shared/contract/events';

const exposed: Record<string, unknown> = {};
const ipcRenderer = { invoke: vi.fn(async (_channel: string, _input: unknown): Promise<{ ok: true; value: unknown }> => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() };
/** Paths Electron knows for dropped files; like Electron, '' for a File made by script, and a TypeError for anything not a File. */
const droppedPaths = new Map<File, string>();
const webUtils = {
  getPathForFile: vi.fn((file: unknown) => {
    if (!(file instanceof File)) throw new TypeError('Expected a File');
    return droppedPaths.get(file) ?? '';
  }),
};
const electron = {
  contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => (exposed[key] = api)) },
  ipcRenderer,
  webUtils,
};
vi.mock('electron', () => ({ ...electron, default: electron }));

type GrantDroppedFiles = (files: unknown) => Promise<unknown>;

/** Checklist item 20: no Electron API reaches the page; only named contract calls and the drop function do. */
describe('the preload bridge', () => {
  it('exposes window.spoor (one function per contract call and `on`) and window.spoorDroppedFiles, never ipcRenderer', async () => {
    await import('../../../electron/preload/index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(2);
    expect(Object.keys(exposed).sort()).toEqual(['spoor', 'spoorDroppedFiles']);
    expect(typeof exposed['spoorDroppedFiles']).toBe('function');
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

  it('turns dropped Files into their paths with webUtils, inside the preload, and sends them on the one drop channel', async () => {
    const report = new File(['%PDF-1.7'], 'rapport.pdf');
    const folder = new File([], 'Woo-besluit');
    droppedPaths.set(report, '/home/analist/Downloads/rapport.pdf');
    droppedPaths.set(folder, '/home/analist/Downloads/Woo-besluit');
    ipcRenderer.invoke.mockClear();
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: [{ id: 'ref', name: 'rapport.pdf', size: 8 }] });
    const answer = await (exposed['spoorDroppedFiles'] as GrantDroppedFiles)([report, folder]);
    expect(webUtils.getPathForFile).toHaveBeenCalledWith(report);
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(DROPPED_FILES_CHANNEL, ['/home/analist/Downloads/rapport.pdf', '/home/analist/Downloads/Woo-besluit']);
    expect(answer).toEqual({ ok: true, value: [{ id: 'ref', name: 'rapport.pdf', size: 8 }] });
  });

  it('leaves out Files without a path (made by script), and sends nothing when none is left', async () => {
    const dropped = new File(['tekst'], 'notitie.txt');
    droppedPaths.set(dropped, '/home/analist/notitie.txt');
    const madeByScript = new File(['x'], 'nep.pdf');
    ipcRenderer.invoke.mockClear();
    await (exposed['spoorDroppedFiles'] as GrantDroppedFiles)([madeByScript, dropped]);
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(DROPPED_FILES_CHANNEL, ['/home/analist/notitie.txt']);

    ipcRenderer.invoke.mockClear();
    expect(await (exposed['spoorDroppedFiles'] as GrantDroppedFiles)([madeByScript])).toEqual({ ok: true, value: [] });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('item 20: cannot be handed a path — strings, path-like objects and non-arrays never reach main', async () => {
    ipcRenderer.invoke.mockClear();
    const grant = exposed['spoorDroppedFiles'] as GrantDroppedFiles;
    for (const input of ['/etc/passwd', ['/etc/passwd'], [{ path: '/etc/passwd', name: 'passwd' }], [new String('/etc/passwd')], { 0: '/etc/passwd', length: 1 }, null, undefined]) {
      expect(await grant(input), JSON.stringify(input)).toEqual({ ok: true, value: [] });
    }
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});
