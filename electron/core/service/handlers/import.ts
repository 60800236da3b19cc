import type { Handlers } from '../../../../shared/contract/dispatch';
import type { CoreDeps } from './context';

export function importHandlers({ service }: CoreDeps): Pick<Handlers, 'import:cancel'> {
  return {
    'import:cancel': ({ batchId }) => ({ cancelled: service.cancelImport(batchId) }),
  };
}
