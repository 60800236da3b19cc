import type { Command } from 'commander';
import { describeError } from '../../../shared/i18n';
import { integrityDetail, recoveryText } from '../../../shared/i18n/integrity';
import type { IntegrityReport, TextRepairReport } from '../../../shared/model/integrity';
import { ChronologyArea } from '../../core/chronology/chronology-area';
import { CodingArea } from '../../core/coding/coding-area';
import { MemorySettings } from '../../core/settings';
import { EXIT_FAILED, cliLanguage, printJson } from '../output';
import { withCase } from '../session';
import { writeLines } from '../terminal';

function reportLines(report: IntegrityReport): string[] {
  const language = cliLanguage();
  const originals = report.full ? `${report.originalsVerified} of ${report.documents} originals verified by SHA-256` : `${report.documents} documents present (quick check)`;
  return [
    ...report.recovered.map((note) => `repaired on opening: ${recoveryText(language, note)}`),
    ...report.problems.map((problem) => `${problem.kind.padEnd(16)} ${problem.file}${problem.document ? `  (${problem.document})` : ''}  ${integrityDetail(language, problem)}`),
    `${originals}; audit log ${report.audit.valid ? 'intact' : 'BROKEN'} (${report.audit.entries} entries, head ${report.audit.headHash})`,
    report.problems.length === 0 ? 'OK' : `${report.problems.length} problem(s)`,
  ];
}

function repairLines(repair: TextRepairReport): string[] {
  const language = cliLanguage();
  return [
    ...repair.repaired.map((doc) => `text re-extracted  ${doc.documentId}  ${doc.title}  (${doc.pageCount} p.${doc.pageCount !== doc.previousPageCount ? `, was ${doc.previousPageCount}` : ''})`),
    ...repair.failed.map((doc) => `not repaired       ${doc.documentId}  ${doc.title}  ${describeError(language, doc.error)}`),
    ...repair.anchors.map((anchor) => {
      const what = `${anchor.kind}${anchor.event ? ` of "${anchor.event}"` : ''} on p. ${anchor.page} of ${anchor.documentId}`;
      const where = anchor.status === 'moved' ? `moved to p. ${anchor.newPage}` : anchor.status === 'ambiguous' ? 'found in several places: kept where it was' : 'NOT FOUND in the new text: kept where it was';
      return `  ${what}: "${anchor.quote}" ${where}`;
    }),
    `${repair.anchorsChecked} coded passage(s) and citation(s) checked against the new text, ${repair.anchors.filter((a) => a.status !== 'moved').length} not found again`,
    `re-extracted the text of ${repair.repaired.length} document(s)${repair.failed.length > 0 ? `; ${repair.failed.length} could not be repaired` : ''}`,
  ];
}

export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description("check a case: every original's SHA-256, extracted text, data files against the audit log, the audit chain; exit 1 on any problem")
    .argument('<case>', 'case folder (.spoor)')
    .option('--quick', 'check that originals are present with the right size instead of hashing them')
    .option('--repair', 'first re-extract missing or damaged text from its verified original (takes the case lock), re-anchoring coded passages and citations')
    .option('--no-ocr', 'with --repair: do not run OCR on pages without a usable text layer')
    .option(
      '--json',
      'print the report as JSON: {checkedAt, full, documents, originalsVerified, problems: [{kind, file, document?, detail, reason, params}], audit: {valid, entries, headHash, problems: [{line, reason, code, params}]}, recovered: [{code, params, detail}]}; with --repair also repair: {repaired: [{documentId, title, sha256, pageCount, previousPageCount}], failed: [{documentId, title, error}], anchorsChecked, anchors: [{kind, id, documentId, page, quote, status, newPage?, event?}]}',
    )
    .action(async (casePath: string, options: { quick?: boolean; repair?: boolean; ocr: boolean; json?: boolean }) => {
      const { report, repair } = await withCase(
        casePath,
        async (service) => {
          if (!options.repair) return { report: await service.verify(!options.quick) };
          // The areas anchored to the text listen for the repair, so passages and citations are checked at once.
          new ChronologyArea(new CodingArea(service, new MemorySettings()));
          const repaired = await service.repairTexts(undefined, { ocr: options.ocr });
          return { report: await service.verify(!options.quick), repair: repaired };
        },
        undefined,
        options.repair ? { holder: 'spoor verify --repair' } : { readOnly: true },
      );
      if (options.json) printJson(repair ? { ...report, repair } : report);
      else writeLines([...(repair ? repairLines(repair) : []), ...reportLines(report)]);
      if (report.problems.length > 0) process.exitCode = EXIT_FAILED;
    });
}
