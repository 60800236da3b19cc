import { Command, CommanderError } from 'commander';
import { SPOOR_VERSION } from '../core/version';
import { registerCaseCommands } from './commands/case';
import { registerDatesCommand } from './commands/dates';
import { registerDocsCommand } from './commands/docs';
import { registerExportCommand } from './commands/export';
import { registerImportCommand } from './commands/import';
import { registerSearchCommands } from './commands/search';
import { registerTextCommand } from './commands/text';
import { registerAuditCommand } from './commands/audit';
import { registerBackupCommand } from './commands/backup';
import { registerRestoreCommand } from './commands/restore';
import { registerVerifyCommand } from './commands/verify';
import { registerWooCommand } from './commands/woo';
import { EXIT_FAILED, EXIT_USAGE, reportError } from './output';

export function buildProgram(): Command {
  const program = new Command('spoor')
    .description('Spoor on the command line: the same case service as the app, for batch work and scripts')
    .version(SPOOR_VERSION)
    .showHelpAfterError()
    .exitOverride();
  registerCaseCommands(program);
  registerImportCommand(program);
  registerDocsCommand(program);
  registerTextCommand(program);
  registerSearchCommands(program);
  registerDatesCommand(program);
  registerExportCommand(program);
  registerVerifyCommand(program);
  registerAuditCommand(program);
  registerBackupCommand(program);
  registerRestoreCommand(program);
  registerWooCommand(program);
  return program;
}

export async function runCli(argv: readonly string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit with code 0; misuse with EXIT_USAGE. Commander already printed why.
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    reportError(error, argv.includes('--json'));
    process.exitCode = EXIT_FAILED;
  }
}

// `spoor text … | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

await runCli(process.argv.slice(2));
