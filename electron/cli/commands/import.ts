import path from 'node:path';
import type { Command } from 'commander';
import type { ImportProgress, ImportReport, ImportResult } from '../../../shared/model/import';
import { expandPaths } from '../../core/import/expand';
import { EXIT_FAILED, describe, printJson } from '../output';
import { withCase } from '../session';
import { visible, writeLines } from '../terminal';

function resultLine(result: ImportResult): string {
  switch (result.status) {
    case 'imported': {
      const extras = [result.parts ? `${result.parts} parts` : '', result.ocrPages ? `${result.ocrPages} by OCR` : ''].filter((x) => x !== '');
      const warnings = (result.warnings ?? []).map((warning) => `\n           warning: ${describe(warning)}`).join('');
      return `imported   ${result.documentId}  ${result.file}  (${result.pageCount} ${result.pageCount === 1 ? 'page' : 'pages'}${extras.length > 0 ? `; ${extras.join(', ')}` : ''})${warnings}`;
    }
    case 'duplicate':
      return `duplicate  ${result.documentId}  ${result.file}`;
    case 'failed':
      return `failed     ${'-'.padEnd(12)}  ${result.file}  ${describe(result.error)}`;
    case 'cancelled':
      return `cancelled  ${'-'.padEnd(12)}  ${result.file}`;
  }
}

export function summarise(report: ImportReport): { imported: number; duplicates: number; failed: number; cancelled: number } {
  const count = (status: ImportResult['status']) => report.results.filter((r) => r.status === status).length;
  return { imported: count('imported'), duplicates: count('duplicate'), failed: count('failed'), cancelled: count('cancelled') };
}

/** Import progress on one terminal line of stderr (nothing when stderr is not a terminal). */
export function progressToStderr(progress: ImportProgress): void {
  if (!process.stderr.isTTY) return;
  const pages = progress.pageCount ? ` page ${progress.page}/${progress.pageCount}` : '';
  const eta = progress.etaSeconds !== undefined ? `, ~${progress.etaSeconds}s left` : '';
  // The name may come from inside an archive or a mail: shown escaped, since this line goes to a terminal.
  process.stderr.write(`\r\x1b[K${Math.floor(progress.fraction * 100)}%${eta} [${progress.fileIndex + 1}/${progress.fileCount}] ${visible(progress.fileName)} ${progress.phase}${pages}`);
  if (progress.phase === 'done' || progress.phase === 'failed') process.stderr.write('\r\x1b[K');
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import files and folders into a case (PDF, scans by OCR, images by OCR, .eml, .mbox, .docx, .xlsx, .csv, .html, .txt, .md, .zip); one result line per file')
    .argument('<case>', 'case folder (.spoor)')
    .argument('<paths...>', 'files or folders (folders are walked recursively)')
    .option('--no-ocr', 'do not run OCR on pages without a usable text layer')
    .option('--take-over', 'take over the case even if another window or process holds its lock (that one can then no longer save)')
    .option('--json', 'print the import report as JSON: {batchId, results: [{status: imported|duplicate|failed|cancelled, file, documentId?, pageCount?, parts?, ocrPages?, warnings?, error?}]}')
    .action(async (casePath: string, paths: string[], options: { json?: boolean; ocr: boolean; takeOver?: boolean }) => {
      const files = await expandPaths(paths);
      const sources = files.map((file) => ({ path: file, name: path.basename(file), origin: file }));
      const report = await withCase(
        casePath,
        async (service) => {
          // Ctrl-C cancels the batch: what is stored stays complete, the rest is reported as cancelled.
          const cancel = () => service.cancelImport();
          process.once('SIGINT', cancel);
          try {
            return await service.importFiles(sources, { ocr: options.ocr });
          } finally {
            process.off('SIGINT', cancel);
          }
        },
        options.json ? undefined : progressToStderr,
        { holder: 'spoor import', takeOver: options.takeOver },
      );
      const totals = summarise(report);
      if (options.json) printJson(report);
      else {
        writeLines(report.results.map(resultLine));
        process.stdout.write(`${totals.imported} imported, ${totals.duplicates} already present, ${totals.failed} failed${totals.cancelled ? `, ${totals.cancelled} cancelled` : ''}\n`);
      }
      if (totals.failed > 0 || totals.cancelled > 0) process.exitCode = EXIT_FAILED;
    });
}
