import path from 'node:path';
import type { Command } from 'commander';
import { printJson } from '../output';
import { cliService } from '../session';

export function registerRestoreCommand(program: Command): void {
  program
    .command('restore')
    .description("restore a backup of a case's data files (never the originals); the current files are kept as a backup first, and the restore is logged")
    .argument('<case>', 'case folder (.spoor); it need not open')
    .argument('<backup-id>', 'a backup id from `spoor backup <case> --list`')
    .option('--take-over', 'take over the case even if another window or process holds its lock')
    .option('--json', 'print JSON: {backup: {id, createdAt, reason, files, auditEntries, auditHead}, restored: [file], auditReplaced, summary: {id, name, path, createdAt, documentCount}}')
    .action(async (casePath: string, backupId: string, options: { takeOver?: boolean; json?: boolean }) => {
      const service = cliService(path.dirname(path.resolve(casePath)), { holder: 'spoor restore (command line)' });
      try {
        const { result, summary } = await service.restoreBackup(casePath, backupId, { takeOver: options.takeOver });
        if (options.json) printJson({ ...result, summary });
        else {
          process.stdout.write(`Restored ${result.restored.join(', ')} from the backup of ${result.backup.createdAt}\n`);
          if (result.auditReplaced) process.stdout.write("The audit log was missing or damaged and was replaced by the backup's copy (see its last entry)\n");
          process.stdout.write(`The case opens: ${summary.documentCount} documents\n`);
        }
      } finally {
        await service.dispose();
      }
    });
}
