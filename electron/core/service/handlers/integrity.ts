import type { Handlers } from '../../../../shared/contract/dispatch';
import { rememberCase } from './case';
import type { CoreDeps } from './context';

type IntegrityChannels = 'case:verify' | 'verify:cancel' | 'case:repairText' | 'case:auditVerify' | 'case:audit' | 'case:backups' | 'case:backup' | 'case:restore';

export function integrityHandlers({ service, settings }: CoreDeps): Pick<Handlers, IntegrityChannels> {
  return {
    'case:verify': ({ full }) => service.verify(full),
    'verify:cancel': () => ({ cancelled: service.cancelVerify() }),
    'case:repairText': ({ documentIds }) => service.repairTexts(documentIds),
    'case:auditVerify': () => service.auditVerify(),
    'case:audit': async ({ limit, offset }) => {
      const entries = await service.auditEntries();
      const newestFirst = [...entries].reverse();
      return { entries: newestFirst.slice(offset, offset + limit), total: entries.length, headHash: entries.at(-1)?.hash ?? '' };
    },
    'case:backups': ({ path }) => service.listBackups(path),
    'case:backup': () => service.backupNow(),
    'case:restore': async ({ path, backupId, takeOver }) => {
      const { result, summary } = await service.restoreBackup(path, backupId, { takeOver });
      await rememberCase(settings, summary);
      return { ...result, summary };
    },
  };
}
