import { dialog, type BrowserWindow } from 'electron';
import { SUPPORTED_EXTENSIONS } from '../core/import/sniff';
import type { FileGrants } from '../core/file-grants';
import type { CaseService } from '../core/service/case-service';
import { rememberCase, type PlatformHandlers } from '../core/service/handlers/index';
import type { SettingsPort } from '../core/settings';
import { SPOOR_VERSION } from '../core/version';
import { translate } from '../../shared/i18n';

interface DialogDeps {
  window: () => BrowserWindow | undefined;
  service: CaseService;
  settings: SettingsPort;
  grants: FileGrants;
}

/** The Electron side of the platform calls: native dialogs whose chosen paths stay in main. */
export function createElectronHandlers({ window, service, settings, grants }: DialogDeps): PlatformHandlers {
  const show = (options: Electron.OpenDialogOptions) => {
    const parent = window();
    return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
  };
  return {
    'app:info': () => ({ version: SPOOR_VERSION, platform: 'electron' }),
    'case:choose': async () => {
      const language = settings.get().language;
      const result = await show({ title: translate(language, 'start.openCase'), properties: ['openDirectory'], defaultPath: service.casesDir });
      const folder = result.filePaths[0];
      if (result.canceled || !folder) return null;
      return rememberCase(settings, await service.openCase(folder));
    },
    'settings:chooseCasesDir': async () => {
      const language = settings.get().language;
      const result = await show({ title: translate(language, 'settings.casesDir'), properties: ['openDirectory', 'createDirectory'], defaultPath: service.casesDir });
      const folder = result.filePaths[0];
      return result.canceled || !folder ? null : folder;
    },
    'files:choose': async () => {
      const language = settings.get().language;
      const result = await show({
        title: translate(language, 'import.button'),
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: 'Spoor', extensions: SUPPORTED_EXTENSIONS.map((ext) => ext.slice(1)) }],
      });
      return result.canceled ? [] : grants.addPaths(result.filePaths);
    },
  };
}
