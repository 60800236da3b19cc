import fs from 'node:fs/promises';
import path from 'node:path';
import { DONE } from '../../../../shared/contract/common';
import type { Handlers } from '../../../../shared/contract/dispatch';
import type { CaseSummary } from '../../../../shared/model/case';
import { withRecentCase } from '../../../../shared/model/settings';
import type { SettingsPort } from '../../settings';
import type { CoreDeps } from './context';

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

type CaseChannels = 'case:create' | 'case:open' | 'case:close' | 'case:current' | 'case:recent';

export function caseHandlers({ service, settings }: CoreDeps): Pick<Handlers, CaseChannels> {
  return {
    'case:create': async ({ name }) => rememberCase(settings, await service.createCase(name)),
    'case:open': async ({ path: folder, takeOver, readOnly }) => rememberCase(settings, await service.openCase(folder, { takeOver, readOnly })),
    'case:close': async () => {
      await service.closeCase();
      return DONE;
    },
    'case:current': () => service.current(),
    'case:recent': async () =>
      Promise.all(settings.get().recentCases.map(async (recent) => ({ ...recent, available: await isCaseFolder(recent.path) }))),
  };
}
