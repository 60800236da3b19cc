import fs from 'node:fs/promises';
import type { Handlers } from '../../../../shared/contract/dispatch';
import type { CoreDeps } from './context';

type DocumentChannels = 'documents:import' | 'documents:list' | 'documents:get' | 'documents:page';

export function documentHandlers({ service, grants }: CoreDeps): Pick<Handlers, DocumentChannels> {
  return {
    'documents:import': async ({ files }) => {
      const chosen = grants.take(files);
      try {
        return await service.importFiles(chosen);
      } finally {
        await Promise.all(chosen.filter((grant) => grant.staged).map((grant) => fs.rm(grant.path, { force: true })));
      }
    },
    'documents:list': () => service.listDocuments(),
    'documents:get': ({ id }) => service.getDocument(id),
    'documents:page': async ({ id, page }) => ({ documentId: id, ...(await service.getPage(id, page)) }),
  };
}
