import type { Handlers } from '../../../../shared/contract/dispatch';
import { assertUsableFolder } from '../../settings';
import type { CoreDeps } from './context';

export function settingsHandlers({ settings }: CoreDeps): Pick<Handlers, 'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => settings.get(),
    'settings:update': async (patch) => {
      // A data folder is checked when it is chosen, so the person hears of a typo at once.
      if (patch.casesDir !== undefined && patch.casesDir.trim() !== '') await assertUsableFolder(patch.casesDir.trim());
      return settings.update(patch);
    },
  };
}
