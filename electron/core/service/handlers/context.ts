import type { FileGrants } from '../../file-grants';
import type { SettingsPort } from '../../settings';
import type { CoreAreas } from '../areas';
import type { CaseService } from '../case-service';

/** What the platform (Electron main, the headless host, tests) gives the handlers. */
export interface PlatformDeps {
  service: CaseService;
  settings: SettingsPort;
  grants: FileGrants;
}

/** What every area's handlers may use: the platform's parts and the shared back-end areas. */
export interface CoreDeps extends PlatformDeps {
  areas: CoreAreas;
}
