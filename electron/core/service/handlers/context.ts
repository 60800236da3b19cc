import type { FileGrants } from '../../file-grants';
import type { SettingsPort } from '../../settings';
import type { CaseService } from '../case-service';

/** What every area's handlers may use. */
export interface CoreDeps {
  service: CaseService;
  settings: SettingsPort;
  grants: FileGrants;
}
