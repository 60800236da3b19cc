import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL } from '../../../shared/contract/events';
import { FakeBrowserWindow, createFakeElectron } from './fake-electron';

const fake = createFakeElectron();

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));
vi.mock('electron-store', () => import('./fake-electron-store'));

const trustedFrame = { url: 'spoor://app/index.html', parent: null };
/** What the tests read of Electron's MenuItemConstructorOptions. */
interface Item {
  label?: string;
  role?: string;
  type?: string;
  submenu?: Item[];
  click?: () => void;
}

function submenu(template: readonly Item[], label: string): Item[] {
  const menu = template.find((item) => item.label === label);
  if (!menu) throw new Error(`no menu ${label} in ${template.map((item) => item.label).join(', ')}`);
  return menu.submenu ?? [];
}

function item(items: readonly Item[], label: string): Item {
  const found = items.find((entry) => entry.label === label);
  if (!found) throw new Error(`no item ${label}`);
  return found;
}

function click(entry: Item): void {
  entry.click?.();
}

describe('the menu template', () => {
  it('has File, Edit, View and Help in Dutch, with the tabs, zoom and the app’s commands', async () => {
    const { menuTemplate } = await import('../../../electron/main/menu');
    const send = vi.fn();
    const template = menuTemplate({ language: 'nl', packaged: false, mac: false, send }) as Item[];
    expect(template.map((menu) => menu.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);

    const file = submenu(template, 'Bestand');
    expect(file.filter((entry) => entry.type !== 'separator').map((entry) => entry.label)).toEqual(['Nieuwe zaak', 'Zaak openen…', 'Importeren…', 'Zaak sluiten', 'Afsluiten']);
    expect(item(file, 'Afsluiten').role).toBe('quit');
    expect(submenu(template, 'Bewerken').flatMap((entry) => (entry.role ? [entry.role] : []))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);

    const view = submenu(template, 'Beeld');
    expect(view.flatMap((entry) => (entry.role ? [entry.role] : []))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'toggleDevTools']);
    expect(view.map((entry) => entry.label)).toEqual(expect.arrayContaining(['Opdrachtenpalet', 'Documenten', 'Zoeken', 'Chronologie', 'Integriteit']));
    expect(item(submenu(template, 'Help'), 'Over Spoor').role).toBe('about');

    click(item(file, 'Importeren…'));
    click(item(view, 'Chronologie'));
    click(item(view, 'Opdrachtenpalet'));
    click(item(submenu(template, 'Help'), 'Sneltoetsen'));
    expect(send.mock.calls).toEqual([['documents.import'], ['view.chronology'], ['palette.open'], ['help.shortcuts']]);
  });

  it('speaks English when the analyst does, has no developer tools when packaged, and starts with the app menu on a Mac', async () => {
    const { menuTemplate } = await import('../../../electron/main/menu');
    const template = menuTemplate({ language: 'en', packaged: true, mac: true, send: vi.fn() }) as Item[];
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual(['appMenu', 'File', 'Edit', 'View', 'Help']);
    expect(submenu(template, 'File').map((entry) => entry.label)).not.toContain('Quit');
    expect(submenu(template, 'View').map((entry) => entry.role)).not.toContain('toggleDevTools');
    expect(item(submenu(template, 'Help'), 'About Spoor').role).toBe('about');
  });
});

describe('the menu in the app', () => {
  beforeAll(async () => {
    const { startApp } = await import('../../../electron/main/app');
    await startApp();
  });

  const lastTemplate = () => fake.electron.Menu.setApplicationMenu.mock.lastCall?.[0] as Item[];

  it('replaces the default menu, and a chosen item reaches the renderer as a menu:command event', () => {
    const window = FakeBrowserWindow.created[0]!;
    click(item(submenu(lastTemplate(), 'Bestand'), 'Nieuwe zaak'));
    expect(window.webContents.sent.at(-1)).toEqual([EVENT_CHANNEL, { event: 'menu:command', payload: { command: 'case.new' } }]);
  });

  it('follows the language the analyst chooses in the settings', async () => {
    const update = fake.handlers.get('settings:update')!;
    expect(await update({ senderFrame: trustedFrame }, { language: 'en' })).toMatchObject({ ok: true });
    expect(lastTemplate().map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });
});
