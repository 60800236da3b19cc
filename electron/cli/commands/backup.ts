import path from 'node:path';
import type { Command } from 'commander';
import type { BackupInfo } from '../../../shared/model/integrity';
import { printJson } from '../output';
import { cliService, withCase } from '../session';

export function backupLine(backup: BackupInfo): string {
  return `${backup.id}  ${backup.reason.padEnd(14)}  ${backup.files.join(', ')}`;
}

export function registerBackupCommand(program: Command): void {
  program
    .command('backup')
    .description("back up a case's own data files (not the originals) now, or list its backups; `spoor restore` puts one back")
    .argument('<case>', 'case folder (.spoor)')
    .option('--list', 'list the backups, newest first, instead of making one (works on a case that does not open)')
    .option('--json', 'print JSON: the new backup {id, createdAt, reason, files, auditEntries, auditHead}; with --list an array of them')
    .action(async (casePath: string, options: { list?: boolean; json?: boolean }) => {
      if (options.list) {
        const service = cliService(path.dirname(path.resolve(casePath)));
        try {
          const backups = await service.listBackups(casePath);
          if (options.json) printJson(backups);
          else for (const backup of backups) process.stdout.write(`${backupLine(backup)}\n`);
        } finally {
          await service.dispose();
        }
        return;
      }
      const backup = await withCase(casePath, (service) => service.backupNow(), undefined, { holder: 'spoor backup' });
      if (options.json) printJson(backup);
      else process.stdout.write(`${backupLine(backup)}\n`);
    });
}
