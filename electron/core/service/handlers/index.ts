import type { Handlers } from '../../../../shared/contract/dispatch';
import { CoreAreas } from '../areas';
import { caseHandlers } from './case';
import { codingHandlers } from './coding';
import type { PlatformDeps } from './context';
import { documentHandlers } from './documents';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';

export { rememberCase } from './case';
export type { CoreDeps, PlatformDeps } from './context';

/** The calls whose answer depends on where Spoor runs (native dialogs exist only in Electron). */
export type PlatformChannel = 'app:info' | 'case:choose' | 'files:choose';
export type PlatformHandlers = Pick<Handlers, PlatformChannel>;
export type CoreHandlers = Omit<Handlers, PlatformChannel>;

/**
 * Every contract call that is the same on every platform, gathered from one
 * file per area. A new area adds its file here.
 */
export function createCoreHandlers(platform: PlatformDeps): CoreHandlers {
  const deps = { ...platform, areas: new CoreAreas(platform.service, platform.settings) };
  return {
    ...settingsHandlers(deps),
    ...caseHandlers(deps),
    ...documentHandlers(deps),
    ...searchHandlers(deps),
    ...codingHandlers(deps),
  };
}
