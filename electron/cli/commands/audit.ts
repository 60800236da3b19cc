import { InvalidArgumentError, type Command } from 'commander';
import { translate } from '../../../shared/i18n';
import { auditProblemText } from '../../../shared/i18n/integrity';
import { EXIT_FAILED, cliLanguage, printJson } from '../output';
import { writeLines } from '../terminal';
import { withCase } from '../session';

function count(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('must be a positive whole number');
  return parsed;
}

export function registerAuditCommand(program: Command): void {
  program
    .command('audit')
    .description("print a case's audit log (oldest first), or with --verify check its hash chain; exit 1 when the chain is broken")
    .argument('<case>', 'case folder (.spoor)')
    .option('--verify', 'check the hash chain instead of printing the entries')
    .option('--last <n>', 'only the last n entries', count)
    .option(
      '--json',
      'print JSON: {total, headHash, entries: [{seq, time, analyst, type, summary, files, details?, prev, hash}]}; with --verify {valid, entries, headHash, problems: [{line, reason, code, params}]}',
    )
    .action(async (casePath: string, options: { verify?: boolean; last?: number; json?: boolean }) => {
      const out = (line: string) => writeLines([line]);
      if (options.verify) {
        const verification = await withCase(casePath, (service) => service.auditVerify(), undefined, { readOnly: true });
        if (options.json) printJson(verification);
        else {
          const language = cliLanguage();
          for (const problem of verification.problems) out(translate(language, 'integrity.auditLine', { line: problem.line, problem: auditProblemText(language, problem) }));
          out(`${verification.valid ? 'intact' : 'BROKEN'}: ${verification.entries} entries, head ${verification.headHash}`);
        }
        if (!verification.valid) process.exitCode = EXIT_FAILED;
        return;
      }
      const all = await withCase(casePath, (service) => service.auditEntries(), undefined, { readOnly: true });
      const entries = options.last ? all.slice(-options.last) : all;
      const headHash = all.at(-1)?.hash ?? '';
      if (options.json) {
        printJson({ total: all.length, headHash, entries });
        return;
      }
      writeLines([...entries.map((entry) => `${String(entry.seq).padStart(5)}  ${entry.time}  ${entry.analyst}  ${entry.type}  ${entry.summary}`), `${all.length} entries, head ${headHash}`]);
    });
}
