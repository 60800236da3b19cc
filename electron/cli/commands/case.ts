import path from 'node:path';
import type { Command } from 'commander';
import { DEMO_CASE_NAME, openDemoCase } from '../../core/demo/demo-case';
import { printJson } from '../output';
import { cliService } from '../session';
import { progressToStderr } from './import';

export function registerCaseCommands(program: Command): void {
  const group = program.command('case').description('create case folders, or the demo case');
  group
    .command('create')
    .description('create a new case folder <dir>.spoor')
    .argument('<dir>', 'folder to create; ".spoor" is appended when missing')
    .option('--name <name>', 'case name (default: the folder name)')
    .option('--json', 'print the case as JSON: {id, name, path, createdAt, documentCount}')
    .action(async (dir: string, options: { name?: string; json?: boolean }) => {
      const service = cliService(path.dirname(path.resolve(dir)));
      try {
        const summary = await service.createCaseAt(dir, options.name);
        if (options.json) printJson(summary);
        else process.stdout.write(`Created case "${summary.name}" at ${summary.path}\n`);
      } finally {
        await service.dispose();
      }
    });
  group
    .command('demo')
    .description(`create the demo case ${DEMO_CASE_NAME}.spoor in [folder] from generated documents, with coded passages, memos and a chronology; an intact demo case there is opened as it is, a damaged one left alone and a new one made beside it (${DEMO_CASE_NAME} 2)`)
    .argument('[folder]', 'folder to put the demo case in', '.')
    .option('--json', 'print the case as JSON: {id, name, path, createdAt, documentCount}')
    .action(async (folder: string, options: { json?: boolean }) => {
      const service = cliService(path.resolve(folder), { onImportProgress: options.json ? undefined : progressToStderr });
      try {
        const summary = await openDemoCase(service);
        if (options.json) printJson(summary);
        else process.stdout.write(`Demo case "${summary.name}" at ${summary.path} (${summary.documentCount} documents)\n`);
      } finally {
        await service.dispose();
      }
    });
}
