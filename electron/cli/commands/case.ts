import path from 'node:path';
import type { Command } from 'commander';
import { printJson } from '../output';
import { cliService } from '../session';

export function registerCaseCommands(program: Command): void {
  const group = program.command('case').description('create case folders');
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
}
