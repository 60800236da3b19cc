import type { Command } from 'commander';
import type { IntegrityReport } from '../../../shared/model/integrity';
import { EXIT_FAILED, printJson } from '../output';
import { withCase } from '../session';

function printReport(report: IntegrityReport): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  for (const line of report.recovered) out(`repaired on opening: ${line}`);
  for (const problem of report.problems) {
    out(`${problem.kind.padEnd(16)} ${problem.file}${problem.document ? `  (${problem.document})` : ''}  ${problem.detail}`);
  }
  const originals = report.full ? `${report.originalsVerified} of ${report.documents} originals verified by SHA-256` : `${report.documents} documents present (quick check)`;
  out(`${originals}; audit log ${report.audit.valid ? 'intact' : 'BROKEN'} (${report.audit.entries} entries, head ${report.audit.headHash})`);
  out(report.problems.length === 0 ? 'OK' : `${report.problems.length} problem(s)`);
}

export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description("check a case: every original's SHA-256, extracted text, data files against the audit log, the audit chain; exit 1 on any problem")
    .argument('<case>', 'case folder (.spoor)')
    .option('--quick', 'check that originals are present with the right size instead of hashing them')
    .option(
      '--json',
      'print the report as JSON: {checkedAt, full, documents, originalsVerified, problems: [{kind, file, document?, detail}], audit: {valid, entries, headHash, problems}, recovered}',
    )
    .action(async (casePath: string, options: { quick?: boolean; json?: boolean }) => {
      const report = await withCase(casePath, (service) => service.verify(!options.quick), undefined, { readOnly: true });
      if (options.json) printJson(report);
      else printReport(report);
      if (report.problems.length > 0) process.exitCode = EXIT_FAILED;
    });
}
