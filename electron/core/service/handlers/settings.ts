import type { Handlers } from '../../../../shared/contract/dispatch';
import type { CoreDeps } from './context';

export function settingsHandlers({ settings }: CoreDeps): Pick<Handlers, 'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
  };
}
