import fs from 'node:fs/promises';
import path from 'node:path';
import { DONE } from '../../../shared/contract/common';
import type { Handlers } from '../../../shared/contract/dispatch';
import type { CaseSummary } from '../../../shared/model/case';
import { withRecentCase } from '../../../shared/model/settings';
import type { FileGrants } from '../file-grants';
import type { SettingsPort } from '../settings';
import type { CaseService } from './case-service';

/** The calls whose answer depends on where Spoor runs (native dialogs exist only in Electron). */
export type PlatformChannel = 'app:info' | 'case:choose' | 'files:choose';
export type PlatformHandlers = Pick<Handlers, PlatformChannel>;
export type CoreHandlers = Omit<Handlers, PlatformChannel>;

export interface CoreDeps {
  service: CaseService;
  settings: SettingsPort;
  grants: FileGrants;
}

/** Opening or creating a case puts it at the top of the recent list. */
export async function rememberCase(settings: SettingsPort, summary: CaseSummary): Promise<CaseSummary> {
  const recentCases = withRecentCase(settings.get().recentCases, {
    path: summary.path,
    name: summary.name,
    openedAt: new Date().toISOString(),
  });
  await settings.update({ recentCases });
  return summary;
}

async function isCaseFolder(folder: string): Promise<boolean> {
  try {
    await fs.access(path.join(folder, 'case.json'));
    return true;
  } catch {
    return false;
  }
}

/** Implements every contract call that is the same on every platform. */
export function createCoreHandlers({ service, settings, grants }: CoreDeps): CoreHandlers {
  return {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),

    'case:create': async ({ name }) => rememberCase(settings, await service.createCase(name)),
    'case:open': async ({ path: folder }) => rememberCase(settings, await service.openCase(folder)),
    'case:close': async () => {
      await service.closeCase();
      return DONE;
    },
    'case:current': () => service.current(),
    'case:recent': async () =>
      Promise.all(settings.get().recentCases.map(async (recent) => ({ ...recent, available: await isCaseFolder(recent.path) }))),

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
