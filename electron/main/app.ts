import path from 'node:path';
import { app, ipcMain } from 'electron';
import { EVENT_CHANNEL, type EventMessage } from '../../shared/contract/events';
import { createDispatcher } from '../../shared/contract/dispatch';
import { FileGrants } from '../core/file-grants';
import { CaseService } from '../core/service/case-service';
import { auditAnalyst, type SettingsPort } from '../core/settings';
import { createCoreHandlers } from '../core/service/handlers/index';
import { createElectronHandlers } from './dialogs';
import { bindDroppedFiles } from './dropped-files';
import { bindContract } from './ipc';
import { setupMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenSession, setupSecurity } from './security';
import { ElectronSettings } from './settings-store';
import { createMainWindow } from './window';

/**
 * The Electron app, kept thin: security setup, the app protocol, one window,
 * and the contract bound to the same CaseService the host and CLI use.
 */
export async function startApp(): Promise<void> {
  setupSecurity();
  registerAppScheme();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();

  hardenSession();
  const root = app.getAppPath();

  // Handlers and events refer to the window lazily: it is created once the contract is bound.
  const send = (message: EventMessage) => {
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, message);
  };
  const store = new ElectronSettings();
  const refreshMenu = setupMenu({
    language: () => store.get().language,
    packaged: app.isPackaged,
    mac: process.platform === 'darwin',
    send: (command) => send({ event: 'menu:command', payload: { command } }),
  });
  // The menu speaks the analyst's language: set it again when the settings change.
  const settings: SettingsPort = {
    get: () => store.get(),
    update: async (patch) => {
      const next = await store.update(patch);
      refreshMenu();
      return next;
    },
  };
  const grants = new FileGrants();
  const service = new CaseService({
    casesDir: path.join(app.getPath('documents'), 'Spoor'),
    onImportProgress: (payload) => send({ event: 'import:progress', payload }),
    onVerifyProgress: (payload) => send({ event: 'verify:progress', payload }),
    analyst: () => auditAnalyst(settings.get().analystName),
    chosenCasesDir: () => settings.get().casesDir,
    ocr: () => settings.get().ocr,
    holder: 'Spoor',
  });
  serveRenderer(path.join(root, 'dist', 'renderer'), service);
  const handlers = {
    ...createCoreHandlers({ service, settings, grants }),
    ...createElectronHandlers({ window: () => window, service, settings, grants }),
  };
  bindContract(
    ipcMain,
    createDispatcher(handlers, (channel, error) => console.error(`[spoor] ${channel} failed:`, error)),
  );
  bindDroppedFiles(ipcMain, grants);

  const window = createMainWindow(path.join(root, 'dist', 'electron', 'preload.cjs'));
  app.on('second-instance', () => window.focus());
  app.on('window-all-closed', () => {
    void service.dispose().finally(() => app.quit());
  });
}
