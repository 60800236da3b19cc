import type { Handlers } from '../../../../shared/contract/dispatch';
import { ChronologyArea } from '../../chronology/chronology-area';
import { CodingArea } from '../../coding/coding-area';
import { caseHandlers } from './case';
import { chronologyHandlers } from './chronology';
import { codingHandlers } from './coding';
import { demoHandlers } from './demo';
import type { CoreDeps } from './context';
import { documentHandlers } from './documents';
import { searchHandlers } from './search';
import { integrityHandlers } from './integrity';
import { importHandlers } from './import';
import { overviewHandlers } from './overview';
import { settingsHandlers } from './settings';
import { wooHandlers } from './woo';

export { rememberCase } from './case';
export type { CoreDeps } from './context';

/** The calls whose answer depends on where Spoor runs (native dialogs exist only in Electron). */
export type PlatformChannel = 'app:info' | 'case:choose' | 'files:choose' | 'settings:chooseCasesDir';
export type PlatformHandlers = Pick<Handlers, PlatformChannel>;
export type CoreHandlers = Omit<Handlers, PlatformChannel>;

/**
 * Every contract call that is the same on every platform, gathered from one
 * file per area. A new area adds its file here.
 */
export function createCoreHandlers(deps: CoreDeps): CoreHandlers {
  // One coding area for the areas that share the codebook, coded passages and page texts.
  const coding = new CodingArea(deps.service, deps.settings);
  // One chronology area too, shared with the overview that counts its events.
  const chronology = new ChronologyArea(coding);
  return {
    ...settingsHandlers(deps),
    ...caseHandlers(deps),
    ...demoHandlers(deps),
    ...documentHandlers(deps),
    ...searchHandlers(deps, coding),
    ...codingHandlers(deps, coding),
    ...chronologyHandlers(deps, chronology),
    ...integrityHandlers(deps),
    ...importHandlers(deps),
    ...wooHandlers(deps),
    ...overviewHandlers(deps, coding, chronology),
  };
}
