import path from 'node:path';
import type { Command } from 'commander';
import type { ImportProgress, ImportReport, ImportResult } from '../../../shared/model/import';
import { expandPaths } from '../../core/import/expand';
import { EXIT_FAILED, describe, printJson } from '../output';
import { withCase } from '../session';

function resultLine(result: ImportResult): string {
  switch (result.status) {
    case 'imported':
      return `imported   ${result.documentId}  ${result.file}  (${result.pageCount} ${result.pageCount === 1 ? 'page' : 'pages'})`;
    case 'duplicate':
      return `duplicate  ${result.documentId}  ${result.file}`;
    case 'failed':
      return `failed     ${'-'.padEnd(12)}  ${result.file}  ${describe(result.error)}`;
  }
}

export function summarise(report: ImportReport): { imported: number; duplicates: number; failed: number } {
  const count = (status: ImportResult['status']) => report.results.filter((r) => r.status === status).length;
  return { imported: count('imported'), duplicates: count('duplicate'), failed: count('failed') };
}

function progressToStderr(progress: ImportProgress): void {
  if (!process.stderr.isTTY) return;
  const pages = progress.pageCount ? ` page ${progress.page}/${progress.pageCount}` : '';
  process.stderr.write(`\r\x1b[K[${progress.fileIndex + 1}/${progress.fileCount}] ${progress.fileName} ${progress.phase}${pages}`);
  if (progress.phase === 'done' || progress.phase === 'failed') process.stderr.write('\r\x1b[K');
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import files and folders into a case (PDF, TXT, Markdown); one result line per file')
    .argument('<case>', 'case folder (.spoor)')
    .argument('<paths...>', 'files or folders (folders are walked recursively)')
    .option('--take-over', 'take over the case even if another window or process holds its lock (that one can then no longer save)')
    .option('--json', 'print the import report as JSON: {batchId, results: [{status, file, documentId?, pageCount?, error?}]}')
    .action(async (casePath: string, paths: string[], options: { json?: boolean; takeOver?: boolean }) => {
      const files = await expandPaths(paths);
      const sources = files.map((file) => ({ path: file, name: path.basename(file), origin: file }));
      const report = await withCase(casePath, (service) => service.importFiles(sources), options.json ? undefined : progressToStderr, {
        holder: 'spoor import',
        takeOver: options.takeOver,
      });
      const totals = summarise(report);
      if (options.json) printJson(report);
      else {
        for (const result of report.results) process.stdout.write(`${resultLine(result)}\n`);
        process.stdout.write(`${totals.imported} imported, ${totals.duplicates} already present, ${totals.failed} failed\n`);
      }
      if (totals.failed > 0) process.exitCode = EXIT_FAILED;
    });
}
